import { randomUUID } from 'node:crypto';
import {
  closeJourney,
  getCustomer,
  getJourney,
  getSteps,
  type JourneyRow,
  listTimeline,
  setEndReason,
  upsertJourney,
} from '@ruta/db';
import { ACTIVITY_FAILED_REASON, type CustomerProfile, MISSING_DATA_REASON } from '@ruta/flow';
import { cancelUpdate, type LiveState, retryStepUpdate, stateQuery } from '@ruta/workflows/definitions';
import {
  isGrpcDeadlineError,
  WorkflowUpdateFailedError,
  WorkflowUpdateRPCTimeoutOrCancelledError,
} from '@temporalio/client';
import { defaultPayloadConverter, WorkflowNotFoundError } from '@temporalio/common';
import { ApiError } from '../errors/api-error';
import { isWorkflowTaskFailedState } from '../errors/temporal';
import { attentionMessage, heldMessage, inspectJourney, type ParkedFailure, parkedMessage } from './attention';
import { toProfile } from './customers';
import type { Runtime } from './runtime';
import { journeyDto, messageDto, stepDto } from './serialize';

/** A journey row, or 404. */
export async function journeyOr404(rt: Runtime, id: string): Promise<JourneyRow> {
  const row = await getJourney(rt.db, id);
  if (!row) throw new ApiError('not-found', `Journey ${id} does not exist`);
  return row;
}

/** Runs a Temporal call with the API's deadline, so a journey without a worker cannot hang a request. */
function withDeadline<T>(rt: Runtime, fn: () => Promise<T>, ms = rt.config.temporalTimeoutMs): Promise<T> {
  return rt.client.connection.withDeadline(Date.now() + ms, fn);
}

/** A journey's live state through its query, or why it could not be read. */
async function liveState(rt: Runtime, id: string): Promise<{ state: LiveState | null; error: string | null }> {
  try {
    const state = await withDeadline(rt, () => rt.client.workflow.getHandle(id).query(stateQuery), 3_000);
    return { state, error: null };
  } catch (err) {
    return { state: null, error: err instanceof Error ? err.message : String(err) };
  }
}

/**
 * Everything about one journey: the stored row and path (from the worker's steps), the live state through the
 * `state` query while it runs (current wait with deadline, variables), its messages and its pending timers.
 */
export async function journeyDetail(rt: Runtime, id: string) {
  const stored = await journeyOr404(rt, id);
  // A running journey is looked at in Temporal first: what it needs (attention), or that it already closed there.
  const seen = stored.status === 'running' ? await inspectJourney(rt, stored) : null;
  const row = seen?.row ?? stored;
  const running = row.status === 'running';
  const [steps, timeline, live, customer] = await Promise.all([
    getSteps(rt.db, id),
    listTimeline(rt.db, row.customerId, { limit: 1000 }),
    running && !(seen?.kind === 'running' && seen.attention?.kind === 'workflow_task_failing')
      ? liveState(rt, id)
      : Promise.resolve({
          state: null,
          error: running ? 'The journey is stuck: its workflow task keeps failing' : null,
        }),
    getCustomer(rt.db, row.customerId),
  ]);
  const run =
    seen?.kind === 'running' ? { runId: seen.runId, activity: seen.activity } : { runId: null, activity: null };
  const shownSteps = steps.map(stepDto);
  const lastStep = shownSteps.at(-1);
  const state = live.state;
  const wait = state?.wait
    ? {
        nodeId: state.wait.nodeId,
        kind: state.wait.kind,
        visit: state.wait.visit,
        since: state.wait.since,
        deadline: state.wait.deadline,
        ...(state.wait.reason ? { reason: state.wait.reason } : {}),
        ...(state.wait.missing ? { missing: state.wait.missing } : {}),
        ...waitWords(state.wait.kind, state.wait.reason, state.wait.failure, state.wait.missing),
      }
    : row.status === 'running' && lastStep?.type === 'wait' && lastStep.nodeId
      ? {
          nodeId: lastStep.nodeId,
          kind: lastStep.kind ?? '',
          visit: lastStep.visit,
          since: lastStep.at,
          deadline: ((lastStep.detail as { deadline?: string | null } | null)?.deadline ?? null) as string | null,
          ...waitWhy(lastStep.detail, lastStep.kind),
        }
      : null;
  return {
    ...journeyDto(row, customer?.name ?? null),
    path: shownSteps.filter((s) => s.type === 'leave' && s.nodeId).map((s) => s.nodeId as string),
    steps: shownSteps,
    messages: timeline.filter((m) => m.journeyId === id).map(messageDto),
    runId: run.runId ?? row.runId,
    wait,
    timers: wait?.deadline ? [wait] : [],
    activity: run.activity,
    state: state
      ? {
          status: state.status,
          outcome: state.outcome,
          current: state.current,
          vars: state.vars,
          outputs: state.outputs,
          reply: state.reply,
          sentiment: state.sentiment,
          goals: state.goals,
          visits: state.visits,
          steps: state.steps,
          run: state.run,
          inbox: state.inbox,
          error: state.error,
        }
      : null,
    liveError: live.error,
  };
}

