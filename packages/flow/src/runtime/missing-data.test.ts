/**
 * The missing-data rule: a message whose placeholder has no value (and no fallback) is never a silent blank.
 * Checked on the interpreter with driven effects and on the simulator, for each rule and for plans from before
 * the rule (which keep their behaviour and do not ask for the patch).
 */
import { describe, expect, it } from 'vitest';
import { compile } from '../compiler';
import type { MissingDataRule } from '../document';
import type { Effects } from '../effects';
import type { Controls, JourneyInput, PendingWait, StepRecord } from '../journey';
import type { Plan } from '../plan';
import { simulate } from '../simulator';
import { runJourney } from './interpreter';
import { MISSING_DATA_PATCH, MISSING_DATA_REASON } from './nodes';
import { ACTIVITY_FAILED_REASON } from './parking';
import { retryRefusal } from './retry';
import { initialState } from './state';

const T0 = Date.parse('2026-03-02T13:00:00Z');

function plan(rule: MissingDataRule | undefined, template: string, failedPort = false): Plan {
  const result = compile({
    schemaVersion: 3,
    id: 'f_eta',
    name: 'ETA',
    settings: { reentry: 'every_time', transactional: true, ...(rule ? { missingData: rule } : {}) },
    nodes: [
      { id: 'n_trigger', kind: 'trigger.event', params: { eventType: 'delivery.delayed' } },
      { id: 'n_msg', kind: 'message.send', params: { channel: 'sms', template } },
      { id: 'n_done', kind: 'end', params: { outcome: 'informed' } },
      ...(failedPort ? [{ id: 'n_not', kind: 'end', params: { outcome: 'not_informed' } }] : []),
    ],
    edges: [
      { id: 'e_1', from: 'n_trigger', port: 'out', to: 'n_msg' },
      { id: 'e_2', from: 'n_msg', port: 'sent', to: 'n_done' },
      ...(failedPort ? [{ id: 'e_3', from: 'n_msg', port: 'failed', to: 'n_not' }] : []),
    ],
  });
  if (!result.ok) throw new Error(JSON.stringify(result.diagnostics, null, 2));
  const p = result.plan;
  if (rule === undefined) {
    // A plan compiled before the rule existed has no `missingData` in its settings.
    const { missingData: _gone, ...settings } = p.settings;
    return { ...p, settings: settings as Plan['settings'] };
  }
  return p;
}

const input = (p: Plan, data: Record<string, string> = {}): JourneyInput => ({
  plan: p,
  flowVersion: 1,
  event: { id: 'evt-1', type: 'delivery.delayed', customerId: 'c_1', time: new Date(T0).toISOString(), data },
  customer: { id: 'c_1', name: 'Ana', locale: 'es' },
});

function effects(skipAfterWait?: Controls) {
  const steps: StepRecord[] = [];
  const sends: { text: string }[] = [];
  const patches: string[] = [];
  const fx: Effects = {
    journeyId: 'j-1',
    now: () => T0,
    async waitUntil(ready) {
      if (ready()) return true;
      // A person skips the held message from Watch.
      if (skipAfterWait) {
        const w = steps.filter((s) => s.type === 'wait').at(-1);
        skipAfterWait.skip = { nodeId: w?.nodeId ?? '', visit: w?.visit ?? 0 };
        return false;
      }
      throw new Error('held forever');
    },
    async callActivity(_name, activityInput) {
      sends.push(activityInput as { text: string });
      return { messageId: 'm1', channel: 'sms', status: 'sent' };
    },
    record: (s) => steps.push(s),
    continueAsNewSuggested: () => false,
    patched: (id) => {
      patches.push(id);
      return true;
    },
  };
  return { fx, steps, sends, patches };
}

async function run(p: Plan, data: Record<string, string> = {}, controls?: Controls) {
  const c = controls ?? { cancelRequested: false, skip: null };
  const e = effects(controls);
  const i = input(p, data);
  const r = await runJourney(i, initialState(i, T0), c, e.fx);
  const leave = e.steps.find((s) => s.type === 'leave' && s.nodeId === 'n_msg');
  return { ...e, state: r.state, leave };
}

