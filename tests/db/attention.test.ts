import {
  applySteps,
  attentionGroups,
  attentionJourneys,
  createBulkAction,
  recordBulkProgress,
  type StepInput,
  setAttention,
  upsertJourney,
} from '@ruta/db';
import { expect, it } from 'vitest';
import { describeDrivers } from './drivers';

const T0 = Date.parse('2026-03-01T10:00:00Z');

/** A journey whose latest step is a wait at `node`, parked (activity_failed) when `failure` is given. */
async function waitingAt(
  db: Parameters<typeof upsertJourney>[0],
  id: string,
  node: string,
  failure?: { activity: string; message: string; type?: string },
  minute = 0,
) {
  await upsertJourney(db, { id, flowId: 'f_att', flowVersion: 1, customerId: `c_${id}` });
  const at = T0 + minute * 60_000;
  const steps: StepInput[] = [
    { journeyId: id, seq: 0, type: 'enter', nodeId: node, kind: 'crm.ticket', visit: 1, at, status: 'running' },
    {
      journeyId: id,
      seq: 1,
      type: 'wait',
      nodeId: node,
      kind: 'crm.ticket',
      visit: 1,
      at,
      status: 'running',
      detail: failure ? { deadline: null, reason: 'activity_failed', failure } : { deadline: null },
    },
  ];
  await applySteps(db, steps);
}

