/**
 * Evaluation helpers shared by the eval test and bench/sentiment/run.ts (exported as
 * "@ruta/sentiment/metrics"): macro-F1 over the three polarity classes and escalation precision/recall,
 * and the escalation model's build-time training and cross-validation.
 */
import { analyze } from './analyze';

export {
  type AnnotatedMessage,
  allLabelledRows,
  type EvalFiles,
  type PreparedRow,
  prepare,
  teaches,
  trainModels,
  writeWeightsModules,
} from './model/build';
export { outOfFold, resultsFrom } from './model/validate';

import type { Polarity, SentimentResult } from './types';

export interface LabeledMessage {
  text: string;
  lang: 'es' | 'en';
  label: Polarity;
  escalate: boolean;
  country?: string;
  split: 'dev' | 'test';
  /** Writing round (see eval/README.md): 1 = written with the lexicon, 2–4 = written blind later. */
  round?: number;
}

export interface ClassScore {
  precision: number;
  recall: number;
  f1: number;
  support: number;
}

export interface EvalMetrics {
  count: number;
  accuracy: number;
  macroF1: number;
  perClass: Record<Polarity, ClassScore>;
  escalation: { recall: number; precision: number; f1: number; tp: number; fp: number; fn: number; positives: number };
  confusion: Record<Polarity, Record<Polarity, number>>;
}

export interface EvalMiss {
  row: LabeledMessage;
  got: SentimentResult;
}

const CLASSES: Polarity[] = ['negative', 'neutral', 'positive'];

export function parseEvalJsonl(text: string): LabeledMessage[] {
  return text
    .split(/\r?\n/)
    .filter((l) => l.trim() !== '')
    .map((l, i) => {
      const r = JSON.parse(l) as LabeledMessage;
      if (typeof r.text !== 'string' || !CLASSES.includes(r.label) || typeof r.escalate !== 'boolean') {
        throw new Error(`eval line ${i + 1}: needs text, label and escalate`);
      }
      return r;
    });
}

const ratio = (a: number, b: number): number => (b === 0 ? 0 : a / b);
const f1 = (p: number, r: number): number => (p + r === 0 ? 0 : (2 * p * r) / (p + r));

export function evaluate(
  rows: LabeledMessage[],
  analyzer: (text: string) => SentimentResult = (t) => analyze(t),
  misses?: EvalMiss[],
): EvalMetrics {
  const confusion = Object.fromEntries(
    CLASSES.map((g) => [g, Object.fromEntries(CLASSES.map((p) => [p, 0]))]),
  ) as Record<Polarity, Record<Polarity, number>>;
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const row of rows) {
    const got = analyzer(row.text);
    confusion[row.label][got.label]++;
    if (got.escalate && row.escalate) tp++;
    else if (got.escalate) fp++;
    else if (row.escalate) fn++;
    if (misses && (got.label !== row.label || got.escalate !== row.escalate)) misses.push({ row, got });
  }
  const perClass = {} as Record<Polarity, ClassScore>;
  for (const c of CLASSES) {
    const hit = confusion[c][c];
    const predicted = CLASSES.reduce((s, g) => s + confusion[g][c], 0);
    const support = CLASSES.reduce((s, p) => s + confusion[c][p], 0);
    const precision = ratio(hit, predicted);
    const recall = ratio(hit, support);
    perClass[c] = { precision, recall, f1: f1(precision, recall), support };
  }
  const present = CLASSES.filter((c) => perClass[c].support > 0);
  const escRecall = ratio(tp, tp + fn);
  const escPrecision = ratio(tp, tp + fp);
  return {
    count: rows.length,
    accuracy: ratio(
      CLASSES.reduce((s, c) => s + confusion[c][c], 0),
      rows.length,
    ),
    macroF1: ratio(
      present.reduce((s, c) => s + perClass[c].f1, 0),
      present.length,
    ),
    perClass,
    escalation: {
      recall: escRecall,
      precision: escPrecision,
      f1: f1(escPrecision, escRecall),
      tp,
      fp,
      fn,
      positives: tp + fn,
    },
    confusion,
  };
}
