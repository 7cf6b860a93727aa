import { type AudienceRunInput, audienceWorkflowId, parseDuration, type ScheduleOverlap } from '@ruta/flow';
import {
  type Client,
  ScheduleAlreadyRunning,
  type ScheduleDescription,
  ScheduleNotFoundError,
  type ScheduleOptions,
  type ScheduleOverlapPolicy,
  type ScheduleSpec,
} from '@temporalio/client';

/** The workflow type of an audience run (the `audienceRun` function of the workflows package). */
export const AUDIENCE_WORKFLOW_TYPE = 'audienceRun';

/** One Temporal Schedule per flow: `ruta-schedule:<flowId>`. */
export const flowScheduleId = (flowId: string): string => `ruta-schedule:${flowId}`;

/**
 * How long after a missed time (the server was down) a run is still taken: long enough to ride out a restart,
 * short enough that an outage never fires a backlog of outreach.
 */
export const SCHEDULE_CATCHUP_WINDOW = '1 hour';

/** The timing of a schedule trigger, as its params hold it. */
export interface FlowScheduleTiming {
  cron?: string | undefined;
  every?: string | undefined;
  timeZone: string;
  overlap: ScheduleOverlap;
}

const OVERLAP: Record<ScheduleOverlap, ScheduleOverlapPolicy> = {
  skip: 'SKIP',
  buffer_one: 'BUFFER_ONE',
  allow_all: 'ALLOW_ALL',
};

/** Temporal's spec and overlap policy for a schedule trigger (`every` counts from the Unix epoch, in UTC). */
export function scheduleSpecOf(timing: FlowScheduleTiming): { spec: ScheduleSpec; overlap: ScheduleOverlapPolicy } {
  const spec: ScheduleSpec = timing.cron
    ? { cronExpressions: [timing.cron], timezone: timing.timeZone }
    : { intervals: [{ every: intervalMs(timing.every) }], timezone: timing.timeZone };
  return { spec, overlap: OVERLAP[timing.overlap] };
}

/** The interval in ms, read the way the compiler checked it (`1d12h`, `PT6H`), which Temporal's own parser does not. */
function intervalMs(every: string | undefined): number {
  const ms = every === undefined ? undefined : parseDuration(every);
  if (ms === undefined || ms < 1000) throw new Error(`A schedule needs a cron or an interval; got every=${every}`);
  return ms;
}

export interface UpsertFlowScheduleOptions {
  flowId: string;
  flowVersion: number;
  timing: FlowScheduleTiming;
  taskQueue: string;
  /** Runs start journeys with Ruta's search attributes. */
  searchAttributes: boolean;
  /** Customers per batch; the run's default when absent. */
  batchSize?: number;
}

/**
 * Creates the flow's schedule, or updates its timing and action to a new version (keeping whether it is paused).
 * Returns which it did. Runs already going keep the version they started with.
 */
export async function upsertFlowSchedule(client: Client, o: UpsertFlowScheduleOptions): Promise<'created' | 'updated'> {
  const { spec, overlap } = scheduleSpecOf(o.timing);
  const input: AudienceRunInput = {
    flowId: o.flowId,
    flowVersion: o.flowVersion,
    searchAttributes: o.searchAttributes,
    ...(o.batchSize ? { batchSize: o.batchSize } : {}),
  };
  const action = {
    type: 'startWorkflow' as const,
    workflowType: AUDIENCE_WORKFLOW_TYPE,
    workflowId: audienceWorkflowId(o.flowId),
    taskQueue: o.taskQueue,
    args: [input],
  };
  const policies = { overlap, catchupWindow: SCHEDULE_CATCHUP_WINDOW };
  const options: ScheduleOptions = { scheduleId: flowScheduleId(o.flowId), spec, action, policies };
  try {
    await client.schedule.create(options);
    return 'created';
  } catch (err) {
    if (!(err instanceof ScheduleAlreadyRunning)) throw err;
  }
  await client.schedule.getHandle(flowScheduleId(o.flowId)).update((previous) => ({
    ...previous,
    spec,
    action,
    policies: { ...previous.policies, ...policies },
  }));
  return 'updated';
}

/** Deletes the flow's schedule; false when it had none. Runs already going finish. */
export async function deleteFlowSchedule(client: Client, flowId: string): Promise<boolean> {
  return notFoundAsFalse(() => client.schedule.getHandle(flowScheduleId(flowId)).delete());
}

/** Pauses or resumes the flow's schedule with a note saying who and why; false when it has none. */
export async function setFlowSchedulePaused(
  client: Client,
  flowId: string,
  paused: boolean,
  note: string,
): Promise<boolean> {
  const handle = client.schedule.getHandle(flowScheduleId(flowId));
  return notFoundAsFalse(() => (paused ? handle.pause(note) : handle.unpause(note)));
}

/** Starts a run now, whatever the timing (the overlap policy still applies); false when the flow has no schedule. */
export async function triggerFlowSchedule(client: Client, flowId: string): Promise<boolean> {
  return notFoundAsFalse(() => client.schedule.getHandle(flowScheduleId(flowId)).trigger());
}

/** A flow's schedule as Temporal has it. */
export interface FlowScheduleInfo {
  scheduleId: string;
  paused: boolean;
  note: string | null;
  /** The version its runs start journeys on. */
  flowVersion: number | null;
  timeZone: string | null;
  overlap: ScheduleOverlapPolicy;
  /** When it will run next (empty while paused). */
  nextRuns: Date[];
  /** The runs it started lately, newest first. */
  recentRuns: { scheduledAt: Date; startedAt: Date; workflowId: string }[];
  /** Workflow ids of runs still going. */
  running: string[];
  /** Runs it has started since it was created. */
  runsTaken: number;
  /** The raw description, for tests and diagnostics. */
  description: ScheduleDescription;
}

/** The flow's schedule, or null when it has none. */
export async function describeFlowSchedule(client: Client, flowId: string): Promise<FlowScheduleInfo | null> {
  let d: ScheduleDescription;
  try {
    d = await client.schedule.getHandle(flowScheduleId(flowId)).describe();
  } catch (err) {
    if (err instanceof ScheduleNotFoundError) return null;
    throw err;
  }
  const input = (d.action.args?.[0] ?? {}) as Partial<AudienceRunInput>;
  return {
    scheduleId: d.scheduleId,
    paused: d.state.paused,
    note: d.state.note ?? null,
    flowVersion: typeof input.flowVersion === 'number' ? input.flowVersion : null,
    timeZone: d.spec.timezone ?? null,
    overlap: d.policies.overlap,
    nextRuns: d.state.paused ? [] : d.info.nextActionTimes,
    recentRuns: [...d.info.recentActions].reverse().map((a) => ({
      scheduledAt: a.scheduledAt,
      startedAt: a.takenAt,
      workflowId: a.action.workflow.workflowId,
    })),
    running: d.info.runningActions.map((a) => a.workflow.workflowId),
    runsTaken: d.info.numActionsTaken,
    description: d,
  };
}

async function notFoundAsFalse(fn: () => Promise<unknown>): Promise<boolean> {
  try {
    await fn();
    return true;
  } catch (err) {
    if (err instanceof ScheduleNotFoundError) return false;
    throw err;
  }
}
