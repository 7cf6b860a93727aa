import { describe, expect, it } from 'vitest';
import raw from '../eval/messages.jsonl?raw';
import { evaluate, type LabeledMessage, parseEvalJsonl } from './metrics';

/**
 * Runs the labelled eval set (packages/sentiment/eval/messages.jsonl, see eval/README.md).
 * Targets from the brief, per language: macro-F1 ≥ 0.85 and escalation recall ≥ 0.95.
 *
 * Round 5 is the blind round of this version: written before the analyzer was changed, scored once
 * before (es 0.783 / recall 0.636, en 0.734 / 0.543) and once after. After, it meets the targets
 * (es 0.890 / 0.982, en 0.868 / 0.957), but that is optimistic: the lexicons were then extended by word
 * families written by the same author, and without the vocabulary he knew to be in round 5 the
 * estimate drops to es 0.840 / 0.764, en 0.811 / 0.739 (see eval/README.md). Where a target is met the
 * assertion is the target; the others are measured floors, rounded down, so a regression still fails.
 */
const rows = parseEvalJsonl(raw);
const TARGET_F1 = 0.85;
const TARGET_RECALL = 0.95;

const floors: { name: string; pick: (r: LabeledMessage) => boolean; recall: Record<'es' | 'en', number> }[] = [
  { name: 'test split', pick: (r) => r.split === 'test', recall: { es: TARGET_RECALL, en: TARGET_RECALL } },
  {
    name: 'blind round 5 (test)',
    pick: (r) => r.round === 5,
    recall: { es: TARGET_RECALL, en: TARGET_RECALL },
  },
  { name: 'dev split', pick: (r) => r.split === 'dev', recall: { es: TARGET_RECALL, en: TARGET_RECALL } },
];

describe('eval set', () => {
  it('is large enough, mostly Spanish across five countries, with a ~40% test split', () => {
    expect(rows.length).toBeGreaterThanOrEqual(320);
    const es = rows.filter((r) => r.lang === 'es');
    expect(es.length * 2).toBeGreaterThanOrEqual(rows.length);
    for (const c of ['CL', 'MX', 'AR', 'CO', 'ES']) {
      expect(es.filter((r) => r.country === c).length, c).toBeGreaterThanOrEqual(60);
    }
    const test = rows.filter((r) => r.split === 'test').length / rows.length;
    expect(test).toBeGreaterThan(0.35);
    expect(test).toBeLessThan(0.45);
    expect(new Set(rows.map((r) => r.text)).size).toBe(rows.length);
  });

  for (const f of floors) {
    for (const lang of ['es', 'en'] as const) {
      it(`${f.name} / ${lang}: macro-F1 ≥ ${TARGET_F1}, escalation recall ≥ ${f.recall[lang]}`, () => {
        const m = evaluate(rows.filter((r) => f.pick(r) && r.lang === lang));
        expect(m.count).toBeGreaterThan(50);
        expect(m.macroF1).toBeGreaterThanOrEqual(TARGET_F1);
        expect(m.escalation.recall).toBeGreaterThanOrEqual(f.recall[lang]);
        expect(m.escalation.precision).toBeGreaterThanOrEqual(0.9);
      });
    }
  }
});
