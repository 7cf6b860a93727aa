// A journey whose workflow task keeps failing (wedged on purpose by a test signal, as a branch condition that blows up
// in the workflow task would) on the real dev server: the background check flags it, the list shows it as needing
// attention, cancel answers a clear 409 that points at terminate, and terminate ends it with status and reason in the
// store and on its timeline.
import { join } from 'node:path';
import { startAttentionCheck } from '@ruta/api';
import { getJourney, getSteps } from '@ruta/db';
import { buildWorkflowBundle } from '@ruta/workers';
import { describe, expect, it } from 'vitest';
import { eventually, expectProblem, publishSample, ROOT, withApi } from './support';

const api = withApi({
  bundlePath: () => buildWorkflowBundle(undefined, join(ROOT, 'tests/fixtures/wedged/workflows.ts'), 'wedged'),
  // A cancel that cannot be delivered is given up on quickly.
  config: { cancelTimeoutMs: 2_000 },
});

interface Summary {
  id: string;
  status: string;
  endReason: string | null;
  attention: {
    kind: string;
    attempts: number;
    failure: string | null;
    message: { es: string; en: string };
    actions: string[];
  } | null;
}

const path = (id: string, action = '') => `/v1/journeys/${encodeURIComponent(id)}${action ? `/${action}` : ''}`;
let flowId = '';

/** Starts delivery-delay for a new customer and waits until it waits for the reply (a healthy journey). */
async function startWaiting(tag: string): Promise<string> {
  if (!flowId) flowId = (await publishSample(api, 'delivery-delay')).id;
  const customerId = `c_${tag}_${Date.now()}`;
  const put = await api.call('PUT', `/v1/customers/${customerId}`, {
    body: { name: 'Ana Pérez', phone: '+56 9 1111 2222' },
  });
  expect(put.status, put.text).toBe(200);
  const r = await api.call<{ journeys: { workflowId: string; flowId: string }[] }>('POST', '/v1/events', {
    body: {
      id: `e-${tag}-${Date.now()}`,
      type: 'delivery.delayed',
      customerId,
      data: { eta: 'mañana', orderId: 'A-1' },
    },
  });
  expect(r.status, r.text).toBe(202);
  const id = r.body.journeys.find((j) => j.flowId === flowId)!.workflowId;
  await eventually('the journey to wait for a reply', async () => {
    const d = await api.call<{ wait: unknown }>('GET', path(id));
    return d.body.wait ? true : undefined;
  });
  return id;
}

/** Makes the journey's workflow task fail from now on, every attempt. */
async function wedge(id: string): Promise<void> {
  await api.server.client.workflow
    .getHandle(id)
    .signal('test.wedge', { message: 'Branch n_branch: the condition ran out of time' });
  await eventually('Temporal to retry the failing workflow task', async () => {
    const d = await api.server.client.workflow.getHandle(id).describe();
    return (d.raw.pendingWorkflowTask?.attempt ?? 1) >= 2 ? true : undefined;
  });
}

const listed = async (query: string) =>
  (await api.call<{ journeys: Summary[] }>('GET', `/v1/journeys?flow=${flowId}&${query}`)).body.journeys.map(
    (j) => j.id,
  );

