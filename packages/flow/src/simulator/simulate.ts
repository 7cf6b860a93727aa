import { parseDuration } from '../duration';
import { type ActivityCallMeta, ActivityError, type Effects } from '../effects';
import type { Controls, InboxItem, JourneyInput, JourneyState, Json, StepRecord } from '../journey';
import type { ActivityOptions, Plan } from '../plan';
import { runJourney } from '../runtime/interpreter';
import { deliver, initialState } from '../runtime/state';
import { defaultHandlers, type SimHandler, type SimSendPolicy, type SimulatedMessage } from './handlers';
import { Scenario, type ScenarioInputDoc } from './scenario';

/** A wait the journey went through, as a timer on the simulated clock. */
export interface SimulatedTimer {
  nodeId: string;
  visit: number;
  since: string;
  deadline: string | null;
  /** How it ended: something arrived, the deadline passed, or the simulation stopped while waiting. */
  ended: 'ready' | 'timeout' | 'pending';
  at: string | null;
  /** Why the journey waited, when it was not the flow's own wait (`quiet_hours`, `missing_data`). */
  reason?: string;
  /** For `missing_data`: the placeholders without a value. */
  missing?: string[];
}

/** What a simulation shows: the path, the messages, the timers and the final state. */
export interface SimulationResult {
  scenario: string;
  status: JourneyState['status'] | 'running';
  outcome: string | null;
  /** Node ids in the order the journey left them (the trigger first). */
  path: string[];
  /** Each move with its port and virtual time. */
  moves: { nodeId: string; port: string | null; at: string }[];
  messages: SimulatedMessage[];
  timers: SimulatedTimer[];
  steps: StepRecord[];
  state: JourneyState;
  startedAt: string;
  endedAt: string;
  /**
   * Set when the journey was still waiting at the horizon, with why when the flow did not ask to wait
   * (`missing_data`: a message held because placeholders had no value, listed in `missing`).
   */
  waiting: { nodeId: string; deadline: string | null; reason?: string; missing?: string[] } | null;
  /** Problems with the scenario itself (e.g. an unscripted custom activity). */
  errors: string[];
  /** Whether `expect` in the scenario held; absent without expectations. */
  expectation?: { ok: boolean; problems: string[] };
}

export interface SimulateOptions {
  /** Activity implementations by name; built-in defaults cover channels, CRM and handoffs. */
  handlers?: Record<string, SimHandler>;
  /** Contact rules applied to simulated sends (quiet hours, caps, consent); none when absent. */
  sendPolicy?: (customer: Scenario['customer']) => SimSendPolicy;
}

class HorizonReached extends Error {}

/**
 * Plays a journey on a virtual clock with scripted activity results and customer replies. The same
 * interpreter runs here as in production, so the path is the one a real customer would take.
 */
