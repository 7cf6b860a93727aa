/**
 * Chooses the models' hyper-parameters and how rules and models combine, by leave-one-round-out
 * cross-validation over rounds 1–10 (blind-2, round 11, is left out entirely here). Scored on every round and
 * on rounds 9 and 10 alone, the rounds the rules were not tuned on. Run with
 * `npx tsx bench/sentiment/tune.ts '[{"bits":15,"ruleDropout":0.5}]'`; the choice is written by hand into
 * model/train.ts and combine.ts.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { allLabelledRows, outOfFold, prepare, resultsFrom } from '@ruta/sentiment/metrics';
import { cvFigures } from './cv-figures';
import { readEvalFiles } from './eval-files';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const all = prepare(allLabelledRows(readEvalFiles(root)));
const rows = all.filter((p) => p.row.round !== 11);
const grid = JSON.parse(process.argv[2] ?? '[{}]') as Record<string, number>[];
const combos = JSON.parse(process.argv[3] ?? '[["model",0.5,0.2,0.9,true]]') as [
  'model' | 'rules',
  number,
  number,
  number,
  boolean,
  number,
  number,
][];
for (const g of grid) {
  const { polarityDropout, ...rest } = g;
  const opt = { bits: 15, epochs: 20, rate: 0.2, l2: 1e-5, ruleDropout: 0, ...rest };
  const oof = outOfFold(rows, {
    polarity: { ...opt, ruleDropout: polarityDropout ?? opt.ruleDropout },
    escalation: opt,
  });
  for (const [polarity, escalates, trustRules, sure, gated, ruleWeight, rulesUpTo] of combos) {
    const res = resultsFrom(rows, oof, { polarity, escalates, trustRules, sure, gated, ruleWeight, rulesUpTo });
    const fig = (pick: (r: (typeof rows)[number]['row']) => boolean) =>
      (['es', 'en'] as const)
        .map((lang) => {
          const f = cvFigures(
            rows.map((p) => p.row),
            res,
            (r) => r.lang === lang && pick(r),
          ).strong;
          return `${lang} ${f.macroF1.toFixed(3)} R ${f.recall.toFixed(3)} P ${f.precision.toFixed(3)}`;
        })
        .join(' · ');
    console.log(
      JSON.stringify(g),
      polarity,
      escalates,
      trustRules,
      sure,
      gated,
      ruleWeight,
      rulesUpTo,
      '| all:',
      fig(() => true),
      '| r9+10:',
      fig((r) => r.round === 9 || r.round === 10),
    );
  }
}