describe('a stuck journey', () => {
  it('is flagged by the background check, refuses cancel with a 409 that offers terminate, and terminate ends it', async () => {
    const healthy = await startWaiting('healthy');
    const id = await startWaiting('wedge');
    await wedge(id);

    // Nobody asked for the journey yet: the bounded background check finds it, and the list is a query.
    expect(await listed('attention=true')).not.toContain(id);
    const check = startAttentionCheck(api.app.runtime, { intervalMs: 0, batch: 50 });
    await eventually('the background check to flag the journey', async () => {
      await check.runOnce();
      return (await getJourney(api.db.db, id))?.attention === 'workflow_task_failing' ? true : undefined;
    });
    await check.stop();
    expect(await listed('attention=true')).toEqual([id]);
    // "Needs attention" groups it by node and reason, in words.
    const view = await api.call<{ groups: { reason: string; count: number; message: { en: string } }[] }>(
      'GET',
      `/v1/attention?flowId=${flowId}`,
    );
    expect(view.body.groups).toEqual([
      expect.objectContaining({ reason: 'workflow_task_failing', nodeId: 'n_wait_reply', count: 1 }),
    ]);
    expect(view.body.groups[0]!.message.en).toContain('the condition ran out of time');
    expect(await listed('attention=false')).toContain(healthy);

    const list = await api.call<{ journeys: Summary[] }>('GET', `/v1/journeys?flow=${flowId}&attention=true`);
    const flagged = list.body.journeys[0]!;
    expect(flagged).toMatchObject({
      status: 'running',
      attention: {
        kind: 'workflow_task_failing',
        failure: 'Branch n_branch: the condition ran out of time',
        actions: ['terminate'],
      },
    });
    expect(flagged.attention!.attempts).toBeGreaterThanOrEqual(1);
    expect(flagged.attention!.message.es).toContain('atascado');
    expect(flagged.attention!.message.en).toContain('stuck');
    expect(flagged.attention!.message.en).toContain('the condition ran out of time');

    // The detail says so too, and does not wait on a query that cannot be answered.
    const detail = await api.call<Summary & { liveError: string | null }>('GET', path(id));
    expect(detail.status, detail.text).toBe(200);
    expect(detail.body.attention?.kind).toBe('workflow_task_failing');

    // cancel, skip-step, skip-wait, retry-step: a clear 409, never a 500 nor a wait for the deadline.
    const cancel = expectProblem(await api.call('POST', path(id, 'cancel'), { body: { reason: 'x' } }), 409);
    expect(cancel).toMatchObject({
      type: '/docs#problem-journey-stuck',
      terminate: { method: 'POST', href: path(id, 'terminate') },
      attention: { kind: 'workflow_task_failing' },
    });
    expect(String(cancel.detail)).toContain('terminate');
    for (const action of ['skip-step', 'skip-wait', 'retry-step']) {
      const r = expectProblem(await api.call('POST', path(id, action), { body: {} }), 409);
      expect(r.type, action).toBe('/docs#problem-journey-stuck');
    }

    // terminate needs a reason.
    expectProblem(await api.call('POST', path(id, 'terminate'), { body: {} }), 422);
    const done = await api.call('POST', path(id, 'terminate'), {
      body: { reason: 'Stuck at the branch; ticket OPS-12' },
    });
    expect(done.status, done.text).toBe(200);
    expect(done.body).toMatchObject({
      id,
      action: 'terminated',
      status: 'terminated',
      reason: 'Stuck at the branch; ticket OPS-12',
    });

    // Terminal status and reason in the store, an end step on its timeline, Temporal agrees, no longer flagged.
    expect(await getJourney(api.db.db, id)).toMatchObject({
      status: 'terminated',
      endReason: 'Stuck at the branch; ticket OPS-12',
      attention: null,
    });
    expect((await getSteps(api.db.db, id)).at(-1)).toMatchObject({
      type: 'end',
      status: 'terminated',
      detail: { reason: 'Stuck at the branch; ticket OPS-12', by: 'test-admin' },
    });
    const described = await api.server.client.workflow.getHandle(id).describe();
    expect(described.status.name).toBe('TERMINATED');
    expect(await listed('attention=true')).toEqual([]);
    const after = await api.call<Summary & { steps: { type: string; status: string }[] }>('GET', path(id));
    expect(after.body).toMatchObject({
      status: 'terminated',
      endReason: 'Stuck at the branch; ticket OPS-12',
      attention: null,
    });
    expect(after.body.steps.at(-1)).toMatchObject({ type: 'end', status: 'terminated' });

    // Once ended: 409 journey-not-running for every control, terminate included.
    for (const action of ['cancel', 'terminate']) {
      const r = expectProblem(await api.call('POST', path(id, action), { body: { reason: 'again' } }), 409);
      expect(r.type, action).toBe('/docs#problem-journey-not-running');
    }

    // The healthy journey was never flagged and still takes a cancel.
    const c = await api.call('POST', path(healthy, 'cancel'), { body: { reason: 'not needed' } });
    expect(c.status, c.text).toBe(200);
    expect(c.body).toMatchObject({ action: 'cancelled' });
    const cancelled = await eventually('the healthy journey to end as cancelled', async () => {
      const r = await getJourney(api.db.db, healthy);
      return r?.status === 'cancelled' ? r : undefined;
    });
    expect(cancelled.endReason).toBe('not needed');
  });

  it('cancel ?force=true terminates a stuck journey, found by the cancel itself', async () => {
    const id = await startWaiting('force');
    await wedge(id);
    const r = await api.call('POST', `${path(id, 'cancel')}?force=true`, {
      body: { reason: 'customer asked to stop' },
    });
    expect(r.status, r.text).toBe(200);
    expect(r.body).toMatchObject({ id, action: 'terminated', status: 'terminated', reason: 'customer asked to stop' });
    expect(await getJourney(api.db.db, id)).toMatchObject({
      status: 'terminated',
      endReason: 'customer asked to stop',
    });
  });

  it("a journey terminated outside Ruta (Temporal UI or CLI) is closed in the store with Temporal's reason", async () => {
    const id = await startWaiting('outside');
    await api.server.client.workflow.getHandle(id).terminate('terminated from the Temporal UI');
    const d = await api.call<Summary>('GET', path(id));
    expect(d.status, d.text).toBe(200);
    expect(d.body).toMatchObject({ status: 'terminated', endReason: 'terminated from the Temporal UI' });
    expect((await getSteps(api.db.db, id)).at(-1)).toMatchObject({
      type: 'end',
      status: 'terminated',
      detail: { by: 'temporal' },
    });
  });
});
