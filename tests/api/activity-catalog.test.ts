// The activity catalog in the store: workers publish what they serve, the API (every process of it) compiles against
// it without a restart, and incompatible contract changes flag the published flows that use them.
import { createApp } from '@ruta/api';
import { catalogEntry, defineContract } from '@ruta/sdk';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { expectProblem, withApi } from './support';

const api = withApi({ worker: false });

const input = z.object({ orderId: z.string().min(1), note: z.string().optional() });
const output = z.object({ status: z.enum(['pending', 'shipped']), items: z.number().int(), eta: z.string() });

function lookup(over: { input?: z.ZodType; output?: z.ZodType; version?: number } = {}) {
  return catalogEntry(
    defineContract({
      name: 'orders.lookupStatus',
      version: over.version ?? 1,
      label: { es: 'Consultar pedido', en: 'Look up order' },
      input: over.input ?? input,
      output: over.output ?? output,
      heartbeatTimeoutMs: 10_000,
    }),
    'orders-team',
  );
}

const publication = (...activities: ReturnType<typeof lookup>[]) => ({
  worker: { identity: 'orders-team@test', taskQueue: 'orders-team', sdk: 'typescript' },
  activities,
});

/** order.asked → look the order up → pending with many items? → end. */
function orderFlow(id: string, activity = 'orders.lookupStatus') {
  const lookupInput: Record<string, string> = { orderId: '{{ event.data.orderId }}' };
  return {
    schemaVersion: 3,
    id,
    name: `Orders ${id}`,
    settings: { reentry: 'every_time', transactional: true },
    nodes: [
      { id: 'n_t', kind: 'trigger.event', params: { eventType: 'order.asked' } },
      { id: 'n_look', kind: 'custom', params: { activity, input: lookupInput } },
      {
        id: 'n_if',
        kind: 'logic.branch',
        params: { branches: [{ port: 'big', condition: 'nodes.n_look.items > 2' }] },
      },
      { id: 'n_end', kind: 'end', params: {} },
    ],
    edges: [
      { id: 'e_1', from: 'n_t', port: 'out', to: 'n_look' },
      { id: 'e_2', from: 'n_look', port: 'out', to: 'n_if' },
      { id: 'e_3', from: 'n_if', port: 'big', to: 'n_end' },
      { id: 'e_4', from: 'n_if', port: 'else', to: 'n_end' },
    ],
  };
}

/** Version 1 after a compatible change: a new optional input and a new output field. */
const compatible = lookup({
  input: input.extend({ channel: z.string().optional() }),
  output: output.extend({ carrier: z.string() }),
});

type Catalog = { custom: { name: string; version: number; taskQueue: string | null }[]; flags: unknown[] };
type Flag = { activity: string; flowId: string; flowVersion: number; nodeId: string; changes: { kind: string }[] };