/** Why a recorded wait step waits (reason, missing values, the failure it is parked at), from its detail. */
function waitWhy(detail: unknown, kind: string | null): { reason?: string; missing?: string[] } {
  const d = (detail ?? {}) as { reason?: unknown; missing?: unknown; failure?: ParkedFailure };
  const missing = Array.isArray(d.missing) ? d.missing.map(String) : undefined;
  return {
    ...(typeof d.reason === 'string' ? { reason: d.reason } : {}),
    ...(missing ? { missing } : {}),
    ...waitWords(kind, d.reason, d.failure, missing),
  };
}

/**
 * For a journey parked at a failed step, the failure; for one parked there or holding a message for missing data,
 * what a person reads about it and can do (es/en).
 */
function waitWords(kind: string | null, reason: unknown, failure: ParkedFailure | undefined, missing?: string[]) {
  if (reason === MISSING_DATA_REASON) return { message: heldMessage(missing ?? []) };
  if (reason !== ACTIVITY_FAILED_REASON) return {};
  return { ...(failure ? { failure } : {}), message: parkedMessage(kind, failure ?? null) };
}

function requireRunning(row: JourneyRow): void {
  if (row.status !== 'running') {
    throw new ApiError('journey-ended', `Journey ${row.id} already ended (${row.status})`, {
      extensions: { journeyStatus: row.status, endReason: row.endReason },
    });
  }
}

/** The journey is running in Temporal (the row is reconciled when Temporal already closed it); 409 otherwise. */
async function requireRunningInTemporal(rt: Runtime, row: JourneyRow) {
  requireRunning(row);
  const seen = await inspectJourney(rt, row);
  requireRunning(seen.row);
  if (seen.kind === 'closed') {
    throw new ApiError('journey-not-running', `Journey ${row.id} is ${seen.temporalStatus.toLowerCase()} in Temporal`, {
      extensions: { journeyStatus: seen.row.status },
    });
  }
  return seen;
}

/** Whether Temporal says the journey's workflow task keeps failing (it cannot take updates). */
const isStuck = (seen: Awaited<ReturnType<typeof inspectJourney>>): boolean =>
  seen.kind === 'running' && seen.attention?.kind === 'workflow_task_failing';

/** 409 for a journey whose workflow task keeps failing: it cannot take updates; terminate is the way out. */
function stuck(row: JourneyRow, action: string): ApiError {
  const detail = row.attentionDetail;
  const message = detail ? attentionMessage(detail) : null;
  return new ApiError(
    'journey-stuck',
    `Journey ${row.id} cannot ${action}: its workflow task keeps failing in Temporal${detail?.failure ? ` (last error: ${detail.failure})` : ''}, so it takes no cancel, skip or retry. End it with POST /v1/journeys/{id}/terminate and a reason, or cancel with ?force=true.`,
    {
      extensions: {
        attention: message ? { kind: 'workflow_task_failing', attempts: detail?.attempts ?? null, message } : null,
        terminate: { method: 'POST', href: `/v1/journeys/${encodeURIComponent(row.id)}/terminate` },
      },
    },
  );
}

/** Whether an error from an update means it could not be delivered (timed out, or the workflow task failing). */
function undelivered(err: unknown): boolean {
  return (
    err instanceof WorkflowUpdateRPCTimeoutOrCancelledError ||
    isGrpcDeadlineError(err) ||
    isWorkflowTaskFailedState(err)
  );
}

