import { sha256Bytes } from './sha256';
import { utf8Bytes } from './utf8';

/** Largest bucket count accepted (keeps `hash * buckets` exact in a double). */
export const MAX_BUCKETS = 1 << 20;

/**
 * A stable bucket in `[0, buckets)` for a key, e.g. for A/B splits per customer: the same key always lands in
 * the same bucket, in every process and browser. The first 32 bits of the key's SHA-256 are scaled onto the
 * range (multiply-and-shift), so buckets are evenly filled even for keys that differ in one character.
 */
export function bucket(key: string, buckets = 100): number {
  if (!Number.isInteger(buckets) || buckets < 1 || buckets > MAX_BUCKETS) {
    throw new RangeError(`Invalid bucket count ${buckets}: expected an integer from 1 to ${MAX_BUCKETS}`);
  }
  const digest = sha256Bytes(utf8Bytes(key));
  const h =
    (((digest[0] as number) << 24) |
      ((digest[1] as number) << 16) |
      ((digest[2] as number) << 8) |
      (digest[3] as number)) >>>
    0;
  return Math.floor((h * buckets) / 0x1_0000_0000);
}
