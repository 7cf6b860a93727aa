// Ruta on more than one machine: two API processes and two worker processes against one PostgreSQL database and one
// Temporal dev server, as production runs them. Events spread over both APIs are each handled once, the rate limit and
// the budget of failed authentications hold across the APIs, a worker killed mid-journey loses nothing, and re-entry
// rules hold across APIs.
// Bounded: a few dozen events and journeys, every wait bounded; everything listens on 127.0.0.1.
import { randomBytes } from 'node:crypto';
import http from 'node:http';
import { createApiKey, type Database, openDatabase, queryRows, sql } from '@ruta/db';
import { postgresTestUrl } from '@ruta/db/testing';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { orderFlow } from '../api/flows-fixtures';
import { skipPostgres } from '../db/drivers';
import { eventually } from '../support/eventually';
import { type RutaProcess, spawnRuta } from '../support/ruta-processes';
import { withLocalServer } from '../support/temporal';

const server = withLocalServer();
const taskQueue = `cluster-${randomBytes(4).toString('hex')}`;
const dbName = `ruta_cluster_${randomBytes(5).toString('hex')}`;
const RATE = { perSecond: 0.5, burst: 30 };
/** Failed authentications an address may have per minute (RUTA_AUTH_FAILURE_LIMIT). */
const AUTH_FAILURES = 6;

let url = '';
let database: Database | undefined;
let adminKey = '';
const apis: string[] = [];
const workers: RutaProcess[] = [];

/** The test server's URL with another database name. */
function withDatabase(base: string, name: string): string {
  const u = new URL(base);
  u.pathname = `/${name}`;
  return u.toString();
}

beforeAll(async () => {
  if (skipPostgres) return;
  const base = postgresTestUrl();
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${dbName}"`);
  await admin.end();
  url = withDatabase(base, dbName);
  // Migrated here first, so the key exists before the APIs start; the processes find the migrations applied.
  database = await openDatabase({ url });
  adminKey = (await createApiKey(database.db, { name: 'cluster-admin', scopes: ['admin'] })).key;

  const common = {
    DATABASE_URL: url,
    TEMPORAL_ADDRESS: server.address,
    TEMPORAL_NAMESPACE: server.namespace,
    RUTA_TASK_QUEUE: taskQueue,
  };
  const api = () =>
    spawnRuta('api', {
      ...common,
      PORT: '0',
      RUTA_HOST: '127.0.0.1',
      RUTA_RATE_LIMIT: String(RATE.perSecond),
      RUTA_RATE_BURST: String(RATE.burst),
      RUTA_AUTH_FAILURE_LIMIT: String(AUTH_FAILURES),
      RUTA_ATTENTION_CHECK_MS: '0',
    });
  const worker = () =>
    spawnRuta('worker', {
      ...common,
      RUTA_WORKFLOW_BUNDLE: inject('workflowBundle'),
      RUTA_WORKER_METRICS_PORT: '0',
      // A journey whose worker died moves to the other one after this long without the sticky worker answering.
      RUTA_WORKER_STICKY_QUEUE_TIMEOUT: '1s',
    });
  const started = [api(), api()];
  workers.push(worker(), worker());
  apis.push(...(await Promise.all(started.map((p) => p.logged('api listening', 'url')))));
  await Promise.all(workers.map((w) => w.logged('worker polling', 'metrics')));
});

afterAll(async () => {
  await database?.close();
  if (!url) return;
  const admin = new pg.Client({ connectionString: postgresTestUrl() });
  await admin.connect();
  // The processes are stopped by the process helper after this file; force the drop past their connections.
  await admin.query(`DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`);
  await admin.end();
});

