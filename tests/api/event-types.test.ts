/**
 * What the designer learns from the API: the event types received and the fields of one type (learned from its
 * newest events), and journeys found by the customer's name with the name shown.
 */
import { describe, expect, it } from 'vitest';
import { orderFlow } from './flows-fixtures';
import { expectProblem, withApi } from './support';

const api = withApi({ worker: false });

type Inferred = {
  type: string;
  samples: number;
  fields: Record<string, { type: string; required: boolean; values?: unknown[]; example?: unknown }>;
};

describe('event types', () => {
  it('learns the fields of an event type from the events posted, and lists the types seen', async () => {
    const events = [
      { eta: 'mañana 14:00', carrier: 'dhl', delayHours: 20 },
      { eta: 'hoy 18:00', carrier: 'dhl', delayHours: 4 },
      { eta: 'el lunes', carrier: 'dhl', delayHours: 48, express: true },
      { carrier: 'chilexpress', delayHours: 2 },
    ];
    for (const [i, data] of events.entries()) {
      const r = await api.call('POST', '/v1/events', {
        body: { id: `evt-dd-${i}`, type: 'delivery.delayed', customerId: `c_${i}`, data },
      });
      expect(r.status, r.text).toBe(202);
    }
    const learned = await api.call<Inferred>('GET', '/v1/event-types/delivery.delayed/schema');
    expect(learned.status, learned.text).toBe(200);
    expect(learned.body.samples).toBe(4);
    expect(learned.body.fields.eta).toMatchObject({ type: 'text', required: false });
    expect(learned.body.fields.carrier).toMatchObject({ type: 'text', required: true, values: ['chilexpress', 'dhl'] });
    expect(learned.body.fields.delayHours).toMatchObject({ type: 'number', required: true });
    expect(learned.body.fields.express).toMatchObject({ type: 'boolean', required: false });

    const newest = await api.call<Inferred>('GET', '/v1/event-types/delivery.delayed/schema?limit=1');
    expect(newest.body.samples).toBe(1);
    expect(Object.keys(newest.body.fields).sort()).toEqual(['carrier', 'delayHours']);

    const none = await api.call<Inferred>('GET', '/v1/event-types/never.seen/schema');
    expect(none.body).toEqual({ type: 'never.seen', samples: 0, fields: {} });

    const list = await api.call<{ eventTypes: { type: string; count: number; lastAt: string }[] }>(
      'GET',
      '/v1/event-types',
    );
    expect(list.status).toBe(200);
    expect(list.body.eventTypes.find((t) => t.type === 'delivery.delayed')).toMatchObject({ count: 4 });
  });

  it('refuses a bad limit or event type with a problem naming the field, and needs a key', async () => {
    const bad = expectProblem(await api.call('GET', '/v1/event-types/delivery.delayed/schema?limit=0'), 422);
    expect(JSON.stringify(bad.errors)).toContain('limit');
    expectProblem(await api.call('GET', '/v1/event-types/bad%20type/schema'), 422);
    expectProblem(await api.call('GET', '/v1/event-types', { key: null }), 401);
  });

  it('is in the OpenAPI document', async () => {
    const doc = await api.call<{ paths: Record<string, unknown> }>('GET', '/openapi.json', { key: null });
    expect(Object.keys(doc.body.paths)).toEqual(
      expect.arrayContaining(['/v1/event-types', '/v1/event-types/{type}/schema']),
    );
  });
});

describe('journeys by customer', () => {
  it('finds journeys by part of the customer name and shows the name', async () => {
    const created = await api.call('POST', '/v1/flows', { body: { document: orderFlow('f_names') } });
    expect(created.status, created.text).toBe(201);
    expect((await api.call('POST', '/v1/flows/f_names/publish', { body: {} })).status).toBe(201);
    await api.call('PUT', '/v1/customers/c_lucia', { body: { name: 'Lucía Pérez' } });
    await api.call('PUT', '/v1/customers/c_tomas', { body: { name: 'Tomás Soto' } });
    for (const c of ['c_lucia', 'c_tomas', 'c_anon'])
      expect(
        (await api.call('POST', '/v1/events', { body: { id: `o-${c}`, type: 'order.placed', customerId: c } })).status,
      ).toBe(202);
    type List = { journeys: { customerId: string; customerName: string | null }[] };
    const found = await api.call<List>('GET', '/v1/journeys?flow=f_names&q=p%C3%A9rez');
    expect(found.status, found.text).toBe(200);
    expect(found.body.journeys).toEqual([
      expect.objectContaining({ customerId: 'c_lucia', customerName: 'Lucía Pérez' }),
    ]);
    const all = await api.call<List>('GET', '/v1/journeys?flow=f_names');
    expect(Object.fromEntries(all.body.journeys.map((j) => [j.customerId, j.customerName]))).toEqual({
      c_lucia: 'Lucía Pérez',
      c_tomas: 'Tomás Soto',
      c_anon: null,
    });
    const byId = await api.call<List>('GET', '/v1/journeys?flow=f_names&q=ANON');
    expect(byId.body.journeys.map((j) => j.customerId)).toEqual(['c_anon']);
    const detail = await api.call<{ customerName: string | null }>(
      'GET',
      `/v1/journeys/${encodeURIComponent('journey:f_names:c_tomas:o-c_tomas')}`,
    );
    expect(detail.status, detail.text).toBe(200);
    expect(detail.body.customerName).toBe('Tomás Soto');
  });
});
