import type { Effects } from '../effects';
import { ExpressionError } from '../expr/error';
import { expressionsReady, prepareExpressions } from '../expr/plan-eval';
import type { Controls, JourneyInput, JourneyState, JourneyStatus, Json, PendingWait, StepRecord } from '../journey';
import type { PlanNode } from '../plan';
import { Later } from './later';
import { runNode } from './nodes';
import { PATH_LIMIT } from './state';

/** How a run of the interpreter ended: the journey finished, or it should continue as new with this state. */
export type RunResult = { kind: 'finished'; state: JourneyState } | { kind: 'continue'; state: JourneyState };

/** Thrown inside a wait when the history is long enough to continue as new; the wait resumes in the next run. */
export class ContinueAsNewNow extends Error {}

/** What a wait ended with. */
export type WaitEnd = 'ready' | 'timeout' | 'skipped' | 'cancelled';

/**
 * The journey as the node implementations see it: the input, the state, and the few moves they may make.
 * One instance per run; all of it is deterministic given the same effects.
 */
export class Journey {
  constructor(
    readonly input: JourneyInput,
    readonly state: JourneyState,
    readonly controls: Controls,
    readonly fx: Effects,
  ) {}

  get plan() {
    return this.input.plan;
  }

  /** Writes a step to the step store (outside history). */
  record(type: StepRecord['type'], node: PlanNode | null, visit: number, port: string | null, detail?: Json): void {
    this.state.steps += 1;
    const step: StepRecord = {
      journeyId: this.fx.journeyId,
      seq: this.state.steps,
      type,
      nodeId: node?.id ?? null,
      kind: node?.kind ?? null,
      visit,
      port,
      at: this.fx.now(),
      status: this.state.status,
    };
    if (detail !== undefined) step.detail = detail;
    this.fx.record(step);
  }

  /**
   * Waits until `ready()` holds or `deadline` passes, honouring skip, cancel and continue-as-new.
   * The wait is kept in state with its absolute deadline, so a journey that continues as new resumes it unchanged.
   */
  wait(
    node: PlanNode,
    visit: number,
    deadline: number | null,
    ready: () => boolean,
    extra: Partial<PendingWait> = {},
  ): Promise<WaitEnd> {
    return this.waitThen(node, visit, deadline, ready, (end) => end, extra);
  }

  /** `wait`, going on with `then` in the wait's own continuation. */
  waitThen<R>(
    node: PlanNode,
    visit: number,
    deadline: number | null,
    ready: () => boolean,
    then: (end: WaitEnd) => R | Promise<R>,
    extra: Partial<PendingWait> = {},
  ): Promise<R> {
    return this.waitLater(node, visit, deadline, ready, then, extra).promise();
  }

  /** `wait` as a result still to come (see Later): the interpreter goes on with `then` in its own continuation. */
  waitLater<R>(
    node: PlanNode,
    visit: number,
    deadline: number | null,
    ready: () => boolean,
    then: (end: WaitEnd) => R | Promise<R>,
    extra: Partial<PendingWait> = {},
  ): Later<R> {
    const { state, controls, fx } = this;
    const resumed = state.wait?.nodeId === node.id && state.wait.visit === visit ? state.wait : null;
    const pending: PendingWait = resumed ?? {
      nodeId: node.id,
      visit,
      kind: node.kind,
      since: fx.now(),
      deadline,
      ...extra,
    };
    if (!resumed) {
      state.wait = pending;
      this.record('wait', node, visit, null, {
        deadline: pending.deadline === null ? null : new Date(pending.deadline).toISOString(),
        ...(extra.handoffId ? { handoffId: extra.handoffId } : {}),
        ...(extra.reason ? { reason: extra.reason } : {}),
        ...(extra.missing ? { missing: extra.missing } : {}),
        ...(extra.failure ? { failure: { ...extra.failure } } : {}),
      });
    }
    const skipped = () => controls.skip?.nodeId === node.id && controls.skip.visit === visit;
    const waited = fx.waitUntil(
      () => ready() || controls.cancelRequested || skipped() || fx.continueAsNewSuggested(),
      pending.deadline,
    );
    return new Later(waited, (ok) => {
      if (ready()) return then(this.endWait('ready'));
      if (controls.cancelRequested) return then(this.endWait('cancelled'));
      if (skipped()) {
        controls.skip = null;
        return then(this.endWait('skipped'));
      }
      if (ok && fx.continueAsNewSuggested()) throw new ContinueAsNewNow();
      return then(this.endWait('timeout'));
    });
  }

