import {
  ActivityError,
  type ActivityOptions,
  type Controls,
  deliver,
  type Effects,
  initialState,
  type JourneyInput,
  retryRefusal,
  runJourney,
  type StepRecord,
} from '@ruta/flow/runtime';
import { planPayload } from '@ruta/temporal/payload-converter';
import {
  ActivityFailure,
  type ActivityInterface,
  ApplicationFailure,
  CancellationScope,
  condition,
  continueAsNew,
  patched,
  proxyActivities,
  proxySinks,
  type Sinks,
  setHandler,
  sleep,
  workflowInfo,
} from '@temporalio/workflow';
import {
  cancelUpdate,
  eventSignal,
  handoffSignal,
  type JourneyResult,
  type LiveState,
  replySignal,
  retryStepUpdate,
  skipWaitUpdate,
  stateQuery,
} from './definitions';

/**
 * Steps leave the workflow through a sink: no history events, written idempotently by the worker. A journey sends
 * the steps of each stretch of code between two waits as one `recordBatch` call (see `recordSteps`); `record`, one
 * step a call, is what bundles built before that send, and workers keep taking it.
 */
export interface JourneySinks extends Sinks {
  steps: { record(step: StepRecord): void; recordBatch(steps: StepRecord[]): void };
}

/** History length at which a journey continues as new unless its flow says otherwise. */
const DEFAULT_CONTINUE_AS_NEW_AFTER = 10_000;

const { steps } = proxySinks<JourneySinks>();
const proxies = new Map<string, ActivityInterface>();
/** The same, by the plan's options object: a node calls with the same object every time, so no key is built. */
const proxiesByOptions = new WeakMap<ActivityOptions, ActivityInterface>();

/** One activity proxy per distinct retry/timeout policy (a node's policy comes from the plan). */
function activitiesFor(options: ActivityOptions): ActivityInterface {
  const known = proxiesByOptions.get(options);
  if (known) return known;
  const key = JSON.stringify(options);
  let acts = proxies.get(key);
  if (!acts) {
    acts = proxyActivities({
      startToCloseTimeout: options.startToCloseTimeoutMs,
      // Only plans whose activity is served elsewhere, or heartbeats, carry these: older plans schedule as before.
      ...(options.taskQueue ? { taskQueue: options.taskQueue } : {}),
      ...(options.heartbeatTimeoutMs ? { heartbeatTimeout: options.heartbeatTimeoutMs } : {}),
      retry: {
        maximumAttempts: options.retry.maximumAttempts,
        initialInterval: options.retry.initialIntervalMs,
        backoffCoefficient: options.retry.backoffCoefficient,
        maximumInterval: options.retry.maximumIntervalMs,
      },
    });
    proxies.set(key, acts);
  }
  proxiesByOptions.set(options, acts);
  return acts;
}

/**
 * Records a journey's steps in batches: the steps of one synchronous stretch of workflow code go out in one sink call
 * when that stretch ends, which is always at an activity call, a wait or the end of the run (`flush`). The SDK copies
 * the workflow's info into every sink call and posts it to the worker's main thread, so one call per step cost more
 * than the interpreter running the step; and flushing where the stretch ends rather than from a microtask saves the
 * two promises a microtask would cost per stretch. Sinks make no command, and calls made while replaying are not
 * delivered: histories are unchanged.
 */
function stepBatches(): { record(step: StepRecord): void; flush(): void } {
  let pending: StepRecord[] = [];
  return {
    record: (step) => {
      pending.push(step);
    },
    flush: () => {
      if (pending.length === 0) return;
      const batch = pending;
      pending = [];
      steps.recordBatch(batch);
    },
  };
}

/**
 * A cancellation scope whose `run` calls its function as it is. The SDK's wraps it in an async function and awaits
 * it, for a scope's own timeout, which these scopes have none of: two promises fewer per wait.
 */
