import { randomUUID } from 'node:crypto';
import { getCustomer, getJourney, getSteps, type JourneyRow, listTimeline, upsertJourney } from '@ruta/db';
import { cancelUpdate, type LiveState, stateQuery } from '@ruta/workflows/definitions';
import { WorkflowUpdateFailedError } from '@temporalio/client';
import { defaultPayloadConverter } from '@temporalio/common';
import { ApiError } from '../errors/api-error';
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

/** The current run of a journey and the activity it is calling now (attempts, last failure, next attempt). */
async function describeRun(rt: Runtime, id: string) {
  try {
    const d = await withDeadline(rt, () => rt.client.workflow.getHandle(id).describe(), 3_000);
    return { runId: d.runId, activity: pendingActivity(d.raw.pendingActivities?.[0]) };
  } catch {
    return { runId: null, activity: null };
  }
}

type PendingActivity = NonNullable<
  Awaited<ReturnType<ReturnType<Runtime['client']['workflow']['getHandle']>['describe']>>['raw']['pendingActivities']
>[number];

function pendingActivity(a: PendingActivity | undefined) {
  if (!a) return null;
  const time = (t: { seconds?: unknown; nanos?: number | null } | null | undefined) =>
    t?.seconds != null ? new Date(Number(t.seconds) * 1000 + Math.floor((t.nanos ?? 0) / 1e6)).toISOString() : null;
  return {
    activity: a.activityType?.name ?? '',
    attempt: a.attempt ?? 1,
    maximumAttempts: a.maximumAttempts ?? 0,
    lastFailure: a.lastFailure?.message ?? null,
    nextAttemptAt: time(a.nextAttemptScheduleTime),
  };
}

/**
 * Everything about one journey: the stored row and path (from the worker's steps), the live state through the
 * `state` query while it runs (current wait with deadline, variables), its messages and its pending timers.
 */
export async function journeyDetail(rt: Runtime, id: string) {
  const row = await journeyOr404(rt, id);
  const [steps, timeline, customer] = await Promise.all([
    getSteps(rt.db, id),
    listTimeline(rt.db, row.customerId, { limit: 1000 }),
    getCustomer(rt.db, row.customerId),
  ]);
  const running = row.status === 'running';
  const [live, run] = running
    ? await Promise.all([liveState(rt, id), describeRun(rt, id)])
    : [
        { state: null, error: null },
        { runId: row.runId, activity: null },
      ];
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
      }
    : row.status === 'running' && lastStep?.type === 'wait' && lastStep.nodeId
      ? {
          nodeId: lastStep.nodeId,
          kind: lastStep.kind ?? '',
          visit: lastStep.visit,
          since: lastStep.at,
          deadline: ((lastStep.detail as { deadline?: string | null } | null)?.deadline ?? null) as string | null,
          ...waitWhy(lastStep.detail),
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

/** Why a recorded wait step waits (reason and missing values), from its detail. */
function waitWhy(detail: unknown): { reason?: string; missing?: string[] } {
  const d = (detail ?? {}) as { reason?: unknown; missing?: unknown };
  return {
    ...(typeof d.reason === 'string' ? { reason: d.reason } : {}),
    ...(Array.isArray(d.missing) ? { missing: d.missing.map(String) } : {}),
  };
}

function requireRunning(row: JourneyRow): void {
  if (row.status !== 'running') {
    throw new ApiError('journey-not-running', `Journey ${row.id} already ended (${row.status})`);
  }
}

/** Ends a running journey at once (even mid-wait), through the workflow's `cancel` update. */
export async function cancelJourney(rt: Runtime, id: string, reason: string | undefined) {
  const row = await journeyOr404(rt, id);
  requireRunning(row);
  await withDeadline(rt, () =>
    rt.client.workflow.getHandle(id).executeUpdate(cancelUpdate, { args: [reason ? { reason } : {}] }),
  );
  return { id, action: 'cancelled' as const };
}

/** Ends the current wait now, as if its time ran out (`skipWait` update); 409 when the journey is not waiting. */
export async function skipWait(rt: Runtime, id: string, nodeId: string | undefined) {
  const row = await journeyOr404(rt, id);
  requireRunning(row);
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

/** The activity a running journey is retrying right now, if any. */
async function failingActivity(rt: Runtime, id: string) {
  const handle = rt.client.workflow.getHandle(id);
  const description = await withDeadline(rt, () => handle.describe());
  if (description.status.name !== 'RUNNING') {
    const failed = description.status.name === 'FAILED';
    throw new ApiError(
      'journey-not-running',
      failed
        ? `Journey ${id} failed for good; a failed journey cannot be resumed in place (its steps are final). Start a new one.`
        : `Journey ${id} is ${description.status.name.toLowerCase()}`,
    );
  }
  const pending = description.raw.pendingActivities ?? [];
  const failing = pending.find((a) => (a.attempt ?? 1) > 1 || a.lastFailure);
  return { handle, description, pending, failing };
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
  const { description, failing } = await failingActivity(rt, id);
  if (!failing) {
    throw new ApiError('nothing-to-retry', `No activity of journey ${id} is failing now; there is nothing to retry`);
  }
  const history = await withDeadline(rt, () => rt.client.workflow.getHandle(id, description.runId).fetchHistory());
  const scheduled = [...(history.events ?? [])]
    .reverse()
    .find((e) => e.activityTaskScheduledEventAttributes?.activityId === failing.activityId);
  const attrs = scheduled?.activityTaskScheduledEventAttributes;
  if (!attrs?.workflowTaskCompletedEventId) {
    throw new ApiError('nothing-to-retry', `The failing activity of journey ${id} is not in its history`);
  }
  const meta = readMeta(attrs.input?.payloads?.[1]);
  const { runId } = await withDeadline(rt, () =>
    rt.client.workflowService.resetWorkflowExecution({
      namespace: rt.client.options.namespace,
      workflowExecution: { workflowId: id, runId: description.runId },
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
 * skip-step: skips what the journey is doing now, when that can be done honestly from outside: a wait ends as if
 * its time ran out (like skip-wait). An activity that runs or retries cannot be skipped without the workflow's
 * cooperation (its result decides the port), so that is refused with 409 `step-not-skippable`; retry-step or
 * cancel are the ways out.
 */
export async function skipStep(rt: Runtime, id: string) {
  await journeyOr404(rt, id);
  const { pending, failing } = await failingActivity(rt, id);
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

function readMeta(payload: Parameters<typeof defaultPayloadConverter.fromPayload>[0] | undefined): { nodeId?: string } {
  if (!payload) return {};
  try {
    return (defaultPayloadConverter.fromPayload(payload) as { nodeId?: string }) ?? {};
  } catch {
    return {};
  }
}

/** A row as listed (the DTO), for the routes. */
export { journeyDto };
