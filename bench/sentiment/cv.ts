/**
 * The analyzer with its models, cross-validated the way unseen text would meet it: every row is scored by
 * models trained without its writing round. (a) leave-blind-2-out: blind-2 (round 11, an independent writer)
 * scored by models trained on everything else, the closest proxy for unseen text; (b) leave-one-round-out
 * over all rounds, pooled. Per language and sensitivity. Used by run.ts; run alone to print the figures.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { COMBINATION, SENSITIVITIES, type Sensitivity } from '@ruta/sentiment';
import { allLabelledRows, outOfFold, prepare, resultsFrom } from '@ruta/sentiment/metrics';
import { type CvFigure, cvFigures } from './cv-figures';
import { readEvalFiles } from './eval-files';

/** Blind-2's writing round in the eval set. */
export const BLIND_2_ROUND = 11;

type Figures = Record<Sensitivity, CvFigure>;
/** One estimate: figures per language, before (main at commit e046d8f) and after (this tree). */
export interface CvEstimate {
  name: string;
  method: string;
  byLang: { lang: 'es' | 'en'; before: Record<Sensitivity, Omit<CvFigure, 'positives'>>; after: Figures }[];
}

const f = (count: number, macroF1: number, recall: number, precision: number) => ({
  count,
  macroF1,
  recall,
  precision,
});
/**
 * The analyzer before this version (v6, commit e046d8f) cross-validated the same way (its escalation model
 * retrained without each round; its rules as they are, written with rounds 1–10 in view), measured once.
 */
const BEFORE: Record<string, Record<Sensitivity, ReturnType<typeof f>>> = BEFORE_FIGURES();

function BEFORE_FIGURES() {
  return JSON.parse(readFileSync(join(dirname(fileURLToPath(import.meta.url)), 'cv-before.json'), 'utf8')) as Record<
    string,
    Record<Sensitivity, ReturnType<typeof f>>
  >;
}

/** The escalation model alone at a threshold, out of fold over every round. */
export interface ModelAloneFigure {
  threshold: number;
  precision: number;
  recall: number;
}

/** Runs both estimates on the committed eval files, and the escalation model alone by threshold. */
export function crossValidate(root: string): { estimates: CvEstimate[]; modelAlone: ModelAloneFigure[] } {
  const rows = prepare(allLabelledRows(readEvalFiles(root)));
  const oof = outOfFold(rows);
  const results = resultsFrom(rows, oof, COMBINATION);
  const modelAlone = [0.25, 0.4, 0.5, 0.6].map((threshold) => {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    rows.forEach((p, i) => {
      const hit = oof[i]!.escalation >= threshold;
      if (hit && p.row.escalate) tp++;
      else if (hit) fp++;
      else if (p.row.escalate) fn++;
    });
    const r3 = (x: number) => Math.round(x * 1000) / 1000;
    return { threshold, precision: r3(tp / (tp + fp)), recall: r3(tp / (tp + fn)) };
  });
  const labelled = rows.map((p) => p.row);
  const estimate = (name: string, method: string, key: string, pick: (round: number) => boolean): CvEstimate => ({
    name,
    method,
    byLang: (['es', 'en'] as const).map((lang) => ({
      lang,
      before: BEFORE[`${key}/${lang}`]!,
      after: cvFigures(labelled, results, (r) => r.lang === lang && pick(r.round ?? 1)),
    })),
  });
  const estimates = [
    estimate(
      'leave-blind-2-out',
      'blind-2 (300, an independent writer; first annotator) scored by models trained on every other labelled message',
      'blind2',
      (r) => r === BLIND_2_ROUND,
    ),
    estimate(
      'leave-one-round-out',
      'every writing round (1–5, 7–15) scored by models trained on the other rounds, pooled; the rules were written with rounds 1–15 in view, so this flatters',
      'loro',
      () => true,
    ),
  ];
  return { estimates, modelAlone };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
  const { estimates, modelAlone } = crossValidate(root);
  console.log(JSON.stringify(modelAlone));
  for (const est of estimates) {
    for (const b of est.byLang) {
      for (const s of SENSITIVITIES) {
        const x = b.before[s];
        const y = b.after[s];
        console.log(
          `${est.name} ${b.lang} ${s}: F1 ${x.macroF1} → ${y.macroF1}, R ${x.recall} → ${y.recall}, P ${x.precision} → ${y.precision}`,
        );
      }
    }
  }
}
