/**
 * The models' hyper-parameters and the shipped weights' text encoding (int8 in base64). Pure (no Node
 * built-ins).
 */
import type { LinearOptions } from './linear';

/** Hyper-parameters of both models; chosen by leave-one-round-out cross-validation (see eval/README.md). */
export const TRAINING = {
  polarity: { bits: 15, epochs: 20, rate: 0.5, l2: 1e-5, ruleDropout: 0.9 },
  escalation: { bits: 15, epochs: 20, rate: 0.5, l2: 1e-5, ruleDropout: 0.9 },
} as const satisfies Record<string, LinearOptions>;

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Base64 of the weights' bytes, for the generated module. */
export function encodeWeights(weights: Int8Array): string {
  const bytes = new Uint8Array(weights.buffer, weights.byteOffset, weights.byteLength);
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    out += B64[(n >> 18) & 63]! + B64[(n >> 12) & 63]!;
    out += i + 1 < bytes.length ? B64[(n >> 6) & 63]! : '=';
    out += i + 2 < bytes.length ? B64[n & 63]! : '=';
  }
  return out;
}

/** The inverse of `encodeWeights` (no `atob`, so it runs the same in Node, workers and browsers). */
export function decodeWeights(text: string): Int8Array {
  const clean = text.replace(/=+$/, '');
  const out = new Uint8Array(Math.floor((clean.length * 3) / 4));
  let o = 0;
  for (let i = 0; i < clean.length; i += 4) {
    const n =
      (B64.indexOf(clean[i]!) << 18) |
      (B64.indexOf(clean[i + 1]!) << 12) |
      ((i + 2 < clean.length ? B64.indexOf(clean[i + 2]!) : 0) << 6) |
      (i + 3 < clean.length ? B64.indexOf(clean[i + 3]!) : 0);
    if (o < out.length) out[o++] = (n >> 16) & 255;
    if (o < out.length) out[o++] = (n >> 8) & 255;
    if (o < out.length) out[o++] = n & 255;
  }
  return new Int8Array(out.buffer);
}
