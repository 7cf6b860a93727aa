/**
 * Honest figures for the escalation model: leave-one-round-out cross-validation (train on every other
 * writing round, score the one left out), so no message is scored by a model that saw it.
 */
import type { LabeledMessage } from '../metrics';
import { foldedWords } from '../words';
import { featureIndexes } from './features';
import { type EscalationModelData, TRAINING, trainEscalationModel } from './train';

/** The model's probability for each row, each from a model trained without the row's round. */
export function leaveOneRoundOut(rows: readonly LabeledMessage[]): number[] {
  const words = rows.map((r) => foldedWords(r.text));
  const rounds = [...new Set(rows.map((r) => r.round ?? 1))];
  const out = new Array<number>(rows.length).fill(0);
  for (const round of rounds) {
    const train = rows.flatMap((r, i) =>
      (r.round ?? 1) === round ? [] : [{ words: words[i]!, escalate: r.escalate }],
    );
    const model = trainEscalationModel(train, TRAINING);
    rows.forEach((r, i) => {
      if ((r.round ?? 1) === round) out[i] = probability(model, words[i]!);
    });
  }
  return out;
}

/** Probability of a trained (not yet encoded) model. */
export function probability(model: EscalationModelData, words: readonly string[]): number {
  const x = featureIndexes(words, model.bits);
  const norm = 1 / Math.sqrt(x.length || 1);
  let z = 0;
  for (const f of x) z += model.weights[f]!;
  return 1 / (1 + Math.exp(-(model.bias + z * model.scale * norm)));
}
