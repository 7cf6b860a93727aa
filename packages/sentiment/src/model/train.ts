/**
 * Build-time training of the escalation model: L2-regularised logistic regression by stochastic gradient
 * descent over hashed features, in a fixed order with fixed hyper-parameters, so the same data always gives
 * the same weights. Then int8 quantisation, so the shipped model is 2^bits bytes. Pure (no Node built-ins).
 */
import { featureIndexes } from './features';

/** Hyper-parameters; chosen by leave-one-round-out cross-validation (see eval/README.md). */
export const TRAINING = { bits: 15, epochs: 30, rate: 0.2, l2: 1e-4 } as const;

/** A trained, quantised model: `weights[i] * scale` is the weight of bucket i. */
export interface EscalationModelData {
  bits: number;
  bias: number;
  scale: number;
  weights: Int8Array;
}

/** One labelled example: the message's folded words and whether it escalates. */
export interface TrainingExample {
  words: readonly string[];
  escalate: boolean;
}

/** Trains on the examples in a fixed order keyed by their words (the same data gives the same weights). */
export function trainEscalationModel(
  examples: readonly TrainingExample[],
  options: { bits: number; epochs: number; rate: number; l2: number } = TRAINING,
): EscalationModelData {
  // A fixed order that does not depend on the file: plain SGD ends near the last examples it saw, so rows
  // appended as one block (a new writing round) would otherwise pull the bias towards their own rate.
  const order = examples.map((e, i) => ({ e, key: hashWords(e.words), i }));
  order.sort((a, b) => a.key - b.key || a.i - b.i);
  const ordered = order.map((o) => o.e);
  const xs = ordered.map((e) => featureIndexes(e.words, options.bits));
  const w = new Float64Array(1 << options.bits);
  let bias = 0;
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    for (let i = 0; i < xs.length; i++) {
      const x = xs[i]!;
      const norm = 1 / Math.sqrt(x.length || 1);
      let z = bias;
      for (const f of x) z += w[f]! * norm;
      const g = 1 / (1 + Math.exp(-z)) - (ordered[i]!.escalate ? 1 : 0);
      bias -= options.rate * g;
      for (const f of x) w[f] = w[f]! - options.rate * (g * norm + options.l2 * w[f]!);
    }
  }
  let max = 0;
  for (const v of w) max = Math.max(max, Math.abs(v));
  const scale = max === 0 ? 1 : max / 127;
  const weights = new Int8Array(w.length);
  for (let i = 0; i < w.length; i++) weights[i] = Math.round(w[i]! / scale);
  return { bits: options.bits, bias, scale, weights };
}

/** FNV-1a over the words: a stable shuffle key. */
function hashWords(words: readonly string[]): number {
  let h = 0x811c9dc5;
  for (const w of words) {
    for (let i = 0; i < w.length; i++) h = Math.imul(h ^ w.charCodeAt(i), 0x01000193);
    h = Math.imul(h ^ 32, 0x01000193);
  }
  return h >>> 0;
}

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
