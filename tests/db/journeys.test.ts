import {
  applySteps,
  closeJourney,
  getJourney,
  getSteps,
  journeysToCheck,
  listJourneys,
  nodeCounts,
  type StepInput,
  setAttention,
  setJourneyStatus,
  upsertJourney,
} from '@ruta/db';
import { expect, it } from 'vitest';
import { describeDrivers } from './drivers';

const T0 = Date.parse('2026-03-01T10:00:00Z');

/**
 * Builds steps the way the interpreter records them (the flow package's StepRecord): `enter` and `leave` for every
 * node visit, `wait` when a node starts waiting, and `end` (node null, visit 0) with the final status.
 */
class Path {
  readonly steps: StepInput[] = [];
  constructor(readonly journeyId: string) {}
  private add(step: Omit<StepInput, 'journeyId' | 'seq' | 'at'>): this {
    const seq = this.steps.length + 1;
    this.steps.push({ journeyId: this.journeyId, seq, at: T0 + seq * 1000, ...step });
    return this;
  }
  enter(nodeId: string, visit = 1) {
    return this.add({ type: 'enter', nodeId, kind: 'k', visit, port: null, status: 'running' });
  }
  wait(nodeId: string, visit = 1) {
    return this.add({
      type: 'wait',
      nodeId,
      kind: 'k',
      visit,
      port: null,
      status: 'running',
      detail: { deadline: null },
    });
  }
  leave(nodeId: string, port: string | null, visit = 1) {
    return this.add({ type: 'leave', nodeId, kind: 'k', visit, port, status: 'running' });
  }
  /** enter + leave */
  pass(nodeId: string, port: string, visit = 1) {
    return this.enter(nodeId, visit).leave(nodeId, port, visit);
  }
  end(status: 'completed' | 'failed' | 'cancelled', outcome: string = status) {
    return this.add({
      type: 'end',
      nodeId: null,
      kind: null,
      visit: 0,
      port: null,
      status,
      detail: { outcome, goals: [] },
    });
  }
}

