import {
  catalogStamp,
  createFlow,
  currentPublishedVersions,
  flagActivityUsers,
  listActivityCatalog,
  listOpenActivityFlags,
  publishVersion,
  putCatalogEntries,
  resolveFlowFlags,
} from '@ruta/db';
import type { ActivityCatalogEntry } from '@ruta/flow';
import { expect, it } from 'vitest';
import { describeDrivers } from './drivers';

const entry = (over: Partial<ActivityCatalogEntry> = {}): ActivityCatalogEntry => ({
  name: 'orders.lookupStatus',
  version: 1,
  label: { es: 'Consultar pedido', en: 'Look up order' },
  description: { es: '', en: '' },
  input: { type: 'object', properties: { orderId: { type: 'string' } }, required: ['orderId'] },
  output: { type: 'object', properties: { status: { type: 'string' }, items: { type: 'integer' } } },
  startToCloseTimeoutMs: 10_000,
  heartbeatTimeoutMs: null,
  retry: { maximumAttempts: 3, initialIntervalMs: 1000, backoffCoefficient: 2, maximumIntervalMs: 10_000 },
  nonRetryableErrorTypes: [],
  taskQueue: 'orders-team',
  ...over,
});
const worker = { identity: 'orders@test', taskQueue: 'orders-team' };

describeDrivers('activity catalog', (ctx) => {
  it('inserts, leaves an unchanged contract alone, and keeps the incompatible changes of a changed one', async () => {
    const empty = await catalogStamp(ctx.db);
    const first = await putCatalogEntries(ctx.db, { worker, publishedBy: 'key:k_1', entries: [entry()] });
    expect(first.map((w) => w.status)).toEqual(['new']);
    const stamp = await catalogStamp(ctx.db);
    expect(stamp).not.toBe(empty);

    const again = await putCatalogEntries(ctx.db, { worker, publishedBy: 'key:k_1', entries: [entry()] });
    expect(again.map((w) => w.status)).toEqual(['unchanged']);
    expect(await catalogStamp(ctx.db)).toBe(stamp);

    const narrower = entry({ output: { type: 'object', properties: { status: { type: 'string' } } } });
    const changed = await putCatalogEntries(ctx.db, {
      worker,
      publishedBy: null,
      entries: [narrower, entry({ version: 2 })],
    });
    expect(changed.map((w) => [w.entry.version, w.status, w.changes.map((c) => c.path.join('.'))])).toEqual([
      [1, 'changed', ['items']],
      [2, 'new', []],
    ]);
    expect(await catalogStamp(ctx.db)).not.toBe(stamp);
    const rows = await listActivityCatalog(ctx.db);
    expect(rows.map((r) => [r.name, r.version, r.taskQueue])).toEqual([
      ['orders.lookupStatus', 1, 'orders-team'],
      ['orders.lookupStatus', 2, 'orders-team'],
    ]);
    expect(rows[0]?.entry.output).toEqual(narrower.output);
    expect(rows[0]?.changes.map((c) => c.kind)).toEqual(['removed']);
  });

  it('flags published nodes, supersedes an activity’s older flags, and resolves a flow’s flags when it is published again', async () => {
    const doc = { schemaVersion: 3, id: 'f_a', name: 'A', nodes: [], edges: [] };
    await createFlow(ctx.db, { id: 'f_a', name: 'A', document: doc });
    const v1 = await publishVersion(ctx.db, 'f_a', { document: doc, plan: { p: 1 }, hash: 'h1', actor: 'ana' });
    expect((await currentPublishedVersions(ctx.db)).map((f) => [f.flowId, f.version])).toEqual([['f_a', 1]]);

    const change = {
      side: 'output' as const,
      kind: 'removed' as const,
      path: ['items'],
      message: { es: 'x', en: 'x' },
    };
    const flag = { flowId: 'f_a', flowVersion: v1.version, nodeId: 'n_look', changes: [change], diagnostics: [] };
    await flagActivityUsers(ctx.db, 'orders.lookupStatus', [flag]);
    await flagActivityUsers(ctx.db, 'orders.lookupStatus', [{ ...flag, nodeId: 'n_other' }]);
    await flagActivityUsers(ctx.db, 'billing.createPaymentLink', [flag]);
    const open = await listOpenActivityFlags(ctx.db);
    expect(open.map((f) => [f.activity, f.nodeId])).toEqual([
      ['orders.lookupStatus', 'n_other'],
      ['billing.createPaymentLink', 'n_look'],
    ]);
    expect(await listOpenActivityFlags(ctx.db, { activities: ['billing.createPaymentLink'] })).toHaveLength(1);

    const v2 = await publishVersion(ctx.db, 'f_a', { document: doc, plan: { p: 2 }, hash: 'h2', actor: 'ana' });
    expect(await resolveFlowFlags(ctx.db, 'f_a', v2.version)).toBe(2);
    expect(await listOpenActivityFlags(ctx.db, { flowId: 'f_a' })).toEqual([]);
  });
});