export async function simulate(
  plan: Plan,
  scenarioDoc: ScenarioInputDoc,
  options: SimulateOptions = {},
): Promise<SimulationResult> {
  const scenario = Scenario.parse(scenarioDoc);
  const start = Date.parse(scenario.start);
  const horizon = start + (parseDuration(scenario.horizon) ?? 0);
  const journeyId = `sim-${plan.flowId}-${scenario.customer.id}`;
  let now = start;
  const steps: StepRecord[] = [];
  const messages: SimulatedMessage[] = [];
  const errors: string[] = [];
  const calls = new Map<string, number>();

  const pending = scenario.inputs
    .map((input, index) => ({ at: start + (parseDuration(input.after) ?? 0), index, input }))
    .sort((a, b) => a.at - b.at || a.index - b.index);

  const input: JourneyInput = {
    plan,
    flowVersion: 0,
    event: {
      id: scenario.event.id ?? `evt-${scenario.customer.id}`,
      type: scenario.event.type,
      customerId: scenario.customer.id,
      time: new Date(start).toISOString(),
      data: scenario.event.data as Record<string, Json>,
    },
    customer: scenario.customer as JourneyInput['customer'],
  };
  const state = initialState(input, start);
  const controls: Controls = { cancelRequested: false, skip: null };
  const policy = options.sendPolicy?.(scenario.customer);
  const handlers = { ...defaultHandlers(scenario, messages, policy), ...options.handlers };

  const arrive = () => {
    while (pending.length > 0 && pending[0]!.at <= now) {
      const { at, index, input: i } = pending.shift()!;
      const iso = new Date(at).toISOString();
      const item: InboxItem =
        'reply' in i
          ? { kind: 'reply', id: `reply-${index}`, text: i.reply, channel: i.channel, at: iso }
          : 'event' in i
            ? { kind: 'event', id: `event-${index}`, type: i.event, data: i.data as Record<string, Json>, at: iso }
            : {
                kind: 'handoff',
                id: `handoff-${index}`,
                resolution: i.handoff,
                at: iso,
                ...(i.agent ? { agent: i.agent } : {}),
              };
      if (item.kind === 'reply') messages.push({ at: iso, direction: 'in', channel: item.channel, text: item.text });
      deliver(state, item);
    }
  };

  const fx: Effects = {
    journeyId,
    now: () => now,
    async waitUntil(ready, deadline) {
      for (;;) {
        arrive();
        if (ready()) return true;
        const nextInput = pending[0]?.at;
        const limit = deadline ?? Number.POSITIVE_INFINITY;
        if (nextInput !== undefined && nextInput <= limit) {
          if (nextInput > horizon) throw new HorizonReached();
          now = Math.max(now, nextInput);
          continue;
        }
        if (limit > horizon) throw new HorizonReached();
        now = Math.max(now, limit);
        return false;
      }
    },
    async callActivity(name: string, activityInput: unknown, _options: ActivityOptions, meta: ActivityCallMeta) {
      // Scripted by node id: the node's own activity (a bot node's search, not the send that follows it).
      const own = plan.nodes[meta.nodeId]?.activity?.name === name;
      const scripted = (own ? scenario.activities[meta.nodeId] : undefined) ?? scenario.activities[name];
      if (scripted !== undefined) {
        const key = `${meta.nodeId}:${name}`;
        const n = calls.get(key) ?? 0;
        calls.set(key, n + 1);
        const answer = Array.isArray(scripted) ? scripted[Math.min(n, scripted.length - 1)] : scripted;
        if (answer && typeof answer === 'object' && '$fail' in answer) {
          throw new ActivityError(name, String((answer as { $fail: unknown }).$fail));
        }
        if (name === 'channel.send') handlers[name]?.(activityInput, meta, now);
        return answer;
      }
      const handler = handlers[name];
      if (!handler) {
        const message = `No result for activity "${name}" at node ${meta.nodeId}: script it in the scenario's "activities" under "${meta.nodeId}"${name === 'kb.search' ? ', or give the scenario "knowledge" articles to search' : ''}`;
        errors.push(message);
        throw new ActivityError(name, message, 'Unscripted');
      }
      return handler(activityInput, meta, now);
    },
    record: (step) => steps.push(step),
    continueAsNewSuggested: () => false,
    // A simulation always starts fresh, so it takes every change.
    patched: () => true,
  };

  let stopped = false;
  try {
    await runJourney(input, state, controls, fx);
  } catch (err) {
    if (!(err instanceof HorizonReached)) throw err;
    stopped = true;
  }

  const iso = (t: number) => new Date(t).toISOString();
  const result: SimulationResult = {
    scenario: scenario.name,
    status: stopped ? 'running' : state.status,
    outcome: stopped ? null : state.outcome,
    path: steps.filter((s) => s.type === 'leave').map((s) => s.nodeId as string),
    moves: steps
      .filter((s) => s.type === 'leave')
      .map((s) => ({ nodeId: s.nodeId as string, port: s.port, at: iso(s.at) })),
    messages,
    timers: timersOf(steps),
    steps,
    state,
    startedAt: iso(start),
    endedAt: iso(now),
    waiting:
      stopped && state.wait
        ? {
            nodeId: state.wait.nodeId,
            deadline: state.wait.deadline === null ? null : iso(state.wait.deadline),
            ...(state.wait.reason ? { reason: state.wait.reason } : {}),
            ...(state.wait.missing ? { missing: [...state.wait.missing] } : {}),
          }
        : null,
    errors,
  };
  if (scenario.expect) result.expectation = checkExpectation(result, scenario.expect);
  return result;
}

function timersOf(steps: StepRecord[]): SimulatedTimer[] {
  const timers: SimulatedTimer[] = [];
  const open = new Map<string, SimulatedTimer>();
  for (const s of steps) {
    const key = `${s.nodeId}:${s.visit}`;
    if (s.type === 'wait') {
      const detail = (s.detail ?? {}) as { deadline?: string | null; reason?: string; missing?: string[] };
      const timer: SimulatedTimer = {
        nodeId: s.nodeId as string,
        visit: s.visit,
        since: new Date(s.at).toISOString(),
        deadline: detail.deadline ?? null,
        ended: 'pending',
        at: null,
        ...(detail.reason ? { reason: detail.reason } : {}),
        ...(detail.missing ? { missing: detail.missing } : {}),
      };
      const previous = open.get(key);
      if (previous) closeTimer(previous, s.at, previous.deadline !== null && Date.parse(previous.deadline) <= s.at);
      open.set(key, timer);
      timers.push(timer);
    } else if (s.type === 'leave' && open.has(key)) {
      const t = open.get(key)!;
      closeTimer(
        t,
        s.at,
        s.port === 'timeout' || s.port === 'sla_breached' || (t.deadline !== null && Date.parse(t.deadline) <= s.at),
      );
      open.delete(key);
    }
  }
  return timers;
}

function closeTimer(timer: SimulatedTimer, at: number, timedOut: boolean): void {
  timer.ended = timedOut ? 'timeout' : 'ready';
  timer.at = new Date(at).toISOString();
}

function checkExpectation(
  result: SimulationResult,
  expect: NonNullable<Scenario['expect']>,
): { ok: boolean; problems: string[] } {
  const problems: string[] = [];
  if (expect.path && JSON.stringify(expect.path) !== JSON.stringify(result.path)) {
    problems.push(`path: expected ${expect.path.join(' → ')}, got ${result.path.join(' → ')}`);
  }
  if (expect.status && expect.status !== result.status) {
    problems.push(`status: expected ${expect.status}, got ${result.status}`);
  }
  if (expect.outcome && expect.outcome !== result.outcome) {
    problems.push(`outcome: expected ${expect.outcome}, got ${result.outcome}`);
  }
  const sent = result.messages.filter((m) => m.direction === 'out').length;
  if (expect.messages !== undefined && expect.messages !== sent) {
    problems.push(`messages: expected ${expect.messages} sent, got ${sent}`);
  }
  return { ok: problems.length === 0, problems };
}