export interface CancelOptions {
  reason?: string | undefined;
  /** When the journey cannot take the cancel (stuck, or no answer in time), terminate it instead. */
  force?: boolean | undefined;
  /** Who asks (the API key's name), kept with a terminate. */
  actor: string;
}

/**
 * Ends a running journey at once (even mid-wait) through the workflow's `cancel` update, so it records its own end.
 * A journey whose workflow task keeps failing cannot take the update: that is 409 `journey-stuck`, which points at
 * terminate; with `force` it is terminated instead (so is a journey that does not answer the update in time).
 */
export async function cancelJourney(rt: Runtime, id: string, options: CancelOptions) {
  const row = await journeyOr404(rt, id);
  const seen = await requireRunningInTemporal(rt, row);
  const reason = options.reason?.trim() || null;
  const terminateInstead = () =>
    terminateJourney(rt, id, { reason: reason ?? `cancel forced by ${options.actor}`, actor: options.actor });
  if (isStuck(seen)) {
    if (options.force) return terminateInstead();
    throw stuck(seen.row, 'be cancelled');
  }
  try {
    await withDeadline(
      rt,
      () => rt.client.workflow.getHandle(id).executeUpdate(cancelUpdate, { args: [reason ? { reason } : {}] }),
      rt.config.cancelTimeoutMs,
    );
  } catch (err) {
    if (!undelivered(err)) throw err;
    // No answer: find out why. A stuck journey gets the same answer as above; otherwise (no worker?) force decides.
    const again = await inspectJourney(rt, seen.row);
    if (options.force) return terminateInstead();
    if (isStuck(again)) throw stuck(again.row, 'be cancelled');
    throw err;
  }
  if (reason) await setEndReason(rt.db, id, reason);
  return { id, action: 'cancelled' as const };
}

/**
 * Terminates a journey in Temporal with a reason: the last resort, for a journey that cannot take a cancel (its
 * workflow task keeps failing) or must stop without running another step. The row gets status `terminated`, the
 * reason and an `end` step on its timeline. A journey that already ended is 409 `journey-not-running`.
 */
export async function terminateJourney(rt: Runtime, id: string, options: { reason: string; actor: string }) {
  const row = await journeyOr404(rt, id);
  await requireRunningInTemporal(rt, row);
  const reason = options.reason.trim();
  try {
    await withDeadline(rt, () =>
      rt.client.workflow.getHandle(id).terminate(`${reason} (terminated by ${options.actor} through Ruta)`),
    );
  } catch (err) {
    if (!(err instanceof WorkflowNotFoundError)) throw err;
    // Closed meanwhile: the row follows Temporal, and the caller learns how it ended.
    const again = await inspectJourney(rt, row);
    requireRunning(again.row);
    throw err;
  }
  const closed = await closeJourney(rt.db, id, { status: 'terminated', reason, by: options.actor });
  return {
    id,
    action: 'terminated' as const,
    status: closed?.status ?? 'terminated',
    reason: closed?.endReason ?? reason,
  };
}

/** Ends the current wait now, as if its time ran out (`skipWait` update); 409 when the journey is not waiting. */
export async function skipWait(rt: Runtime, id: string, nodeId: string | undefined) {
  const row = await journeyOr404(rt, id);
  const seen = await requireRunningInTemporal(rt, row);
  if (isStuck(seen)) throw stuck(seen.row, 'skip its wait');
  try {
    const r = await withDeadline(rt, () =>
      rt.client.workflow
        .getHandle(id)
        .executeUpdate<{ skipped: string }, [{ nodeId?: string }]>('skipWait', { args: [nodeId ? { nodeId } : {}] }),
    );
    return { id, action: 'skipped' as const, nodeId: r.skipped };
  } catch (err) {
    if (err instanceof WorkflowUpdateFailedError) {
      throw new ApiError('nothing-to-skip', err.cause?.message ?? err.message);
    }
    throw err;
  }
}

