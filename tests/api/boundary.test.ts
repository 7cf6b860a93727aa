// The API's boundary: text, numbers, times and JSON that PostgreSQL or Temporal cannot hold are refused at the schema
// with a 4xx problem that names the field, whichever door they come through; one bad event never fails another's.
import { createApp, sandboxSignatureHeader } from '@ruta/api';
import { beforeAll, describe, expect, it } from 'vitest';
import { orderFlow } from './flows-fixtures';
import { type Answer, expectProblem, SANDBOX_SECRET, sample, withApi } from './support';

const api = withApi();

let seq = 0;
const uid = (prefix: string) => `${prefix}-${Date.now().toString(36)}-${++seq}`;
const NUL = 'a\u0000b';
const LONE = 'x\ud800y';

/** A valid simple event with `patch` merged in. */
const event = (patch: Record<string, unknown> = {}) => ({
  id: uid('evt'),
  type: 'order.placed',
  customerId: uid('c'),
  data: { amount: 10 },
  ...patch,
});

/** Asserts a 422 problem whose `errors[]` names `path`. */
function expectFieldError(answer: Answer<unknown>, path: string): void {
  const problem = expectProblem(answer, 422);
  const paths = (problem.errors as { path: string }[]).map((e) => e.path);
  expect(paths, answer.text).toContain(path);
}

/** JSON text nested `depth` objects deep (built as text: JSON.stringify itself overflows the stack at 5,000). */
const nested = (depth: number) => `${'{"d":'.repeat(depth)}"bottom"${'}'.repeat(depth)}`;

beforeAll(async () => {
  const created = await api.call('POST', '/v1/flows', { body: { document: orderFlow('f_boundary') } });
  expect(created.status, created.text).toBe(201);
  const published = await api.call('POST', '/v1/flows/f_boundary/publish', { body: {} });
  expect(published.status, published.text).toBe(201);
});

describe('text Ruta cannot store (NUL, lone surrogates) is refused with 422 naming the field', () => {
  it.each([
    ['event data', { data: { note: NUL } }, 'data.note'],
    ['event data (lone surrogate)', { data: { note: LONE } }, 'data.note'],
    ['event data key', { data: { [NUL]: 1 } }, 'data'],
    ['event customer id', { customerId: NUL }, 'customerId'],
    ['event id (lone surrogate)', { id: LONE }, 'id'],
  ])('%s', async (_what, patch, path) => {
    expectFieldError(await api.call('POST', '/v1/events', { body: event(patch) }), path);
  });

  it('in a CloudEvent, a customer profile, a flow document, a sandbox reply and a query parameter', async () => {
    const cloud = { specversion: '1.0', id: uid('ce'), source: 'crm', type: 'order.placed', subject: NUL, data: {} };
    expectFieldError(await api.call('POST', '/v1/events', { body: cloud }), 'subject');
    expectFieldError(await api.call('PUT', '/v1/customers/c_nul', { body: { name: NUL } }), 'name');
    expectFieldError(
      await api.call('PUT', '/v1/customers/c_nul', { body: { attributes: { plan: { tier: LONE } } } }),
      'attributes.plan.tier',
    );
    expectFieldError(await api.call('PUT', `/v1/customers/${encodeURIComponent(NUL)}`, { body: {} }), 'param.id');
    const doc = { ...sample('csat'), id: 'f_nul_name', name: NUL };
    expectFieldError(await api.call('POST', '/v1/flows', { body: { document: doc } }), 'document.name');
    expectFieldError(await api.call('POST', '/v1/sandbox/reply', { body: { customerId: 'c_nul', text: NUL } }), 'text');
    expectFieldError(await api.call('GET', '/v1/handoffs?queue=%00'), 'query.queue');
    const raw = JSON.stringify({ customerId: 'c_nul', text: LONE, messageId: 'm-nul' });
    const signed = { 'x-ruta-signature': sandboxSignatureHeader(SANDBOX_SECRET, raw) };
    expectFieldError(
      await api.call('POST', '/v1/channels/sandbox/inbound', { key: null, body: raw, headers: signed }),
      'text',
    );
    expectFieldError(await api.call('GET', '/v1/journeys?customer=a%00b'), 'query.customer');
  });
});

