// RUTA_ACTIVITIES on the local stack: a package scaffolded outside the repository is served by the stack's own
// worker on the journeys' queue, published to the catalog at start, and a journey runs through it (real dev server).
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type LocalStack, startLocalStack } from '@ruta/api';
import { afterAll, expect, inject, it } from 'vitest';
import { ROOT } from '../support/engine';
import { eventually } from '../support/eventually';
import { runToEnd } from '../support/processes';
import { withLocalServer } from '../support/temporal';

const server = withLocalServer();
const outside = mkdtempSync(join(tmpdir(), 'ruta-local-activities-'));
const KEY = 'local-activities-admin-key-0123456789';
// The scaffold's activity asks SERVICE_URL/items/<id>; this one answers "ok" for A-1 and 404 for the rest.
const service = createServer((req, res) => {
  if (req.url === '/items/A-1') res.writeHead(200, { 'content-type': 'application/json' }).end('{"status":"ok"}');
  else res.writeHead(404).end();
});
let stack: LocalStack | undefined;

afterAll(async () => {
  await stack?.stop();
  await new Promise<void>((done) => service.close(() => done()));
  delete process.env.SERVICE_URL;
  rmSync(outside, { recursive: true, force: true });
});

it('serves a package named by RUTA_ACTIVITIES on the journeys’ queue, in the catalog from the start', {
  timeout: 240_000,
}, async () => {
  const pkg = join(outside, 'status-check');
  const made = await runToEnd('npx', ['ruta', 'new', 'activity', 'items.check', '--dir', pkg], ROOT);
  expect(made.code, made.output).toBe(0);
  await new Promise<void>((ready) => service.listen(0, '127.0.0.1', ready));
  // The activity runs in this process (the stack's worker), so it reads this process's environment.
  process.env.SERVICE_URL = `http://127.0.0.1:${(service.address() as AddressInfo).port}`;

  stack = await startLocalStack({
    dataDir: join(outside, 'data'),
    port: 0,
    bundlePath: inject('workflowBundle'),
    env: {
      ...process.env,
      TEMPORAL_ADDRESS: server.address,
      RUTA_TASK_QUEUE: `local-activities-${Date.now()}`,
      RUTA_ADMIN_KEY: KEY,
      RUTA_ACTIVITIES: pkg,
      RUTA_KB_SEED: 'off',
      DATABASE_URL: '',
    },
  });
  const call = async <T>(method: string, path: string, body?: unknown) => {
    const res = await fetch(`${stack!.url}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${KEY}`,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    return { status: res.status, body: (await res.json()) as T };
  };
  const catalog = await call<{ custom: { name: string; taskQueue: string | null }[] }>('GET', '/v1/activities');
  expect(catalog.body.custom.find((c) => c.name === 'items.check')).toMatchObject({ taskQueue: null });

  const flow = {
    schemaVersion: 3,
    id: 'f_check',
    name: 'Check',
    settings: { reentry: 'every_time', transactional: true },
    nodes: [
      { id: 'n_t', kind: 'trigger.event', params: { eventType: 'item.asked' } },
      { id: 'n_check', kind: 'custom', params: { activity: 'items.check', input: { id: '{{ event.data.itemId }}' } } },
      {
        id: 'n_if',
        kind: 'logic.branch',
        params: { branches: [{ port: 'ok', condition: 'nodes.n_check.status == "ok"' }] },
      },
      { id: 'n_ok', kind: 'end', params: { outcome: 'ok' } },
      { id: 'n_other', kind: 'end', params: { outcome: 'other' } },
      { id: 'n_gone', kind: 'end', params: { outcome: 'gone' } },
    ],
    edges: [
      { id: 'e_1', from: 'n_t', port: 'out', to: 'n_check' },
      { id: 'e_2', from: 'n_check', port: 'out', to: 'n_if' },
      { id: 'e_3', from: 'n_check', port: 'failed', to: 'n_gone' },
      { id: 'e_4', from: 'n_if', port: 'ok', to: 'n_ok' },
      { id: 'e_5', from: 'n_if', port: 'else', to: 'n_other' },
    ],
  };
  expect((await call('POST', '/v1/flows', { document: flow })).status).toBe(201);
  expect((await call('POST', '/v1/flows/f_check/publish', {})).status).toBe(201);
  for (const [id, itemId] of [
    ['e-1', 'A-1'],
    ['e-2', 'B-2'],
  ] as const) {
    const posted = await call('POST', '/v1/events', { id, type: 'item.asked', customerId: 'c_1', data: { itemId } });
    expect(posted.status).toBe(202);
  }
  const ended = (id: string) =>
    eventually(`journey ${id}`, async () => {
      const r = await call<{ status: string; outcome: string }>(
        'GET',
        `/v1/journeys/${encodeURIComponent(`journey:f_check:c_1:${id}`)}`,
      );
      return r.status === 200 && r.body.status !== 'running' ? r.body : undefined;
    });
  expect(await ended('e-1')).toMatchObject({ status: 'completed', outcome: 'ok' });
  expect(await ended('e-2')).toMatchObject({ status: 'completed', outcome: 'gone' });
});