describe('missing-data rule in the interpreter', () => {
  it('uses the fallback written in the template under every rule, without asking for the patch', async () => {
    for (const rule of ['fallback', 'hold', 'skip'] as const) {
      const r = await run(plan(rule, 'Tu pedido llega {{ event.data.eta | "pronto" }}'));
      expect(r.sends.map((s) => s.text)).toEqual(['Tu pedido llega pronto']);
      expect(r.patches).toEqual([]);
      expect(r.state.outcome).toBe('informed');
    }
  });

  it('sends the value when it is there', async () => {
    const r = await run(plan('hold', 'Tu pedido llega {{ event.data.eta }}'), { eta: 'mañana' });
    expect(r.sends.map((s) => s.text)).toEqual(['Tu pedido llega mañana']);
    expect(r.patches).toEqual([]);
  });

  it('fallback: sends with the gap and flags the step with the missing value', async () => {
    const r = await run(plan('fallback', 'Tu pedido llega {{ event.data.eta }}'));
    expect(r.sends.map((s) => s.text)).toEqual(['Tu pedido llega ']);
    expect(r.leave?.detail).toMatchObject({ status: 'sent', missing: ['event.data.eta'] });
  });

  it('skip: does not send, leaves by the failed port when connected (else onwards), flagged', async () => {
    const failed = await run(plan('skip', 'Tu pedido llega {{ event.data.eta }}', true));
    expect(failed.sends).toEqual([]);
    expect(failed.patches).toEqual([MISSING_DATA_PATCH]);
    expect(failed.leave).toMatchObject({ port: 'failed', detail: { status: 'skipped', reason: MISSING_DATA_REASON } });
    expect(failed.state.outcome).toBe('not_informed');
    const onwards = await run(plan('skip', 'Tu pedido llega {{ event.data.eta }}'));
    expect(onwards.leave).toMatchObject({ port: 'sent', detail: { missing: ['event.data.eta'] } });
  });

  it('hold: waits at the block with the reason and what is missing, and does not send when skipped', async () => {
    const held = run(plan('hold', 'Hola {{ customer.name }}, llega {{ event.data.eta }}'));
    await expect(held).rejects.toThrow('held forever');
    const controls: Controls = { cancelRequested: false, skip: null };
    const r = await run(plan('hold', 'Hola {{ customer.name }}, llega {{ event.data.eta }}'), {}, controls);
    const wait = r.steps.find((s) => s.type === 'wait');
    expect(wait).toMatchObject({
      nodeId: 'n_msg',
      detail: { deadline: null, reason: MISSING_DATA_REASON, missing: ['event.data.eta'] },
    });
    expect(r.sends).toEqual([]);
    expect(r.leave?.detail).toMatchObject({ status: 'skipped', reason: MISSING_DATA_REASON });
  });

  it('hold, then retry: renders again with the profile as it is now, holds again while a value is missing', async () => {
    const p = plan('hold', 'Hola {{ customer.name }}, tu pedido va en camino');
    const i: JourneyInput = { ...input(p), customer: { id: 'c_1', locale: 'es' } };
    const controls: Controls = { cancelRequested: false, skip: null, retry: null };
    const e = effects();
    // A person retries twice: first before the profile was fixed, then after (as the retryStep update does).
    const profiles = [
      { id: 'c_1', locale: 'es' as const },
      { id: 'c_1', name: 'Ana', locale: 'es' as const },
    ];
    let waits = 0;
    e.fx.waitUntil = async (ready) => {
      if (ready()) return true;
      const profile = profiles[waits++];
      if (!profile) throw new Error('held forever');
      i.customer = profile;
      const w = e.steps.filter((s) => s.type === 'wait').at(-1)!;
      controls.retry = { nodeId: w.nodeId!, visit: w.visit };
      return true;
    };
    const r = await runJourney(i, initialState(i, T0), controls, e.fx);
    expect(r.state.status).toBe('completed');
    expect(e.sends.map((s) => s.text)).toEqual(['Hola Ana, tu pedido va en camino']);
    const atMsg = e.steps
      .filter((s) => s.nodeId === 'n_msg')
      .map((s) => `${s.type}${s.detail && 'retry' in (s.detail as object) ? '(retry)' : ''}`);
    expect(atMsg).toEqual(['enter', 'wait', 'enter(retry)', 'wait', 'enter(retry)', 'leave']);
    expect(e.steps.filter((s) => s.type === 'wait').map((s) => s.detail)).toEqual([
      { deadline: null, reason: MISSING_DATA_REASON, missing: ['customer.name'] },
      { deadline: null, reason: MISSING_DATA_REASON, missing: ['customer.name'] },
    ]);
    expect(controls.retry).toBeNull();
    expect(r.state.outputs.n_msg).toMatchObject({ status: 'sent' });
  });

  it('a plan from before the rule sends the gap as it always did, and never asks for the patch', async () => {
    const r = await run(plan(undefined, 'Tu pedido llega {{ event.data.eta }}'));
    expect(r.sends.map((s) => s.text)).toEqual(['Tu pedido llega ']);
    expect(r.patches).toEqual([]);
    expect(r.leave?.detail).toEqual({ status: 'sent', channel: 'sms' });
  });
});

