import { describe, expect, it } from 'vitest';
import { compile } from '../compiler';
import type { FlowDocumentInput } from '../document';
import { ActivityError, type Effects } from '../effects';
import type { Controls, JourneyInput, StepRecord } from '../journey';
import type { Plan } from '../plan';
import { simulate } from '../simulator';
import { runJourney } from './interpreter';
import { deliver, initialState } from './state';

const T0 = Date.parse('2026-03-02T13:00:00Z');

function plan(nodes: FlowDocumentInput['nodes'], edges: [string, string, string][]): Plan {
  const result = compile({
    schemaVersion: 2,
    id: 'f_test',
    name: 'Test',
    settings: { reentry: 'every_time', transactional: false },
    nodes: [{ id: 'n_trigger', kind: 'trigger.manual', params: {} }, ...nodes],
    edges: edges.map(([from, port, to], i) => ({ id: `e_${i}`, from, port, to })),
  });
  if (!result.ok) throw new Error(JSON.stringify(result.diagnostics, null, 2));
  return result.plan;
}

function input(p: Plan): JourneyInput {
  return {
    plan: p,
    flowVersion: 1,
    event: { id: 'evt-1', type: 'manual', customerId: 'c_1', time: new Date(T0).toISOString(), data: {} },
    customer: { id: 'c_1', name: 'Ana', locale: 'es', timeZone: 'America/Santiago' },
  };
}

/**
 * Effects driven by the test: time moves only when a wait starts, by `advance` (a function of the wait's
 * deadline), and activities answer from `answers`.
 */
function effects(opts: {
  answers?: (name: string, input: unknown, calls: number) => unknown;
  onWait?: (deadline: number | null, now: number) => number;
  continueAsNew?: () => boolean;
}) {
  let now = T0;
  const steps: StepRecord[] = [];
  const calls: { name: string; input: unknown; key: string }[] = [];
  const fx: Effects = {
    journeyId: 'j-1',
    now: () => now,
    async waitUntil(ready, deadline) {
      if (ready()) return true;
      now = opts.onWait ? opts.onWait(deadline, now) : (deadline ?? now);
      return ready();
    },
    async callActivity(name, activityInput, _options, meta) {
      calls.push({ name, input: activityInput, key: meta.idempotencyKey });
      const answer = opts.answers?.(name, activityInput, calls.filter((c) => c.name === name).length);
      if (answer instanceof Error) throw answer;
      return answer ?? { messageId: 'm', channel: 'sms', status: 'sent' };
    },
    record: (step) => steps.push(step),
    continueAsNewSuggested: () => opts.continueAsNew?.() ?? false,
    patched: () => true,
  };
  return { fx, steps, calls, now: () => now };
}

/** The input with a list of `n` numbers in the event's data, as `event.data.items`. */
const withItems = (i: JourneyInput, n: number): JourneyInput => ({
  ...i,
  event: { ...i.event, data: { items: Array.from({ length: n }, (_, k) => k) } },
});

const controls = (): Controls => ({ cancelRequested: false, skip: null });

