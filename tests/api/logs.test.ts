// No personal data in the logs, on any path: requests that fail in the database, in Temporal and in validation with a
// customer's name, email, phone, card number and reply text, and a journey whose activity fails in the database (the
// worker's and Temporal runtime's logs). Every line written is captured and searched for each value.
import { Writable } from 'node:stream';
import { type ApiConfig, createApp } from '@ruta/api';
import { sql } from '@ruta/db';
import { createLogger } from '@ruta/log';
import { Client } from '@temporalio/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually, publishSample, withApi } from './support';

const lines: string[] = [];
const destination = new Writable({
  write(chunk, _encoding, done) {
    lines.push(chunk.toString());
    done();
  },
});
const logger = createLogger({ component: 'test', level: 'trace', destination });
const api = withApi({ logger });

/** Values that must never reach a log line. */
const PII = {
  name: 'Valentina Ortúzar',
  email: 'valentina.ortuzar@example.cl',
  phone: '+56 9 8765 4321',
  card: '4111 1111 1111 1111',
  reply: 'Quiero dar de baja mi tarjeta hoy mismo',
};

beforeAll(() => {
  globalThis.__rutaLogTap = (line) => lines.push(line);
});
afterAll(() => {
  globalThis.__rutaLogTap = undefined;
});

/** Makes writes that carry these values fail inside the database, as a full disk or a broken constraint would. */
async function failWritesInTheDatabase(): Promise<void> {
  const db = api.db.db;
  await db.execute(sql`create or replace function ruta_test_fail() returns trigger language plpgsql as $$
    begin raise exception 'could not extend file (test)'; end $$`);
  await db.execute(sql`create trigger ruta_test_fail_customers before insert or update on customers
    for each row when (new.name like 'Valentina%') execute function ruta_test_fail()`);
  await db.execute(sql`create trigger ruta_test_fail_events before insert on events
    for each row when (new.payload::text like '%4111%') execute function ruta_test_fail()`);
  await db.execute(sql`create trigger ruta_test_fail_messages before insert on messages
    for each row when (new.body like '%tarjeta%' or new.body like '%Valentina%') execute function ruta_test_fail()`);
}

function expectNoPersonalData(): void {
  const all = lines.join('');
  for (const [what, value] of Object.entries(PII)) {
    expect(all.includes(value), `${what} (${value}) found in the logs`).toBe(false);
    // Nor JSON-escaped (ú → \u00fa is not how pino writes, but be sure).
    expect(all.includes(JSON.stringify(value).slice(1, -1)), `${what} escaped`).toBe(false);
  }
}

describe('logs carry no personal data', () => {
  it('when requests fail in the database, in Temporal and in validation', async () => {
    const customerId = `c_logs_${Date.now()}`;
    // A customer stored before the failures start (the reply and the event need one).
    const ok = await api.call('PUT', `/v1/customers/${customerId}`, {
      body: { name: 'Ana', phone: '+56 9 1234 0000' },
    });
    expect(ok.status, ok.text).toBe(200);
    await publishSample(api, 'delivery-delay');
    await failWritesInTheDatabase();

    // Database: a customer with every kind of personal data.
    const put = await api.call('PUT', `/v1/customers/${customerId}`, {
      body: { name: PII.name, email: PII.email, phone: PII.phone, attributes: { card: PII.card } },
    });
    expect(put.status, put.text).toBe(500);
    // Database: an event carrying a card number.
    const event = await api.call('POST', '/v1/events', {
      body: { id: `e-logs-${Date.now()}`, type: 'delivery.delayed', customerId, data: { card: PII.card } },
    });
    expect(event.status, event.text).toBe(500);
    // Database: the customer's reply text.
    const reply = await api.call('POST', '/v1/sandbox/reply', { body: { customerId, text: PII.reply } });
    expect(reply.status, reply.text).toBe(500);

    // Validation: bad email and phone next to the name, and a body that is not JSON.
    const invalid = await api.call('PUT', `/v1/customers/${customerId}`, {
      body: { name: PII.name, email: `${PII.email}@@`, phone: `${PII.phone} ext. ${PII.card}` },
    });
    expect(invalid.status, invalid.text).toBe(422);
    const notJson = await api.call('POST', '/v1/events', {
      body: `{"type":"x","customerId":"${customerId}","data":{"card":"${PII.card}"`,
    });
    expect(notJson.status, notJson.text).toBe(400);

    // Temporal: an app whose Temporal namespace does not exist fails to start the journey.
    const broken = createApp({
      db: api.db.db,
      temporal: {
        client: new Client({ connection: api.server.connection, namespace: 'ruta-missing' }),
        taskQueue: 'x',
      },
      config: { rateLimit: null, attentionCheck: null } as Partial<ApiConfig>,
      logger,
    });
    const started = await broken.request('/v1/events', {
      method: 'POST',
      headers: { authorization: `Bearer ${api.adminKey}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        id: `e-temporal-${Date.now()}`,
        type: 'delivery.delayed',
        customerId,
        data: { eta: PII.reply, note: PII.email },
      }),
    });
    expect(started.status, await started.clone().text()).toBeGreaterThanOrEqual(500);
    expect(started.status).not.toBe(500);

    expectNoPersonalData();
    // The failures were logged (with the SQL text and the request id), just without the values.
    const errors = lines.map((l) => JSON.parse(l)).filter((l) => l.level === 'error');
    // The database failure, its request, and Temporal's refusal (start-up notes are warnings, not errors).
    expect(errors.length).toBeGreaterThanOrEqual(3);
    expect(JSON.stringify(errors)).toContain('insert into \\"customers\\"');
    expect(errors.some((e) => e.err?.message?.includes('params: [redacted]'))).toBe(true);
    const requests = lines.map((l) => JSON.parse(l)).filter((l) => l.msg === 'request');
    expect(requests.map((r) => r.status)).toEqual(expect.arrayContaining([500, 422, 400]));
  });

  it("when a journey's activity fails in the database (worker and Temporal runtime logs, and the failure in history)", async () => {
    const customerId = `c_logs_w_${Date.now()}`;
    // The stored customer has no Valentina in it; the message the journey sends has (from the event data).
    const ok = await api.call('PUT', `/v1/customers/${customerId}`, {
      body: { name: 'Ana', phone: '+56 9 1234 0001' },
    });
    expect(ok.status, ok.text).toBe(200);
    const r = await api.call<{ journeys: { workflowId: string }[] }>('POST', '/v1/events', {
      body: { id: `e-w-${Date.now()}`, type: 'delivery.delayed', customerId, data: { eta: PII.name, orderId: 'A-1' } },
    });
    expect(r.status, r.text).toBe(202);
    const id = r.body.journeys[0]!.workflowId;
    const handle = api.server.client.workflow.getHandle(id);
    // channel.send fails in the database and Temporal retries it.
    const failure = await eventually('the send to fail in the database', async () => {
      const d = await handle.describe();
      return d.raw.pendingActivities?.find((a) => a.lastFailure)?.lastFailure ?? undefined;
    });
    expect(failure.message).toContain('params: [redacted]');
    await eventually('the runtime to log the failed activity', async () =>
      lines.some((l) => l.includes('channel.send') || l.includes('Activity failed')) ? true : undefined,
    );
    await handle.terminate('test over');
    const history = JSON.stringify(
      (await handle.fetchHistory()).events?.filter((e) => e.activityTaskFailedEventAttributes),
    );
    for (const value of Object.values(PII)) expect(history).not.toContain(value);
    expectNoPersonalData();
  });
});
