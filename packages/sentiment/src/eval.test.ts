import { describe, expect, it } from 'vitest';
import rawBlind2 from '../eval/blind-2.jsonl?raw';
import rawBlind3 from '../eval/blind-3.jsonl?raw';
import rawBlind4 from '../eval/blind-4.jsonl?raw';
import rawBlind5 from '../eval/blind-5.jsonl?raw';
import rawBlind6 from '../eval/blind-6.jsonl?raw';
import rawBlind7 from '../eval/blind-7.jsonl?raw';
import rawBlind8 from '../eval/blind-8.jsonl?raw';
import rawBlind9 from '../eval/blind-9.jsonl?raw';
import rawBlind10 from '../eval/blind-10.jsonl?raw';
import rawBlind11 from '../eval/blind-11.jsonl?raw';
import rawBlind12 from '../eval/blind-12.jsonl?raw';
import rawBlind13 from '../eval/blind-13.jsonl?raw';
import rawBlind14 from '../eval/blind-14.jsonl?raw';
import rawBlind15 from '../eval/blind-15.jsonl?raw';
import rawBlind16 from '../eval/blind-16.jsonl?raw';
import rawBlind17 from '../eval/blind-17.jsonl?raw';
import rawBlind18 from '../eval/blind-18.jsonl?raw';
import rawBlind19 from '../eval/blind-19.jsonl?raw';
import rawBlind20 from '../eval/blind-20.jsonl?raw';
import rawBlind21 from '../eval/blind-21.jsonl?raw';
import rawBlind22 from '../eval/blind-22.jsonl?raw';
import rawBlind23 from '../eval/blind-23.jsonl?raw';
import rawBlind24 from '../eval/blind-24.jsonl?raw';
import rawBlind25 from '../eval/blind-25.jsonl?raw';
import rawBlind26 from '../eval/blind-26.jsonl?raw';
import rawBlind27 from '../eval/blind-27.jsonl?raw';
import rawBlind28 from '../eval/blind-28.jsonl?raw';
import rawBlind29 from '../eval/blind-29.jsonl?raw';
import rawBlind30 from '../eval/blind-30.jsonl?raw';
import rawBlind31 from '../eval/blind-31.jsonl?raw';
import rawBlind32 from '../eval/blind-32.jsonl?raw';
import rawBlind33 from '../eval/blind-33.jsonl?raw';
import rawBlind34 from '../eval/blind-34.jsonl?raw';
import rawBlind35 from '../eval/blind-35.jsonl?raw';
import rawBlind36 from '../eval/blind-36.jsonl?raw';
import rawFamilies1 from '../eval/families-1.jsonl?raw';
import rawFamilies2 from '../eval/families-2.jsonl?raw';
import raw from '../eval/messages.jsonl?raw';
import raw10 from '../eval/round-10.jsonl?raw';
import { analyze } from './analyze';
import { COMBINATION } from './combine';
import {
  allLabelledRows,
  evaluate,
  type LabeledMessage,
  outOfFold,
  parseEvalJsonl,
  prepare,
  resultsFrom,
} from './metrics';

/**
 * Runs the labelled eval set (packages/sentiment/eval/messages.jsonl, see eval/README.md). Targets from the
 * brief, per language: macro-F1 ≥ 0.85, escalation recall ≥ 0.95 with precision ≥ 0.8.
 *
 * Round 9 was the held-out round of v5; round 7 is the former blind round (half dev, tuned on; half test,
 * checked), and round-10.jsonl the held-out round of v6, written before any v6 change (figures in
 * eval/README.md). Since v7 the models train on every labelled message (all of the above and blind-2), so
 * none of these figures is an estimate of unseen text: they guard against regressions. The honest check is
 * the last test: blind-2 scored by models trained without it (leave-blind-2-out).
 */
const rows = parseEvalJsonl(raw);
const round10 = parseEvalJsonl(raw10);
const TARGET = { macroF1: 0.85, recall: 0.95, precision: 0.8 };