describe('numbers and times beyond what PostgreSQL stores', () => {
  it('versions above 2^31-1 are 422, in the path and in ?version=', async () => {
    expectFieldError(await api.call('GET', '/v1/flows/f_boundary/versions/2147483648'), 'param.version');
    for (const path of ['/v1/flows/f_boundary/export', '/v1/flows/f_boundary/stats', '/v1/journeys']) {
      expectFieldError(await api.call('GET', `${path}?version=2147483648`), 'query.version');
    }
    expectFieldError(
      await api.call('POST', '/v1/flows/f_boundary/rollback', { body: { version: 2 ** 31 } }),
      'version',
    );
  });

  it('times out of range or with impossible offsets are 422; valid offsets are stored as UTC', async () => {
    expectFieldError(
      await api.call('POST', '/v1/events', { body: event({ time: '2026-01-01T00:00:00+19:00' }) }),
      'time',
    );
    expectFieldError(await api.call('POST', '/v1/events', { body: event({ time: '0000-01-01T00:00:00Z' }) }), 'time');
    expectFieldError(await api.call('GET', '/v1/customers/c_x/timeline?before=0000-01-01T00:00:00Z'), 'query.before');
    const ok = event({ time: '2026-03-02T10:00:00-03:00' });
    const r = await api.call('POST', '/v1/events', { body: ok });
    expect(r.status, r.text).toBe(202);
    const exported = await api.call<{ events: { id: string; occurredAt: string }[] }>(
      'GET',
      `/v1/customers/${ok.customerId}/export`,
    );
    expect(exported.body.events.find((e) => e.id === ok.id)?.occurredAt).toBe('2026-03-02T13:00:00.000Z');
  });

  it('JSON nested deeper than the limit is 422, not a stack overflow', async () => {
    const e = event();
    const raw = `{"id":"${e.id}","type":"order.placed","customerId":"c_deep","data":{"deep":${nested(5000)}}}`;
    const deep = await api.call('POST', '/v1/events', { body: raw });
    expect(expectProblem(deep, 422).detail).toContain('at most 32');
    expectFieldError(
      await api.call('PUT', '/v1/customers/c_deep', { body: `{"attributes":{"deep":${nested(40)}}}` }),
      // The first object nested deeper than 32 (counting from the body) is named.
      ['attributes', 'deep', ...Array(30).fill('d')].join('.'),
    );
    expect((await api.call('PUT', '/v1/customers/c_deep', { body: `{"attributes":${nested(31)}}` })).status).toBe(200);
  });

  it('a malformed journeys cursor is 422 naming it', async () => {
    expectFieldError(await api.call('GET', '/v1/journeys?cursor=Q'), 'query.cursor');
    const huge = Buffer.from(JSON.stringify([1e20, 'x'])).toString('base64url');
    expectFieldError(await api.call('GET', `/v1/journeys?cursor=${huge}`), 'query.cursor');
  });
});

describe('size of one event', () => {
  it('an event larger than the per-event limit is 413 naming the limit; a batch keeps the batch limit', async () => {
    const limit = api.app.runtime.config.eventMaxBytes;
    const big = event({ data: { blob: 'x'.repeat(limit) } });
    const problem = expectProblem(await api.call('POST', '/v1/events', { body: big }), 413);
    expect(problem).toMatchObject({ limit });
    expect(String(problem.detail)).toContain(String(limit));
    const inBatch = await api.call('POST', '/v1/events', { body: [event(), big] });
    expect(expectProblem(inBatch, 413)).toMatchObject({ limit, errors: [{ path: '1' }] });
  });
});

describe('one bad event never fails the others sharing its database statement', () => {
  it('3 rounds of 30 valid and 3 unstorable events claimed at once: every valid one is stored', async () => {
    const store = api.app.runtime.events;
    const normalized = (data: Record<string, unknown>) => ({
      id: uid('evt'),
      type: 'order.placed',
      customerId: uid('c'),
      time: new Date().toISOString(),
      data: data as never,
      source: null,
    });
    for (let round = 0; round < 3; round++) {
      // The schemas refuse NUL; here it is passed straight to the store, as a value the database refuses would be.
      const valid = Array.from({ length: 30 }, () => normalized({ n: round }));
      const bad = Array.from({ length: 3 }, () => normalized({ note: NUL }));
      const all = [...valid.slice(0, 10), bad[0]!, ...valid.slice(10, 20), bad[1]!, ...valid.slice(20), bad[2]!];
      const results = await Promise.allSettled(all.map((e) => store.claim(e, [])));
      const byId = new Map(all.map((e, i) => [e.id, results[i]!]));
      for (const e of valid) expect(byId.get(e.id)).toMatchObject({ status: 'fulfilled', value: { won: true } });
      for (const e of bad) expect(byId.get(e.id)?.status).toBe('rejected');
    }
  });
});

describe('the contract at the edges', () => {
  it('an unknown method on a known path is 405 problem+json with Allow', async () => {
    const r = await api.call('PATCH', '/v1/flows/f_boundary');
    expectProblem(r, 405);
    expect(r.headers.get('allow')?.split(', ').sort()).toEqual(['DELETE', 'GET', 'PUT']);
    const events = await api.call('GET', '/v1/events');
    expectProblem(events, 405);
    expect(events.headers.get('allow')).toBe('POST');
    expectProblem(await api.call('GET', '/v1/nothing-here'), 404);
  });

  it('a body of another media type is 415, malformed JSON 400', async () => {
    const text = await api.call('POST', '/v1/events', { body: 'hola', headers: { 'content-type': 'text/plain' } });
    expectProblem(text, 415);
    expectProblem(await api.call('POST', '/v1/events', { body: '{"id":' }), 400);
  });

  it('unknown or malformed keys are limited per client address: 429 with Retry-After', async () => {
    const app = createApp({
      db: api.db.db,
      temporal: { client: api.server.client, taskQueue: 'unused' },
      config: { authFailuresPerMinute: 10 },
      log: () => {},
    });
    const statuses: number[] = [];
    for (let i = 0; i < 40; i++) {
      const res = await app.request('/v1/flows', { headers: { authorization: `Bearer guess-${i}` } });
      statuses.push(res.status);
    }
    expect(statuses.slice(0, 10)).toEqual(Array(10).fill(401));
    expect(statuses.slice(10)).toEqual(Array(30).fill(429));
    const limited = await app.request('/v1/flows', { headers: { authorization: 'Bearer guess-again' } });
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await limited.json()).toMatchObject({ type: '/docs#problem-rate-limited' });
  });
});
