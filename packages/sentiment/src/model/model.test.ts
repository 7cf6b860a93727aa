import { describe, expect, it } from 'vitest';
import raw from '../../eval/messages.jsonl?raw';
import { analyze, modelHook } from '../analyze';
import { foldedWords } from '../words';
import { trainingRows, writeWeightsModule } from './build';
import { featureIndexes, fnv1a } from './features';
import { escalationModel, MODEL_ESCALATES } from './model';
import { decodeWeights, encodeWeights, trainEscalationModel } from './train';
import weightsModule from './weights.ts?raw';

describe('escalation model', () => {
  it('is the one the dev split trains: the committed weights are current and training is deterministic', () => {
    expect(writeWeightsModule(trainingRows(raw))).toBe(weightsModule);
  });

  it('never learns from the test split', () => {
    const rows = trainingRows(raw);
    expect(rows.length).toBeGreaterThan(500);
    expect(rows.every((r) => r.split === 'dev')).toBe(true);
  });

  it('hashes exactly the features it documents', () => {
    const words = ['me', 'cobraron', 'dos', 'veces'];
    const expected = new Set<number>();
    const mask = (1 << 15) - 1;
    words.forEach((w, i) => {
      expected.add(fnv1a(`w${w}`) & mask);
      if (i + 1 < words.length) expected.add(fnv1a(`b${w} ${words[i + 1]}`) & mask);
      const e = `<${w}>`;
      for (let n = 3; n <= 5; n++)
        for (let j = 0; j + n <= e.length; j++) expected.add(fnv1a(`c${e.slice(j, j + n)}`) & mask);
    });
    expect([...featureIndexes(words, 15)].sort((a, b) => a - b)).toEqual([...expected].sort((a, b) => a - b));
  });

  it('round-trips its weights through base64', () => {
    const w = Int8Array.from([0, 1, -1, 127, -127, 42, -5]);
    expect([...decodeWeights(encodeWeights(w))]).toEqual([...w]);
  });

  it('learns a separable toy problem', () => {
    const examples = [
      ...['me cobraron dos veces', 'cobro duplicado', 'cobraron de mas'].map((t) => ({
        words: foldedWords(t),
        escalate: true,
      })),
      ...['gracias por todo', 'muy buena atencion', 'todo perfecto'].map((t) => ({
        words: foldedWords(t),
        escalate: false,
      })),
    ];
    const m = trainEscalationModel(examples, { bits: 12, epochs: 40, rate: 0.3, l2: 0 });
    expect(m.weights.length).toBe(1 << 12);
    const score = (t: string) => {
      const x = featureIndexes(foldedWords(t), 12);
      let z = 0;
      for (const f of x) z += m.weights[f]!;
      return m.bias + z * m.scale;
    };
    expect(score('me cobraron doble')).toBeGreaterThan(score('muchas gracias'));
  });

  it('reads a strong complaint in words no rule knows, and names its evidence', () => {
    const v = escalationModel(
      foldedWords('Cancelaron mi vuelo y la aerolínea me ofrece un voucher, yo quiero mi dinero'),
    );
    expect(v.probability).toBeGreaterThanOrEqual(MODEL_ESCALATES);
    expect(v.evidence.length).toBeGreaterThan(0);
    const r = analyze('Cancelaron mi vuelo y la aerolínea me ofrece un voucher, yo quiero mi dinero');
    expect(r.signals).toContain('strong_complaint');
    expect(r.label).toBe('negative');
  });

  it('never escalates praise, a plain question or a reason the customer declines', () => {
    try {
      modelHook.probability = () => 0.99;
      for (const text of [
        'excelente atención, gracias',
        '¿tienen sucursal en Puebla?',
        'Is the sale still on this weekend?',
        'no necesito hablar con un asesor, solo el saldo',
        'el pedido llegó sin los cubiertos, no pasa nada',
      ]) {
        expect(analyze(text).signals, text).not.toContain('strong_complaint');
      }
    } finally {
      modelHook.probability = null;
    }
  });
});