class TimerScope extends CancellationScope {
  protected override runInContext<T>(fn: () => Promise<T>): Promise<T> {
    return fn();
  }
}

/**
 * Temporal's `condition(ready, ms)` with a third of its promises: resolves true once `ready()` holds (the timer is
 * then cancelled), false once the timer fires. The same commands as `condition(ready, ms)`: StartTimer when the wait
 * starts, CancelTimer when it ends before the timer fires, nothing when it fires; a workflow cancellation rejects it.
 * `condition(ready, ms)` races a sleep and a condition inside a new scope run by an async function, each with their
 * own continuations (every promise in workflow code costs a stack trace); here the sleep alone runs in the scope,
 * and its firing is one more thing the condition checks (conditions are checked again after the timer's
 * continuation has run, in the same activation).
 */
function timedCondition(ready: () => boolean, ms: number): Promise<boolean> {
  const scope = new TimerScope();
  let fired = false;
  const timer = scope.run(() => sleep(ms));
  timer.then(
    () => {
      fired = true;
    },
    // Cancelled by the wait ending first, or by the workflow's cancellation (which rejects the condition too).
    () => undefined,
  );
  return condition(() => fired || ready()).then(() => {
    if (fired) return false;
    scope.cancel();
    return true;
  });
}

/**
 * The journey's first argument. Journeys started by Ruta now pass the plan as a second argument of its own, which
 * the claim-check codec keeps in history as a reference (see @ruta/temporal); journeys started before that carry
 * the plan here, and keep doing so through their continue-as-new.
 */
export type JourneyArgs = Omit<JourneyInput, 'plan'> & { plan?: JourneyInput['plan'] };

/**
 * A customer journey: runs a compiled flow plan for one customer, for as long as it takes.
 * Replies, events and handoff outcomes arrive as signals; people can cancel it or skip a wait with updates.
 */
