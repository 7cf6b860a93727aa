import { describe, expect, it } from 'vitest';
import { EventSchema, eventDataReads, eventDataVariables, inferEventSchema } from './event-schema';

describe('inferEventSchema', () => {
  it('learns types, required fields, examples and the values of fields that repeat a few values', () => {
    const schema = inferEventSchema([
      { eta: 'mañana 14:00', carrier: 'dhl', delay: 2, express: true, at: '2026-03-02T10:00:00Z', items: [1] },
      { eta: 'hoy 18:00', carrier: 'dhl', delay: 1, express: false, at: '2026-03-03' },
      { eta: 'el lunes', carrier: 'chilexpress', delay: 3, express: true, at: '2026-03-04', note: null },
      { eta: 'mañana 14:00', carrier: 'dhl', delay: 2, express: false, at: '2026-03-05' },
    ]);
    expect(schema.samples).toBe(4);
    expect(schema.fields.eta).toEqual({ type: 'text', required: true, example: 'mañana 14:00' });
    expect(schema.fields.carrier).toMatchObject({ type: 'text', required: true, values: ['chilexpress', 'dhl'] });
    expect(schema.fields.delay).toMatchObject({ type: 'number', required: true });
    expect(schema.fields.delay?.values).toBeUndefined();
    expect(schema.fields.express).toMatchObject({ type: 'boolean', values: [false, true] });
    expect(schema.fields.at).toMatchObject({ type: 'date', required: true });
    expect(schema.fields.items).toMatchObject({ type: 'list', required: false });
    // null values and names that are not identifiers are not fields
    expect(Object.keys(schema.fields)).not.toContain('note');
    expect(EventSchema.parse(schema)).toEqual(schema);
  });

  it('calls a field with mixed types text, and an empty sample list gives no fields', () => {
    expect(inferEventSchema([{ code: 1 }, { code: 'A1' }]).fields.code?.type).toBe('text');
    expect(inferEventSchema([])).toEqual({ fields: {}, samples: 0 });
    expect(Object.keys(inferEventSchema([{ 'bad-name': 1, __proto__x: 2 }]).fields)).toEqual(['__proto__x']);
  });
});

describe('event data reads and variables', () => {
  it('finds event.data fields read by an expression', () => {
    expect(eventDataReads('event.data.eta != "" && event.data["carrier"] == "dhl" || has(event.data.eta)')).toEqual([
      'eta',
      'carrier',
    ]);
    expect(eventDataReads('customer.event.data.x + "event.data.y"')).toEqual([]);
  });

  it('offers each declared field to the autocomplete with a CEL type and a description in both languages', () => {
    const vars = eventDataVariables({
      fields: { eta: { type: 'text', required: false }, n: { type: 'number', required: true } },
    });
    expect(vars).toEqual([
      {
        path: 'event.data.eta',
        type: 'string',
        description: { es: 'Dato eta del evento (puede faltar)', en: 'Event field eta (may be missing)' },
      },
      { path: 'event.data.n', type: 'double', description: { es: 'Dato n del evento', en: 'Event field n' } },
    ]);
    expect(eventDataVariables(undefined)).toEqual([]);
  });
});
