import {
  AUDIENCE_ACTIVITIES,
  type AudienceBatchInput,
  type AudienceBatchResult,
  type AudienceCloseInput,
  type AudienceOpenInput,
  type AudienceProgress,
  type AudienceRunInput,
  audienceEventId,
} from '@ruta/flow/runtime';
import { ApplicationFailure, continueAsNew, proxyActivities, setHandler, workflowInfo } from '@temporalio/workflow';
import { progressQuery } from './definitions';

/** Customers per batch when the schedule does not say. */
const DEFAULT_BATCH_SIZE = 100;
/** Batches per workflow run before it continues as new (~6 history events each). */
const DEFAULT_BATCHES_PER_RUN = 200;

interface AudienceActivities {
  [AUDIENCE_ACTIVITIES.open](input: AudienceOpenInput): Promise<void>;
  [AUDIENCE_ACTIVITIES.batch](input: AudienceBatchInput): Promise<AudienceBatchResult>;
  [AUDIENCE_ACTIVITIES.close](input: AudienceCloseInput): Promise<void>;
}

const acts = proxyActivities<AudienceActivities>({
  startToCloseTimeout: '2 minutes',
  retry: {
    initialInterval: '1 second',
    backoffCoefficient: 2,
    maximumInterval: '1 minute',
    maximumAttempts: 20,
    nonRetryableErrorTypes: ['NoDatabase', 'FlowVersionMissing', 'InvalidActivityInput'],
  },
});

/** When the schedule meant this run to start: its `TemporalScheduledStartTime`, else when the run started. */
function scheduledAt(): string {
  const info = workflowInfo();
  const pair = info.typedSearchAttributes.getAll().find((p) => p.key.name === 'TemporalScheduledStartTime');
  const value = pair?.value;
  return (value instanceof Date ? value : info.runStartTime).toISOString();
}

/**
 * One run of a flow's schedule: pages through the flow's audience segment in customer-id order and starts one
 * journey per customer, a batch per activity call. Each journey's id is made of the flow, the customer and this
 * run, so a retried batch starts nobody twice; the flow's re-entry rule applies as for events. Progress is a query
 * and a row in the store; long audiences continue as new with it.
 */
export async function audienceRun(input: AudienceRunInput): Promise<AudienceProgress> {
  const info = workflowInfo();
  const progress: AudienceProgress = input.progress ?? {
    runId: info.workflowId,
    eventId: audienceEventId(input.flowId, info.workflowId),
    scheduledAt: scheduledAt(),
    flowId: input.flowId,
    flowVersion: input.flowVersion,
    after: null,
    batches: 0,
    matched: 0,
    started: 0,
    skipped: 0,
    status: 'running',
  };
  setHandler(progressQuery, () => progress);
  const limit = input.batchSize ?? DEFAULT_BATCH_SIZE;
  const perRun = input.batchesPerRun ?? DEFAULT_BATCHES_PER_RUN;

  let more = false;
  try {
    if (!input.progress) {
      await acts[AUDIENCE_ACTIVITIES.open]({
        runId: progress.runId,
        flowId: progress.flowId,
        flowVersion: progress.flowVersion,
        scheduledAt: progress.scheduledAt,
      });
    }
    for (let done = 0; progress.status === 'running'; done++) {
      if (done >= perRun || workflowInfo().continueAsNewSuggested) {
        more = true;
        break;
      }
      const r = await acts[AUDIENCE_ACTIVITIES.batch]({
        runId: progress.runId,
        eventId: progress.eventId,
        scheduledAt: progress.scheduledAt,
        flowId: progress.flowId,
        flowVersion: progress.flowVersion,
        batch: progress.batches,
        after: progress.after,
        limit,
        searchAttributes: input.searchAttributes,
      });
      progress.batches += 1;
      progress.matched += r.matched;
      progress.started += r.started;
      progress.skipped += r.skipped;
      if (r.last !== null) progress.after = r.last;
      if (r.stop) {
        progress.status = 'stopped';
        progress.reason = r.stop;
      } else if (r.done) {
        progress.status = 'completed';
      }
    }
  } catch (err) {
    progress.status = 'failed';
    progress.reason =
      err instanceof Error ? (err.cause instanceof Error ? err.cause.message : err.message) : String(err);
    await acts[AUDIENCE_ACTIVITIES.close]({ progress });
    throw ApplicationFailure.create({
      type: 'AudienceRunFailed',
      nonRetryable: true,
      message: `The audience run of ${progress.flowId} failed after ${progress.batches} batches: ${progress.reason}`,
      details: [progress],
    });
  }
  if (more) return continueAsNew<typeof audienceRun>({ ...input, progress });
  await acts[AUDIENCE_ACTIVITIES.close]({ progress });
  return progress;
}
