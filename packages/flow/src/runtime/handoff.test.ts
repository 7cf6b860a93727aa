import { describe, expect, it } from 'vitest';
import { compile } from '../compiler';
import type { Effects } from '../effects';
import type { JourneyInput, StepRecord } from '../journey';
import type { Plan } from '../plan';
import { runJourney } from './interpreter';
import { HANDOFF_TEAM_CALENDAR_PATCH } from './nodes';
import { initialState } from './state';

// Monday 2026-03-02 10:00 in Santiago (UTC-3).
const T0 = Date.parse('2026-03-02T13:00:00Z');
const TEAM_DEADLINE = '2026-03-05T20:00:00.000Z';

function plan(): Plan {
  const result = compile({
    schemaVersion: 2,
    id: 'f_handoff',
    name: 'Handoff',
    nodes: [
      { id: 'n_trigger', kind: 'trigger.event', params: { eventType: 'complaint' } },
      { id: 'n_handoff', kind: 'handoff', params: { sla: '2h', queue: 'support' } },
      { id: 'n_ok', kind: 'end', params: { outcome: 'resolved' } },
      { id: 'n_late', kind: 'end', params: { outcome: 'breached' } },
    ],
    edges: [
      { id: 'e_1', from: 'n_trigger', port: 'out', to: 'n_handoff' },
      { id: 'e_2', from: 'n_handoff', port: 'resolved', to: 'n_ok' },
      { id: 'e_3', from: 'n_handoff', port: 'sla_breached', to: 'n_late' },
    ],
  });
  if (!result.ok) throw new Error(JSON.stringify(result.diagnostics, null, 2));
  return result.plan;
}

/** Runs the journey until its SLA timer fires, recording the open call and the deadline it waited for. */
async function run(patched: boolean, opened: Record<string, unknown>) {
  const p = plan();
  const input: JourneyInput = {
    plan: p,
    flowVersion: 1,
    event: { id: 'evt-1', type: 'complaint', customerId: 'c_1', time: new Date(T0).toISOString(), data: {} },
    customer: { id: 'c_1', name: 'Ana', locale: 'es', timeZone: 'America/Santiago' },
  };
  const calls: Record<string, unknown>[] = [];
  const deadlines: (number | null)[] = [];
  const steps: StepRecord[] = [];
  const fx: Effects = {
    journeyId: 'j-1',
    now: () => T0,
    async waitUntil(ready, deadline) {
      deadlines.push(deadline);
      return ready();
    },
    async callActivity(_name, activityInput) {
      calls.push(activityInput as Record<string, unknown>);
      return opened;
    },
    record: (s) => steps.push(s),
    continueAsNewSuggested: () => false,
    patched: (id) => id === HANDOFF_TEAM_CALENDAR_PATCH && patched,
  };
  const r = await runJourney(input, initialState(input, T0), { cancelRequested: false, skip: null }, fx);
  return { calls, deadlines, outcome: r.state.outcome };
}

describe('handoff SLA', () => {
  it("passes its SLA to the case store and waits until the deadline the team's calendar set", async () => {
    const r = await run(true, { handoffId: 'H-1', slaDeadline: TEAM_DEADLINE });
    expect(r.calls[0]).toMatchObject({ slaMs: 2 * 3_600_000, queue: 'support' });
    // The flow's own count (Mon 10:00 + 2 business hours in Santiago) is what the store gets as a fallback.
    expect(r.calls[0]?.slaDeadline).toBe('2026-03-02T15:00:00.000Z');
    expect(r.deadlines).toEqual([Date.parse(TEAM_DEADLINE)]);
    expect(r.outcome).toBe('breached');
  });

  it("keeps the flow's deadline when the store returns none", async () => {
    const r = await run(true, { handoffId: 'H-1' });
    expect(r.deadlines).toEqual([Date.parse('2026-03-02T15:00:00.000Z')]);
  });

  it('journeys recorded before the patch neither pass the SLA nor take the stored deadline', async () => {
    const r = await run(false, { handoffId: 'H-1', slaDeadline: TEAM_DEADLINE });
    expect(r.calls[0]).not.toHaveProperty('slaMs');
    expect(r.deadlines).toEqual([Date.parse('2026-03-02T15:00:00.000Z')]);
  });
});
