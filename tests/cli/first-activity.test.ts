// "Write your first activity" (docs/guides/first-activity.md), followed step by step: the guide's files are taken from
// the guide itself, the package is scaffolded in a temporary folder outside the repository, its own test runs, a
// second worker started with RUTA_ACTIVITIES serves it against a running stack on the real Temporal dev server, the
// palette's catalog lists it, a flow that reads its output runs journeys through it (shipped, 404, retried 5xx, slow
// call), and an incompatible change of its contract flags the published flow.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { ROOT } from '../support/engine';
import { eventually } from '../support/eventually';
import { type Running, runToEnd, startUntil } from '../support/processes';
import { freePort, type StackProcess, startStackProcess } from '../support/stack';
import { withLocalServer } from '../support/temporal';

const GUIDE = readFileSync(join(ROOT, 'docs/guides/first-activity.md'), 'utf8');
const server = withLocalServer();
const outside = mkdtempSync(join(tmpdir(), 'ruta-guide-'));
const pkg = join(outside, 'orders-activities');
const ADMIN = 'guide-admin-key-0123456789abcdefghij';
const children: Running[] = [];
let stack: StackProcess | undefined;

afterAll(async () => {
  for (const child of children) await child.stop();
  await stack?.stop();
  rmSync(outside, { recursive: true, force: true });
});

/** The guide's code blocks that name a file (```ts file=src/x.ts), by file. */
function guideFiles(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of GUIDE.matchAll(/```\w+ file=(\S+)\n([\s\S]*?)```/g)) out[m[1]!] = m[2]!;
  return out;
}

/** Starts a process that the file stops at the end. */
async function startAndKeep(cmd: string, args: string[], env: NodeJS.ProcessEnv, ready: string): Promise<Running> {
  const running = await startUntil(cmd, args, env, ready);
  children.push(running);
  return running;
}