/** The activity a running journey is retrying right now, if any; 409 when the journey is stuck or ended. */
async function failingActivity(rt: Runtime, row: JourneyRow, action: string) {
  if (row.status !== 'running' && row.status !== 'failed') requireRunning(row);
  if (row.status === 'failed') {
    throw new ApiError(
      'journey-not-running',
      `Journey ${row.id} failed for good; a failed journey cannot be resumed in place (its steps are final). Start a new one.`,
    );
  }
  const seen = await requireRunningInTemporal(rt, row);
  if (seen.kind !== 'running') throw new ApiError('unavailable', `Temporal did not answer: ${seen.error}`);
  if (seen.attention?.kind === 'workflow_task_failing') throw stuck(seen.row, action);
  const failing = seen.pending.find((a) => (a.attempt ?? 1) > 1 || a.lastFailure);
  return { runId: seen.runId, pending: seen.pending, failing };
}

/**
 * retry-step: when the journey's current activity keeps failing (Temporal is still retrying it with backoff),
 * try it again *now* with a fresh set of attempts. This resets the workflow to the workflow task that scheduled
 * the activity (Temporal's reset; signals received since are re-applied), so the journey re-runs from exactly
 * there: the activity is scheduled anew with attempt 1 and the same idempotency key (a send that went through
 * is not sent twice). Steps already recorded stay; nothing is recorded twice.
 * 409 `nothing-to-retry` when no activity is failing; 409 `journey-not-running` once the journey ended.
 */
export async function retryStep(rt: Runtime, id: string, actor: string) {
  const row = await journeyOr404(rt, id);
  const { runId: currentRunId, failing } = await failingActivity(rt, row, 'retry a step');
  if (!failing) {
    const parked = await retryParked(rt, id, row.customerId);
    if (parked) return parked;
    throw new ApiError('nothing-to-retry', `No activity of journey ${id} is failing now; there is nothing to retry`);
  }
  const history = await withDeadline(rt, () => rt.client.workflow.getHandle(id, currentRunId).fetchHistory());
  const scheduled = [...(history.events ?? [])]
    .reverse()
    .find((e) => e.activityTaskScheduledEventAttributes?.activityId === failing.activityId);
  const attrs = scheduled?.activityTaskScheduledEventAttributes;
  if (!attrs?.workflowTaskCompletedEventId) {
    throw new ApiError('nothing-to-retry', `The failing activity of journey ${id} is not in its history`);
  }
  const meta = await readMeta(rt, attrs.input?.payloads?.[1]);
  const { runId } = await withDeadline(rt, () =>
    rt.client.workflowService.resetWorkflowExecution({
      namespace: rt.client.options.namespace,
      workflowExecution: { workflowId: id, runId: currentRunId },
      workflowTaskFinishEventId: attrs.workflowTaskCompletedEventId,
      reason: `retry-step by ${actor}${meta.nodeId ? ` at node ${meta.nodeId}` : ''}`,
      requestId: randomUUID(),
    }),
  );
  await upsertJourney(rt.db, {
    id,
    runId,
    flowId: row.flowId,
    flowVersion: row.flowVersion,
    customerId: row.customerId,
    eventId: row.eventId,
  });
  return {
    id,
    action: 'retried' as const,
    nodeId: meta.nodeId ?? null,
    activity: failing.activityType?.name ?? null,
    failedAttempts: Math.max(1, (failing.attempt ?? 2) - 1),
    lastFailure: failing.lastFailure?.message ?? null,
    runId: runId ?? null,
  };
}

/**
 * The customer's profile as the store has it now, for a held message to be written again with: an erased customer's
 * is just the id (nothing erased is sent); a customer the store does not know keeps the journey's own copy.
 */
async function currentProfile(rt: Runtime, customerId: string): Promise<CustomerProfile | undefined> {
  const row = await getCustomer(rt.db, customerId);
  if (!row) return undefined;
  return row.erasedAt ? { id: customerId } : toProfile(row);
}

/**
 * retry-step on a journey parked at a failed step: the `retryStep` update runs the step's activity again (same
 * idempotency key). On a journey holding a message for missing data, the update brings the customer's profile as
 * it is now and the message is written again: it goes out, or holds again when a value is still missing (the answer
 * says so, with what is missing and what to do, es/en). Null when the journey is neither.
 */
