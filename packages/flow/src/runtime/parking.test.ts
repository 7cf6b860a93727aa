import { describe, expect, it } from 'vitest';
import { compile } from '../compiler';
import type { FlowDocumentInput } from '../document';
import { ActivityError, type Effects } from '../effects';
import type { Controls, JourneyInput, StepRecord } from '../journey';
import type { Plan } from '../plan';
import { simulate } from '../simulator';
import { runJourney } from './interpreter';
import { ACTIVITY_FAILED_REASON, ACTIVITY_FAILURE_PARKS } from './parking';
import { initialState } from './state';

const T0 = Date.parse('2026-03-02T13:00:00Z');

function plan(nodes: FlowDocumentInput['nodes'], edges: [string, string, string][]): Plan {
  const result = compile({
    schemaVersion: 3,
    id: 'f_park',
    name: 'Park',
    settings: { reentry: 'every_time', transactional: false },
    nodes: [{ id: 'n_trigger', kind: 'trigger.manual', params: {} }, ...nodes],
    edges: edges.map(([from, port, to], i) => ({ id: `e_${i}`, from, port, to })),
  });
  if (!result.ok) throw new Error(JSON.stringify(result.diagnostics, null, 2));
  return result.plan;
}

const input = (p: Plan): JourneyInput => ({
  plan: p,
  flowVersion: 1,
  event: { id: 'evt-1', type: 'manual', customerId: 'c_1', time: new Date(T0).toISOString(), data: {} },
  customer: { id: 'c_1', name: 'Ana', locale: 'es', timeZone: 'America/Santiago' },
});

/** A ticket node whose `failed` port is not connected, then a note and an end. */
const ticketFlow = () =>
  plan(
    [
      { id: 'n_ticket', kind: 'crm.ticket', params: { subject: 'Revisar', queue: 'soporte' } },
      { id: 'n_end', kind: 'end', params: { outcome: 'done' } },
    ],
    [
      ['n_trigger', 'out', 'n_ticket'],
      ['n_ticket', 'out', 'n_end'],
    ],
  );

/**
 * Effects where the activity fails until `heal()` is called, and every wait hands control to `decide`, which may set
 * the journey's controls (a person's decision) or ask to continue as new.
 */
function harness(decide: (controls: Controls, waits: number) => 'continue' | undefined) {
  const controls: Controls = { cancelRequested: false, skip: null, retry: null };
  const steps: StepRecord[] = [];
  const calls: string[] = [];
  const patches: string[] = [];
  let healthy = false;
  let waits = 0;
  let continueNow = false;
  const fx: Effects = {
    journeyId: 'j-1',
    now: () => T0,
    async waitUntil(ready) {
      if (ready()) return true;
      waits += 1;
      if (decide(controls, waits) === 'continue') continueNow = true;
      return ready();
    },
    async callActivity(name, _input, _options, meta) {
      calls.push(`${name}@${meta.idempotencyKey}`);
      if (!healthy) throw new ActivityError(name, 'CRM answered 500', 'CrmUnavailable');
      return { ticketId: 't_1' };
    },
    record: (step) => steps.push(step),
    continueAsNewSuggested: () => continueNow,
    patched: (id) => {
      patches.push(id);
      return true;
    },
  };
  return {
    fx,
    controls,
    steps,
    calls,
    patches,
    heal: () => {
      healthy = true;
    },
    resetContinue: () => {
      continueNow = false;
    },
  };
}