// Not an async function: it goes on in runJourney's continuation (every promise in workflow code costs a stack trace).
export function journey(args: JourneyArgs, separatePlan?: JourneyInput['plan']): Promise<JourneyResult> {
  const plan = separatePlan ?? args.plan;
  if (!plan) {
    throw ApplicationFailure.create({
      type: 'JourneyWithoutPlan',
      nonRetryable: true,
      message: 'A journey was started without its plan (neither in its input nor as its second argument)',
    });
  }
  const input: JourneyInput = { ...args, plan };
  const state = input.state ?? initialState(input, Date.now());
  if (input.state) state.run += 1;
  const controls: Controls = { cancelRequested: false, skip: null, retry: null };
  const threshold = input.plan.settings.continueAsNewAfterEvents ?? DEFAULT_CONTINUE_AS_NEW_AFTER;

  setHandler(replySignal, (s) => void deliver(state, { kind: 'reply', ...s }));
  setHandler(eventSignal, (s) => void deliver(state, { kind: 'event', ...s }));
  setHandler(handoffSignal, (s) => void deliver(state, { kind: 'handoff', ...s }));
  setHandler(stateQuery, (): LiveState => liveState(input, state));
  setHandler(
    cancelUpdate,
    (_request) => {
      controls.cancelRequested = true;
      return { cancelled: true as const };
    },
    {
      validator: (_request) => {
        if (state.status !== 'running') throw new Error(`The journey already ended (${state.status})`);
      },
    },
  );
  setHandler(
    skipWaitUpdate,
    (args) => {
      const wait = state.wait!;
      controls.skip = { nodeId: wait.nodeId, visit: wait.visit };
      return { skipped: args?.nodeId ?? wait.nodeId };
    },
    {
      validator: (args) => {
        if (!state.wait) throw new Error('The journey is not waiting now');
        if (args?.nodeId && args.nodeId !== state.wait.nodeId) {
          throw new Error(`The journey waits at ${state.wait.nodeId}, not at ${args.nodeId}`);
        }
      },
    },
  );

  setHandler(
    retryStepUpdate,
    (request) => {
      const wait = state.wait!;
      // A held send renders again with the profile as it is now; both copies change, so whichever goes on through
      // continue-as-new carries it.
      if (request?.customer) {
        input.customer = request.customer;
        args.customer = request.customer;
      }
      controls.retry = { nodeId: wait.nodeId, visit: wait.visit };
      return { retried: wait.nodeId };
    },
    {
      validator: (request) => {
        const refusal = retryRefusal(state.wait, input.customer.id, request);
        if (refusal) throw new Error(refusal);
      },
    },
  );

  const batches = stepBatches();
  const fx: Effects = {
    journeyId: workflowInfo().workflowId,
    now: () => Date.now(),
    // Neither is an async function: each promise workflow code creates costs a stack trace (see runNode).
    waitUntil(ready, deadline) {
      batches.flush();
      if (deadline === null) return condition(ready).then(() => true);
      const ms = deadline - Date.now();
      if (ms <= 0) return Promise.resolve(ready());
      return timedCondition(ready, ms);
    },
    callActivity(name, activityInput, options, meta) {
      batches.flush();
      return activitiesFor(options)[name]!(activityInput, {
        ...meta,
        journeyId: workflowInfo().workflowId,
        customerId: input.event.customerId,
      });
    },
    // The interpreter translates a failed call where it handles it: no continuation of its own per call.
    activityError(name, err) {
      if (!(err instanceof ActivityFailure)) return err;
      const cause = err.cause;
      const type = cause instanceof ApplicationFailure ? (cause.type ?? undefined) : undefined;
      return new ActivityError(name, cause?.message ?? err.message, type);
    },
    record: batches.record,
    continueAsNewSuggested: () => {
      const info = workflowInfo();
      return info.continueAsNewSuggested || info.historyLength >= threshold;
    },
    patched: (id) => patched(id),
  };

  return runJourney(input, state, controls, fx).then(
    (result) => {
      // The last stretch's steps (up to the end or continue-as-new).
      batches.flush();
      if (result.kind === 'continue') {
        // The plan goes on the way it came: by reference (marked for the claim check) or inline, as older journeys
        // did. Only the continue-as-new input differs, never a command a running journey replays.
        if (separatePlan)
          return continueAsNew<typeof journey>({ ...args, state: result.state }, planPayload(separatePlan));
        return continueAsNew<typeof journey>({ ...input, state: result.state });
      }
      if (state.status === 'failed') {
        throw ApplicationFailure.create({
          type: 'JourneyFailed',
          nonRetryable: true,
          message: state.error ? `Node ${state.error.nodeId} failed: ${state.error.message}` : 'The journey failed',
          details: [summary(state)],
        });
      }
      return summary(state);
    },
    (err: unknown) => {
      batches.flush();
      throw err;
    },
  );
}

function summary(state: ReturnType<typeof initialState>): JourneyResult {
  return {
    status: state.status,
    outcome: state.outcome,
    goals: state.goals,
    steps: state.steps,
    runs: state.run,
    path: state.path.map((p) => p.nodeId),
    vars: state.vars,
  };
}

function liveState(input: JourneyInput, state: ReturnType<typeof initialState>): LiveState {
  const iso = (t: number | null) => (t === null ? null : new Date(t).toISOString());
  return {
    flowId: input.plan.flowId,
    flowVersion: input.flowVersion,
    planHash: input.plan.hash,
    customerId: input.customer.id,
    status: state.status,
    outcome: state.outcome,
    current: state.current,
    wait: state.wait ? { ...state.wait, since: iso(state.wait.since)!, deadline: iso(state.wait.deadline) } : null,
    vars: state.vars,
    outputs: state.outputs,
    reply: state.reply,
    sentiment: state.sentiment,
    goals: state.goals,
    visits: state.visits,
    path: state.path,
    steps: state.steps,
    run: state.run,
    inbox: state.inbox.length,
    error: state.error,
  };
}
