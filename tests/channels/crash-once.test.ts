/**
 * At most once under a crash: a worker process sending SMS through Twilio (a local fake that records every
 * message and does NOT dedupe on I-Twilio-Idempotency-Token) is killed with SIGKILL right after Twilio accepted
 * the second message and before the activity completed. A second worker finishes the journey; Twilio must have
 * received exactly one request per message.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compile } from '@ruta/flow';
import { FileStore } from '@ruta/workers';
import type { JourneyResult } from '@ruta/workflows/definitions';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { journeyInput, ROOT } from '../support/engine';
import { storedPath } from '../support/play';
import { withLocalServer } from '../support/temporal';
import { type FakeServer, fakeServer, form } from './support';

const SID = 'ACcrash0000000000000000000000000';
const server = withLocalServer();
const dir = mkdtempSync(join(tmpdir(), 'ruta-crash-once-'));
const store = new FileStore(join(dir, 'store'));
const children: ChildProcess[] = [];

interface TwilioMessage {
  sid: string;
  to: string;
  from: string;
  body: string;
  status: string;
  date_created: string;
  token: string | undefined;
}
const accepted: TwilioMessage[] = [];
let twilio: FakeServer;

beforeAll(async () => {
  twilio = await fakeServer((req) => {
    const base = `/2010-04-01/Accounts/${SID}/Messages.json`;
    if (req.path !== base) return { status: 404, body: { code: 20404, message: 'Not found', status: 404 } };
    if (req.method === 'POST') {
      const f = form(req.body);
      const m: TwilioMessage = {
        sid: `SM${String(accepted.length + 1).padStart(32, '0')}`,
        to: f.To!,
        from: f.From!,
        body: f.Body!,
        status: 'queued',
        date_created: new Date().toUTCString(),
        token: req.headers['i-twilio-idempotency-token'] as string | undefined,
      };
      accepted.push(m); // no dedupe on the token: the guarantee under test is Ruta's own
      return { status: 201, body: m };
    }
    const to = req.query.get('To');
    const from = req.query.get('From');
    return { status: 200, body: { messages: accepted.filter((m) => m.to === to && m.from === from).reverse() } };
  });
});

afterAll(async () => {
  for (const c of children) {
    if (c.exitCode !== null || c.signalCode !== null) continue;
    c.kill('SIGTERM');
    await new Promise((r) => c.once('exit', r));
  }
  await twilio.close();
  rmSync(dir, { recursive: true, force: true });
});

/** A worker in its own process with the Twilio provider; `crashOn` arms the test-only crash hook. */
function startWorker(taskQueue: string, crashOn?: string): ChildProcess {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    TEMPORAL_ADDRESS: server.address,
    TEMPORAL_NAMESPACE: server.namespace,
    RUTA_TASK_QUEUE: taskQueue,
    RUTA_DATA_DIR: dir,
    RUTA_WORKFLOW_BUNDLE: inject('workflowBundle'),
    RUTA_CHANNEL_PROVIDER_SMS: 'twilio',
    TWILIO_ACCOUNT_SID: SID,
    TWILIO_AUTH_TOKEN: 'crash-token',
    TWILIO_FROM_SMS: '+15005550006',
    TWILIO_API_BASE: twilio.url,
    RUTA_CONTACT_RULES: '{"quietHours":null,"frequencyCap":null}',
  };
  delete env.RUTA_TEST_CRASH_AFTER_PROVIDER;
  if (crashOn) env.RUTA_TEST_CRASH_AFTER_PROVIDER = crashOn;
  const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'workers/src/main.ts')], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  return child;
}

const send = (id: string, text: string, y: number) => ({
  id,
  kind: 'message.send',
  params: { channel: 'sms', template: text },
  position: { x: 0, y },
  // A short start-to-close timeout, so the attempt lost with the killed worker is retried in seconds.
  retry: { timeout: '3s', maximumAttempts: 5, initialInterval: '500ms' },
});