describe('interpreter', () => {
  const replyFlow = () =>
    plan(
      [
        { id: 'n_wait', kind: 'wait.reply', params: { timeout: '1h' } },
        { id: 'n_yes', kind: 'end', params: { outcome: 'replied' } },
        { id: 'n_no', kind: 'end', params: { outcome: 'silent' } },
      ],
      [
        ['n_trigger', 'out', 'n_wait'],
        ['n_wait', 'replied', 'n_yes'],
        ['n_wait', 'timeout', 'n_no'],
      ],
    );

  it('keeps a reply that arrives before the wait starts, and ignores a redelivered one', async () => {
    const p = replyFlow();
    const state = initialState({ plan: p }, T0);
    expect(deliver(state, { kind: 'reply', id: 'r1', text: 'hola', channel: 'sms', at: 'x' })).toBe(true);
    expect(deliver(state, { kind: 'reply', id: 'r1', text: 'hola', channel: 'sms', at: 'x' })).toBe(false);
    const { fx } = effects({});
    const result = await runJourney(input(p), state, controls(), fx);
    expect(result.kind).toBe('finished');
    expect(state.outcome).toBe('replied');
    expect(state.reply?.text).toBe('hola');
    expect(state.inbox).toHaveLength(0);
  });

  it('takes the timeout port when the deadline passes, one hour after the wait began', async () => {
    const p = replyFlow();
    const state = initialState({ plan: p }, T0);
    const { fx, steps } = effects({});
    await runJourney(input(p), state, controls(), fx);
    expect(state.outcome).toBe('silent');
    const wait = steps.find((s) => s.type === 'wait')!;
    expect((wait.detail as { deadline: string }).deadline).toBe(new Date(T0 + 3_600_000).toISOString());
    expect(steps.map((s) => s.seq)).toEqual(steps.map((_, i) => i + 1));
  });

  it('skips a wait on request (leaving by timeout) and cancels mid-wait', async () => {
    const p = replyFlow();
    const skipState = initialState({ plan: p }, T0);
    const skipControls = controls();
    const skip = effects({
      onWait: (_deadline, now) => {
        skipControls.skip = { nodeId: 'n_wait', visit: 1 };
        return now;
      },
    });
    await runJourney(input(p), skipState, skipControls, skip.fx);
    expect(skipState.outcome).toBe('silent');
    expect(skip.now()).toBe(T0);
    expect(skipState.path.at(-2)).toMatchObject({ nodeId: 'n_wait', port: 'timeout' });

    const cancelState = initialState({ plan: p }, T0);
    const cancelControls = controls();
    const cancel = effects({
      onWait: (_d, now) => {
        cancelControls.cancelRequested = true;
        return now;
      },
    });
    await runJourney(input(p), cancelState, cancelControls, cancel.fx);
    expect(cancelState.status).toBe('cancelled');
    expect(cancel.steps.at(-1)!.type).toBe('end');
  });

  it('continues as new inside a wait and resumes it with the same absolute deadline', async () => {
    const p = replyFlow();
    const state = initialState({ plan: p }, T0);
    // The first run starts the wait; history then grows (the second check says so) and it continues as new.
    let checks = 0;
    const first = effects({ continueAsNew: () => checks++ > 0, onWait: (_d, now) => now + 60_000 });
    const r1 = await runJourney(input(p), state, controls(), first.fx);
    expect(r1.kind).toBe('continue');
    expect(state.wait).toMatchObject({ nodeId: 'n_wait', deadline: T0 + 3_600_000, since: T0 });

    // The next run picks the same wait up: no second `wait` step, same deadline.
    const carried = structuredClone(state);
    const second = effects({});
    const r2 = await runJourney(input(p), carried, controls(), second.fx);
    expect(r2.kind).toBe('finished');
    expect(second.now()).toBe(T0 + 3_600_000);
    expect(second.steps.filter((s) => s.type === 'wait')).toHaveLength(0);
    expect(second.steps[0]!.seq).toBe(state.steps + 1);
  });

  it('tries a send deferred by quiet hours again at the time given, with the same idempotency key', async () => {
    const p = plan(
      [
        { id: 'n_send', kind: 'message.send', params: { channel: 'sms', template: 'Hola {{ customer.name }}' } },
        { id: 'n_end', kind: 'end', params: {} },
      ],
      [
        ['n_trigger', 'out', 'n_send'],
        ['n_send', 'sent', 'n_end'],
      ],
    );
    const morning = T0 + 9 * 3_600_000;
    const { fx, calls, now, steps } = effects({
      answers: (_n, _i, count) =>
        count === 1
          ? { messageId: '', channel: 'sms', status: 'deferred', reason: 'quiet_hours', retryAt: morning }
          : { messageId: 'm1', channel: 'sms', status: 'sent' },
    });
    const state = initialState({ plan: p }, T0);
    await runJourney(input(p), state, controls(), fx);
    expect(calls.map((c) => c.key)).toEqual(['j-1:n_send:1', 'j-1:n_send:1']);
    expect((calls[0]!.input as { text: string }).text).toBe('Hola Ana');
    expect(now()).toBe(morning);
    expect(steps.find((s) => s.type === 'wait')?.nodeId).toBe('n_send');
    expect(state.status).toBe('completed');
  });

  it('leaves by the failed port when an activity fails for good, or (a journey from before parking) fails without one', async () => {
    const withPort = plan(
      [
        { id: 'n_send', kind: 'message.send', params: { channel: 'sms', template: 'x' } },
        { id: 'n_ok', kind: 'end', params: { outcome: 'ok' } },
        { id: 'n_bad', kind: 'end', params: { outcome: 'fallback' } },
      ],
      [
        ['n_trigger', 'out', 'n_send'],
        ['n_send', 'sent', 'n_ok'],
        ['n_send', 'failed', 'n_bad'],
      ],
    );
    const a = effects({ answers: () => new ActivityError('channel.send', 'invalid number', 'InvalidRecipient') });
    const s1 = initialState({ plan: withPort }, T0);
    await runJourney(input(withPort), s1, controls(), a.fx);
    expect(s1.outcome).toBe('fallback');

    const without = plan(
      [
        { id: 'n_send', kind: 'message.send', params: { channel: 'sms', template: 'x' } },
        { id: 'n_ok', kind: 'end', params: {} },
      ],
      [
        ['n_trigger', 'out', 'n_send'],
        ['n_send', 'sent', 'n_ok'],
      ],
    );
    const b = effects({ answers: () => new ActivityError('channel.send', 'invalid number', 'InvalidRecipient') });
    b.fx.patched = () => false;
    const s2 = initialState({ plan: without }, T0);
    await runJourney(input(without), s2, controls(), b.fx);
    expect(s2.status).toBe('failed');
    expect(s2.error).toEqual({ nodeId: 'n_send', message: 'invalid number' });
  });

  it('takes else when a condition runs out of budget, and records why on the step', async () => {
    const items = 'event.data.items';
    const p = plan(
      [
        {
          id: 'n_branch',
          kind: 'logic.branch',
          params: { branches: [{ port: 'big', condition: `${items}.map(a, ${items}.map(b, a)).size() > 0` }] },
        },
        { id: 'n_big', kind: 'end', params: { outcome: 'big' } },
        { id: 'n_else', kind: 'end', params: { outcome: 'else' } },
      ],
      [
        ['n_trigger', 'out', 'n_branch'],
        ['n_branch', 'big', 'n_big'],
        ['n_branch', 'else', 'n_else'],
      ],
    );
    const run = effects({});
    const state = initialState({ plan: p }, T0);
    const bomb = withItems(input(p), 1000);
    await runJourney(bomb, state, controls(), run.fx);
    expect(state.outcome).toBe('else');
    const leave = run.steps.find((s) => s.type === 'leave' && s.nodeId === 'n_branch');
    expect(leave?.port).toBe('else');
    expect(leave?.detail).toMatchObject({ problems: [{ port: 'big', code: 'expr_budget' }] });
  });

  it('fails the journey with the reason when a variable cannot be computed, instead of retrying forever', async () => {
    const items = 'event.data.items';
    const p = plan(
      [
        {
          id: 'n_set',
          kind: 'logic.set',
          params: { name: 'pairs', value: `${items}.map(a, ${items}.map(b, a)).size()` },
        },
        { id: 'n_end', kind: 'end', params: {} },
      ],
      [
        ['n_trigger', 'out', 'n_set'],
        ['n_set', 'out', 'n_end'],
      ],
    );
    const run = effects({});
    const state = initialState({ plan: p }, T0);
    const bomb = withItems(input(p), 1000);
    await runJourney(bomb, state, controls(), run.fx);
    expect(state.status).toBe('failed');
    expect(state.error).toMatchObject({ nodeId: 'n_set', code: 'expr_budget' });
    expect(state.error?.es).toMatch(/demasiado trabajo/);
    // Without the patch (a journey recorded before it), the error still reaches the workflow task as before.
    const old = effects({});
    old.fx.patched = () => false;
    await expect(runJourney(bomb, initialState({ plan: p }, T0), controls(), old.fx)).rejects.toThrow(/too much work/);
  });

  it('bounds a loop: "remind up to 3 times" sends three reminders, then leaves by done', async () => {
    const p = plan(
      [
        { id: 'n_wait', kind: 'wait.event', params: { eventType: 'payment.succeeded', timeout: '2d' } },
        { id: 'n_loop', kind: 'logic.loop', params: { times: 3 } },
        {
          id: 'n_remind',
          kind: 'message.send',
          params: { channel: 'sms', template: 'Recordatorio {{ string(nodes.n_loop.count) }}' },
        },
        { id: 'n_paid', kind: 'end', params: { outcome: 'paid' } },
        { id: 'n_gave_up', kind: 'end', params: { outcome: 'gave_up' } },
      ],
      [
        ['n_trigger', 'out', 'n_wait'],
        ['n_wait', 'received', 'n_paid'],
        ['n_wait', 'timeout', 'n_loop'],
        ['n_loop', 'again', 'n_remind'],
        ['n_remind', 'sent', 'n_wait'],
        ['n_loop', 'done', 'n_gave_up'],
      ],
    );
    const { fx, calls } = effects({});
    const state = initialState({ plan: p }, T0);
    await runJourney(input(p), state, controls(), fx);
    expect(state.outcome).toBe('gave_up');
    expect(calls.map((c) => (c.input as { text: string }).text)).toEqual([
      'Recordatorio 1',
      'Recordatorio 2',
      'Recordatorio 3',
    ]);
    expect(calls.map((c) => c.key)).toEqual(['j-1:n_remind:1', 'j-1:n_remind:2', 'j-1:n_remind:3']);
    expect(state.visits.n_wait).toBe(4);
  });

  it('lets an event filter see the arriving event, and keeps non-matching events for later', async () => {
    const p = plan(
      [
        {
          id: 'n_wait',
          kind: 'wait.event',
          params: { eventType: 'order.created', filter: 'event.data.total > 10000.0', timeout: '7d' },
        },
        { id: 'n_goal', kind: 'goal', params: { name: 'big_order' } },
        { id: 'n_none', kind: 'end', params: { outcome: 'none' } },
      ],
      [
        ['n_trigger', 'out', 'n_wait'],
        ['n_wait', 'received', 'n_goal'],
        ['n_wait', 'timeout', 'n_none'],
      ],
    );
    const result = await simulate(p, {
      name: 'two orders',
      event: { type: 'manual' },
      customer: { id: 'c_1' },
      inputs: [
        { after: '1d', event: 'order.created', data: { total: 5000 } },
        { after: '2d', event: 'order.created', data: { total: 25000 } },
      ],
    });
    expect(result.outcome).toBe('big_order');
    expect(result.state.goals).toEqual(['big_order']);
    expect(result.state.outputs.n_wait).toEqual({ type: 'order.created', data: { total: 25000 } });
    expect(Date.parse(result.endedAt) - Date.parse(result.startedAt)).toBe(2 * 86_400_000);
  });
});
