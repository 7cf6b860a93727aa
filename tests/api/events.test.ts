import { events, getEvent, queryRows, sql } from '@ruta/db';
import { beforeAll, describe, expect, it } from 'vitest';
import { orderFlow } from './flows-fixtures';
import { type Answer, eventually, expectProblem, withApi } from './support';

const api = withApi();

interface Touch {
  flowId: string;
  version: number;
  workflowId: string;
  action: 'started' | 'advanced' | 'skipped';
  reason?: string;
}
type EventAnswer = { eventId: string; journeys: Touch[] };

let seq = 0;
const uid = (prefix: string) => `${prefix}-${Date.now().toString(36)}-${++seq}`;

async function createAndPublish(document: Record<string, unknown>): Promise<void> {
  const created = await api.call('POST', '/v1/flows', { body: { document } });
  expect(created.status, created.text).toBe(201);
  const published = await api.call('POST', `/v1/flows/${document.id}/publish`, { body: {} });
  expect(published.status, published.text).toBe(201);
}

const post = (body: unknown, headers?: Record<string, string>) =>
  api.call<EventAnswer>('POST', '/v1/events', { body, ...(headers ? { headers } : {}) });

async function journeysOf(customerId: string) {
  const r = await api.call<{ journeys: { id: string; status: string; outcome: string | null; eventId: string }[] }>(
    'GET',
    `/v1/journeys?customer=${encodeURIComponent(customerId)}`,
  );
  expect(r.status, r.text).toBe(200);
  return r.body.journeys;
}

async function countEvents(where: ReturnType<typeof sql>): Promise<number> {
  const [row] = await queryRows<{ n: number }>(api.db.db, sql`select count(*)::int as n from ${events} where ${where}`);
  return row!.n;
}

beforeAll(async () => {
  await createAndPublish(orderFlow('f_orders'));
  await createAndPublish(orderFlow('f_big_orders', { reentry: 'once' }, 'event.data.amount > 1000.0'));
  // Its own event types, so the other tests' events do not reach it.
  const oneAtATime = orderFlow('f_one_open', { reentry: 'one_at_a_time' }) as {
    nodes: { params: Record<string, unknown> }[];
  };
  oneAtATime.nodes[0]!.params.eventType = 'visit.booked';
  oneAtATime.nodes[1]!.params.eventType = 'visit.done';
  await createAndPublish(oneAtATime);
});