async function call(
  api: number,
  method: string,
  path: string,
  body?: unknown,
  key = adminKey,
): Promise<{ status: number; headers: Headers; body: Record<string, unknown>; text: string }> {
  const res = await fetch(`${apis[api]}${path}`, {
    method,
    headers: { authorization: `Bearer ${key}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await res.text();
  return { status: res.status, headers: res.headers, text, body: text ? JSON.parse(text) : {} };
}

/** A GET to one API from another loopback address (a client of its own: its failures are not the other tests'). */
function getFrom(address: string, api: number, path: string, key: string): Promise<number> {
  const url = new URL(`${apis[api]}${path}`);
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: url.hostname,
        port: url.port,
        path: url.pathname,
        localAddress: address,
        headers: { authorization: `Bearer ${key}` },
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      },
    );
    req.on('error', reject);
    req.end();
  });
}

/**
 * Creates and publishes a flow through the APIs, then waits until both start journeys on it: an API learns of a
 * flow published through another within a second (its trigger index checks the flows table), so a probe event per
 * API (a customer of its own, left out of every count below) is posted until it starts one.
 */
async function publish(document: Record<string, unknown>, eventType: string): Promise<void> {
  const created = await call(0, 'POST', '/v1/flows', { document });
  expect(created.status, created.text).toBe(201);
  const published = await call(1, 'POST', `/v1/flows/${document.id}/publish`);
  expect(published.status, published.text).toBe(201);
  for (const api of [0, 1]) {
    await eventually(`API ${api} starts journeys on ${document.id}`, async () => {
      const probe = `probe-${randomBytes(4).toString('hex')}`;
      const r = await call(api, 'POST', '/v1/events', { id: probe, type: eventType, customerId: probe, data: {} });
      return (r.body.journeys as Touch[] | undefined)?.some((j) => j.flowId === document.id && j.action === 'started')
        ? true
        : undefined;
    });
  }
}

type Touch = { flowId: string; workflowId: string; action: string; reason?: string };

/** Two messages three seconds apart, with a short attempt timeout so a send lost with its worker is retried soon. */
const twoMessages = {
  schemaVersion: 2,
  id: 'f_cluster_msgs',
  name: 'Two messages',
  settings: { reentry: 'every_time', transactional: true },
  nodes: [
    { id: 'n_trigger', kind: 'trigger.event', params: { eventType: 'visit.ended' } },
    {
      id: 'n_first',
      kind: 'message.send',
      params: { channel: 'sms', template: 'Gracias por tu visita' },
      retry: { timeout: '3s', maximumAttempts: 5, initialInterval: '500ms' },
    },
    { id: 'n_wait', kind: 'wait.duration', params: { duration: '3s' } },
    {
      id: 'n_second',
      kind: 'message.send',
      params: { channel: 'sms', template: '¿Cómo nos fue?' },
      retry: { timeout: '3s', maximumAttempts: 5, initialInterval: '500ms' },
    },
    { id: 'n_end', kind: 'end', params: { outcome: 'asked' } },
  ],
  edges: [
    { id: 'e_1', from: 'n_trigger', port: 'out', to: 'n_first' },
    { id: 'e_2', from: 'n_first', port: 'sent', to: 'n_wait' },
    { id: 'e_3', from: 'n_first', port: 'failed', to: 'n_wait' },
    { id: 'e_4', from: 'n_wait', port: 'out', to: 'n_second' },
    { id: 'e_5', from: 'n_second', port: 'sent', to: 'n_end' },
    { id: 'e_6', from: 'n_second', port: 'failed', to: 'n_end' },
  ],
};

describe.skipIf(skipPostgres)('two APIs and two workers on one PostgreSQL and one Temporal', () => {
  it('handles each event once, wherever it and its repeats arrive', async () => {
    await publish(orderFlow('f_cluster_orders'), 'order.placed');
    const key = (await createApiKey(database!.db, { name: 'shop', scopes: ['events:write'] })).key;
    const events = Array.from({ length: 12 }, (_, i) => ({
      id: `evt-spread-${i}`,
      type: 'order.placed',
      customerId: `c_spread_${i}`,
      data: { total: 1000 + i },
    }));
    // Each event is sent to both APIs at once: one request inserts it and starts the journey, the other returns the
    // stored answer.
    const answers = await Promise.all(
      events.flatMap((e) => [call(0, 'POST', '/v1/events', e, key), call(1, 'POST', '/v1/events', e, key)]),
    );
    for (const a of answers) expect([200, 202], a.text).toContain(a.status);
    for (let i = 0; i < events.length; i++) {
      const [first, second] = [answers[2 * i]!, answers[2 * i + 1]!];
      expect(first.body).toEqual(second.body);
      const replayed = [first, second].filter((a) => a.headers.get('idempotent-replayed') === 'true');
      expect(replayed).toHaveLength(1);
      const journeys = first.body.journeys as Touch[];
      expect(journeys).toEqual([expect.objectContaining({ flowId: 'f_cluster_orders', action: 'started' })]);
    }
    const rows = await queryRows<{ n: number }>(
      database!.db,
      sql`select count(*)::int as n from journeys where flow_id = 'f_cluster_orders' and customer_id like 'c_spread_%'`,
    );
    expect(rows[0]!.n).toBe(events.length);
    const stored = await queryRows<{ n: number }>(
      database!.db,
      sql`select count(*)::int as n from events where id like 'evt-spread-%'`,
    );
    expect(stored[0]!.n).toBe(events.length);
  });

  it('holds the rate limit across both APIs (one bucket per key, not one per process)', async () => {
    const key = (await createApiKey(database!.db, { name: 'reader', scopes: ['flows:read'] })).key;
    const started = Date.now();
    const statuses = await Promise.all(
      Array.from({ length: 2 * RATE.burst }, (_, i) => call(i % 2, 'GET', '/v1/flows', undefined, key)),
    );
    const seconds = (Date.now() - started) / 1000;
    const allowed = statuses.filter((s) => s.status === 200).length;
    const refused = statuses.filter((s) => s.status === 429);
    // Per process, each API would have let its whole half through (2 × burst). Shared: the burst, plus what refilled.
    expect(allowed).toBeGreaterThanOrEqual(RATE.burst);
    expect(allowed).toBeLessThanOrEqual(RATE.burst + Math.ceil(seconds * RATE.perSecond));
    expect(refused.length).toBe(statuses.length - allowed);
    // Both APIs refused some: the budget spent on one was spent for the other too.
    const refusedBy = new Set(statuses.flatMap((s, i) => (s.status === 429 ? [i % 2] : [])));
    expect([...refusedBy].sort()).toEqual([0, 1]);
    expect(refused[0]!.headers.get('retry-after')).toMatch(/^\d+$/);
  });

  it('counts failed authentications across both APIs: a guesser cannot multiply its budget by the processes', async () => {
    const guesser = '127.0.0.2';
    const started = Date.now();
    const statuses: number[] = [];
    for (let i = 0; i < 3 * AUTH_FAILURES; i++)
      statuses.push(await getFrom(guesser, i % 2, '/v1/flows', 'rk_live_guess'));
    const seconds = (Date.now() - started) / 1000;
    const unauthorized = statuses.filter((s) => s === 401).length;
    // Per process, each API would answer 401 to its own budget (2 × the limit in all). Shared: the limit, one more
    // for the API that had not yet heard it was spent, and what refilled meanwhile.
    expect(unauthorized).toBeGreaterThanOrEqual(AUTH_FAILURES);
    expect(unauthorized).toBeLessThanOrEqual(AUTH_FAILURES + 1 + Math.ceil((seconds * AUTH_FAILURES) / 60));
    expect(statuses.slice(-2)).toEqual([429, 429]);
    // Refused before the key is looked at, on both APIs; other addresses are untouched.
    const reader = (await createApiKey(database!.db, { name: 'guessed', scopes: ['flows:read'] })).key;
    expect([await getFrom(guesser, 0, '/v1/flows', reader), await getFrom(guesser, 1, '/v1/flows', reader)]).toEqual([
      429, 429,
    ]);
    expect((await call(0, 'GET', '/v1/flows', undefined, reader)).status).toBe(200);
  });

  it('keeps re-entry rules across APIs: one running journey per customer when two APIs start it at once', async () => {
    const key = (await createApiKey(database!.db, { name: 'reentry', scopes: ['events:write'] })).key;
    await publish(orderFlow('f_cluster_once', { reentry: 'one_at_a_time' }), 'order.placed');
    const customers = Array.from({ length: 5 }, (_, i) => `c_reentry_${i}`);
    const answers = await Promise.all(
      customers.flatMap((c) =>
        [0, 1].map((api) =>
          call(
            api,
            'POST',
            '/v1/events',
            { id: `evt-${c}-${api}`, type: 'order.placed', customerId: c, data: {} },
            key,
          ),
        ),
      ),
    );
    for (const [i, c] of customers.entries()) {
      const touches = [answers[2 * i]!, answers[2 * i + 1]!].map(
        (a) => (a.body.journeys as Touch[]).find((j) => j.flowId === 'f_cluster_once')!,
      );
      expect(touches.map((t) => t.action).sort(), c).toEqual(['skipped', 'started']);
      expect(touches.find((t) => t.action === 'skipped')?.reason).toBe('already_running');
    }
    const rows = await queryRows<{ n: number }>(
      database!.db,
      sql`select count(*)::int as n from journeys where flow_id = 'f_cluster_once' and customer_id like 'c_reentry_%'`,
    );
    expect(rows[0]!.n).toBe(customers.length);
  });

  it('loses nothing when a worker is killed mid-run: every journey finishes, each message sent once', async () => {
    const key = (await createApiKey(database!.db, { name: 'visits', scopes: ['events:write'] })).key;
    await publish(twoMessages, 'visit.ended');
    const ids: string[] = [];
    for (let i = 0; i < 8; i++) {
      const r = await call(
        i % 2,
        'POST',
        '/v1/events',
        { id: `evt-kill-${i}`, type: 'visit.ended', customerId: `c_kill_${i}`, data: {} },
        key,
      );
      expect(r.status, r.text).toBe(202);
      ids.push((r.body.journeys as Touch[])[0]!.workflowId);
    }
    const firstMessages = () =>
      queryRows<{ n: number }>(
        database!.db,
        sql`select count(*)::int as n from messages where journey_id in ${ids} and node_id = 'n_first'`,
      );
    // Kill a worker once every journey has sent its first message and waits (the wait is 3 s).
    await eventually('every first message', async () =>
      (await firstMessages())[0]!.n === ids.length ? true : undefined,
    );
    await workers[0]!.kill();
    expect(workers[0]!.child.signalCode).toBe('SIGKILL');

    // Read from the database (the journeys table the workers keep), not through the APIs: polling them would spend
    // the key's rate limit.
    await eventually('every journey completes on the surviving worker', async () => {
      const [done] = await queryRows<{ n: number }>(
        database!.db,
        sql`select count(*)::int as n from journeys where id in ${ids} and status = 'completed'`,
      );
      return done!.n === ids.length ? true : undefined;
    });
    const sent = await queryRows<{ journey_id: string; node_id: string; n: number; keys: number }>(
      database!.db,
      sql`select journey_id, node_id, count(*)::int as n, count(distinct idempotency_key)::int as keys
        from messages where journey_id in ${ids} and direction = 'out' group by journey_id, node_id`,
    );
    expect(sent).toHaveLength(ids.length * 2);
    expect(sent.every((row) => row.n === 1 && row.keys === 1)).toBe(true);
    const statuses = await queryRows<{ status: string; n: number }>(
      database!.db,
      sql`select status, count(*)::int as n from messages where journey_id in ${ids} group by status`,
    );
    expect(statuses).toEqual([{ status: 'sent', n: ids.length * 2 }]);
  });
});