interface Floor {
  name: string;
  pick: (r: LabeledMessage) => boolean;
  /** Measured floors, rounded down, where a target is not met; the target otherwise. */
  floors: Record<'es' | 'en', { macroF1: number; recall: number; precision: number }>;
}

const floors: Floor[] = [
  // Held out: before this version es 0.700 / recall 0.204, en 0.758 / 0.213; after, the targets.
  { name: 'held-out round 9', pick: (r) => r.round === 9, floors: { es: TARGET, en: TARGET } },
  { name: 'dev split (tuned on)', pick: (r) => r.split === 'dev', floors: { es: TARGET, en: TARGET } },
  {
    name: 'former blind round 7, test half',
    pick: (r) => r.round === 7 && r.split === 'test',
    floors: { es: TARGET, en: TARGET },
  },
  {
    name: 'round 1 test part',
    pick: (r) => r.split === 'test' && r.round === 1,
    floors: { es: TARGET, en: TARGET },
  },
];

describe('eval set', () => {
  it('is large enough, mostly Spanish across five countries, with a held-out test split', () => {
    expect(rows.length).toBeGreaterThanOrEqual(1200);
    const es = rows.filter((r) => r.lang === 'es');
    expect(es.length * 2).toBeGreaterThanOrEqual(rows.length);
    for (const c of ['CL', 'MX', 'AR', 'CO', 'ES']) {
      expect(es.filter((r) => r.country === c).length, c).toBeGreaterThanOrEqual(90);
    }
    const test = rows.filter((r) => r.split === 'test');
    expect(new Set(test.map((r) => r.round))).toEqual(new Set([1, 7, 9]));
    expect(test.length / rows.length).toBeGreaterThan(0.2);
    expect(new Set(rows.map((r) => r.text)).size).toBe(rows.length);
  });

  for (const f of floors) {
    for (const lang of ['es', 'en'] as const) {
      const want = f.floors[lang];
      it(`${f.name} / ${lang}: macro-F1 ≥ ${want.macroF1}, escalation recall ≥ ${want.recall}, precision ≥ ${want.precision}`, () => {
        const m = evaluate(rows.filter((r) => f.pick(r) && r.lang === lang));
        expect(m.count).toBeGreaterThan(50);
        expect(m.macroF1).toBeGreaterThanOrEqual(want.macroF1);
        expect(m.escalation.recall).toBeGreaterThanOrEqual(want.recall);
        expect(m.escalation.precision).toBeGreaterThanOrEqual(want.precision);
      });
    }
  }

  // Held out for v6: before it es 0.784 / P 0.917 / R 0.880, en 0.825 / 0.932 / 0.891. Floors are the
  // figures after, rounded down; below the targets, which is what round 10 says about unseen text.
  const held: Record<'es' | 'en', { macroF1: number; recall: number; precision: number }> = {
    es: { macroF1: 0.8, recall: 0.88, precision: 0.95 },
    en: { macroF1: 0.89, recall: 0.91, precision: 0.97 },
  };
  for (const lang of ['es', 'en'] as const) {
    it(`round 10 (held out for v6, trained on since v7) / ${lang}: at least its v6 figures`, () => {
      const m = evaluate(round10.filter((r) => r.lang === lang));
      expect(m.count).toBeGreaterThanOrEqual(40);
      expect(m.macroF1).toBeGreaterThanOrEqual(held[lang].macroF1);
      expect(m.escalation.recall).toBeGreaterThanOrEqual(held[lang].recall);
      expect(m.escalation.precision).toBeGreaterThanOrEqual(held[lang].precision);
    });
  }

  // Measured with the shipped combination (eval/README.md). v7: es 0.831 / R 0.92 / P 0.793, en 0.824 / R 0.84 /
  // P 0.677 at the default sensitivity; v6 on the same rows 0.782 / 0.90 / 0.738 and 0.736 / 0.78 / 0.709. v9 (trained
  // on blind-3 and blind-4 too): es 0.848 / 0.92 / 0.780, en 0.828 / 0.88 / 0.698; v10 (and blind-5): es 0.861 / 0.94 /
  // 0.797, en 0.885 / 0.88 / 0.759; v11 (and blind-6): es 0.861 / 0.92 / 0.793, en 0.874 / 0.86 / 0.754; v12 (and
  // blind-7, blind-8): es 0.857 / 0.92 / 0.807, en 0.879 / 0.84 / 0.750; v13 (and blind-9): es 0.881 / 0.90 / 0.804,
  // en 0.866 / 0.82 / 0.804; v14 (and blind-10): es 0.851 / 0.88 / 0.800, en 0.868 / 0.80 / 0.784; v15 (and blind-11):
  // es 0.851 / 0.90 / 0.804, en 0.888 / 0.84 / 0.764; v16 (and blind-12): es 0.863 / 0.90 / 0.849, en 0.875 / 0.82 /
  // 0.804; v17 (and blind-13): es 0.868 / 0.90 / 0.849, en 0.877 / 0.88 / 0.733; v18 (and blind-14): es 0.874 / 0.92
  // / 0.852, en 0.890 / 0.88 / 0.746; v19 (and blind-15): es 0.888 / 0.90 / 0.865, en 0.890 / 0.88 / 0.772; v20 (the
  // same rounds, blind-14 and blind-15 without the rows their annotators disagree on): es 0.882 / 0.90 / 0.865, en
  // 0.883 / 0.88 / 0.759; v21 (the same rows, retrained on its rules' features): es 0.888 / 0.90 / 0.865, en 0.883 /
  // 0.88 / 0.772; v25 (its escalation model trained on blind-16 … blind-20 too): es 0.882 / 0.88 / 0.880, en 0.883 /
  // 0.90 / 0.818. Floors are the lower of v20's and v25's figures rounded down: below the targets, which is what blind-2
  // says.
  const blindFloors = {
    es: { macroF1: 0.88, recall: 0.88, precision: 0.86 },
    en: { macroF1: 0.88, recall: 0.88, precision: 0.75 },
  };
  it('leave-blind-2-out: blind-2 scored by models trained on everything else keeps its measured figures', () => {
    const all = prepare(
      allLabelledRows({
        messages: raw,
        round10: raw10,
        blind: [
          rawBlind2,
          rawBlind3,
          rawBlind4,
          rawBlind5,
          rawBlind6,
          rawBlind7,
          rawBlind8,
          rawBlind9,
          rawBlind10,
          rawBlind11,
          rawBlind12,
          rawBlind13,
          rawBlind14,
          rawBlind15,
        ],
        escalationOnly: [rawBlind16, rawBlind17, rawBlind18, rawBlind19, rawBlind20],
      }),
    );
    const oof = outOfFold(all, undefined, [11]);
    const held = all.flatMap((p, i) => (p.row.round === 11 ? [{ p, reading: oof[i] }] : []));
    const results = resultsFrom(
      held.map((h) => h.p),
      held.map((h) => h.reading),
      COMBINATION,
    );
    for (const lang of ['es', 'en'] as const) {
      const idx = held.flatMap((h, i) => (h.p.row.lang === lang ? [i] : []));
      expect(idx.length).toBe(150);
      const byText = new Map(idx.map((i) => [held[i]!.p.row.text, results[i]!.strong]));
      const m = evaluate(
        idx.map((i) => held[i]!.p.row),
        (t) => byText.get(t)!,
      );
      expect(m.macroF1, lang).toBeGreaterThanOrEqual(blindFloors[lang].macroF1);
      expect(m.escalation.recall, lang).toBeGreaterThanOrEqual(blindFloors[lang].recall);
      expect(m.escalation.precision, lang).toBeGreaterThanOrEqual(blindFloors[lang].precision);
    }
  });

  // Blind-3 (round 12), blind-4 (13), blind-5 (14) and blind-6 (15): writers who never read the analyzer, its lexicon or its data. Unseen,
  // blind-3 gave v6 es 0.873 / R 0.96 / P 0.738, en 0.827 / 0.84 / 0.792 and v7 es 0.907 / 0.96 / 0.800, en 0.897 /
  // 0.90 / 0.865; blind-4 gave v7 es 0.936 / 0.90 / 0.926, en 0.942 / 0.90 / 0.955 and v8 es 0.951 / 0.914 / 0.955,
  // en 0.961 / 0.914 / 0.955; blind-5 (round 14) gave v9 es 0.909 / 0.843 / 0.881, en 0.896 / 0.90 / 0.90 (default
  // sensitivity); blind-6 (round 15; 3 messages identical to blind-4 rows left out) gave v10 es 0.942 / 0.958 / 0.920,
  // en 0.951 / 0.931 / 0.971; blind-7 (round 16) gave v11 es 0.943 / 0.986 / 0.899, en 0.922 / 0.944 / 0.907 and
  // blind-8 (round 17) es 0.929 / 0.986 / 0.934, en 0.912 / 0.917 / 0.943; blind-9 (round 18) gave v12 es 0.918 / 0.943 /
  // 0.943, en 0.942 / 0.957 / 0.944; blind-10 (round 19) gave v13 es 0.908 / 0.896 / 0.909, en 0.884 / 0.915 / 0.890.
  // blind-11 (round 20) gave v14 es 0.954 / 0.971 / 0.919, en 0.939 / 0.900 / 0.926; blind-12 (round 21) gave v15 es
  // 0.971 / 0.946 / 0.946, en 0.978 / 0.973 / 0.899; blind-13 (round 22) gave v16 es 0.950 / 0.917 / 0.880, en 0.965 /
  // 0.944 / 0.882; blind-14 (round 23) gave v17 es 0.969 / 1 / 0.909, en 0.964 / 0.971 / 0.917; blind-15 (round 24)
  // gave v18 es 0.954 / 0.943 / 0.786, en 0.958 / 0.806 / 0.853; blind-16 (round 25) gave v19 es 0.900 / 0.971 /
  // 0.829, en 0.899 / 0.886 / 0.861; blind-17 (round 26) gave v20 es 0.917 / 0.928 / 0.914, en 0.947 / 0.900 / 0.913;
  // blind-18 (round 27) gave v21 es 0.920 / 0.914 / 0.901, en 0.933 / 0.843 / 0.937; blind-19 (round 28) gave v22 es
  // 0.937 / 0.929 / 0.878, en 0.933 / 0.886 / 0.925; blind-20 (round 29) gave v23 es 0.939 / 0.943 / 0.857, en 0.947 /
  // 0.886 / 0.816. v24's models train on the first thirteen and its rules were written with blind-16 … blind-20 in view,
  // so these floors (its figures rounded down) guard against regressions only (eval/README.md). Retrained on v21's rule
  // features, the models cost one Spanish false alarm in round 17 and one English one in round 22; on v23's, one Spanish
  // polarity slip in round 21 ("se atrasó un día pero ya llegó, todo bien igual" read as praise); on v24's, one false
  // alarm each in round 12 (es), 16 (en) and 17 (en), all three from the escalation model alone; v25's escalation model,
  // trained on blind-16 … blind-20 too, misses one Spanish escalation of round 18; v26's, trained on blind-21 and
  // blind-22 as well, misses one English escalation of round 15 (a bot's answer about another matter) and raises one
  // English false alarm each in rounds 19 and 24, all from the escalation model alone; the polarity model retrained on
  // v28's rule features reads one Spanish message of round 13 and one of round 30 differently.
  // Since v38 the escalation model also trains on blind-27 … blind-34 and both family files: it finds more escalations on
  // unseen rounds and escalates a little more often, so precision on older rounds fell by one to four points. The rounds
  // it moved (12, 16, 17, 20, 23, 24, 27, 31, 32, 33, 34, 35, 39) hold v38's figures, rounded down.
  const inSampleFloors = {
    12: { es: { macroF1: 0.98, recall: 1, precision: 0.86 }, en: { macroF1: 0.98, recall: 1, precision: 0.92 } },
    13: { es: { macroF1: 0.98, recall: 0.98, precision: 0.97 }, en: { macroF1: 0.99, recall: 0.98, precision: 0.97 } },
    14: { es: { macroF1: 0.97, recall: 0.98, precision: 0.97 }, en: { macroF1: 0.98, recall: 0.98, precision: 0.97 } },
    // v31's polarity model, retrained on its rule features, reads one English message here differently.
    15: { es: { macroF1: 0.98, recall: 1, precision: 0.97 }, en: { macroF1: 0.99, recall: 0.97, precision: 0.98 } },
    16: { es: { macroF1: 0.99, recall: 0.97, precision: 0.95 }, en: { macroF1: 0.99, recall: 0.97, precision: 0.95 } },
    17: { es: { macroF1: 0.97, recall: 1, precision: 0.94 }, en: { macroF1: 0.99, recall: 1, precision: 0.98 } },
    18: { es: { macroF1: 0.99, recall: 0.98, precision: 1 }, en: { macroF1: 0.99, recall: 1, precision: 0.98 } },
    // v32's escalation model, retrained on its rule features, raises one more Spanish false alarm here.
    19: { es: { macroF1: 0.98, recall: 0.97, precision: 0.94 }, en: { macroF1: 0.96, recall: 1, precision: 0.95 } },
    20: { es: { macroF1: 0.99, recall: 1, precision: 0.93 }, en: { macroF1: 0.97, recall: 1, precision: 0.98 } },
    // v29's escalation model raises one more English false alarm here (a limit cut "without any reason").
    21: { es: { macroF1: 0.98, recall: 0.98, precision: 0.98 }, en: { macroF1: 0.99, recall: 1, precision: 0.93 } },
    // v32's polarity model reads one English message here differently.
    22: { es: { macroF1: 0.98, recall: 0.98, precision: 0.93 }, en: { macroF1: 0.98, recall: 1, precision: 0.94 } },
    23: { es: { macroF1: 1, recall: 1, precision: 0.94 }, en: { macroF1: 0.99, recall: 0.98, precision: 0.93 } },
    24: { es: { macroF1: 1, recall: 1, precision: 0.88 }, en: { macroF1: 0.99, recall: 1, precision: 0.96 } },
    25: { es: { macroF1: 0.92, recall: 1, precision: 0.9 }, en: { macroF1: 0.89, recall: 0.95, precision: 0.89 } },
    // v32's polarity model reads one Spanish message here differently.
    26: { es: { macroF1: 0.91, recall: 1, precision: 1 }, en: { macroF1: 0.96, recall: 1, precision: 0.98 } },
    27: { es: { macroF1: 0.92, recall: 1, precision: 0.97 }, en: { macroF1: 0.94, recall: 1, precision: 0.97 } },
    28: { es: { macroF1: 0.95, recall: 1, precision: 0.98 }, en: { macroF1: 0.94, recall: 1, precision: 1 } },
    29: { es: { macroF1: 0.94, recall: 1, precision: 0.92 }, en: { macroF1: 0.95, recall: 1, precision: 0.87 } },
    // Read once against v24 (es 0.914 / 0.886 / 0.805, en 0.922 / 0.900 / 0.829); v25's escalation model was chosen with
    // it in view, and v26's escalation model trains on it.
    30: { es: { macroF1: 0.9, recall: 0.95, precision: 0.87 }, en: { macroF1: 0.92, recall: 0.92, precision: 0.92 } },
    // Read once against v25 (es 0.952 / 0.971 / 0.907, en 0.900 / 0.900 / 0.900); v26's rules were written from it and
    // its escalation model trains on it.
    31: { es: { macroF1: 0.95, recall: 1, precision: 0.95 }, en: { macroF1: 0.9, recall: 1, precision: 0.94 } },
    // Read once against v26 (es 0.941 / 0.943 / 0.917, en 0.914 / 0.886 / 0.873); v27's rules were written from it and
    // its escalation model trains on it.
    32: { es: { macroF1: 0.94, recall: 1, precision: 0.95 }, en: { macroF1: 0.92, recall: 1, precision: 0.95 } },
    // Read once against v27 (es 0.895 / 0.900 / 0.900, en 0.860 / 0.900 / 0.900); v28's rules were written from it and
    // its escalation model trains on it.
    // v29's escalation model, trained on blind-25 too, raises two more Spanish and one more English false alarm here.
    // v32's polarity model reads one English message here differently.
    33: { es: { macroF1: 0.9, recall: 0.98, precision: 0.93 }, en: { macroF1: 0.86, recall: 1, precision: 0.9 } },
    // Read once against v28 (es 0.897 / 0.971 / 0.919, en 0.916 / 0.857 / 0.870); v29's rules were written from it and
    // its escalation model trains on it.
    // v31's polarity model reads one English message here differently.
    34: { es: { macroF1: 0.9, recall: 0.98, precision: 0.94 }, en: { macroF1: 0.91, recall: 0.98, precision: 0.89 } },
    // Read once against v29 (es 0.967 / 0.957 / 0.957, en 0.868 / 0.871 / 0.897); v30's rules were written from it and
    // its escalation model trains on it.
    // v32's escalation model raises one more English false alarm here.
    35: { es: { macroF1: 0.97, recall: 1, precision: 0.95 }, en: { macroF1: 0.86, recall: 1, precision: 0.92 } },
    // Read once against v30 (es 0.918 / 0.914 / 0.901, en 0.918 / 0.914 / 0.877); v31's rules were written from it and
    // nothing trains on it.
    // v32's escalation model raises two more Spanish false alarms here; its rules find one more escalation.
    36: { es: { macroF1: 0.91, recall: 0.91, precision: 0.89 }, en: { macroF1: 0.91, recall: 0.91, precision: 0.87 } },
    // Read once against v31 (es 0.951 / 0.957 / 0.918, en 0.900 / 0.886 / 0.849), unseen; v32's rules were written from
    // it and nothing trains on it. v33's escalation model raises one more Spanish false alarm here.
    37: { es: { macroF1: 0.94, recall: 1, precision: 0.94 }, en: { macroF1: 0.9, recall: 1, precision: 0.9 } },
    // Read once against v32 (es 0.942 / 0.971 / 0.861, en 0.876 / 0.943 / 0.943), unseen; v33's rules were written from
    // it and nothing trains on it. v34's polarity model reads one English message here differently.
    38: { es: { macroF1: 0.94, recall: 1, precision: 0.89 }, en: { macroF1: 0.88, recall: 1, precision: 0.95 } },
    // Read once against v33 (es 0.917 / 0.957 / 0.931, en 0.880 / 0.871 / 0.924), unseen; v34's rules were written from
    // it and nothing trains on it.
    39: { es: { macroF1: 0.92, recall: 0.98, precision: 0.92 }, en: { macroF1: 0.89, recall: 0.98, precision: 0.93 } },
    // Read once against v34 (es 0.925 / 0.971 / 0.944, en 0.895 / 0.929 / 0.878), unseen; v35's rules were written from
    // it and nothing trains on it.
    40: { es: { macroF1: 0.92, recall: 1, precision: 0.94 }, en: { macroF1: 0.9, recall: 0.98, precision: 0.88 } },
    // Read once against v35 (es 0.933 / 0.957 / 0.918, en 0.905 / 0.900 / 0.940; v34 the same), unseen; v36's rules were
    // written from it and nothing trains on it.
    41: { es: { macroF1: 0.93, recall: 0.98, precision: 0.93 }, en: { macroF1: 0.91, recall: 0.98, precision: 0.95 } },
    // Read once against v36 (es 0.924 / 0.971 / 0.918, en 0.943 / 0.886 / 0.984; v35 the same), unseen; v37's rules were
    // written from it and nothing trains on it.
    42: { es: { macroF1: 0.93, recall: 1, precision: 0.92 }, en: { macroF1: 0.94, recall: 0.98, precision: 0.98 } },
    // Read once against v37 (es 0.954 / 0.986 / 0.986, en 0.927 / 0.886 / 0.939; v36 the same), unseen; since v38 the
    // escalation model trains on it (no rule was written from it).
    43: { es: { macroF1: 0.95, recall: 0.98, precision: 0.98 }, en: { macroF1: 0.92, recall: 0.97, precision: 0.97 } },
    // Unseen: read once against v38 (es 0.981 / 0.957 / 0.957, en 0.944 / 0.971 / 0.932; v37 en 0.944 / 0.914 / 0.955);
    // nothing trains on it and no rule was written from it, so these floors hold v38's estimate in place.
    44: { es: { macroF1: 0.98, recall: 0.95, precision: 0.95 }, en: { macroF1: 0.94, recall: 0.97, precision: 0.93 } },
    // Unseen too: read once against v38 (es 0.968 / 0.971 / 0.971, en 0.927 / 0.943 / 0.957; v37 en 0.927 / 0.914 /
    // 0.970); nothing trains on it and no rule was written from it. English recall is one message short of the target.
    45: { es: { macroF1: 0.96, recall: 0.97, precision: 0.97 }, en: { macroF1: 0.92, recall: 0.94, precision: 0.95 } },
  };

  for (const [round, raw, perLang] of [
    [12, rawBlind3, 150],
    [13, rawBlind4, 200],
    [14, rawBlind5, 200],
    [15, rawBlind6, 0],
    [16, rawBlind7, 200],
    [17, rawBlind8, 200],
    [18, rawBlind9, 200],
    [19, rawBlind10, 0],
    [20, rawBlind11, 0],
    [21, rawBlind12, 0],
    [22, rawBlind13, 0],
    [23, rawBlind14, 0],
    [24, rawBlind15, 0],
    [25, rawBlind16, 0],
    [26, rawBlind17, 0],
    [27, rawBlind18, 0],
    [28, rawBlind19, 200],
    [29, rawBlind20, 200],
    [30, rawBlind21, 200],
    [31, rawBlind22, 200],
    [32, rawBlind23, 200],
    [33, rawBlind24, 200],
    [34, rawBlind25, 200],
    [35, rawBlind26, 200],
    [36, rawBlind27, 200],
    [37, rawBlind28, 200],
    [38, rawBlind29, 200],
    [39, rawBlind30, 200],
    [40, rawBlind31, 200],
    [41, rawBlind32, 0],
    [42, rawBlind33, 0],
    [43, rawBlind34, 200],
    [44, rawBlind35, 200],
    [45, rawBlind36, 0],
  ] as const) {
    it(`blind round ${round}, trained on: keeps its in-sample figures`, () => {
      const blind = parseEvalJsonl(raw);
      expect(blind.every((r) => r.round === round)).toBe(true);
      for (const lang of ['es', 'en'] as const) {
        const rows = blind.filter((r) => r.lang === lang);
        if (perLang > 0) expect(rows.length).toBe(perLang);
        else expect(rows.length).toBeGreaterThan(190);
        const m = evaluate(rows, (t) => analyze(t));
        const floor = inSampleFloors[round][lang];
        expect(m.macroF1, lang).toBeGreaterThanOrEqual(floor.macroF1);
        expect(m.escalation.recall, lang).toBeGreaterThanOrEqual(floor.recall);
        expect(m.escalation.precision, lang).toBeGreaterThanOrEqual(floor.precision);
      }
    });
  }

  // families-1.jsonl: asks for a person (`person`) and the other families unseen rounds miss (`mixed`), 110 escalations
  // and 50 look-alikes per file, written before v32 by four writers from the guide alone. v32's rules were written from
  // it and nothing trains on it, so these floors (v32's figures rounded down; v31 escalated 50.9% / 44.5% of the asks
  // for a person, 91.8% / 66.4% of the rest) guard against regressions only.
  const familyFloors = {
    // Since v38 the escalation model trains on this file too: one English false alarm in each family.
    person: {
      es: { macroF1: 0.8, recall: 0.91, precision: 0.97 },
      en: { macroF1: 0.78, recall: 0.91, precision: 0.99 },
    },
    mixed: {
      es: { macroF1: 0.8, recall: 0.96, precision: 0.97 },
      en: { macroF1: 0.75, recall: 0.95, precision: 0.99 },
    },
  };
  keepsFamilyFigures('families-1', rawFamilies1, familyFloors, 160, 110);

  // families-2.jsonl: the four families rounds kept missing after families-1 (money told plainly, quoted and ironic
  // praise, a person or a leaving asked for in passing, a deadline told as a fact), 55 escalations and 25 look-alikes
  // per family and language, written before v35 by four new writers; a second annotator agrees on all 640 escalations.
  // v35's rules were written from it and nothing trains on it, so these floors (v35's figures rounded down; v34's
  // recall: money 81.8% / 65.5%, sarcasm 70.9% / 45.5%, passing 83.6% / 87.3%, deadline 90.9% / 80.0%) guard against
  // regressions only.
  const family2Floors = {
    // Since v38 the escalation model trains on this file too (recall up in six of eight figures; one false alarm more
    // in English money and in Spanish sarcasm).
    money: {
      es: { macroF1: 0.88, recall: 0.98, precision: 0.98 },
      en: { macroF1: 0.83, recall: 0.9, precision: 0.98 },
    },
    sarcasm: {
      es: { macroF1: 0.69, recall: 0.72, precision: 0.93 },
      en: { macroF1: 0.72, recall: 0.67, precision: 1 },
    },
    passing: { es: { macroF1: 0.7, recall: 0.96, precision: 0.98 }, en: { macroF1: 0.82, recall: 1, precision: 0.98 } },
    deadline: { es: { macroF1: 0.92, recall: 0.96, precision: 1 }, en: { macroF1: 0.83, recall: 1, precision: 1 } },
  };
  keepsFamilyFigures('families-2', rawFamilies2, family2Floors, 80, 55);
});

type Figures = { macroF1: number; recall: number; precision: number };

/** One test per family of a family corpus: its size per language, and figures at or above the floors. */
function keepsFamilyFigures(
  name: string,
  raw: string,
  floors: Record<string, Record<'es' | 'en', Figures>>,
  size: number,
  escalations: number,
): void {
  for (const [family, byLang] of Object.entries(floors)) {
    it(`${name}, ${family} (the rules written from it): keeps its figures`, () => {
      const all = parseEvalJsonl(raw) as (LabeledMessage & { family: string })[];
      for (const lang of ['es', 'en'] as const) {
        const rows = all.filter((r) => r.family === family && r.lang === lang);
        expect(rows.length).toBe(size);
        expect(rows.filter((r) => r.escalate).length).toBe(escalations);
        const m = evaluate(rows, (t) => analyze(t));
        expect(m.macroF1, lang).toBeGreaterThanOrEqual(byLang[lang].macroF1);
        expect(m.escalation.recall, lang).toBeGreaterThanOrEqual(byLang[lang].recall);
        expect(m.escalation.precision, lang).toBeGreaterThanOrEqual(byLang[lang].precision);
      }
    });
  }
}
