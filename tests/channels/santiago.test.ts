/**
 * The contact policy end to end on the time-skipping Temporal server: a proactive message for a customer in
 * America/Santiago whose event arrives at 23:30 local is deferred to 09:00 (quiet hours), with the reason on the
 * journey's steps and in the outbox, and sent in the morning.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compile, nextOpen } from '@ruta/flow';
import { ContactRules, channelSendActivity, createProviders, FileStore } from '@ruta/workers';
import type { JourneyResult } from '@ruta/workflows/definitions';
import { afterAll, describe, expect, it } from 'vitest';
import { journeyInput } from '../support/engine';
import { storedPath } from '../support/play';
import { withTimeSkippingServer } from '../support/temporal';
import { withWorker } from '../support/worker';

const SANTIAGO = 'America/Santiago';
const dir = mkdtempSync(join(tmpdir(), 'ruta-santiago-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const store = new FileStore(dir);

const server = withTimeSkippingServer();
const { taskQueue } = withWorker(server, {
  store,
  overrides: [
    // The deployment's defaults, stated here so the test does not depend on the environment's rules.
    channelSendActivity(store, { providers: createProviders({ providers: {} }), rules: ContactRules.parse({}) }),
  ],
});

const flow = {
  schemaVersion: 2,
  id: 'f_reactivacion',
  name: 'Reactivación (proactiva)',
  settings: { reentry: 'every_time', transactional: false },
  nodes: [
    { id: 'n_trigger', kind: 'trigger.manual', params: {}, position: { x: 0, y: 0 } },
    {
      id: 'n_send',
      kind: 'message.send',
      params: {
        channel: 'whatsapp',
        template: { es: 'Hola {{customer.name}}, te extrañamos 💛', en: 'Hi {{customer.name}}, we miss you' },
      },
      position: { x: 0, y: 140 },
    },
    { id: 'n_end', kind: 'end', params: { outcome: 'contacted' }, position: { x: 0, y: 280 } },
  ],
  edges: [
    { id: 'e_1', from: 'n_trigger', port: 'out', to: 'n_send' },
    { id: 'e_2', from: 'n_send', port: 'sent', to: 'n_end' },
  ],
};

/** Local wall time of an instant in Santiago, as "YYYY-MM-DD HH:MM". */
const local = (at: number) =>
  new Intl.DateTimeFormat('sv-SE', { timeZone: SANTIAGO, dateStyle: 'short', timeStyle: 'short' }).format(at);

describe('quiet hours on the time-skipping server', () => {
  it('an event at 23:30 in Santiago: the message waits until 09:00 with reason quiet_hours, then goes out once', async () => {
    const customer = {
      id: 'c_noche',
      name: 'Camila',
      phone: '+56912345678',
      locale: 'es' as const,
      timeZone: SANTIAGO,
    };
    await store.upsertCustomer(customer);
    const compiled = compile(flow);
    if (!compiled.ok) throw new Error(JSON.stringify(compiled.diagnostics));

    // Move the server's clock to the next 23:30 in Santiago.
    const now = await server.env.currentTimeMs();
    const at2330 = nextOpen(
      now,
      { days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'], start: '23:30', end: '23:31' },
      SANTIAGO,
    );
    if (at2330 > now) await server.env.sleep(at2330 - now);
    const start = await server.env.currentTimeMs();
    expect(local(start)).toMatch(/ 23:3[01]$/);

    const workflowId = 'santiago-2330';
    const handle = await server.client.workflow.start('journey', {
      taskQueue,
      workflowId,
      args: [
        journeyInput(
          compiled.plan,
          { customer, event: { type: 'manual', data: {} } } as never,
          'evt-2330',
          new Date(start).toISOString(),
        ),
      ],
    });
    const result = (await handle.result()) as JourneyResult;
    expect(result.status).toBe('completed');

    const { path, steps } = await storedPath(store, workflowId);
    expect(path).toEqual(['n_trigger', 'n_send', 'n_end']);
    const wait = steps.find((s) => s.type === 'wait' && s.nodeId === 'n_send');
    expect(wait).toBeDefined();
    expect(local(wait!.at)).toMatch(/ 23:3[01]$/);
    const detail = wait!.detail as { deadline: string; reason: string };
    expect(detail.reason).toBe('quiet_hours');
    const deadline = Date.parse(detail.deadline);
    expect(local(deadline)).toMatch(/ 09:00$/);
    expect(deadline - start).toBeGreaterThan(8 * 3_600_000); // the next morning, not dropped and not "now"
    expect(deadline - start).toBeLessThan(11 * 3_600_000);
    const leave = steps.find((s) => s.type === 'leave' && s.nodeId === 'n_send');
    expect(leave).toMatchObject({ port: 'sent', detail: { status: 'sent', channel: 'whatsapp' } });
    expect(leave!.at).toBeGreaterThanOrEqual(deadline);

    const outbox = await store.listOutbound({ journeyId: workflowId });
    expect(outbox).toHaveLength(1);
    expect(outbox[0]).toMatchObject({ status: 'sent', channel: 'whatsapp', text: 'Hola Camila, te extrañamos 💛' });
    expect(outbox[0]!.history!.map((h) => [h.status, h.reason ?? null])).toEqual([
      ['deferred', 'quiet_hours'],
      ['sending', null],
      ['sent', null],
    ]);
  }, 180_000);
});
