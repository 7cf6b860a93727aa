/** Small pure helpers that also run in Temporal workflow code and in the browser. */
export { bucket, MAX_BUCKETS } from './bucket';
export { canonicalJson } from './canonical-json';
export { sha256Bytes, sha256Hex } from './sha256';
export { utf8Bytes } from './utf8';
