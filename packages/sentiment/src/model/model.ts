/**
 * The escalation model at run time: the probability that a contact center would hand a message to a
 * person, and the words that pushed it there (the evidence an escalation names). The weights are
 * generated at build time (weights.ts, by `npm run train:sentiment`) from the labelled dev split.
 */
import { featureIndexes, wordIndexes } from './features';
import { decodeWeights } from './train';
import { ESCALATION_WEIGHTS } from './weights';

/** Probability from which the model alone escalates (chosen by leave-one-round-out cross-validation). */
export const MODEL_ESCALATES = 0.5;
/** Probability it needs in a neutral statement with no complaint word in it. */
export const MODEL_SURE = 0.9;

let weights: Int8Array | undefined;
const table = (): Int8Array => {
  weights ??= decodeWeights(ESCALATION_WEIGHTS.weights);
  return weights;
};

/** The model's reading of one message. */
export interface ModelVerdict {
  probability: number;
  /** Up to three words of the message that weigh most towards escalating, strongest first. */
  evidence: string[];
}

/** Scores a message given as folded words (the analyzer's `canon` forms). */
export function escalationModel(words: readonly string[]): ModelVerdict {
  const w = table();
  const { bits, bias, scale } = ESCALATION_WEIGHTS;
  const x = featureIndexes(words, bits);
  const norm = 1 / Math.sqrt(x.length || 1);
  let z = 0;
  for (const f of x) z += w[f]!;
  const probability = 1 / (1 + Math.exp(-(bias + z * scale * norm)));
  return { probability, evidence: probability >= MODEL_ESCALATES ? evidenceOf(words, w, bits) : [] };
}

/** Short function words never make useful evidence. */
const STOP =
  /^(?:.{1,2}|que|los|las|del|por|para|con|una|uno|the|and|for|you|your|this|that|with|was|have|has|not|but)$/;

function evidenceOf(words: readonly string[], w: Int8Array, bits: number): string[] {
  const scored = new Map<string, number>();
  for (const word of words) {
    if (scored.has(word) || STOP.test(word)) continue;
    let s = 0;
    for (const f of wordIndexes(word, bits)) s += w[f]!;
    scored.set(word, s);
  }
  return [...scored.entries()]
    .filter(([, s]) => s > 0)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, 3)
    .map(([word]) => word);
}