describe('an activity that fails for good parks the journey', () => {
  it('waits at the node with reason activity_failed and what failed, for a decision', async () => {
    const p = ticketFlow();
    const h = harness((controls) => {
      controls.cancelRequested = true;
      return undefined;
    });
    const state = initialState({ plan: p }, T0);
    await runJourney(input(p), state, h.controls, h.fx);
    const wait = h.steps.find((s) => s.type === 'wait');
    expect(wait).toMatchObject({
      nodeId: 'n_ticket',
      visit: 1,
      detail: {
        deadline: null,
        reason: ACTIVITY_FAILED_REASON,
        failure: { activity: 'crm.upsertTicket', message: 'CRM answered 500', type: 'CrmUnavailable' },
      },
    });
    expect(h.patches).toEqual([ACTIVITY_FAILURE_PARKS]);
    expect(state.status).toBe('cancelled');
    expect(state.error).toBeNull();
  });

  it('retry runs the activity again with the same idempotency key, and the journey goes on', async () => {
    const p = ticketFlow();
    let h: ReturnType<typeof harness> | undefined;
    h = harness((controls, waits) => {
      // The first retry fails again (parks again); after the fix the second succeeds.
      if (waits === 2) h!.heal();
      controls.retry = { nodeId: 'n_ticket', visit: 1 };
      return undefined;
    });
    const state = initialState({ plan: p }, T0);
    await runJourney(input(p), state, h.controls, h.fx);
    expect(h.calls).toEqual([
      'crm.upsertTicket@j-1:n_ticket:1',
      'crm.upsertTicket@j-1:n_ticket:1',
      'crm.upsertTicket@j-1:n_ticket:1',
    ]);
    expect(state).toMatchObject({ status: 'completed', outcome: 'done', ticketId: 't_1' });
    const atTicket = h.steps
      .filter((s) => s.nodeId === 'n_ticket')
      .map((s) => `${s.type}${s.detail && 'retry' in (s.detail as object) ? '(retry)' : ''}`);
    expect(atTicket).toEqual(['enter', 'wait', 'enter(retry)', 'wait', 'enter(retry)', 'leave']);
    expect(h.controls.retry).toBeNull();
  });

  it('skip leaves by the main port with an empty output', async () => {
    const p = ticketFlow();
    const h = harness((controls) => {
      controls.skip = { nodeId: 'n_ticket', visit: 1 };
      return undefined;
    });
    const state = initialState({ plan: p }, T0);
    await runJourney(input(p), state, h.controls, h.fx);
    expect(state).toMatchObject({ status: 'completed', outcome: 'done', ticketId: null });
    expect(state.outputs.n_ticket).toEqual({});
    expect(h.steps.find((s) => s.type === 'leave' && s.nodeId === 'n_ticket')).toMatchObject({
      port: 'out',
      detail: { skipped: true, error: 'CRM answered 500' },
    });
    expect(h.calls).toHaveLength(1);
  });

  it('skipping a survey whose question could not be sent leaves by timeout; a lookup by not_found when connected', async () => {
    const survey = plan(
      [
        {
          id: 'n_survey',
          kind: 'survey.csat',
          params: { channel: 'sms', question: '¿Nota?', scale: 5, timeout: '1d' },
        },
        { id: 'n_ok', kind: 'end', params: { outcome: 'answered' } },
        { id: 'n_none', kind: 'end', params: { outcome: 'no_answer' } },
      ],
      [
        ['n_trigger', 'out', 'n_survey'],
        ['n_survey', 'answered', 'n_ok'],
        ['n_survey', 'timeout', 'n_none'],
      ],
    );
    const h = harness((controls) => {
      controls.skip = { nodeId: 'n_survey', visit: 1 };
      return undefined;
    });
    const state = initialState({ plan: survey }, T0);
    await runJourney(input(survey), state, h.controls, h.fx);
    expect(state.outcome).toBe('no_answer');

    const lookup = plan(
      [
        { id: 'n_lookup', kind: 'crm.lookup', params: { by: 'id' } },
        { id: 'n_found', kind: 'end', params: { outcome: 'found' } },
        { id: 'n_missing', kind: 'end', params: { outcome: 'missing' } },
      ],
      [
        ['n_trigger', 'out', 'n_lookup'],
        ['n_lookup', 'found', 'n_found'],
        ['n_lookup', 'not_found', 'n_missing'],
      ],
    );
    const l = harness((controls) => {
      controls.skip = { nodeId: 'n_lookup', visit: 1 };
      return undefined;
    });
    const s2 = initialState({ plan: lookup }, T0);
    await runJourney(input(lookup), s2, l.controls, l.fx);
    expect(s2.outcome).toBe('missing');
  });

  it('a journey that continues as new while parked goes back to its decision without calling the activity again', async () => {
    const p = ticketFlow();
    const first = harness(() => 'continue');
    const state = initialState({ plan: p }, T0);
    const r1 = await runJourney(input(p), state, first.controls, first.fx);
    expect(r1.kind).toBe('continue');
    expect(state.wait).toMatchObject({
      nodeId: 'n_ticket',
      reason: ACTIVITY_FAILED_REASON,
      failure: { activity: 'crm.upsertTicket' },
    });

    const carried = structuredClone(state);
    const second = harness((controls) => {
      second.heal();
      controls.retry = { nodeId: 'n_ticket', visit: 1 };
      return undefined;
    });
    const r2 = await runJourney(input(p), carried, second.controls, second.fx);
    expect(r2.kind).toBe('finished');
    expect(carried.status).toBe('completed');
    // One call: the retry. The resumed run neither called the activity on its way in nor recorded a second wait first.
    expect(second.calls).toEqual(['crm.upsertTicket@j-1:n_ticket:1']);
    expect(second.steps.map((s) => s.type).slice(0, 2)).toEqual(['enter', 'leave']);
  });

  it('a connected failed port still wins, and a journey from before the patch fails as it did', async () => {
    const withPort = plan(
      [
        { id: 'n_send', kind: 'message.send', params: { channel: 'sms', template: 'Hola' } },
        { id: 'n_end', kind: 'end', params: { outcome: 'done' } },
        { id: 'n_bad', kind: 'end', params: { outcome: 'fallback' } },
      ],
      [
        ['n_trigger', 'out', 'n_send'],
        ['n_send', 'sent', 'n_end'],
        ['n_send', 'failed', 'n_bad'],
      ],
    );
    const a = harness(() => undefined);
    const s1 = initialState({ plan: withPort }, T0);
    await runJourney(input(withPort), s1, a.controls, a.fx);
    expect(s1.outcome).toBe('fallback');
    expect(a.patches).toEqual([]);

    const p = ticketFlow();
    const b = harness(() => undefined);
    b.fx.patched = () => false;
    const s2 = initialState({ plan: p }, T0);
    await runJourney(input(p), s2, b.controls, b.fx);
    expect(s2.status).toBe('failed');
    expect(s2.error).toEqual({ nodeId: 'n_ticket', message: 'CRM answered 500' });
  });

  it('the simulator shows a parked journey as waiting at the node, saying why', async () => {
    const p = ticketFlow();
    const r = await simulate(p, {
      name: 'crm down',
      event: { type: 'manual', data: {} },
      customer: { id: 'c_1', name: 'Ana', locale: 'es' },
      activities: { n_ticket: { $fail: 'CRM answered 500' } },
    });
    expect(r.status).toBe('running');
    expect(r.waiting).toMatchObject({ nodeId: 'n_ticket', deadline: null, reason: ACTIVITY_FAILED_REASON });
  });
});