  private endWait(end: WaitEnd): WaitEnd {
    this.state.wait = null;
    return end;
  }

  /** The idempotency key of a side effect: journey id, node id and visit; the same across retries and runs. */
  idempotencyKey(node: PlanNode, visit: number): string {
    return `${this.fx.journeyId}:${node.id}:${visit}`;
  }

  /** Calls the node's activity with its retry policy and idempotency key; rejects with an ActivityError when it fails for good. */
  call(node: PlanNode, visit: number, input: unknown, activity = node.activity): Promise<unknown> {
    const called = this.startCall(node, visit, input, activity);
    const { fx } = this;
    if (!fx.activityError) return called;
    return called.catch((err: unknown) => {
      throw fx.activityError!(activity!.name, err);
    });
  }

  /**
   * Calls the node's activity and goes on with `then`, or with `failed` when it fails for good (given the
   * ActivityError): one continuation for both, so a call creates no promise of its own beyond the activity's.
   */
  callThen<R>(
    node: PlanNode,
    visit: number,
    input: unknown,
    then: (value: unknown) => R | Promise<R>,
    failed: (err: unknown) => R | Promise<R>,
    activity = node.activity,
  ): Promise<R> {
    return this.callLater(node, visit, input, then, failed, activity).promise();
  }

  /** `callThen` as a result still to come (see Later): the interpreter goes on in the call's own continuation. */
  callLater<R>(
    node: PlanNode,
    visit: number,
    input: unknown,
    then: (value: unknown) => R | Promise<R>,
    failed: (err: unknown) => R | Promise<R>,
    activity = node.activity,
  ): Later<R> {
    const called = this.startCall(node, visit, input, activity);
    const { fx } = this;
    return new Later(
      called,
      then,
      fx.activityError ? (err: unknown) => failed(fx.activityError!(activity!.name, err)) : failed,
    );
  }

  private startCall(node: PlanNode, visit: number, input: unknown, activity: PlanNode['activity']): Promise<unknown> {
    if (!activity) throw new Error(`Node ${node.id} (${node.kind}) has no activity in the plan`);
    return this.fx.callActivity(activity.name, input, activity.options, {
      nodeId: node.id,
      visit,
      idempotencyKey: this.idempotencyKey(node, visit),
    });
  }

  finish(status: JourneyStatus, outcome: string | null): void {
    const { state } = this;
    state.status = status;
    state.outcome = outcome ?? state.outcome ?? status;
    state.current = null;
    state.wait = null;
    this.record('end', null, 0, null, { outcome: state.outcome, goals: state.goals });
  }
}

/** Patch id: an ExpressionError ends the step (failed port, or the journey fails) rather than the workflow task. */
export const EXPRESSION_ERRORS_END_STEP = 'expression-errors-end-step';

function expressionFailed(j: Journey, node: PlanNode, err: ExpressionError): NodeResult {
  const detail = { error: err.en, code: err.code };
  if (node.next.failed) return { port: 'failed', detail };
  j.state.error = { nodeId: node.id, message: err.en, code: err.code, es: err.es };
  return { end: 'failed', outcome: 'failed', detail };
}

/** A node's result: the port it leaves by (null: the journey ends here), or a cancellation. */
export type NodeResult = { port: string; detail?: Json } | { end: JourneyStatus; outcome: string; detail?: Json };

/**
 * Runs a journey from where its state says until it ends or should continue as new.
 * Everything that touches the world or time goes through `fx`, so the Temporal driver and the simulator
 * run exactly the same path. Not an async function: a node that calls or waits hands back a Later, and the loop goes
 * on in the one continuation it attaches to what the node awaits (see Later).
 */
export function runJourney(
  input: JourneyInput,
  state: JourneyState,
  controls: Controls,
  fx: Effects,
): Promise<RunResult> {
  const journey = new Journey(input, state, controls, fx);
  // Only plans with expressions not compiled into them load cel-js (and with matches(), RE2): no command.
  if (!expressionsReady(input.plan)) return prepareExpressions(input.plan).then(() => run(journey));
  return run(journey);
}