describeDrivers('needs attention', (ctx) => {
  it('groups parked journeys by node and failure type, and stuck ones by reason, from the store', async () => {
    const down = { activity: 'crm.upsertTicket', message: 'CRM 503', type: 'CrmUnavailable' };
    await waitingAt(ctx.db, 'j1', 'n_ticket', down, 2);
    await waitingAt(ctx.db, 'j2', 'n_ticket', down, 1);
    await waitingAt(ctx.db, 'j3', 'n_ticket', { activity: 'crm.upsertTicket', message: 'Bad subject' }, 3);
    await waitingAt(ctx.db, 'j4', 'n_wait'); // an ordinary wait: not parked
    await waitingAt(ctx.db, 'j5', 'n_wait');
    await setAttention(ctx.db, 'j5', { kind: 'workflow_task_failing', attempts: 3, failure: 'boom' });
    // A parked journey that moved on (retried, now waiting elsewhere) leaves the group.
    await waitingAt(ctx.db, 'j6', 'n_ticket', down, 4);
    await applySteps(ctx.db, [
      {
        journeyId: 'j6',
        seq: 2,
        type: 'enter',
        nodeId: 'n_ticket',
        kind: 'crm.ticket',
        visit: 1,
        at: T0 + 600_000,
        status: 'running',
      },
    ]);

    const groups = await attentionGroups(ctx.db, { flowId: 'f_att' });
    expect(groups.map((g) => [g.reason, g.nodeId, g.failureType, g.count, g.example])).toEqual([
      ['activity_failed', 'n_ticket', 'CrmUnavailable', 2, 'CRM 503'],
      ['activity_failed', 'n_ticket', null, 1, 'Bad subject'],
      ['workflow_task_failing', 'n_wait', null, 1, 'boom'],
    ]);
    expect(groups[0]!.since.toISOString()).toBe(new Date(T0 + 60_000).toISOString());
    // Longest waiting first; the type narrows the group; an untyped failure is its own group.
    const crm = { flowId: 'f_att', reason: 'activity_failed' as const, nodeId: 'n_ticket' };
    expect((await attentionJourneys(ctx.db, { ...crm, failureType: 'CrmUnavailable' })).map((j) => j.id)).toEqual([
      'j2',
      'j1',
    ]);
    expect((await attentionJourneys(ctx.db, { ...crm, failureType: null })).map((j) => j.id)).toEqual(['j3']);
    expect((await attentionJourneys(ctx.db, crm)).map((j) => j.id)).toEqual(['j2', 'j1', 'j3']);
    expect(await attentionGroups(ctx.db, { flowId: 'f_other' })).toEqual([]);
  });

  it('groups journeys holding a message for missing data by flow version and node, with what is missing', async () => {
    const held = async (id: string, node: string, missing: string[], minute: number, version = 1) => {
      await upsertJourney(ctx.db, { id, flowId: 'f_held', flowVersion: version, customerId: `c_${id}` });
      const at = T0 + minute * 60_000;
      const step = { journeyId: id, nodeId: node, kind: 'message.send', visit: 1, at, status: 'running' as const };
      await applySteps(ctx.db, [
        { ...step, seq: 0, type: 'enter' },
        { ...step, seq: 1, type: 'wait', detail: { deadline: null, reason: 'missing_data', missing } },
      ]);
    };
    await held('h1', 'n_msg', ['customer.name'], 3);
    await held('h2', 'n_msg', ['customer.name', 'event.data.eta'], 1);
    await held('h3', 'n_msg', ['customer.name'], 2, 2);
    await held('h4', 'n_other', ['customer.email'], 4);
    // A held journey that was retried (entered the node again) and then sent is no longer held.
    await held('h5', 'n_msg', ['customer.name'], 5);
    await applySteps(ctx.db, [
      {
        journeyId: 'h5',
        seq: 2,
        type: 'enter',
        nodeId: 'n_msg',
        kind: 'message.send',
        visit: 1,
        at: T0 + 600_000,
        status: 'running',
        detail: { retry: true },
      },
    ]);
    // A send deferred by quiet hours waits too, but nobody needs to act on it.
    await upsertJourney(ctx.db, { id: 'h6', flowId: 'f_held', flowVersion: 1, customerId: 'c_h6' });
    await applySteps(ctx.db, [
      {
        journeyId: 'h6',
        seq: 0,
        type: 'wait',
        nodeId: 'n_msg',
        kind: 'message.send',
        visit: 1,
        at: T0,
        status: 'running',
        detail: { deadline: null, reason: 'quiet_hours' },
      },
    ]);
    // A stuck journey is shown as stuck, not as held.
    await held('h7', 'n_msg', ['customer.name'], 6);
    await setAttention(ctx.db, 'h7', { kind: 'workflow_task_failing', attempts: 2, failure: 'boom' });

    const groups = await attentionGroups(ctx.db, { flowId: 'f_held' });
    expect(groups.map((g) => [g.reason, g.flowVersion, g.nodeId, g.kind, g.count, g.missing])).toEqual([
      ['missing_data', 1, 'n_msg', 'message.send', 2, ['customer.name', 'event.data.eta']],
      ['missing_data', 2, 'n_msg', 'message.send', 1, ['customer.name']],
      ['missing_data', 1, 'n_other', 'message.send', 1, ['customer.email']],
      ['workflow_task_failing', 1, 'n_msg', null, 1, null],
    ]);
    expect(groups[0]!.since.toISOString()).toBe(new Date(T0 + 60_000).toISOString());
    expect(groups[0]).toMatchObject({ activity: null, failureType: null, example: null });

    const filter = { flowId: 'f_held', reason: 'missing_data' as const, nodeId: 'n_msg' };
    const v1 = await attentionJourneys(ctx.db, { ...filter, flowVersion: 1 });
    expect(v1.map((j) => [j.id, j.message])).toEqual([
      ['h2', 'customer.name, event.data.eta'],
      ['h1', 'customer.name'],
    ]);
    expect((await attentionJourneys(ctx.db, filter)).map((j) => j.id)).toEqual(['h2', 'h3', 'h1']);
    expect((await attentionJourneys(ctx.db, { flowId: 'f_held', reason: 'missing_data' })).map((j) => j.id)).toEqual([
      'h2',
      'h3',
      'h1',
      'h4',
    ]);
    // The parked-step group of the same flow stays empty.
    expect(await attentionJourneys(ctx.db, { flowId: 'f_held', reason: 'activity_failed' })).toEqual([]);
  });

  it('counts a bulk action forward once per chunk, however often a chunk is recorded', async () => {
    const ids = Array.from({ length: 5 }, (_, i) => `j${i}`);
    const row = await createBulkAction(ctx.db, {
      action: 'retry',
      filter: { flowId: 'f_att', reason: 'activity_failed' },
      journeyIds: ids,
      requestedBy: 'ops',
    });
    expect(row).toMatchObject({ status: 'running', total: 5, done: 0 });
    const chunk = [
      { journeyId: 'j0', error: null },
      { journeyId: 'j1', error: 'The journey is not parked at a failed step' },
    ];
    await recordBulkProgress(ctx.db, row.id, 0, chunk);
    // The same chunk again (another process, a retry): nothing moves.
    const again = await recordBulkProgress(ctx.db, row.id, 0, chunk);
    expect(again).toMatchObject({ done: 2, succeeded: 1, failed: 1, heldAgain: 0, status: 'running' });
    expect(again!.errors).toEqual([{ journeyId: 'j1', error: 'The journey is not parked at a failed step' }]);
    // A retry whose message held again for missing data is neither a success nor a failure.
    const done = await recordBulkProgress(ctx.db, row.id, 2, [
      { journeyId: 'j2', error: null },
      { journeyId: 'j3', error: 'Still missing customer.name', heldAgain: true },
      { journeyId: 'j4', error: null },
    ]);
    expect(done).toMatchObject({ done: 5, succeeded: 3, failed: 1, heldAgain: 1, status: 'done' });
    expect(done!.errors).toEqual([
      { journeyId: 'j1', error: 'The journey is not parked at a failed step' },
      { journeyId: 'j3', error: 'Still missing customer.name', heldAgain: true },
    ]);
    expect(done!.endedAt).toBeInstanceOf(Date);
    // Nothing to do: done at once.
    const empty = await createBulkAction(ctx.db, {
      action: 'skip',
      filter: { flowId: 'f_att', reason: 'activity_failed' },
      journeyIds: [],
      requestedBy: 'ops',
    });
    expect(empty).toMatchObject({ status: 'done', total: 0 });
  });
});
