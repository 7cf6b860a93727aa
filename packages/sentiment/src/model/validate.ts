/**
 * Honest figures for the analyzer with its models: each row is scored by models trained without its writing
 * round (leave one round out; blind-2 is round 11, so its fold is the leave-blind-2-out estimate). The rules
 * were written with most rounds in view, so only blind-2's fold is free of tuning; see eval/README.md.
 */
import { readByRules } from '../analyze';
import { type Combination, combine, type ModelReading, type Models, readByModels } from '../combine';
import { SENSITIVITIES, type Sensitivity } from '../sensitivity';
import type { SentimentResult } from '../types';
import { type PreparedRow, trainModels } from './build';
import type { LinearOptions } from './linear';
import { TRAINING } from './train';

/** The models' out-of-fold reading of every row (same order as `rows`). */
export function outOfFold(
  rows: readonly PreparedRow[],
  options: { polarity: LinearOptions; escalation: LinearOptions } = TRAINING,
  folds: readonly number[] = [...new Set(rows.map((p) => p.row.round ?? 1))],
): (ModelReading | undefined)[] {
  const out: (ModelReading | undefined)[] = new Array(rows.length).fill(undefined);
  for (const fold of folds) {
    const models: Models = trainModels(
      rows.filter((p) => (p.row.round ?? 1) !== fold),
      options,
    );
    rows.forEach((p, i) => {
      if ((p.row.round ?? 1) === fold) out[i] = readByModels(readByRules(p.row.text), models);
    });
  }
  return out;
}

/** The analyzer's results for every row from out-of-fold model readings, at each sensitivity. */
export function resultsFrom(
  rows: readonly PreparedRow[],
  readings: readonly (ModelReading | undefined)[],
  how: Combination,
): Record<Sensitivity, SentimentResult>[] {
  return rows.map((p, i) => {
    const scored = readings[i];
    if (!scored) throw new Error(`row ${i} has no out-of-fold reading`);
    const r = readByRules(p.row.text);
    return Object.fromEntries(SENSITIVITIES.map((s) => [s, combine(r, { sensitivity: s }, how, scored)])) as Record<
      Sensitivity,
      SentimentResult
    >;
  });
}