describe('POST /v1/events', () => {
  it('starts a journey for each published flow whose trigger matches, and lists it', async () => {
    const customerId = uid('c');
    const r = await post({ id: uid('evt'), type: 'order.placed', customerId, data: { amount: 5000 } });
    expect(r.status, r.text).toBe(202);
    const started = r.body.journeys.filter((j) => j.action === 'started').map((j) => j.flowId);
    expect(started.sort()).toEqual(['f_big_orders', 'f_orders']);
    const list = await journeysOf(customerId);
    expect(list.map((j) => j.id).sort()).toEqual(r.body.journeys.map((j) => j.workflowId).sort());
  });

  it('skips a flow whose trigger filter does not hold, and says why', async () => {
    const r = await post({ id: uid('evt'), type: 'order.placed', customerId: uid('c'), data: { amount: 10 } });
    expect(r.status).toBe(202);
    expect(r.body.journeys).toContainEqual(
      expect.objectContaining({ flowId: 'f_big_orders', action: 'skipped', reason: 'filter_not_matched' }),
    );
    expect(r.body.journeys).toContainEqual(expect.objectContaining({ flowId: 'f_orders', action: 'started' }));
  });

  it("honours the flow's re-entry rule (once: a second event for the customer starts nothing)", async () => {
    const customerId = uid('c');
    await post({ id: uid('evt'), type: 'order.placed', customerId, data: { amount: 2000 } });
    const again = await post({ id: uid('evt'), type: 'order.placed', customerId, data: { amount: 3000 } });
    expect(again.body.journeys).toContainEqual(
      expect.objectContaining({ flowId: 'f_big_orders', action: 'skipped', reason: 'already_ran' }),
    );
    expect(again.body.journeys).toContainEqual(expect.objectContaining({ flowId: 'f_orders', action: 'started' }));
  });

  it('one at a time: skips while a journey runs, then starts a new journey with its own id and steps', async () => {
    const customerId = uid('c');
    const touch = (a: Answer<EventAnswer>) => a.body.journeys.find((j) => j.flowId === 'f_one_open')!;
    const first = touch(await post({ id: uid('evt'), type: 'visit.booked', customerId, data: {} }));
    expect(first.action).toBe('started');
    const blocked = touch(await post({ id: uid('evt'), type: 'visit.booked', customerId, data: {} }));
    expect(blocked).toMatchObject({ action: 'skipped', reason: 'already_running' });

    await post({ id: uid('evt'), type: 'visit.done', customerId, data: {} });
    await eventually('the first journey to finish', async () => {
      const j = (await journeysOf(customerId)).find((x) => x.id === first.workflowId);
      return j?.status === 'completed' ? j : undefined;
    });

    const second = touch(await post({ id: uid('evt'), type: 'visit.booked', customerId, data: {} }));
    expect(second.action).toBe('started');
    expect(second.workflowId).not.toBe(first.workflowId);
    await post({ id: uid('evt'), type: 'visit.done', customerId, data: {} });
    const done = await eventually('the second journey to finish', async () => {
      const j = (await journeysOf(customerId)).find((x) => x.id === second.workflowId);
      return j?.status === 'completed' ? j : undefined;
    });
    expect(done.outcome).toBe('paid');
    const detail = await api.call<{ path: string[] }>('GET', `/v1/journeys/${encodeURIComponent(second.workflowId)}`);
    expect(detail.status, detail.text).toBe(200);
    expect(detail.body.path).toEqual(['n_trigger', 'n_wait_paid', 'n_paid']);
  });

  it('delivers an event to the journeys waiting for it, which then finish', async () => {
    const customerId = uid('c');
    const placed = await post({ id: uid('evt'), type: 'order.placed', customerId, data: { amount: 10 } });
    const journeyId = placed.body.journeys.find((j) => j.flowId === 'f_orders')!.workflowId;
    const paid = await post({ id: uid('evt'), type: 'order.paid', customerId, data: {} });
    expect(paid.status).toBe(202);
    expect(paid.body.journeys).toEqual([{ flowId: 'f_orders', version: 1, workflowId: journeyId, action: 'advanced' }]);
    const done = await eventually('the journey to finish', async () => {
      const j = (await journeysOf(customerId)).find((x) => x.id === journeyId);
      return j?.status === 'completed' ? j : undefined;
    });
    expect(done.outcome).toBe('paid');
  });

  it('answers the same event id three times in a row with the first answer, byte for byte, and one journey', async () => {
    const customerId = uid('c');
    const event = { id: uid('evt'), type: 'order.placed', customerId, data: { amount: 10 } };
    const answers: Answer<EventAnswer>[] = [];
    for (let i = 0; i < 3; i++) answers.push(await post(event));
    expect(answers.map((a) => a.status)).toEqual([202, 202, 202]);
    expect(new Set(answers.map((a) => a.text)).size).toBe(1);
    expect(answers[0]!.body.journeys).toContainEqual(
      expect.objectContaining({ flowId: 'f_orders', action: 'started' }),
    );
    expect(answers[0]!.headers.get('idempotent-replayed')).toBeNull();
    expect(answers[1]!.headers.get('idempotent-replayed')).toBe('true');
    expect(await journeysOf(customerId)).toHaveLength(1);
  });

  it('answers the same event id posted 20 times in parallel identically, and starts exactly one journey', async () => {
    const customerId = uid('c');
    const event = { id: uid('evt'), type: 'order.placed', customerId, data: { amount: 10 } };
    const answers = await Promise.all(Array.from({ length: 20 }, () => post(event)));
    expect(answers.every((a) => a.status === 202)).toBe(true);
    expect(new Set(answers.map((a) => a.text)).size).toBe(1);
    expect(answers[0]!.body.journeys).toContainEqual(
      expect.objectContaining({ flowId: 'f_orders', action: 'started' }),
    );
    expect(answers.filter((a) => a.headers.get('idempotent-replayed') === null)).toHaveLength(1);
    expect(await journeysOf(customerId)).toHaveLength(1);
    expect(await countEvents(sql`${events.id} = ${event.id}`)).toBe(1);
  });

  it('takes a batch (simple form and CloudEvents mixed) and answers per event', async () => {
    const [a, b] = [uid('c'), uid('c')];
    const batch = [
      { id: uid('evt'), type: 'order.placed', customerId: a, data: { amount: 1 } },
      { specversion: '1.0', id: uid('ce'), source: 'shop', type: 'order.placed', subject: b, data: { amount: 2 } },
      { specversion: '1.0', id: uid('ce'), source: 'shop', type: 'order.paid', data: { customerId: a } },
    ];
    const r = await api.call<{ results: EventAnswer[] }>('POST', '/v1/events', {
      body: batch,
      headers: { 'content-type': 'application/cloudevents-batch+json' },
    });
    expect(r.status, r.text).toBe(202);
    expect(r.body.results.map((x) => x.eventId)).toEqual(batch.map((e) => e.id));
    const orders = (i: number) => r.body.results[i]!.journeys.find((j) => j.flowId === 'f_orders');
    expect(orders(0)).toMatchObject({ action: 'started', workflowId: expect.stringContaining(a) });
    expect(orders(1)).toMatchObject({ action: 'started', workflowId: expect.stringContaining(b) });
    // a's order.paid comes after a's order.placed in the batch, so it reaches the journey that event started.
    expect(r.body.results[2]!.journeys).toEqual([
      expect.objectContaining({ action: 'advanced', workflowId: orders(0)!.workflowId }),
    ]);
  });

  it('accepts one CloudEvent as application/cloudevents+json', async () => {
    const customerId = uid('c');
    const r = await post(
      {
        specversion: '1.0',
        id: uid('ce'),
        source: 'urn:shop',
        type: 'order.placed',
        subject: customerId,
        time: new Date().toISOString(),
        data: {},
      },
      { 'content-type': 'application/cloudevents+json' },
    );
    expect(r.status, r.text).toBe(202);
    expect(r.body.journeys).toContainEqual(expect.objectContaining({ flowId: 'f_orders', action: 'started' }));
    expect(await journeysOf(customerId)).toHaveLength(1);
  });

  it('answers an event nobody listens to with no journeys', async () => {
    const r = await post({ id: uid('evt'), type: 'nothing.listens', customerId: uid('c') });
    expect(r.status).toBe(202);
    expect(r.body.journeys).toEqual([]);
  });
});

