import { type Plan, parseDuration, type Scenario, type SimulationResult, type StepRecord } from '@ruta/flow';
import type { WorkerStore } from '@ruta/workers';
import {
  eventSignal,
  handoffSignal,
  type JourneyResult,
  type LiveState,
  replySignal,
  skipWaitUpdate,
  stateQuery,
} from '@ruta/workflows/definitions';
import type { Client, WorkflowHandle } from '@temporalio/client';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { journeyInput } from './engine';

interface TimedInput {
  at: number;
  index: number;
  input: Scenario['inputs'][number];
}

function timeline(scenario: Scenario, startMs: number): TimedInput[] {
  return (scenario.inputs ?? [])
    .map((input, index) => ({ at: startMs + (parseDuration(input.after) ?? 0), index, input }))
    .sort((a, b) => a.at - b.at || a.index - b.index);
}

/** Sends one scenario input to a journey as the signal production would send. */
async function send(handle: WorkflowHandle, t: TimedInput, at: string): Promise<void> {
  const i = t.input;
  if ('reply' in i)
    await handle.signal(replySignal, { id: `reply-${t.index}`, text: i.reply, channel: i.channel ?? 'whatsapp', at });
  else if ('event' in i)
    await handle.signal(eventSignal, { id: `event-${t.index}`, type: i.event, data: (i.data ?? {}) as never, at });
  else
    await handle.signal(handoffSignal, {
      id: `handoff-${t.index}`,
      resolution: i.handoff,
      at,
      ...(i.agent ? { agent: i.agent } : {}),
    });
}

/** Waits until the step store holds the journey's end step, and returns the node ids it left, in order. */
export async function storedPath(
  store: WorkerStore,
  workflowId: string,
  timeoutMs = 60_000,
): Promise<{ path: string[]; steps: StepRecord[] }> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const steps = await store.listSteps(workflowId);
    const ended = steps.some((s) => s.type === 'end');
    const complete = steps.length > 0 && steps[steps.length - 1]!.seq === steps.length;
    if ((ended && complete) || Date.now() > until) {
      return { path: steps.filter((s) => s.type === 'leave').map((s) => s.nodeId as string), steps };
    }
    await new Promise((r) => setTimeout(r, 50));
  }
}

/**
 * Plays a scenario on the real dev server (real time), following the simulator's timers: at each wait the
 * inputs that had arrived by the time the simulated wait ended are signalled, and a wait the simulator saw
 * time out is skipped (the `skipWait` update takes its timeout port at once). A wait the simulator never had
 * (a business-hours window that was already open in the scenario's clock) is skipped too.
 */
export async function playOnDevServer(
  client: Client,
  taskQueue: string,
  plan: Plan,
  scenario: Scenario,
  sim: SimulationResult,
  workflowId: string,
): Promise<{ result: JourneyResult; handle: WorkflowHandle }> {
  const simStart = Date.parse(sim.startedAt);
  const pending = timeline(scenario, simStart);
  const handle = await client.workflow.start('journey', {
    taskQueue,
    workflowId,
    args: [journeyInput(plan, scenario, `evt-${workflowId}`, new Date().toISOString())],
  });
  let timerIndex = 0;
  let lastWait = '';
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (Date.now() > deadline) throw new Error(`${workflowId}: the journey did not finish in 30 s`);
    let live: LiveState;
    try {
      live = await handle.query(stateQuery);
    } catch {
      break; // closed: the result below says how
    }
    if (live.status !== 'running') break;
    const w = live.wait;
    const key = w ? `${w.nodeId}:${w.visit}:${w.since}` : '';
    if (w && key !== lastWait) {
      lastWait = key;
      const timer = sim.timers[timerIndex];
      if (!timer || timer.nodeId !== w.nodeId) {
        await handle.executeUpdate(skipWaitUpdate, { args: [{ nodeId: w.nodeId }] });
        continue;
      }
      timerIndex++;
      const endedAt = timer.at ? Date.parse(timer.at) : Number.POSITIVE_INFINITY;
      while (pending.length > 0 && pending[0]!.at <= endedAt) {
        const t = pending.shift()!;
        await send(handle, t, new Date().toISOString());
      }
      if (timer.ended === 'timeout') await handle.executeUpdate(skipWaitUpdate, { args: [{ nodeId: w.nodeId }] });
    }
    await new Promise((r) => setTimeout(r, 40));
  }
  return { result: (await handle.result()) as JourneyResult, handle };
}

/**
 * Plays a scenario on the time-skipping server with its real waits: the test server's clock jumps to each
 * input's moment, the input is signalled, and the result is awaited while timers of days fire in seconds.
 */
export async function playTimeSkipping(
  env: TestWorkflowEnvironment,
  taskQueue: string,
  plan: Plan,
  scenario: Scenario,
  workflowId: string,
): Promise<{ result: JourneyResult; startMs: number; endMs: number }> {
  const startMs = await env.currentTimeMs();
  const handle = await env.client.workflow.start('journey', {
    taskQueue,
    workflowId,
    args: [journeyInput(plan, scenario, `evt-${workflowId}`, new Date(startMs).toISOString())],
  });
  for (const t of timeline(scenario, startMs)) {
    const now = await env.currentTimeMs();
    if (t.at > now) await env.sleep(t.at - now);
    await send(handle, t, new Date(t.at).toISOString());
  }
  const result = (await handle.result()) as JourneyResult;
  return { result, startMs, endMs: await env.currentTimeMs() };
}