const flow = {
  schemaVersion: 2,
  id: 'f_crash_once',
  name: 'Tres SMS por Twilio',
  settings: { reentry: 'every_time', transactional: false },
  nodes: [
    { id: 'n_trigger', kind: 'trigger.manual', params: {}, position: { x: 0, y: 0 } },
    send('n_first', 'Mensaje 1: tu pedido está confirmado', 140),
    { id: 'n_wait', kind: 'wait.duration', params: { duration: '1s' }, position: { x: 0, y: 280 } },
    send('n_second', 'Mensaje 2: tu pedido va en camino 🚚', 420),
    send('n_third', 'Mensaje 3: ¿llegó bien?', 560),
    { id: 'n_end', kind: 'end', params: { outcome: 'notified' }, position: { x: 0, y: 700 } },
  ],
  edges: [
    { id: 'e_1', from: 'n_trigger', port: 'out', to: 'n_first' },
    { id: 'e_2', from: 'n_first', port: 'sent', to: 'n_wait' },
    { id: 'e_3', from: 'n_wait', port: 'out', to: 'n_second' },
    { id: 'e_4', from: 'n_second', port: 'sent', to: 'n_third' },
    { id: 'e_5', from: 'n_third', port: 'sent', to: 'n_end' },
  ],
};

describe('a worker killed between the provider accepting and the activity completing', () => {
  it('sends each message exactly once: the retry resolves the interrupted send with Twilio instead of resending', async () => {
    const compiled = compile(flow);
    if (!compiled.ok) throw new Error(JSON.stringify(compiled.diagnostics));
    expect(compiled.plan.nodes.n_second?.activity?.options.startToCloseTimeoutMs).toBe(3_000);
    await store.upsertCustomer({ id: 'c_crash', name: 'Camila', phone: '+56911112222', timeZone: 'America/Santiago' });
    const taskQueue = 'crash-once';
    const workflowId = 'crash-once-journey';

    const first = startWorker(taskQueue, `${workflowId}:n_second:`);
    const exited = new Promise<void>((resolve) => first.once('exit', () => resolve()));
    const handle = await server.client.workflow.start('journey', {
      taskQueue,
      workflowId,
      args: [
        journeyInput(
          compiled.plan,
          { customer: { id: 'c_crash' }, event: { type: 'manual', data: {} } } as never,
          'evt-crash-once',
          new Date().toISOString(),
        ),
      ],
    });
    await exited;
    expect(first.signalCode).toBe('SIGKILL');
    // Twilio has the second message; the outbox still says `sending`: the crash hit between the two.
    expect(accepted.map((m) => m.body)).toEqual([
      'Mensaje 1: tu pedido está confirmado',
      'Mensaje 2: tu pedido va en camino 🚚',
    ]);
    expect((await store.getOutbound(`${workflowId}:n_second:1`))?.status).toBe('sending');

    startWorker(taskQueue);
    const result = (await handle.result()) as JourneyResult;
    expect(result.status).toBe('completed');

    // Exactly one request per message, each with the engine's key as Twilio's idempotency token.
    expect(accepted.map((m) => [m.body, m.token])).toEqual([
      ['Mensaje 1: tu pedido está confirmado', `${workflowId}:n_first:1`],
      ['Mensaje 2: tu pedido va en camino 🚚', `${workflowId}:n_second:1`],
      ['Mensaje 3: ¿llegó bien?', `${workflowId}:n_third:1`],
    ]);
    const outbox = (await store.listOutbound({ journeyId: workflowId })).sort((a, b) =>
      a.createdAt.localeCompare(b.createdAt),
    );
    expect(outbox.map((m) => [m.nodeId, m.status, m.providerMessageId])).toEqual([
      ['n_first', 'sent', accepted[0]!.sid],
      // Found again through Twilio's message list: the outbox has the real sid, so receipts still match.
      ['n_second', 'sent', accepted[1]!.sid],
      ['n_third', 'sent', accepted[2]!.sid],
    ]);
    const { path } = await storedPath(store, workflowId);
    expect(path).toEqual(['n_trigger', 'n_first', 'n_wait', 'n_second', 'n_third', 'n_end']);
  }, 120_000);
});