describe('bad events are refused with problem+json naming the field, and nothing is stored', () => {
  it('a missing customerId', async () => {
    const id = uid('bad');
    const p = expectProblem(await post({ id, type: 'order.placed', data: {} }), 422);
    expect(p.errors).toContainEqual(expect.objectContaining({ path: 'customerId', message: expect.any(String) }));
    expect(await getEvent(api.db.db, id)).toBeNull();
  });

  it('a bad event type and a CloudEvent without a customer, inside a batch', async () => {
    const ids = [uid('bad'), uid('bad'), uid('bad')];
    const p = expectProblem(
      await post([
        { id: ids[0], type: 'order.placed', customerId: 'c_ok' },
        { id: ids[1], type: 'has spaces!', customerId: 'c_ok' },
        { specversion: '1.0', id: ids[2], source: 's', type: 'order.placed', data: {} },
      ]),
      422,
    );
    const paths = (p.errors as { path: string }[]).map((e) => e.path);
    expect(paths).toContain('1.type');
    expect(paths).toContain('2.subject');
    for (const id of ids) expect(await getEvent(api.db.db, id)).toBeNull();
  });

  it('a time that is not ISO 8601', async () => {
    const p = expectProblem(await post({ id: uid('bad'), type: 'x', customerId: 'c', time: 'yesterday' }), 422);
    expect(p.errors).toContainEqual(
      expect.objectContaining({ path: 'time', message: expect.stringContaining('ISO 8601') }),
    );
  });

  it('more than 500 events in a batch', async () => {
    const tag = uid('many');
    const batch = Array.from({ length: 501 }, (_, i) => ({
      id: `${tag}-${i}`,
      type: 'order.placed',
      customerId: 'c_many',
    }));
    const p = expectProblem(await post(batch), 422);
    expect(p.detail).toContain('500');
    expect(await countEvents(sql`${events.id} like ${`${tag}-%`}`)).toBe(0);
  });

  it('a body over the size limit (413)', async () => {
    const id = uid('huge');
    const p = expectProblem(
      await post({ id, type: 'order.placed', customerId: 'c_huge', data: { blob: 'x'.repeat(6 << 20) } }),
      413,
    );
    expect(p.limit).toBe(5 << 20);
    expect(await getEvent(api.db.db, id)).toBeNull();
  });

  it('malformed JSON (400) and a non-JSON media type (415)', async () => {
    expectProblem(
      await api.call('POST', '/v1/events', { body: '{"id": "x",', headers: { 'content-type': 'application/json' } }),
      400,
    );
    expectProblem(
      await api.call('POST', '/v1/events', { body: 'id=x', headers: { 'content-type': 'text/plain' } }),
      415,
    );
  });
});