describe('the first-activity guide, word for word', () => {
  it('scaffolds, tests, serves, shows, runs and flags an activity from outside the repository', {
    timeout: 400_000,
  }, async () => {
    const files = guideFiles();
    expect(Object.keys(files).sort()).toEqual([
      'order-status.flow.json',
      'src/lookup-status.test.ts',
      'src/lookup-status.ts',
    ]);

    // 2. Scaffold (the command of the guide, with the folder moved to the temporary one).
    expect(GUIDE).toContain('npx ruta new activity orders.lookupStatus --dir ../orders-activities');
    const scaffold = await runToEnd('npx', ['ruta', 'new', 'activity', 'orders.lookupStatus', '--dir', pkg], ROOT);
    expect(scaffold.code, scaffold.output).toBe(0);
    // The scaffold's own test passes before anything is changed.
    const own = await runToEnd('npm', ['test'], pkg);
    expect(own.code, own.output).toBe(0);

    // 3–4. The guide's activity and test, then `npm test` in the package.
    for (const [file, text] of Object.entries(files)) writeFileSync(join(pkg, file), text);
    const tested = await runToEnd('npm', ['test'], pkg);
    expect(tested.code, tested.output).toBe(0);
    expect(tested.output).toContain('3 passed');

    // 1. The stack, on the real dev server, and the stand-in order service.
    const ordersPort = await freePort();
    await startAndKeep(
      'node',
      ['examples/orders-service/server.mjs'],
      { ORDERS_PORT: String(ordersPort), ORDERS_SLOW_MS: '3000' },
      'Order service on',
    );
    const port = await freePort();
    stack = await startStackProcess(port, {
      TEMPORAL_ADDRESS: server.address,
      RUTA_DATA_DIR: join(outside, 'data'),
      RUTA_ADMIN_KEY: ADMIN,
      RUTA_WORKFLOW_BUNDLE: inject('workflowBundle'),
      RUTA_TASK_QUEUE: `guide-${Date.now()}`,
      RUTA_RATE_LIMIT: '0',
      RUTA_KB_SEED: 'off',
    });
    const call = async <T = Record<string, unknown>>(method: string, path: string, body?: unknown) => {
      const res = await fetch(`${stack!.url}${path}`, {
        method,
        headers: {
          authorization: `Bearer ${ADMIN}`,
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      const text = await res.text();
      return { status: res.status, text, body: (text ? JSON.parse(text) : undefined) as T };
    };
    const before = await call<{ custom: { name: string }[] }>('GET', '/v1/activities');
    expect(before.body.custom.map((c) => c.name)).not.toContain('orders.lookupStatus');

    // 5. A second worker serves the package; the running API lists it at once.
    expect(GUIDE).toContain('RUTA_ACTIVITIES=../orders-activities RUTA_API_KEY=');
    const workerEnv = {
      RUTA_ACTIVITIES: pkg,
      RUTA_API_KEY: ADMIN,
      RUTA_API_URL: stack.url,
      TEMPORAL_ADDRESS: server.address,
      ORDERS_URL: `http://127.0.0.1:${ordersPort}`,
    };
    const ready = 'Activity worker ready: orders.lookupStatus on task queue activities.orders-lookup-status';
    expect(GUIDE).toContain(ready);
    let worker = await startAndKeep('npx', ['ruta', 'worker'], workerEnv, ready);
    const listed = await call<{ custom: { name: string; taskQueue: string; label: { es: string } }[] }>(
      'GET',
      '/v1/activities',
    );
    expect(listed.body.custom.find((c) => c.name === 'orders.lookupStatus')).toMatchObject({
      taskQueue: 'activities.orders-lookup-status',
      label: { es: 'Consultar estado del pedido' },
    });

    // 6. The flow, published, and journeys through the activity.
    const flow = JSON.parse(files['order-status.flow.json']!);
    const created = await call('POST', '/v1/flows', { document: flow });
    expect(created.status, created.text).toBe(201);
    const published = await call('POST', '/v1/flows/f_order_status/publish', {});
    expect(published.status, published.text).toBe(201);
    const ask = async (id: string, orderId: string) => {
      const r = await call('POST', '/v1/events', {
        id,
        type: 'order.status_asked',
        customerId: 'c_ana',
        data: { orderId },
      });
      expect(r.status, r.text).toBe(202);
    };
    const outcome = (id: string) =>
      eventually(
        `journey ${id} to end`,
        async () => {
          const r = await call<{ status: string; outcome: string | null }>(
            'GET',
            `/v1/journeys/${encodeURIComponent(`journey:f_order_status:c_ana:${id}`)}`,
          );
          return r.status === 200 && r.body.status !== 'running' ? r.body : undefined;
        },
        { timeoutMs: 120_000, intervalMs: 250 },
      );
    expect(GUIDE).toContain('"customerId": "c_ana", "data": {"orderId": "A-100"}');
    await ask('ask-1', 'A-100');
    await ask('ask-2', 'A-404');
    await ask('ask-3', 'A-200');
    await ask('ask-4', 'A-300');
    expect(await outcome('ask-1')).toMatchObject({ status: 'completed', outcome: 'on_its_way' });
    expect(await outcome('ask-2')).toMatchObject({ status: 'completed', outcome: 'unknown_order' });
    expect(await outcome('ask-3')).toMatchObject({ status: 'completed', outcome: 'not_yet' });
    expect(await outcome('ask-4')).toMatchObject({ status: 'completed', outcome: 'not_yet' });

    // 7. The contract changes incompatibly: the worker restarts, the flow is flagged.
    const source = join(pkg, 'src/lookup-status.ts');
    const text = readFileSync(source, 'utf8');
    expect(text).toContain('    items: z.number().int(),\n');
    expect(text).toContain(', items: order.items }');
    writeFileSync(source, text.replace('    items: z.number().int(),\n', '').replace(', items: order.items }', ' }'));
    await worker.stop();
    worker = await startAndKeep('npx', ['ruta', 'worker'], workerEnv, ready);
    const flags = await call<{
      flags: {
        flowId: string;
        nodeId: string;
        changes: { message: { en: string } }[];
        diagnostics: { nodeId: string }[];
      }[];
    }>('GET', '/v1/activities/flags');
    expect(flags.body.flags).toHaveLength(1);
    expect(flags.body.flags[0]).toMatchObject({ flowId: 'f_order_status', nodeId: 'n_lookup' });
    expect(flags.body.flags[0]!.changes.map((c) => c.message.en)).toEqual([
      'The output field "items" no longer exists.',
    ]);
    expect(flags.body.flags[0]!.diagnostics.map((d) => d.nodeId)).toContain('n_branch');
    // The worker's log lines are written in batches (up to 100 ms late): wait for the warning, do not race it.
    await eventually('the worker to warn about the incompatible contract', async () =>
      worker.output().includes('contract changed incompatibly') ? true : undefined,
    );
  });
});
