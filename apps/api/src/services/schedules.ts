import { getFlow, listScheduleRuns, type ScheduleRunRow } from '@ruta/db';
import { type Audience, describeSegment, migrateScheduleParams, type Plan, triggerSchedule } from '@ruta/flow';
import {
  deleteFlowSchedule,
  describeFlowSchedule,
  type FlowScheduleInfo,
  type FlowScheduleTiming,
  upsertFlowSchedule,
} from '@ruta/temporal';
import { ApiError } from '../errors/api-error';
import { flowHasErrors } from './flows';
import type { Runtime } from './runtime';

/** What a plan's schedule trigger asks for. */
export interface PlanSchedule {
  timing: FlowScheduleTiming;
  audience: Audience;
}

/**
 * The schedule a plan's trigger asks for, or null when the flow is not scheduled. Plans published before schedule
 * audiences existed are read through the same migration as documents; one that still names no audience is a 422.
 */
export function scheduleOf(plan: Plan, version: number): PlanSchedule | null {
  if (plan.trigger.kind !== 'trigger.schedule') return null;
  const parsed = triggerSchedule.params.safeParse(migrateScheduleParams(plan.trigger.params));
  if (!parsed.success || !parsed.data.audience) {
    throw flowHasErrors([
      {
        code: 'invalid_segment',
        severity: 'error',
        nodeId: plan.trigger.nodeId,
        path: ['params', 'audience'],
        message: {
          es: `La versión ${version} es una programación sin segmento: no dice a quién llega. Publica una versión que lo diga.`,
          en: `Version ${version} is a schedule without a segment: it does not say whom it reaches. Publish a version that does.`,
        },
      },
    ]);
  }
  const { cron, every, timeZone, overlap, audience } = parsed.data;
  return { timing: { cron, every, timeZone, overlap }, audience };
}

/**
 * Makes the flow's Temporal Schedule match its current version: created or moved to the version when it is a
 * schedule flow (paused stays paused), deleted otherwise (unpublished, deleted, or no longer scheduled). The
 * store is written first; when Temporal cannot be reached the answer is a 503 and doing the same again repairs it.
 */
export async function syncFlowSchedule(
  rt: Runtime,
  flowId: string,
  current: { version: number; plan: Plan } | null,
): Promise<void> {
  const wanted = current ? scheduleOf(current.plan, current.version) : null;
  try {
    if (current && wanted) {
      await upsertFlowSchedule(rt.client, {
        flowId,
        flowVersion: current.version,
        timing: wanted.timing,
        taskQueue: rt.taskQueue,
        searchAttributes: rt.config.searchAttributes,
      });
    } else {
      await deleteFlowSchedule(rt.client, flowId);
    }
  } catch (err) {
    if (err instanceof ApiError) throw err;
    // A Temporal without Schedules (the time-skipping test server) has none to delete.
    if (!wanted && grpcCode(err) === UNIMPLEMENTED) return;
    const why = err instanceof Error ? err.message : String(err);
    throw new ApiError(
      'unavailable',
      `The change to ${flowId} is saved, but its schedule could not be updated in Temporal (${why}); do it again to retry`,
    );
  }
}

const UNIMPLEMENTED = 12;

/** The gRPC status code of a Temporal error (on it or its cause), if any. */
function grpcCode(err: unknown): number | undefined {
  const e = err as { code?: unknown; cause?: { code?: unknown } } | null;
  const code = e?.code ?? e?.cause?.code;
  return typeof code === 'number' ? code : undefined;
}

/** A run as the API shows it: the store's row, or (before the run wrote it) what Temporal knows. */
function runDto(row: ScheduleRunRow) {
  return {
    id: row.id,
    flowVersion: row.flowVersion,
    status: row.status,
    reason: row.reason,
    scheduledAt: row.scheduledAt.toISOString(),
    startedAt: row.startedAt.toISOString(),
    endedAt: row.endedAt ? row.endedAt.toISOString() : null,
    batches: row.batches,
    matched: row.matched,
    started: row.started,
    skipped: row.skipped,
  };
}

/** The flow's schedule for the API: timing, audience, state, next runs and recent runs with their counts. */
export async function flowScheduleView(rt: Runtime, flowId: string) {
  const flow = await getFlow(rt.db, flowId);
  if (!flow) throw new ApiError('not-found', `Flow ${flowId} does not exist`);
  const info = await describeFlowSchedule(rt.client, flowId);
  if (!info) {
    throw new ApiError(
      'not-scheduled',
      flow.currentVersion === null
        ? `Flow ${flowId} is not published, so it has no schedule`
        : `Flow ${flowId} is not started by a schedule (its trigger is not "Schedule")`,
    );
  }
  return viewOf(rt, flowId, flow.currentVersion, info);
}

async function viewOf(rt: Runtime, flowId: string, currentVersion: number | null, info: FlowScheduleInfo) {
  const version = info.flowVersion ?? currentVersion ?? 0;
  const entry = await rt.plans.get(flowId, version);
  const planned = entry ? scheduleOf(entry.plan, version) : null;
  const rows = await listScheduleRuns(rt.db, flowId, 10);
  const known = new Set(rows.map((r) => r.id));
  const pending = info.recentRuns
    .filter((r) => !known.has(r.workflowId))
    .map((r) => ({
      id: r.workflowId,
      flowVersion: version,
      status: 'running' as const,
      reason: null,
      scheduledAt: r.scheduledAt.toISOString(),
      startedAt: r.startedAt.toISOString(),
      endedAt: null,
      batches: 0,
      matched: 0,
      started: 0,
      skipped: 0,
    }));
  return {
    flowId,
    scheduleId: info.scheduleId,
    version,
    currentVersion,
    inSync: currentVersion === version,
    paused: info.paused,
    note: info.note,
    timing: planned ? dropUndefined(planned.timing) : null,
    audience: planned?.audience ?? null,
    audienceText: planned
      ? { es: describeSegment(planned.audience, 'es'), en: describeSegment(planned.audience, 'en') }
      : null,
    nextRuns: info.nextRuns.slice(0, 5).map((d) => d.toISOString()),
    recentRuns: [...pending, ...rows.map(runDto)]
      .sort((a, b) => (a.scheduledAt < b.scheduledAt ? 1 : a.scheduledAt > b.scheduledAt ? -1 : 0))
      .slice(0, 10),
    running: info.running,
    runsTaken: info.runsTaken,
  };
}

const dropUndefined = <T extends object>(o: T): T =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