describeDrivers('journeys', (ctx) => {
  it('writes steps idempotently and moves the journey forward', async () => {
    await upsertJourney(ctx.db, {
      id: 'wf-1',
      runId: 'r1',
      flowId: 'f_a',
      flowVersion: 1,
      customerId: 'c1',
      eventId: 'e1',
    });
    const { steps } = new Path('wf-1').pass('n_trigger', 'out').pass('n_send', 'sent').enter('n_wait').wait('n_wait');
    expect(await applySteps(ctx.db, steps)).toEqual({ inserted: 6 });
    expect(await applySteps(ctx.db, steps)).toEqual({ inserted: 0 });
    expect(await applySteps(ctx.db, [...steps, ...steps])).toEqual({ inserted: 0 });
    expect(await getSteps(ctx.db, 'wf-1')).toHaveLength(6);
    expect(await getJourney(ctx.db, 'wf-1')).toMatchObject({
      status: 'running',
      currentNode: 'n_wait',
      lastSeq: 6,
      endedAt: null,
    });

    // The worker may write the same step again with a different payload: the first write wins.
    await applySteps(ctx.db, [{ ...steps[5]!, detail: { changed: true } }]);
    expect((await getSteps(ctx.db, 'wf-1'))[5]!.detail).toEqual({ deadline: null });
  });

  it('never regresses: late, duplicate and out-of-order steps leave status and node where they are', async () => {
    await upsertJourney(ctx.db, { id: 'wf-2', flowId: 'f_a', flowVersion: 1, customerId: 'c1' });
    const { steps } = new Path('wf-2')
      .pass('n_a', 'out')
      .enter('n_wait')
      .wait('n_wait')
      .leave('n_wait', 'replied')
      .end('completed', 'paid');
    const [a1, a2, w1, w2, w3, end] = steps;
    // The end arrives first, the earlier steps later (some twice, some concurrently).
    await applySteps(ctx.db, [end!]);
    expect(await getJourney(ctx.db, 'wf-2')).toMatchObject({ status: 'completed', outcome: 'paid', currentNode: null });
    await applySteps(ctx.db, [w2!, a1!]);
    expect((await getJourney(ctx.db, 'wf-2'))?.currentNode).toBe('n_wait');
    await Promise.all([
      applySteps(ctx.db, [a2!, w1!]),
      applySteps(ctx.db, [w3!, a1!]),
      applySteps(ctx.db, [end!, w2!]),
    ]);
    await applySteps(ctx.db, [a1!]);
    const j = await getJourney(ctx.db, 'wf-2');
    expect(j).toMatchObject({
      status: 'completed',
      currentNode: 'n_wait',
      outcome: 'paid',
      lastSeq: 6,
      currentNodeSeq: 5,
    });
    expect(j?.endedAt?.getTime()).toBe(T0 + 6000);
    expect((await getSteps(ctx.db, 'wf-2')).map((s) => s.seq)).toEqual([1, 2, 3, 4, 5, 6]);

    // A cancelled journey stays cancelled even if a later running step arrives.
    await upsertJourney(ctx.db, { id: 'wf-3', flowId: 'f_a', flowVersion: 1, customerId: 'c1' });
    const p3 = new Path('wf-3').enter('n_wait').wait('n_wait').leave('n_wait', 'timeout').enter('n_next');
    await applySteps(ctx.db, p3.steps.slice(0, 2));
    expect((await setJourneyStatus(ctx.db, 'wf-3', { status: 'cancelled', outcome: 'stopped' }))?.status).toBe(
      'cancelled',
    );
    await applySteps(ctx.db, p3.steps.slice(2));
    expect(await getJourney(ctx.db, 'wf-3')).toMatchObject({
      status: 'cancelled',
      outcome: 'stopped',
      currentNode: 'n_next',
    });
    expect((await setJourneyStatus(ctx.db, 'wf-3', { status: 'completed' }))?.status).toBe('cancelled');
    expect(await setJourneyStatus(ctx.db, 'nope', { status: 'failed' })).toBeNull();
  });

  it('accepts seq 0 as a first step', async () => {
    await upsertJourney(ctx.db, { id: 'wf-0', flowId: 'f_a', flowVersion: 1, customerId: 'c1' });
    expect((await getJourney(ctx.db, 'wf-0'))?.lastSeq).toBe(-1);
    await applySteps(ctx.db, [{ journeyId: 'wf-0', seq: 0, type: 'enter', nodeId: 'n_first', visit: 1, at: T0 }]);
    expect(await getJourney(ctx.db, 'wf-0')).toMatchObject({ lastSeq: 0, currentNode: 'n_first' });
  });

  it('applies steps that arrive before the journey row, and keeps start info on repeats', async () => {
    await applySteps(ctx.db, new Path('wf-4').pass('n_a', 'out').enter('n_b').leave('n_b', null).end('failed').steps);
    expect(await getJourney(ctx.db, 'wf-4')).toBeNull();
    const j = await upsertJourney(ctx.db, { id: 'wf-4', runId: 'r1', flowId: 'f_a', flowVersion: 2, customerId: 'c9' });
    expect(j).toMatchObject({ status: 'failed', outcome: 'failed', currentNode: 'n_b', lastSeq: 5, flowVersion: 2 });
    const again = await upsertJourney(ctx.db, {
      id: 'wf-4',
      runId: 'r2',
      flowId: 'f_other',
      flowVersion: 7,
      customerId: 'c0',
    });
    expect(again).toMatchObject({ runId: 'r2', flowId: 'f_a', flowVersion: 2, customerId: 'c9', status: 'failed' });
  });

  it('lists journeys with filters and cursor pagination', async () => {
    for (let i = 0; i < 7; i++) {
      await upsertJourney(ctx.db, {
        id: `wf-l${i}`,
        flowId: i < 5 ? 'f_l' : 'f_other',
        flowVersion: i < 3 ? 1 : 2,
        customerId: i % 2 ? 'odd' : 'even',
        startedAt: T0 + (i < 4 ? i : 3) * 60_000, // several share a start time: the id breaks ties
      });
    }
    await applySteps(ctx.db, new Path('wf-l1').enter('n_wait').wait('n_wait').steps);
    await applySteps(ctx.db, new Path('wf-l2').pass('n_x', 'out').end('completed').steps);

    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page = await listJourneys(ctx.db, { limit: 2, cursor });
      expect(page.items.length).toBeLessThanOrEqual(2);
      seen.push(...page.items.map((j) => j.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(['wf-l6', 'wf-l5', 'wf-l4', 'wf-l3', 'wf-l2', 'wf-l1', 'wf-l0']);

    const ids = async (o: Parameters<typeof listJourneys>[1]) => (await listJourneys(ctx.db, o)).items.map((j) => j.id);
    expect(await ids({ flowId: 'f_l' })).toEqual(['wf-l4', 'wf-l3', 'wf-l2', 'wf-l1', 'wf-l0']);
    expect(await ids({ flowId: 'f_l', version: 1 })).toEqual(['wf-l2', 'wf-l1', 'wf-l0']);
    expect(await ids({ customerId: 'odd' })).toEqual(['wf-l5', 'wf-l3', 'wf-l1']);
    expect(await ids({ status: 'completed' })).toEqual(['wf-l2']);
    expect(await ids({ nodeId: 'n_wait' })).toEqual(['wf-l1']);
    await expect(listJourneys(ctx.db, { cursor: 'garbage' })).rejects.toThrow(/Invalid cursor/);
  });

  it('computes node and edge counts from steps', async () => {
    // Flow: trigger -> send -> wait (replied | timeout); replied -> tag -> (end); timeout -> send (loop).
    // The send has a failed port in some journeys (D) and fails for good without one in others (E).
    const run = async (path: Path, version = 1, status?: 'cancelled') => {
      await upsertJourney(ctx.db, {
        id: path.journeyId,
        flowId: 'f_n',
        flowVersion: version,
        customerId: `c_${path.journeyId}`,
      });
      await applySteps(ctx.db, path.steps);
      if (status) await setJourneyStatus(ctx.db, path.journeyId, { status });
    };
    const start = (id: string) => new Path(id).pass('n_trig', 'out');
    // A: replied, tagged, completed (the tag's port is unconnected: the journey ends after it).
    await run(
      start('A')
        .pass('n_send', 'sent')
        .enter('n_wait')
        .wait('n_wait')
        .leave('n_wait', 'replied')
        .pass('n_tag', 'out')
        .end('completed'),
    );
    // B: timed out once (loop back to send), now waiting on its second visit.
    await run(
      start('B')
        .pass('n_send', 'sent')
        .enter('n_wait')
        .wait('n_wait')
        .leave('n_wait', 'timeout')
        .pass('n_send', 'sent', 2)
        .enter('n_wait', 2)
        .wait('n_wait', 2),
    );
    // C: waiting on its first visit.
    await run(start('C').pass('n_send', 'sent').enter('n_wait').wait('n_wait'));
    // D: the send failed by the failed port, which is unconnected.
    await run(start('D').pass('n_send', 'failed').end('completed'));
    // E: the send failed for good without a failed port.
    await run(start('E').enter('n_send').leave('n_send', null).end('failed'));
    // F: cancelled while waiting (the wait ends, the node is left with no port).
    await run(start('F').pass('n_send', 'sent').enter('n_wait').wait('n_wait').leave('n_wait', null).end('cancelled'));
    // G: waiting, then cancelled from outside (no more steps): not waiting any more.
    await run(start('G').pass('n_send', 'sent').enter('n_wait').wait('n_wait'), 1, 'cancelled');
    // H: still inside the send (activity running): counts as at the node now.
    await run(start('H').enter('n_send'));
    // V2: another version, excluded when counting version 1.
    await run(start('V2').pass('n_send', 'sent').enter('n_wait').wait('n_wait'), 2);

    const counts = await nodeCounts(ctx.db, 'f_n', 1);
    expect(counts.nodes).toEqual({
      n_trig: { entered: 8, waitingNow: 0, completed: 8, failed: 0 },
      n_send: { entered: 9, waitingNow: 1, completed: 6, failed: 2 },
      n_wait: { entered: 6, waitingNow: 2, completed: 2, failed: 0 },
      n_tag: { entered: 1, waitingNow: 0, completed: 1, failed: 0 },
    });
    expect(counts.edges).toEqual([
      { from: 'n_send', port: 'sent', to: 'n_wait', count: 6 },
      { from: 'n_trig', port: 'out', to: 'n_send', count: 8 },
      { from: 'n_wait', port: 'replied', to: 'n_tag', count: 1 },
      { from: 'n_wait', port: 'timeout', to: 'n_send', count: 1 },
    ]);
    // Every node but the trigger: incoming edges add up to entered.
    for (const node of ['n_send', 'n_wait', 'n_tag']) {
      const incoming = counts.edges.filter((e) => e.to === node).reduce((n, e) => n + e.count, 0);
      expect(incoming, node).toBe(counts.nodes[node]!.entered);
    }

    const all = await nodeCounts(ctx.db, 'f_n');
    expect(all.nodes.n_wait).toEqual({ entered: 7, waitingNow: 3, completed: 2, failed: 0 });
    expect(await nodeCounts(ctx.db, 'f_none', 1)).toEqual({ nodes: {}, edges: [] });
  });

  it('terminates a journey from outside: terminal status, reason and an end step on its timeline; late steps change nothing', async () => {
    await upsertJourney(ctx.db, {
      id: 'wf-t',
      flowId: 'f_t',
      flowVersion: 1,
      customerId: 'c1',
      reentryKey: 'run:f_t:c1',
    });
    const p = new Path('wf-t').pass('n_trigger', 'out').enter('n_branch').leave('n_branch', 'yes').enter('n_next');
    await applySteps(ctx.db, p.steps.slice(0, 3));
    await setAttention(ctx.db, 'wf-t', { kind: 'workflow_task_failing', attempts: 7, failure: 'boom' });

    const closed = await closeJourney(ctx.db, 'wf-t', {
      status: 'terminated',
      reason: 'stuck at the branch',
      by: 'ops',
    });
    expect(closed).toMatchObject({
      status: 'terminated',
      outcome: 'terminated',
      endReason: 'stuck at the branch',
      attention: null,
      attentionDetail: null,
      reentryKey: null,
      lastSeq: 4,
    });
    expect(closed?.endedAt).toBeInstanceOf(Date);
    const steps = await getSteps(ctx.db, 'wf-t');
    expect(steps.at(-1)).toMatchObject({
      seq: 4,
      type: 'end',
      status: 'terminated',
      detail: { outcome: 'terminated', reason: 'stuck at the branch', by: 'ops' },
    });

    // A step the workflow wrote before it was terminated, arriving late, neither replaces the end nor moves the row.
    expect(await applySteps(ctx.db, p.steps.slice(3))).toEqual({ inserted: 1 });
    expect(await getJourney(ctx.db, 'wf-t')).toMatchObject({ status: 'terminated', endReason: 'stuck at the branch' });
    // Closing twice is harmless; an unknown journey is null.
    expect((await closeJourney(ctx.db, 'wf-t', { status: 'cancelled', reason: 'again' }))?.endReason).toBe(
      'stuck at the branch',
    );
    expect(await closeJourney(ctx.db, 'nope', { status: 'terminated' })).toBeNull();
  });

  it('flags journeys that need attention and lists them with a query; the background check takes the oldest first', async () => {
    for (const id of ['wf-a1', 'wf-a2', 'wf-a3']) {
      await upsertJourney(ctx.db, { id, flowId: 'f_att', flowVersion: 1, customerId: id });
    }
    const first = await setAttention(ctx.db, 'wf-a1', { kind: 'workflow_task_failing', attempts: 3, failure: 'x' });
    expect(first).toMatchObject({
      attention: 'workflow_task_failing',
      attentionDetail: { kind: 'workflow_task_failing', attempts: 3, activity: null, failure: 'x' },
    });
    const since = first!.attentionSince!;
    // Seen again with more attempts: the detail moves on, `since` stays.
    const again = await setAttention(ctx.db, 'wf-a1', { kind: 'workflow_task_failing', attempts: 9, failure: 'x' });
    expect(again?.attentionSince?.getTime()).toBe(since.getTime());
    expect(again?.attentionDetail).toMatchObject({ attempts: 9 });
    await setAttention(ctx.db, 'wf-a2', { kind: 'activity_failing', attempts: 4, activity: 'channel.send' });
    await setAttention(ctx.db, 'wf-a3', null);

    const flagged = await listJourneys(ctx.db, { flowId: 'f_att', attention: true });
    expect(flagged.items.map((j) => j.id).sort()).toEqual(['wf-a1', 'wf-a2']);
    expect((await listJourneys(ctx.db, { flowId: 'f_att', attention: false })).items.map((j) => j.id)).toEqual([
      'wf-a3',
    ]);

    // Recovered: cleared. An ended journey is never flagged.
    await setAttention(ctx.db, 'wf-a2', null);
    await setJourneyStatus(ctx.db, 'wf-a3', { status: 'completed' });
    expect(await setAttention(ctx.db, 'wf-a3', { kind: 'activity_failing', attempts: 5 })).toMatchObject({
      attention: null,
    });
    expect((await listJourneys(ctx.db, { flowId: 'f_att', attention: true })).items.map((j) => j.id)).toEqual([
      'wf-a1',
    ]);

    // Never-checked running journeys come first; the ones just checked wait for their turn.
    await upsertJourney(ctx.db, { id: 'wf-a4', flowId: 'f_att', flowVersion: 1, customerId: 'c4' });
    const next = await journeysToCheck(ctx.db, { limit: 500, minAgeMs: 60_000 });
    const ids = next.map((j) => j.id);
    expect(ids).toContain('wf-a4');
    expect(ids).not.toContain('wf-a1');
    expect(ids).not.toContain('wf-a3');
    expect(next.every((j) => j.status === 'running')).toBe(true);
    expect(next.findIndex((j) => j.checkedAt !== null)).toBe(-1);
    const all = await journeysToCheck(ctx.db, { limit: 500, minAgeMs: 0 });
    expect(all.map((j) => j.id)).toContain('wf-a1');
    expect(await journeysToCheck(ctx.db, { limit: 1, minAgeMs: 0 })).toHaveLength(1);
  });
});
