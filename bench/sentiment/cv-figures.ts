/** Macro-F1 and escalation precision / recall at each sensitivity, for the rows a filter picks. */

import type { Sensitivity, SentimentResult } from '@ruta/sentiment';
import type { LabeledMessage } from '@ruta/sentiment/metrics';

/** One sensitivity's figures. */
export interface CvFigure {
  count: number;
  macroF1: number;
  recall: number;
  precision: number;
  positives: number;
}

const CLASSES = ['negative', 'neutral', 'positive'] as const;

/** Figures for the picked rows, from each row's results at every sensitivity. */
export function cvFigures(
  rows: readonly LabeledMessage[],
  results: readonly Pick<Record<Sensitivity, Pick<SentimentResult, 'label' | 'escalate'>>, Sensitivity>[],
  pick: (r: LabeledMessage) => boolean,
): Record<Sensitivity, CvFigure> {
  const idx = rows.flatMap((r, i) => (pick(r) ? [i] : []));
  const out = {} as Record<Sensitivity, CvFigure>;
  for (const s of ['anger', 'strong', 'any'] as const) {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    const f1s: number[] = [];
    for (const c of CLASSES) {
      let hit = 0;
      let predicted = 0;
      let support = 0;
      for (const i of idx) {
        const got = results[i]![s].label;
        if (got === c) predicted++;
        if (rows[i]!.label === c) support++;
        if (got === c && rows[i]!.label === c) hit++;
      }
      if (support === 0) continue;
      const p = predicted === 0 ? 0 : hit / predicted;
      const r = hit / support;
      f1s.push(p + r === 0 ? 0 : (2 * p * r) / (p + r));
    }
    for (const i of idx) {
      const e = results[i]![s].escalate;
      const want = rows[i]!.escalate;
      if (e && want) tp++;
      else if (e) fp++;
      else if (want) fn++;
    }
    const round = (x: number) => Math.round(x * 1000) / 1000;
    out[s] = {
      count: idx.length,
      macroF1: round(f1s.reduce((a, b) => a + b, 0) / (f1s.length || 1)),
      recall: round(tp + fn === 0 ? 0 : tp / (tp + fn)),
      precision: round(tp + fp === 0 ? 0 : tp / (tp + fp)),
      positives: tp + fn,
    };
  }
  return out;
}
