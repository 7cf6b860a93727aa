// "Needs attention" on the real dev server: a CRM that refuses tickets parks journeys at the ticket step; the view
// groups them by node and reason with plain words (es/en); one is retried, one skipped, others cancelled and retried
// in bulk (a batch whose progress is polled); a message left unconfirmed shows up too.
import { applySteps, putOutbound, type StepInput, upsertJourney } from '@ruta/db';
import { crmUpsertTicket, implement } from '@ruta/sdk';
import { ApplicationFailure } from '@temporalio/common';
import { describe, expect, it } from 'vitest';
import { parkedSteps } from '../support/parked';
import { type BulkAction, journeyHelpers } from './journey-helpers';
import { eventually, expectProblem, withApi } from './support';

/** The CRM refuses tickets until it is back up. */
const crm = { up: false, calls: 0 };
const flakyTicket = implement(crmUpsertTicket, async () => {
  crm.calls += 1;
  if (!crm.up) throw ApplicationFailure.nonRetryable('The CRM refused the ticket: 503', 'CrmUnavailable');
  return { ticketId: `t_${crm.calls}`, status: 'open' };
});

const api = withApi({ overrides: [flakyTicket as never] });
const { bulkDone } = journeyHelpers(api);

const ticketFlow = (id: string) => ({
  schemaVersion: 3,
  id,
  name: 'Ticket que puede fallar',
  settings: { reentry: 'every_time', transactional: true },
  nodes: [
    { id: 'n_trigger', kind: 'trigger.event', params: { eventType: 'ticket.requested' } },
    { id: 'n_ticket', kind: 'crm.ticket', params: { subject: 'Revisar el pedido', queue: 'soporte' } },
    { id: 'n_end', kind: 'end', params: { outcome: 'ticket_opened' } },
  ],
  edges: [
    { id: 'e_1', from: 'n_trigger', port: 'out', to: 'n_ticket' },
    { id: 'e_2', from: 'n_ticket', port: 'out', to: 'n_end' },
  ],
});

interface Group {
  flowId: string;
  version: number;
  nodeId: string | null;
  kind: string | null;
  reason: string;
  failureType: string | null;
  example: string | null;
  count: number;
  message: { es: string; en: string };
  actions: string[];
}
interface Overview {
  groups: Group[];
  total: number;
  unconfirmed: { total: number; items: { id: string; journeyId: string | null }[] };
}
interface Detail {
  status: string;
  outcome: string | null;
  endReason: string | null;
  wait: {
    nodeId: string;
    reason?: string;
    failure?: { activity: string; message: string; type?: string };
    message?: { es: string; en: string };
  } | null;
}

const overview = async (flowId: string) => {
  const r = await api.call<Overview>('GET', `/v1/attention?flowId=${flowId}`);
  expect(r.status, r.text).toBe(200);
  return r.body;
};
const detail = async (id: string) => (await api.call<Detail>('GET', `/v1/journeys/${encodeURIComponent(id)}`)).body;
const parkedGroup = async (flowId: string) =>
  (await overview(flowId)).groups.find((g) => g.reason === 'activity_failed');

async function startJourneys(flowId: string, n: number): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < n; i++) {
    const customerId = `c_att_${i}_${Date.now()}`;
    const r = await api.call<{ journeys: { flowId: string; workflowId: string }[] }>('POST', '/v1/events', {
      body: { id: `e-att-${i}-${Date.now()}`, type: 'ticket.requested', customerId, data: {} },
    });
    expect(r.status, r.text).toBe(202);
    ids.push(r.body.journeys.find((j) => j.flowId === flowId)!.workflowId);
  }
  return ids;
}

async function finished(id: string): Promise<Detail> {
  return eventually(`journey ${id} to end`, async () => {
    const d = await detail(id);
    return d.status !== 'running' ? d : undefined;
  });
}

