import { describe, expect, it } from 'vitest';
import { type Condition, type FieldKind, fromCel, operatorsFor, toCel } from './cel';
import { conditionFields } from './fields';

const kinds: Record<string, FieldKind> = {
  'sentiment.label': 'text',
  'sentiment.score': 'number',
  'sentiment.escalate': 'boolean',
  'customer.tags': 'list',
  'reply.text': 'text',
  'event.data.carrier': 'text',
};
const kindOf = (f: string) => kinds[f];

describe('condition builder ⇄ CEL', () => {
  const cases: [Condition, string][] = [
    [
      { join: 'all', rules: [{ field: 'sentiment.label', op: 'eq', value: 'negative' }] },
      'sentiment.label == "negative"',
    ],
    [
      {
        join: 'any',
        rules: [
          { field: 'sentiment.label', op: 'eq', value: 'negative' },
          { field: 'sentiment.escalate', op: 'isTrue' },
        ],
      },
      'sentiment.label == "negative" || sentiment.escalate == true',
    ],
    [
      {
        join: 'all',
        rules: [
          { field: 'sentiment.score', op: 'lt', value: -0.5 },
          { field: 'sentiment.score', op: 'ge', value: -1 },
          { field: 'reply.text', op: 'contains', value: 'persona "real"' },
          { field: 'reply.text', op: 'startsWith', value: 'no' },
          { field: 'customer.tags', op: 'includes', value: 'vip' },
          { field: 'customer.tags', op: 'notEmpty' },
          { field: 'event.data.carrier', op: 'ne', value: 'dhl' },
          { field: 'event.data.carrier', op: 'empty' },
          { field: 'sentiment.escalate', op: 'isFalse' },
        ],
      },
      'sentiment.score < -0.5 && sentiment.score >= -1 && reply.text.contains("persona \\"real\\"") && reply.text.startsWith("no") && "vip" in customer.tags && size(customer.tags) > 0 && event.data.carrier != "dhl" && event.data.carrier == "" && sentiment.escalate == false',
    ],
    [{ join: 'all', rules: [{ field: 'customer.tags', op: 'empty' }] }, 'size(customer.tags) == 0'],
    [{ join: 'all', rules: [{ field: 'vars.attempts', op: 'gt', value: 2 }] }, 'vars.attempts > 2'],
  ];

  it.each(cases)('writes %j as CEL and reads it back', (condition, cel) => {
    expect(toCel(condition, kindOf)).toBe(cel);
    expect(fromCel(cel)).toEqual(condition);
  });

  it('reads hand-written CEL in the same shapes, single quotes and spacing included', () => {
    expect(fromCel("sentiment.label=='negative'")).toEqual({
      join: 'all',
      rules: [{ field: 'sentiment.label', op: 'eq', value: 'negative' }],
    });
    expect(fromCel('')).toEqual({ join: 'all', rules: [] });
    // A yes/no field alone, as people write it; written back explicitly.
    const bare = fromCel('sentiment.label == "negative" || sentiment.escalate');
    expect(bare).toEqual({
      join: 'any',
      rules: [
        { field: 'sentiment.label', op: 'eq', value: 'negative' },
        { field: 'sentiment.escalate', op: 'isTrue' },
      ],
    });
    expect(fromCel('!sentiment.escalate')?.rules).toEqual([{ field: 'sentiment.escalate', op: 'isFalse' }]);
    expect(fromCel(toCel(bare!, kindOf))).toEqual(bare);
  });

  it('leaves to the code editor what it cannot show', () => {
    for (const text of [
      'a == 1 && b == 2 || c == 3',
      '(sentiment.score < 0)',
      'size(reply.text) > 10',
      'sentiment.score < vars.limit',
      'reply.text.matches("x")',
      'has(event.data.eta)',
      'sentiment.label == "neg',
      '!(a == 1)',
      'a.b.c d',
    ])
      expect(fromCel(text), text).toBeNull();
  });

  it('offers operators by kind of field', () => {
    expect(operatorsFor('number')).toEqual(['eq', 'ne', 'gt', 'ge', 'lt', 'le']);
    expect(operatorsFor('boolean')).toEqual(['isTrue', 'isFalse']);
  });
});

describe('conditionFields', () => {
  it('lists simple fields with words and known values, event fields with their learned values', () => {
    const fields = conditionFields(
      { vars: { attempts: 'int' }, nodes: { n_split: { variant: 'string' } } },
      {
        fields: {
          carrier: { type: 'text', required: true, values: ['dhl', 'chilexpress'] },
          at: { type: 'date', required: false },
        },
      },
      { n_split: { es: 'División', en: 'Split' } },
      { 'nodes.n_split.variant': [{ value: 'a', label: { es: 'a', en: 'a' } }] },
    );
    const by = Object.fromEntries(fields.map((f) => [f.path, f]));
    expect(by['sentiment.label']).toMatchObject({ kind: 'text', label: { es: 'Tono de la respuesta' } });
    expect(by['sentiment.label']?.values?.map((v) => v.label.es)).toEqual(['Negativo', 'Neutral', 'Positivo']);
    expect(by['sentiment.escalate']?.kind).toBe('boolean');
    expect(by['customer.tags']?.kind).toBe('list');
    expect(by['vars.attempts']?.kind).toBe('number');
    expect(by['nodes.n_split.variant']).toMatchObject({
      label: { es: 'División · variant' },
      values: [{ value: 'a' }],
    });
    expect(by['event.data.carrier']?.values?.map((v) => v.value)).toEqual(['dhl', 'chilexpress']);
    expect(by['event.data.at']?.kind).toBe('text');
    // Records, maps and journey ids are not offered.
    expect(by['customer.attributes']).toBeUndefined();
    expect(by['journey.id']).toBeUndefined();
  });
});
