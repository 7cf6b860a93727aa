// Erasing a customer reaches Temporal too (real dev server): running journeys are terminated first, then every
// execution of the customer's journeys is deleted from Temporal, and the answer says what happened there.
import { getJourney } from '@ruta/db';
import { WorkflowNotFoundError } from '@temporalio/common';
import { describe, expect, it } from 'vitest';
import { eventually, publishSample, withApi } from './support';

const api = withApi();

interface Erasure {
  customerId: string;
  erased: { customers: number; journeys: number };
  temporal: {
    journeys: number;
    terminated: number;
    deleted: number;
    failed: { journeyId: string; error: string }[];
    encrypted: boolean;
    retentionDays: number | null;
    note: { es: string; en: string };
  };
}

async function start(customerId: string, eventId: string): Promise<string> {
  const r = await api.call<{ journeys: { workflowId: string }[] }>('POST', '/v1/events', {
    body: { id: eventId, type: 'delivery.delayed', customerId, data: { eta: 'mañana', orderId: 'A-1' } },
  });
  expect(r.status, r.text).toBe(202);
  const id = r.body.journeys[0]!.workflowId;
  await eventually('the journey to wait for the reply', async () => {
    const d = await api.call<{ wait: unknown }>('GET', `/v1/journeys/${encodeURIComponent(id)}`);
    return d.body.wait ? true : undefined;
  });
  return id;
}

describe('erasing a customer', () => {
  it("terminates their running journeys and deletes their journeys' executions from Temporal", async () => {
    await publishSample(api, 'delivery-delay', { settings: { reentry: 'every_time' } });
    const customerId = `c_erase_${Date.now()}`;
    const put = await api.call('PUT', `/v1/customers/${customerId}`, {
      body: { name: 'Valentina Ortúzar', phone: '+56 9 8765 4321' },
    });
    expect(put.status, put.text).toBe(200);
    // One journey ended (skipped to its end), one still waiting.
    const done = await start(customerId, `e-erase-1-${Date.now()}`);
    expect((await api.call('POST', `/v1/journeys/${encodeURIComponent(done)}/cancel`, { body: {} })).status).toBe(200);
    await eventually('the first journey to end', async () =>
      (await getJourney(api.db.db, done))?.status === 'cancelled' ? true : undefined,
    );
    const running = await start(customerId, `e-erase-2-${Date.now()}`);

    const r = await api.call<Erasure>('DELETE', `/v1/customers/${customerId}`);
    expect(r.status, r.text).toBe(200);
    expect(r.body.erased.customers).toBe(1);
    expect(r.body.temporal).toMatchObject({ journeys: 2, terminated: 1, failed: [], encrypted: false });
    expect(r.body.temporal.deleted).toBeGreaterThanOrEqual(2);
    expect(r.body.temporal.retentionDays).toBeGreaterThan(0);
    expect(r.body.temporal.note.es).toContain('Temporal');
    expect(r.body.temporal.note.en).toContain('deleted from Temporal');

    // The running journey was stopped with the reason, in the store.
    expect(await getJourney(api.db.db, running)).toMatchObject({
      status: 'terminated',
      endReason: 'customer data erased',
    });
    // Temporal deletes asynchronously: a running execution at once (terminated, then deleted), a closed one when the
    // server gets to it (about half a minute on the dev server).
    const gone = (id: string) =>
      eventually(
        `the execution of ${id} to be deleted`,
        async () => {
          try {
            await api.server.client.workflow.getHandle(id).describe();
            return undefined;
          } catch (err) {
            return err instanceof WorkflowNotFoundError ? true : undefined;
          }
        },
        { timeoutMs: 120_000, intervalMs: 500 },
      );
    await gone(running);

    // Again: nothing left to do, nothing fails.
    const again = await api.call<Erasure>('DELETE', `/v1/customers/${customerId}`);
    expect(again.status, again.text).toBe(200);
    expect(again.body.temporal).toMatchObject({ journeys: 2, terminated: 0, failed: [] });
    await gone(done);
  }, 180_000);
});
