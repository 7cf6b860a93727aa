// The API process (local stack: API + worker + PGlite in one process, against this file's Temporal dev server) is
// killed while a journey waits for the customer, then started again on the same data directory: the journey is
// still there, the reply reaches it, and it completes — without sending its first message twice.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sandboxSignatureHeader } from '@ruta/api';
import { afterAll, expect, inject, it } from 'vitest';
import { freePort, type StackProcess, startStackProcess } from '../support/stack';
import { withLocalServer } from '../support/temporal';
import { eventually, sample } from './support';

const server = withLocalServer();
const dataDir = mkdtempSync(join(tmpdir(), 'ruta-restart-'));
const ADMIN = 'restart-admin-key-0123456789abcdefgh';
const SECRET = 'restart-sandbox-secret';
let stack: StackProcess | undefined;

afterAll(async () => {
  await stop('SIGTERM');
  rmSync(dataDir, { recursive: true, force: true });
});

async function startApi(port: number, taskQueue: string): Promise<void> {
  stack = await startStackProcess(
    port,
    {
      TEMPORAL_ADDRESS: server.address,
      RUTA_DATA_DIR: dataDir,
      RUTA_ADMIN_KEY: ADMIN,
      RUTA_SANDBOX_WEBHOOK_SECRET: SECRET,
      RUTA_WORKFLOW_BUNDLE: inject('workflowBundle'),
      RUTA_TASK_QUEUE: taskQueue,
      RUTA_RATE_LIMIT: '0',
    },
    90_000,
  );
}

async function stop(signal: NodeJS.Signals): Promise<void> {
  const s = stack;
  stack = undefined;
  await s?.stop(signal);
}

it('keeps a waiting journey across a crash of the API process and finishes it after the restart', {
  timeout: 180_000,
}, async () => {
  const port = await freePort();
  const taskQueue = `restart-${Date.now()}`;
  const base = `http://127.0.0.1:${port}`;
  const call = async (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) => {
    const res = await fetch(`${base}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${ADMIN}`,
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...headers,
      },
      ...(body !== undefined ? { body: typeof body === 'string' ? body : JSON.stringify(body) } : {}),
    });
    const text = await res.text();
    return { status: res.status, text, body: (text ? JSON.parse(text) : undefined) as Record<string, unknown> };
  };

  let t = Date.now();
  await startApi(port, taskQueue);
  if (process.env.RUTA_TEST_VERBOSE) console.log(`API up in ${Date.now() - t} ms`);
  expect((await call('POST', '/v1/flows', { document: sample('delivery-delay') })).status).toBe(201);
  expect((await call('POST', '/v1/flows/f_delivery_delay/publish', {})).status).toBe(201);
  expect((await call('PUT', '/v1/customers/c_restart', { name: 'Rosa', locale: 'es' })).status).toBe(200);
  const posted = await call('POST', '/v1/events', {
    id: 'restart-1',
    type: 'delivery.delayed',
    customerId: 'c_restart',
    data: { eta: 'hoy 18:00' },
  });
  expect(posted.status, posted.text).toBe(202);
  const journeyId = 'journey:f_delivery_delay:c_restart:restart-1';
  const path = `/v1/journeys/${encodeURIComponent(journeyId)}`;
  await eventually('the journey to wait for a reply', async () => {
    const d = await call('GET', path);
    return (d.body as unknown as { wait?: { nodeId: string } }).wait?.nodeId === 'n_wait_reply' ? true : undefined;
  });

  await stop('SIGKILL');
  t = Date.now();
  await startApi(port, taskQueue);
  if (process.env.RUTA_TEST_VERBOSE) console.log(`API up again in ${Date.now() - t} ms`);

  const before = await call('GET', path);
  expect(before.status, before.text).toBe(200);
  expect(before.body).toMatchObject({ status: 'running', currentNodeId: 'n_wait_reply' });

  const raw = JSON.stringify({ customerId: 'c_restart', text: 'perfecto, gracias', messageId: 'restart-reply-1' });
  const replied = await call('POST', '/v1/channels/sandbox/inbound', raw, {
    'x-ruta-signature': sandboxSignatureHeader(SECRET, raw),
  });
  expect(replied.status, replied.text).toBe(200);

  const done = await eventually('the journey to complete', async () => {
    const d = await call('GET', path);
    return (d.body as unknown as { status: string }).status === 'completed' ? d.body : undefined;
  });
  expect(done).toMatchObject({
    outcome: 'informed',
    path: ['n_trigger', 'n_notify', 'n_wait_reply', 'n_sentiment', 'n_branch', 'n_end_ok'],
  });
  const messages = (done as unknown as { messages: { direction: string }[] }).messages;
  expect(messages.map((m) => m.direction)).toEqual(['out', 'in']);
  const list = await call('GET', '/v1/journeys?customer=c_restart');
  expect((list.body as unknown as { journeys: { id: string; status: string }[] }).journeys).toEqual([
    expect.objectContaining({ id: journeyId, status: 'completed' }),
  ]);

  const last = stack!;
  await stop('SIGTERM');
  expect(last.output()).toContain('Stopped.');
});