describe('needs attention', () => {
  it('parks journeys at a failed step, groups them, and retries, skips and cancels them singly and in bulk', async () => {
    const created = await api.call<{ id: string }>('POST', '/v1/flows', { body: { document: ticketFlow('f_att') } });
    expect(created.status, created.text).toBe(201);
    const flowId = created.body.id;
    expect((await api.call('POST', `/v1/flows/${flowId}/publish`, { body: {} })).status).toBe(201);

    crm.up = false;
    const ids = await startJourneys(flowId, 6);
    const group = await eventually('all six journeys to park', async () => {
      const g = await parkedGroup(flowId);
      return g?.count === 6 ? g : undefined;
    });
    expect(group).toMatchObject({
      version: 1,
      nodeId: 'n_ticket',
      kind: 'crm.ticket',
      failureType: 'CrmUnavailable',
      example: 'The CRM refused the ticket: 503',
      actions: ['retry', 'skip', 'cancel'],
    });
    expect(group.message.es).toContain('«Ticket»');
    expect(group.message.es).toContain('falló después de todos sus reintentos');
    expect(group.message.en).toContain('failed after all its retries');

    // The journey itself says why, in words, while it stays running at the node.
    const parked = await detail(ids[0]!);
    expect(parked.status).toBe('running');
    expect(parked.wait).toMatchObject({
      nodeId: 'n_ticket',
      reason: 'activity_failed',
      failure: { activity: 'crm.upsertTicket', message: 'The CRM refused the ticket: 503', type: 'CrmUnavailable' },
    });
    expect(parked.wait?.message?.en).toContain('The CRM refused the ticket: 503');

    // The group's journeys, longest waiting first.
    const listed = await api.call<{ journeys: { id: string }[] }>(
      'GET',
      `/v1/attention/journeys?flowId=${flowId}&reason=activity_failed&nodeId=n_ticket&failureType=CrmUnavailable`,
    );
    expect(listed.status, listed.text).toBe(200);
    expect(listed.body.journeys.map((j) => j.id).sort()).toEqual([...ids].sort());

    // Retry while the CRM is still down: the step runs again, fails again, and the journey parks again.
    const before = crm.calls;
    const retried = await api.call('POST', `/v1/journeys/${ids[0]}/retry-step`, { body: {} });
    expect(retried.status, retried.text).toBe(202);
    expect(retried.body).toMatchObject({ action: 'retried', nodeId: 'n_ticket' });
    await eventually('the retried journey to park again', async () =>
      crm.calls > before &&
      (await parkedGroup(flowId))?.count === 6 &&
      (await detail(ids[0]!)).wait?.reason === 'activity_failed'
        ? true
        : undefined,
    );

    // Skip one: it goes on as if the ticket step had done nothing.
    const skipped = await api.call('POST', `/v1/journeys/${ids[1]}/skip-step`, { body: {} });
    expect(skipped.status, skipped.text).toBe(200);
    expect(await finished(ids[1]!)).toMatchObject({ status: 'completed', outcome: 'ticket_opened' });

    // Bulk cancel two of them, with a note.
    const cancel = await api.call<BulkAction>('POST', '/v1/attention/bulk', {
      body: {
        flowId,
        reason: 'activity_failed',
        nodeId: 'n_ticket',
        action: 'cancel',
        ids: [ids[2], ids[3]],
        note: 'Pedido anulado por el cliente',
      },
    });
    expect(cancel.status, cancel.text).toBe(202);
    expect(cancel.body).toMatchObject({ status: 'running', total: 2 });
    expect(await bulkDone(cancel.body.id)).toMatchObject({ total: 2, done: 2, succeeded: 2, failed: 0 });
    for (const id of [ids[2]!, ids[3]!]) {
      expect(await finished(id)).toMatchObject({ status: 'cancelled', endReason: 'Pedido anulado por el cliente' });
    }

    // The CRM is back: retry the whole rest of the group as one batch.
    crm.up = true;
    const rest = await api.call<BulkAction>('POST', '/v1/attention/bulk', {
      body: { flowId, reason: 'activity_failed', nodeId: 'n_ticket', action: 'retry' },
    });
    expect(rest.status, rest.text).toBe(202);
    expect(rest.body.total).toBe(3);
    expect(await bulkDone(rest.body.id)).toMatchObject({ total: 3, done: 3, succeeded: 3, failed: 0 });
    for (const id of [ids[0]!, ids[4]!, ids[5]!]) {
      expect(await finished(id)).toMatchObject({ status: 'completed', outcome: 'ticket_opened' });
    }
    expect(await parkedGroup(flowId)).toBeUndefined();

    // Choosing journeys that are not in the group any more is refused, with what to do.
    const stale = expectProblem(
      await api.call('POST', '/v1/attention/bulk', {
        body: { flowId, reason: 'activity_failed', action: 'skip', ids: [ids[0]] },
      }),
      409,
    );
    expect(String(stale.detail)).toContain('reload the list');
    // Bad input: a clear 422 naming the field; an unknown batch is 404.
    const bad = expectProblem(
      await api.call('POST', '/v1/attention/bulk', { body: { flowId, reason: 'broken', action: 'retry' } }),
      422,
    );
    expect(JSON.stringify(bad)).toContain('reason');
    expectProblem(await api.call('GET', '/v1/attention/bulk/ba_missing'), 404);
  }, 180_000);

  it('lists messages left unconfirmed', async () => {
    const { message } = await putOutbound(api.db.db, {
      channel: 'whatsapp',
      customerId: 'c_unconfirmed',
      journeyId: 'j_unconfirmed',
      flowId: 'f_unconfirmed',
      nodeId: 'n_send',
      idempotencyKey: `j_unconfirmed:n_send:1:${Date.now()}`,
      body: 'Tu pedido llega mañana',
      status: 'sent',
      statusReason: 'unconfirmed',
    });
    const seen = await overview('f_unconfirmed');
    expect(seen.unconfirmed.total).toBe(1);
    expect(seen.unconfirmed.items).toEqual([expect.objectContaining({ id: message.id, journeyId: 'j_unconfirmed' })]);
  });

  it('works through a group of 1,500 journeys as a batch whose progress moves forward to the end', async () => {
    // Parked rows as the worker writes them, without workflows behind them: every cancel is refused by Temporal, and
    // the batch must still get through all of them, count each, and keep only the first failures.
    const n = 1500;
    const at = Date.parse('2026-03-02T12:00:00Z');
    const failure = { activity: 'crm.upsertTicket', message: 'CRM 503', type: 'CrmUnavailable' };
    const steps: StepInput[] = [];
    for (let i = 0; i < n; i++) {
      const id = `j_bulk_${i}`;
      await upsertJourney(api.db.db, { id, flowId: 'f_bulk', flowVersion: 1, customerId: `c_bulk_${i}` });
      steps.push(...parkedSteps(id, 'n_ticket', failure, at));
    }
    for (let k = 0; k < steps.length; k += 1000) await applySteps(api.db.db, steps.slice(k, k + 1000));
    expect((await parkedGroup('f_bulk'))?.count).toBe(n);

    const started = await api.call<BulkAction>('POST', '/v1/attention/bulk', {
      body: { flowId: 'f_bulk', reason: 'activity_failed', nodeId: 'n_ticket', action: 'cancel' },
    });
    expect(started.status, started.text).toBe(202);
    expect(started.body.total).toBe(n);
    const seen: number[] = [];
    const done = await eventually(
      'the batch to finish',
      async () => {
        const r = await api.call<BulkAction>('GET', `/v1/attention/bulk/${started.body.id}`);
        seen.push(r.body.done);
        return r.body.status === 'done' ? r.body : undefined;
      },
      { timeoutMs: 300_000, intervalMs: 250 },
    );
    expect(done).toMatchObject({ total: n, done: n, succeeded: 0, failed: n });
    expect(done.errors).toHaveLength(50);
    // Polled progress never goes back, and was seen part way.
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    expect(seen.some((d) => d > 0 && d < n)).toBe(true);
  }, 360_000);
});