async function retryParked(rt: Runtime, id: string, customerId: string) {
  const live = await liveState(rt, id);
  const wait = live.state?.wait;
  if (wait?.reason === MISSING_DATA_REASON) return retryHeld(rt, id, customerId, wait.nodeId);
  if (wait?.reason !== ACTIVITY_FAILED_REASON) return null;
  try {
    const r = await withDeadline(rt, () =>
      rt.client.workflow.getHandle(id).executeUpdate(retryStepUpdate, { args: [{ nodeId: wait.nodeId }] }),
    );
    return {
      id,
      action: 'retried' as const,
      nodeId: r.retried,
      activity: wait.failure?.activity ?? null,
      failedAttempts: 1,
      lastFailure: wait.failure?.message ?? null,
      runId: null,
    };
  } catch (err) {
    // Decided meanwhile (another person, a bulk action): nothing to retry any more.
    if (err instanceof WorkflowUpdateFailedError)
      throw new ApiError('nothing-to-retry', err.cause?.message ?? err.message);
    throw err;
  }
}

/** The retryStep update for a held message, with the customer's current profile; then whether it held again. */
async function retryHeld(rt: Runtime, id: string, customerId: string, nodeId: string) {
  const customer = await currentProfile(rt, customerId);
  const handle = rt.client.workflow.getHandle(id);
  try {
    const r = await withDeadline(rt, () =>
      handle.executeUpdate(retryStepUpdate, { args: [{ nodeId, ...(customer ? { customer } : {}) }] }),
    );
    // The update's workflow task also wrote the message again: by now the journey sends it or holds there again.
    const after = await liveState(rt, id);
    const again = after.state?.wait;
    const held = again?.reason === MISSING_DATA_REASON && again.nodeId === r.retried;
    const done = { id, action: 'retried' as const, nodeId: r.retried, activity: null, runId: null };
    if (!held) return { ...done, heldAgain: false as const };
    const missing = again.missing ?? [];
    return { ...done, heldAgain: true as const, missing, message: heldMessage(missing) };
  } catch (err) {
    if (err instanceof WorkflowUpdateFailedError)
      throw new ApiError('nothing-to-retry', err.cause?.message ?? err.message);
    throw err;
  }
}

/**
 * skip-step: skips what the journey is doing now, when that can be done honestly from outside: a wait ends as if
 * its time ran out (like skip-wait). An activity that runs or retries cannot be skipped without the workflow's
 * cooperation (its result decides the port), so that is refused with 409 `step-not-skippable`; retry-step or
 * cancel are the ways out.
 */
export async function skipStep(rt: Runtime, id: string) {
  const row = await journeyOr404(rt, id);
  const { pending, failing } = await failingActivity(rt, row, 'skip a step');
  const running = failing ?? pending[0];
  if (running) {
    const attempt = running.attempt ?? 1;
    throw new ApiError(
      'step-not-skippable',
      `The journey is running activity ${running.activityType?.name ?? '?'} (attempt ${attempt}${running.lastFailure ? `, last error: ${running.lastFailure.message}` : ''}). ` +
        'An activity cannot be skipped from outside the journey: use retry-step to try it again now, or cancel the journey.',
      { extensions: { activity: running.activityType?.name ?? null, attempt } },
    );
  }
  const live = await liveState(rt, id);
  if (!live.state?.wait) throw new ApiError('nothing-to-skip', `Journey ${id} is not waiting and runs no activity now`);
  const skipped = await skipWait(rt, id, live.state.wait.nodeId);
  return { ...skipped, action: 'skipped' as const };
}

/** The call's metadata (node id) from the activity's input in the history, decrypted like the API's client does. */
async function readMeta(
  rt: Runtime,
  payload: Parameters<typeof defaultPayloadConverter.fromPayload>[0] | undefined,
): Promise<{ nodeId?: string }> {
  if (!payload) return {};
  try {
    let decoded = [payload];
    for (const codec of [...rt.client.options.loadedDataConverter.payloadCodecs].reverse()) {
      decoded = await codec.decode(decoded);
    }
    return (defaultPayloadConverter.fromPayload(decoded[0]!) as { nodeId?: string }) ?? {};
  } catch {
    return {};
  }
}

/** A row as listed (the DTO), for the routes. */
export { journeyDto };
