/**
 * The learners, shared by training and inference: logistic regression (one class, sigmoid) or multinomial
 * logistic regression (several classes, softmax) over hashed features, by stochastic gradient descent in a
 * fixed order with fixed hyper-parameters, so the same data always gives the same weights; then int8
 * quantisation with one scale per model. Pure (no Node built-ins).
 */

/** A message as the models see it: word features (weighted 1/√n) and rule features (weighted 1). */
export interface Features {
  words: Int32Array;
  rules: Int32Array;
}

/** One labelled example: its features, its class (0 or 1 for a binary model) and a stable order key. */
export interface Example {
  x: Features;
  y: number;
  key: number;
}

/** Hyper-parameters of one learner. */
export interface LinearOptions {
  bits: number;
  epochs: number;
  rate: number;
  l2: number;
  /**
   * Share of examples (0–1) that see no rule features in a given epoch. The rules were written with most
   * training rounds in view, so on those rounds they look better than they are on new text; hiding them now
   * and then makes the word features learn the same cases, so the model leans less on a rule alone.
   */
  ruleDropout?: number;
}

/** A trained, quantised model: `weights[c << bits | i] * scale` is class c's weight of bucket i. */
export interface LinearModel {
  bits: number;
  /** 1 for a binary model (sigmoid), else the number of classes (softmax). */
  classes: number;
  bias: number[];
  scale: number;
  weights: Int8Array;
}

const NONE = new Int32Array(0);
const wordNorm = (x: Features): number => 1 / Math.sqrt(x.words.length || 1);

/** Raw class scores of a message. */
export function linearScores(m: LinearModel, x: Features): number[] {
  const norm = wordNorm(x);
  const out: number[] = [];
  for (let c = 0; c < m.classes; c++) {
    const base = c << m.bits;
    let zw = 0;
    for (const f of x.words) zw += m.weights[base + f]!;
    let zr = 0;
    for (const f of x.rules) zr += m.weights[base + f]!;
    out.push(m.bias[c]! + (zw * norm + zr) * m.scale);
  }
  return out;
}

/** Probabilities: one (of class 1) for a binary model, one per class for a multinomial one. */
export function linearProbabilities(m: LinearModel, x: Features): number[] {
  const z = linearScores(m, x);
  if (m.classes === 1) return [1 / (1 + Math.exp(-z[0]!))];
  const top = Math.max(...z);
  const e = z.map((v) => Math.exp(v - top));
  const sum = e.reduce((a, b) => a + b, 0);
  return e.map((v) => v / sum);
}

/**
 * Trains in a fixed order keyed by each example's `key` (not the file's order: plain SGD ends near the last
 * rows it saw, so a round appended as one block would pull the bias towards its own rate), with a learning
 * rate that decays by epoch so the last pass does not decide.
 */
export function trainLinear(examples: readonly Example[], classes: number, options: LinearOptions): LinearModel {
  const ordered = examples.map((e, i) => ({ e, i })).sort((a, b) => a.e.key - b.e.key || a.i - b.i);
  const size = 1 << options.bits;
  const w = new Float64Array(classes * size);
  const bias = new Array<number>(classes).fill(0);
  const g = new Array<number>(classes).fill(0);
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    const rate = options.rate / (1 + epoch / 10);
    const drop = Math.round((options.ruleDropout ?? 0) * 256);
    for (const { e } of ordered) {
      const norm = wordNorm(e.x);
      // Deterministic: whether an example hides its rules depends on its key and the epoch only.
      const rules = drop > 0 && Math.imul(e.key ^ (epoch + 1), 0x9e3779b1) >>> 24 < drop ? NONE : e.x.rules;
      const z: number[] = [];
      for (let c = 0; c < classes; c++) {
        const base = c * size;
        let v = bias[c]!;
        for (const f of e.x.words) v += w[base + f]! * norm;
        for (const f of rules) v += w[base + f]!;
        z.push(v);
      }
      if (classes === 1) g[0] = 1 / (1 + Math.exp(-z[0]!)) - e.y;
      else {
        const top = Math.max(...z);
        const ex = z.map((v) => Math.exp(v - top));
        const sum = ex.reduce((a, b) => a + b, 0);
        for (let c = 0; c < classes; c++) g[c] = ex[c]! / sum - (e.y === c ? 1 : 0);
      }
      for (let c = 0; c < classes; c++) {
        const gc = g[c]!;
        const base = c * size;
        bias[c] = bias[c]! - rate * gc;
        for (const f of e.x.words) w[base + f] = w[base + f]! - rate * (gc * norm + options.l2 * w[base + f]!);
        for (const f of rules) w[base + f] = w[base + f]! - rate * (gc + options.l2 * w[base + f]!);
      }
    }
  }
  let max = 0;
  for (const v of w) max = Math.max(max, Math.abs(v));
  const scale = max === 0 ? 1 : max / 127;
  const weights = new Int8Array(w.length);
  for (let i = 0; i < w.length; i++) weights[i] = Math.round(w[i]! / scale);
  return { bits: options.bits, classes, bias, scale, weights };
}

/** FNV-1a over the words: a stable order key that does not depend on the file. */
export function orderKey(words: readonly string[]): number {
  let h = 0x811c9dc5;
  for (const w of words) {
    for (let i = 0; i < w.length; i++) h = Math.imul(h ^ w.charCodeAt(i), 0x01000193);
    h = Math.imul(h ^ 32, 0x01000193);
  }
  return h >>> 0;
}
