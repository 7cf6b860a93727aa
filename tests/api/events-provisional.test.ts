// The answer of an event is written with its claim, before the journeys start, and confirmed afterwards off the
// answer's path (see ingestEvent in apps/api/src/services/events.ts). These tests break the steps apart on the real
// Temporal client (an interceptor fails or holds a start) and check that a retry answers the truth, byte for byte,
// and that nothing is lost or started twice.
import { events, journeys, queryRows, sql } from '@ruta/db';
import type { WorkflowClientInterceptor } from '@temporalio/client';
import { beforeAll, describe, expect, it } from 'vitest';
import { orderFlow } from './flows-fixtures';
import { eventually, withApi } from './support';

/** What the app's client does on `workflow.start`: go through, fail, or wait for a gate. */
const starts = { mode: 'pass' as 'pass' | 'fail' | 'hold', held: [] as (() => void)[], calls: 0 };
const interceptor: WorkflowClientInterceptor = {
  async start(input, next) {
    starts.calls++;
    if (starts.mode === 'fail') throw new Error('Temporal is unreachable (injected)');
    if (starts.mode === 'hold') {
      starts.mode = 'pass';
      await new Promise<void>((resolve) => starts.held.push(resolve));
    }
    return next(input);
  },
};

// No worker: the journeys only need to exist in Temporal, not to run.
const api = withApi({ worker: false, clientInterceptors: { workflow: [interceptor] } });

let seq = 0;
const uid = (prefix: string) => `${prefix}-${Date.now().toString(36)}-${++seq}`;
const TYPE = 'parcel.sent';

beforeAll(async () => {
  const flow = orderFlow('f_parcels') as { nodes: { params: Record<string, unknown> }[] };
  flow.nodes[0]!.params.eventType = TYPE;
  const created = await api.call('POST', '/v1/flows', { body: { document: flow } });
  expect(created.status, created.text).toBe(201);
  const published = await api.call('POST', '/v1/flows/f_parcels/publish', { body: {} });
  expect(published.status, published.text).toBe(201);
});

type Touch = { flowId: string; workflowId: string; action: string; reason?: string };
const post = (event: Record<string, unknown>) =>
  api.call<{ eventId: string; journeys: Touch[] }>('POST', '/v1/events', { body: event });

async function eventRow(id: string) {
  const [row] = await queryRows<{ response: unknown; responded: boolean; outcome: Record<string, unknown> | null }>(
    api.db.db,
    sql`select response, responded_at is not null as responded, outcome from ${events} where id = ${id}`,
  );
  return row!;
}

async function journeyRows(eventId: string): Promise<string[]> {
  const rows = await queryRows<{ id: string }>(api.db.db, sql`select id from ${journeys} where event_id = ${eventId}`);
  return rows.map((r) => r.id);
}

/** Waits until the event's answer is confirmed (the confirmation rides in a later statement). */
const confirmed = (id: string) =>
  eventually(`the answer of ${id} to be confirmed`, async () => ((await eventRow(id)).responded ? true : undefined));

/** Whether the workflow exists in Temporal (started by its event: the id is made of the event's id). */
async function exists(workflowId: string): Promise<boolean> {
  try {
    await api.server.client.workflow.getHandle(workflowId).describe();
    return true;
  } catch {
    return false;
  }
}

describe('an event whose answer is known before its journeys start', () => {
  it('answers at once and confirms the stored answer afterwards', async () => {
    const event = { id: uid('evt'), type: TYPE, customerId: uid('c') };
    const first = await post(event);
    expect(first.status, first.text).toBe(202);
    expect(first.body.journeys).toEqual([expect.objectContaining({ flowId: 'f_parcels', action: 'started' })]);
    await confirmed(event.id);
    const row = await eventRow(event.id);
    expect(JSON.stringify(row.response)).toBe(first.text);
    expect(row.outcome).toEqual({ started: [first.body.journeys[0]!.workflowId], advanced: [] });
    const again = await post(event);
    expect(again.text).toBe(first.text);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
  });

  it('a Temporal start that fails after the rows were written: 5xx, nothing half-stored; the retry starts it once', async () => {
    const event = { id: uid('evt'), type: TYPE, customerId: uid('c') };
    starts.mode = 'fail';
    const failed = await post(event);
    starts.mode = 'pass';
    expect(failed.status, failed.text).toBeGreaterThanOrEqual(500);
    // The provisional answer is gone (a repeat must not read "started"), the failure is recorded, the row released.
    const row = await eventRow(event.id);
    expect(row.response).toBeNull();
    expect(row.responded).toBe(false);
    expect(row.outcome).toMatchObject({ error: expect.stringContaining('unreachable') });
    expect(await journeyRows(event.id)).toEqual([]);

    const retried = await post(event);
    expect(retried.status, retried.text).toBe(202);
    expect(retried.headers.get('idempotent-replayed')).toBe('true');
    const [touch] = retried.body.journeys;
    expect(touch).toMatchObject({ flowId: 'f_parcels', action: 'started' });
    expect(await exists(touch!.workflowId)).toBe(true);
    expect(await journeyRows(event.id)).toEqual([touch!.workflowId]);
    const third = await post(event);
    expect(third.text).toBe(retried.text);
  });

  it('a crash after the start, before the confirmation: the retry gets the very answer the first request gave', async () => {
    const event = { id: uid('evt'), type: TYPE, customerId: uid('c') };
    const first = await post(event);
    expect(first.status, first.text).toBe(202);
    await confirmed(event.id);
    // What a process that died right after answering leaves: the provisional answer, never confirmed.
    await queryRows(api.db.db, sql`update ${events} set responded_at = null, outcome = null where id = ${event.id}`);
    const calls = starts.calls;
    const retried = await post(event);
    expect(retried.status, retried.text).toBe(202);
    expect(retried.text).toBe(first.text);
    expect(retried.headers.get('idempotent-replayed')).toBe('true');
    // Read from the provisional answer, which holds (its journey exists): nothing started again.
    expect(starts.calls).toBe(calls);
    expect(await journeyRows(event.id)).toHaveLength(1);
  });

  it('a crash after the claim, before the start: the provisional answer is not served until it holds', async () => {
    const event = { id: uid('evt'), type: TYPE, customerId: uid('c') };
    starts.mode = 'hold';
    const first = post(event);
    await eventually('the first start to be held', async () => (starts.held.length === 1 ? true : undefined));
    // The first request is stuck before its start, as if it died there: its row looks abandoned.
    const row = await eventRow(event.id);
    expect(row.response).not.toBeNull();
    expect(row.responded).toBe(false);
    await queryRows(
      api.db.db,
      sql`update ${events} set received_at = now() - interval '1 hour' where id = ${event.id}`,
    );
    const [workflowId] = await journeyRows(event.id);
    expect(await exists(workflowId!)).toBe(false);

    // The repeat takes over: starts the journey, then keeps the provisional answer, which now holds.
    const retried = await post(event);
    expect(retried.status, retried.text).toBe(202);
    expect(retried.body.journeys).toEqual([expect.objectContaining({ workflowId, action: 'started' })]);
    expect(JSON.stringify(row.response)).toBe(retried.text);
    expect(await exists(workflowId!)).toBe(true);

    // The first request wakes up: its start finds the journey started and it answers what is stored.
    starts.held.shift()!();
    const late = await first;
    expect(late.status, late.text).toBe(202);
    expect(late.text).toBe(retried.text);
    expect(await journeyRows(event.id)).toEqual([workflowId]);
    expect((await eventRow(event.id)).responded).toBe(true);
  });
});