describe('the activity catalog', () => {
  it('is published by developers (and workers holding activities:publish), not by CX managers', async () => {
    const manager = await api.person({ roles: ['cx_manager'] });
    expectProblem(await api.call('POST', '/v1/activities/catalog', { as: manager, body: publication(lookup()) }), 403);
    expectProblem(
      await api.call('POST', '/v1/activities/catalog', {
        key: await api.key('flows:read'),
        body: publication(lookup()),
      }),
      403,
    );
    const bad = await api.call('POST', '/v1/activities/catalog', {
      key: await api.key('activities:publish'),
      body: publication({ ...lookup(), name: 'Orders Lookup', taskQueue: 'no spaces' }),
    });
    expectProblem(bad, 422);
    expect(bad.text).toContain('activities');

    const developer = await api.person({ roles: ['developer'] });
    const first = await api.call<{ activities: { ref: string; status: string }[] }>('POST', '/v1/activities/catalog', {
      as: developer,
      body: publication(lookup()),
    });
    expect(first.status, first.text).toBe(200);
    expect(first.body.activities).toEqual([expect.objectContaining({ ref: 'orders.lookupStatus', status: 'new' })]);
  });

  it('reaches an API process that was already running, without a restart', async () => {
    // A second API process on the same database, which has compiled (and so loaded the catalog) before.
    const other = createApp({
      db: api.db.db,
      temporal: { client: api.server.client, taskQueue: api.taskQueue },
      config: { rateLimit: null, authFailuresPerMinute: null, designerDir: undefined },
      log: () => {},
    });
    const ask = async (path: string, body?: unknown) => {
      const res = await other.request(path, {
        method: body === undefined ? 'GET' : 'POST',
        headers: { authorization: `Bearer ${api.adminKey}`, 'content-type': 'application/json' },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      return { status: res.status, body: (await res.json()) as Record<string, unknown> };
    };
    const created = await ask('/v1/flows', { document: orderFlow('f_late', 'orders.trackParcel') });
    expect(created.status).toBe(201);
    const before = await ask('/v1/flows/f_late/validate', {});
    expect(JSON.stringify(before.body.diagnostics)).toContain('orders.trackParcel');
    expect(before.body.ok).toBe(false);

    const parcel = { ...lookup(), name: 'orders.trackParcel' };
    expect((await api.call('POST', '/v1/activities/catalog', { body: publication(parcel) })).status).toBe(200);

    const after = await ask('/v1/flows/f_late/validate', {});
    expect(after.body).toMatchObject({ ok: true, errors: 0 });
    const listed = (await ask('/v1/activities')).body as unknown as Catalog;
    expect(listed.custom.map((c) => c.name)).toContain('orders.trackParcel');
  });

  it('lists activities with their queue, and compiles their nodes to run on it', async () => {
    const catalog = await api.call<Catalog>('GET', '/v1/activities');
    expect(catalog.body.custom.find((c) => c.name === 'orders.lookupStatus')).toMatchObject({
      version: 1,
      taskQueue: 'orders-team',
    });
    expect((await api.call('POST', '/v1/flows', { body: { document: orderFlow('f_orders') } })).status).toBe(201);
    expect((await api.call('POST', '/v1/flows/f_orders/publish', { body: {} })).status).toBe(201);
    const version = await api.call<{ plan: { nodes: Record<string, { activity?: { options: unknown } }> } }>(
      'GET',
      '/v1/flows/f_orders/versions/1',
    );
    expect(version.body.plan.nodes.n_look?.activity?.options).toMatchObject({
      taskQueue: 'orders-team',
      heartbeatTimeoutMs: 10_000,
    });
  });

  it('lets a compatible change pass silently', async () => {
    const r = await api.call<{ activities: { status: string; compatible: boolean }[]; flags: Flag[] }>(
      'POST',
      '/v1/activities/catalog',
      { body: publication(compatible) },
    );
    expect(r.body.activities[0]).toMatchObject({ status: 'changed', compatible: true });
    expect(r.body.flags).toEqual([]);
    expect((await api.call<{ flags: Flag[] }>('GET', '/v1/activities/flags')).body.flags).toEqual([]);
  });

  it('keeps a new version beside the old one, flagging nobody', async () => {
    const v2 = lookup({
      version: 2,
      input: input.extend({ country: z.string() }),
      output: output.omit({ items: true }),
    });
    const r = await api.call<{ activities: { ref: string; status: string }[]; flags: Flag[] }>(
      'POST',
      '/v1/activities/catalog',
      { body: publication(compatible, v2) },
    );
    expect(r.body.activities.map((a) => [a.ref, a.status])).toEqual([
      ['orders.lookupStatus', 'unchanged'],
      ['orders.lookupStatus@2', 'new'],
    ]);
    expect(r.body.flags).toEqual([]);
    const catalog = await api.call<Catalog>('GET', '/v1/activities');
    expect(catalog.body.custom.filter((c) => c.name.startsWith('orders.lookupStatus')).map((c) => c.version)).toEqual([
      1, 2,
    ]);
  });

  it('flags every published node an incompatible change affects, until the flow is published again', async () => {
    const broken = lookup({
      input: input.extend({ channel: z.string().optional(), note: z.string() }),
      output: output.extend({ carrier: z.string(), items: z.string() }),
    });
    const r = await api.call<{
      activities: { compatible: boolean; changes: { kind: string; path: string[] }[] }[];
      flags: Flag[];
    }>('POST', '/v1/activities/catalog', { body: publication(broken) });
    expect(r.body.activities[0]?.compatible).toBe(false);
    expect(r.body.activities[0]?.changes.map((c) => [c.kind, c.path.join('.')])).toEqual([
      ['newly_required', 'note'],
      ['type_changed', 'items'],
    ]);
    expect(r.body.flags.map((f) => [f.flowId, f.flowVersion, f.nodeId, f.activity])).toEqual([
      ['f_orders', 1, 'n_look', 'orders.lookupStatus'],
    ]);
    const listed = await api.call<{ flags: (Flag & { diagnostics: { code: string; nodeId: string }[] })[] }>(
      'GET',
      '/v1/activities/flags?flowId=f_orders',
    );
    expect(listed.body.flags).toHaveLength(1);
    // What the compiler now says: the required note is missing, and `items > 2` compares text with a number.
    expect(listed.body.flags[0]?.diagnostics.map((d) => [d.code, d.nodeId])).toEqual(
      expect.arrayContaining([
        ['invalid_activity_input', 'n_look'],
        ['expr_type', 'n_if'],
      ]),
    );
    expect((await api.call<Catalog>('GET', '/v1/activities')).body.flags).toHaveLength(1);

    // The flow cannot be published as it is; fixed, it is, and its flag is resolved.
    expectProblem(await api.call('POST', '/v1/flows/f_orders/publish', { body: {} }), 409);
    const fixed = orderFlow('f_orders');
    fixed.nodes[1]!.params = {
      activity: 'orders.lookupStatus',
      input: { orderId: '{{ event.data.orderId }}', note: 'ninguna' },
    };
    fixed.nodes[2]!.params = { branches: [{ port: 'big', condition: 'nodes.n_look.items == "many"' }] };
    const flow = await api.call<{ revision: number }>('GET', '/v1/flows/f_orders');
    const saved = await api.call('PUT', '/v1/flows/f_orders', {
      body: { document: fixed, revision: flow.body.revision },
    });
    expect(saved.status, saved.text).toBe(200);
    expect((await api.call('POST', '/v1/flows/f_orders/publish', { body: {} })).status).toBe(201);
    expect((await api.call<{ flags: Flag[] }>('GET', '/v1/activities/flags')).body.flags).toEqual([]);
  });
});