function run(journey: Journey): Promise<RunResult> {
  const { input, state, controls, fx } = journey;
  const { plan } = input;
  const finished: RunResult = { kind: 'finished', state };
  const continued: RunResult = { kind: 'continue', state };
  return new Promise<RunResult>((resolve, reject) => {
    // The node being run: set where it is entered, read where it is left.
    let node: PlanNode;
    let visit = 0;
    let enteredAt = 0;

    /** Runs nodes until one awaits something (the loop goes on in its continuation) or the run ends. */
    const loop = (): void => {
      while (state.current !== null && state.status === 'running') {
        if (controls.cancelRequested) {
          journey.finish('cancelled', 'cancelled');
          break;
        }
        if (state.wait === null && fx.continueAsNewSuggested()) {
          resolve(continued);
          return;
        }
        const current = plan.nodes[state.current];
        if (!current) {
          state.error = { nodeId: state.current, message: `The plan has no node ${state.current}` };
          journey.finish('failed', 'failed');
          break;
        }
        node = current;
        const resuming = state.wait?.nodeId === node.id;
        visit = resuming && state.wait ? state.wait.visit : (state.visits[node.id] ?? 0) + 1;
        enteredAt = resuming && state.wait ? state.wait.since : fx.now();
        if (!resuming) {
          state.visits[node.id] = visit;
          journey.record('enter', node, visit, null);
        }

        let running: ReturnType<typeof runNode>;
        try {
          running = runNode(journey, node, visit);
        } catch (err) {
          const result = nodeFailed(err);
          if (result === null) {
            resolve(continued);
            return;
          }
          if (!leave(result)) break;
          continue;
        }
        if (running instanceof Later) {
          const later = running;
          later.awaited.then(
            (value) => settle(() => later.ok(value)),
            (err) => settle(() => later.failed(err)),
          );
          return;
        }
        if (running instanceof Promise) {
          running.then(
            (result) => settle(() => result),
            (err) => settle(() => rethrow(err)),
          );
          return;
        }
        if (!leave(running)) break;
      }
      resolve(finished);
    };

    /** Goes on with what the awaited node came to (a promise when it awaits again), or with its failure. */
    const settle = (get: () => NodeResult | Promise<NodeResult>): void => {
      try {
        let result: NodeResult | null;
        try {
          const got = get();
          if (got instanceof Promise) {
            got.then(
              (r) => settle(() => r),
              (err) => settle(() => rethrow(err)),
            );
            return;
          }
          result = got;
        } catch (err) {
          result = nodeFailed(err);
          if (result === null) {
            resolve(continued);
            return;
          }
        }
        if (leave(result)) loop();
        else resolve(finished);
      } catch (err) {
        reject(err);
      }
    };

    /** What a node that threw comes to: null to continue as new; other errors than expressions' are the run's. */
    const nodeFailed = (err: unknown): NodeResult | null => {
      if (err instanceof ContinueAsNewNow) return null;
      // An expression that cannot be computed (its budget ran out, data of the wrong kind) ends the step the way a
      // failed activity does, instead of failing the workflow task again on every retry.
      if (!(err instanceof ExpressionError) || !fx.patched(EXPRESSION_ERRORS_END_STEP)) throw err;
      return expressionFailed(journey, node, err);
    };

    /** Leaves the node by its result's port; false when the journey ended there. */
    const leave = (result: NodeResult): boolean => {
      const port = 'end' in result ? null : result.port;
      journey.record('leave', node, visit, port, result.detail);
      state.path.push({ nodeId: node.id, visit, port, enteredAt, leftAt: fx.now() });
      if (state.path.length > PATH_LIMIT) state.path.splice(0, state.path.length - PATH_LIMIT);
      if ('end' in result) {
        journey.finish(result.end, result.outcome);
        return false;
      }
      const next = node.next[result.port];
      if (next === undefined) {
        state.error = {
          nodeId: node.id,
          message: `Node ${node.id} left by port "${result.port}", which the plan lacks`,
        };
        journey.finish('failed', 'failed');
        return false;
      }
      state.current = next;
      if (next === null) journey.finish('completed', state.outcome ?? 'completed');
      return true;
    };

    if (state.steps === 0) {
      const trigger: PlanNode = { id: plan.trigger.nodeId, kind: plan.trigger.kind, params: {}, next: {} };
      journey.record('enter', trigger, 1, null, { eventId: input.event.id, eventType: input.event.type });
      journey.record('leave', trigger, 1, 'out');
    }
    if (state.current === null && state.status === 'running') journey.finish('completed', 'completed');
    loop();
  });
}

function rethrow(err: unknown): never {
  throw err;
}