describe('retryStep validator', () => {
  const held: PendingWait = {
    nodeId: 'n_msg',
    visit: 1,
    kind: 'message.send',
    since: T0,
    deadline: null,
    reason: MISSING_DATA_REASON,
    missing: ['customer.name'],
  };
  const parked: PendingWait = { ...held, kind: 'crm.ticket', reason: ACTIVITY_FAILED_REASON, missing: undefined };

  it("takes a held send, with or without a fresh profile of the journey's customer", () => {
    expect(retryRefusal(held, 'c_1', {})).toBeNull();
    expect(retryRefusal(held, 'c_1', undefined)).toBeNull();
    expect(retryRefusal(held, 'c_1', { nodeId: 'n_msg', customer: { id: 'c_1', name: 'Ana' } })).toBeNull();
    expect(retryRefusal(parked, 'c_1', { nodeId: 'n_msg' })).toBeNull();
  });

  it("refuses another customer's profile, a malformed one, a profile for a parked step, or no such wait", () => {
    expect(retryRefusal(held, 'c_1', { customer: { id: 'c_2', name: 'Otro' } })).toContain('not of this journey');
    expect(retryRefusal(held, 'c_1', { customer: { id: 'c_1', name: 7 } as never })).toContain('name is not text');
    expect(retryRefusal(held, 'c_1', { customer: { id: 'c_1', locale: 'fr' } as never })).toContain('locale');
    expect(retryRefusal(held, 'c_1', { customer: null as never })).toContain('no id');
    expect(retryRefusal(parked, 'c_1', { customer: { id: 'c_1' } })).toContain('only taken by a journey holding');
    expect(retryRefusal(held, 'c_1', { nodeId: 'n_other' })).toContain('waits at n_msg, not at n_other');
    expect(retryRefusal({ ...held, reason: 'quiet_hours' }, 'c_1', {})).toContain('not parked');
    expect(retryRefusal(null, 'c_1', {})).toContain('not parked');
  });
});

describe('missing-data rule in the simulator', () => {
  const scenario = (data: Record<string, string>) => ({
    name: 'x',
    event: { type: 'delivery.delayed', data },
    customer: { id: 'c_1', name: 'Ana', locale: 'es' as const },
  });

  it('hold: the simulation stops waiting at the message, saying why and what is missing', async () => {
    const r = await simulate(plan('hold', 'Llega {{ event.data.eta }}'), scenario({}));
    expect(r.status).toBe('running');
    expect(r.waiting).toMatchObject({
      nodeId: 'n_msg',
      deadline: null,
      reason: MISSING_DATA_REASON,
      missing: ['event.data.eta'],
    });
    expect(r.messages).toEqual([]);
    expect(r.timers[0]).toMatchObject({ nodeId: 'n_msg', reason: MISSING_DATA_REASON, missing: ['event.data.eta'] });
  });

  it('skip and fallback play as in production', async () => {
    const skipped = await simulate(plan('skip', 'Llega {{ event.data.eta }}', true), scenario({}));
    expect(skipped.outcome).toBe('not_informed');
    expect(skipped.messages).toEqual([]);
    const sent = await simulate(plan('fallback', 'Llega {{ event.data.eta }}'), scenario({}));
    expect(sent.messages.map((m) => m.text)).toEqual(['Llega ']);
    const full = await simulate(plan('hold', 'Llega {{ event.data.eta }}'), scenario({ eta: 'hoy' }));
    expect(full.messages.map((m) => m.text)).toEqual(['Llega hoy']);
  });
});
