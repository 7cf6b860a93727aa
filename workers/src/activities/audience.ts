/**
 * The audience run's activities: record the run, start one journey per customer of a page of the segment, close
 * the run. Journeys start the way an event starts them (packages/db `claimJourneys` writes each journey's row with
 * the flow's re-entry key first, then `startJourney` with a deterministic workflow id), so they get rows, steps
 * and re-entry rules like event-started ones, and a retried batch starts nobody twice.
 */

import {
  claimJourneys,
  closeScheduleRun,
  customerProfile,
  type Db,
  getFlow,
  getJourneys,
  getVersion,
  type JourneyClaim,
  listSegmentPage,
  openScheduleRun,
  recordScheduleBatch,
  releaseJourney,
} from '@ruta/db';
import {
  AUDIENCE_ACTIVITIES,
  Audience,
  type AudienceBatchInput,
  type AudienceBatchResult,
  type AudienceCloseInput,
  type AudienceOpenInput,
  type CustomerProfile,
  migrateScheduleParams,
  type Plan,
} from '@ruta/flow';
import { defineContract, implement } from '@ruta/sdk';
import { journeyWorkflowId, reentryKey, startJourney } from '@ruta/temporal';
import { Context } from '@temporalio/activity';
import { ApplicationFailure } from '@temporalio/common';
import { z } from 'zod';

/** Journeys started at once within a batch (each is one call to Temporal). */
const START_CONCURRENCY = 16;

const RunStatus = z.enum(['running', 'completed', 'stopped', 'failed']);

const OpenInput = z.object({
  runId: z.string().min(1),
  flowId: z.string().min(1),
  flowVersion: z.number().int().positive(),
  scheduledAt: z.iso.datetime({ offset: true }),
}) satisfies z.ZodType<AudienceOpenInput>;

const BatchInput = z.object({
  runId: z.string().min(1),
  eventId: z.string().min(1),
  scheduledAt: z.iso.datetime({ offset: true }),
  flowId: z.string().min(1),
  flowVersion: z.number().int().positive(),
  batch: z.number().int().nonnegative(),
  after: z.string().nullable(),
  limit: z.number().int().min(1).max(1000),
  searchAttributes: z.boolean(),
}) satisfies z.ZodType<AudienceBatchInput>;

const BatchResult = z.object({
  matched: z.number().int(),
  started: z.number().int(),
  skipped: z.number().int(),
  last: z.string().nullable(),
  done: z.boolean(),
  stop: z.literal('flow_unpublished').optional(),
}) satisfies z.ZodType<AudienceBatchResult>;

const CloseInput = z.object({
  progress: z.object({
    runId: z.string(),
    eventId: z.string(),
    scheduledAt: z.string(),
    flowId: z.string(),
    flowVersion: z.number().int(),
    after: z.string().nullable(),
    batches: z.number().int(),
    matched: z.number().int(),
    started: z.number().int(),
    skipped: z.number().int(),
    status: RunStatus,
    reason: z.string().optional(),
  }),
}) satisfies z.ZodType<AudienceCloseInput>;

const retry = { maximumAttempts: 20, initialIntervalMs: 1_000, maximumIntervalMs: 60_000 };
const nonRetryableErrorTypes = ['NoDatabase', 'FlowVersionMissing'];

/** `audience.open`: records the run (idempotent). */
export const audienceOpen = defineContract({
  name: AUDIENCE_ACTIVITIES.open,
  input: OpenInput,
  output: z.void(),
  retry,
  nonRetryableErrorTypes,
});

/** `audience.batch`: one page of the segment and a journey for each of its customers. */
export const audienceBatch = defineContract({
  name: AUDIENCE_ACTIVITIES.batch,
  input: BatchInput,
  output: BatchResult,
  startToCloseTimeoutMs: 120_000,
  retry,
  nonRetryableErrorTypes,
});

/** `audience.close`: the run's final totals. */
export const audienceClose = defineContract({
  name: AUDIENCE_ACTIVITIES.close,
  input: CloseInput,
  output: z.void(),
  retry,
  nonRetryableErrorTypes,
});

/** Published versions never change, so their plans are kept (a few hundred at most). */
const plans = new Map<string, Plan>();

async function planOf(db: Db, flowId: string, version: number): Promise<Plan> {
  const key = `${flowId}\u0000${version}`;
  const cached = plans.get(key);
  if (cached) return cached;
  const row = await getVersion(db, flowId, version);
  if (!row) {
    throw ApplicationFailure.nonRetryable(`Flow ${flowId} has no version ${version}`, 'FlowVersionMissing');
  }
  const plan = row.plan as Plan;
  if (plans.size >= 256) plans.delete(plans.keys().next().value as string);
  plans.set(key, plan);
  return plan;
}

/** The segment a schedule plan reaches (plans published before v3 named one tag: read through the migration). */
function audienceOf(plan: Plan): Audience {
  const params = plan.trigger.kind === 'trigger.schedule' ? migrateScheduleParams(plan.trigger.params) : {};
  const parsed = Audience.safeParse(params.audience);
  if (!parsed.success) {
    throw ApplicationFailure.nonRetryable(
      `Version ${plan.flowId} (${plan.hash.slice(0, 8)}) has no audience segment: publish it again`,
      'FlowVersionMissing',
    );
  }
  return parsed.data;
}

/** Runs `fn` over the items, at most `limit` at a time; the first failure fails the whole call. */
async function eachLimited<T>(items: readonly T[], limit: number, fn: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await fn(items[next++] as T);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

/**
 * Starts the journeys of one page. A customer whose journey row exists with this run's id (a retried batch) is
 * started again, which Temporal answers as a duplicate: it counts once, as started. A customer whose row could not
 * be written because the re-entry key is held (a journey running, or one ever for `once`) is skipped.
 */
export async function runAudienceBatch(db: Db, input: AudienceBatchInput): Promise<AudienceBatchResult> {
  const flow = await getFlow(db, input.flowId);
  if (!flow || flow.currentVersion === null) {
    return { matched: 0, started: 0, skipped: 0, last: null, done: true, stop: 'flow_unpublished' };
  }
  const plan = await planOf(db, input.flowId, input.flowVersion);
  const rows = await listSegmentPage(db, audienceOf(plan), { after: input.after, limit: input.limit });
  const customers: CustomerProfile[] = rows.map(customerProfile);
  const claims: JourneyClaim[] = customers.map((c) => ({
    id: journeyWorkflowId(plan, c.id, input.eventId),
    flowId: input.flowId,
    flowVersion: input.flowVersion,
    customerId: c.id,
    eventId: input.eventId,
    reentryKey: reentryKey(plan, c.id),
  }));
  const fresh = await claimJourneys(db, claims);
  const ours = new Set(
    (
      await getJourneys(
        db,
        claims.filter((c) => !fresh.has(c.id)).map((c) => c.id),
      )
    ).map((j) => j.id),
  );
  const { client, info } = Context.current();
  let started = 0;
  await eachLimited(
    customers.map((customer, i) => ({ customer, claim: claims[i] as JourneyClaim })),
    START_CONCURRENCY,
    async ({ customer, claim }) => {
      if (!fresh.has(claim.id) && !ours.has(claim.id)) return;
      try {
        await startJourney(client, {
          plan,
          flowVersion: input.flowVersion,
          event: {
            id: input.eventId,
            type: 'schedule',
            customerId: customer.id,
            time: input.scheduledAt,
            data: { runId: input.runId, scheduledAt: input.scheduledAt },
          },
          customer,
          taskQueue: info.taskQueue,
          searchAttributes: input.searchAttributes,
        });
      } catch (err) {
        if (fresh.has(claim.id)) await releaseJourney(db, claim.id).catch(() => {});
        throw err;
      }
      started += 1;
    },
  );
  const result: AudienceBatchResult = {
    matched: customers.length,
    started,
    skipped: customers.length - started,
    last: rows.at(-1)?.id ?? null,
    done: rows.length < input.limit,
  };
  await recordScheduleBatch(db, input.runId, {
    batch: input.batch,
    cursor: result.last ?? input.after,
    matched: result.matched,
    started: result.started,
    skipped: result.skipped,
  });
  return result;
}

function needDb(db: Db | null): Db {
  if (db) return db;
  throw ApplicationFailure.nonRetryable(
    "Schedules read customers and record journeys in Ruta's database: run the worker with DATABASE_URL (or in the local stack)",
    'NoDatabase',
  );
}

/** The audience run's activities on Ruta's database (without one, each fails at once saying so). */
export function audienceActivities(db: Db | null) {
  return [
    implement(audienceOpen, async ({ runId, ...run }) => {
      await openScheduleRun(needDb(db), { id: runId, ...run });
    }),
    implement(audienceBatch, async (input) => runAudienceBatch(needDb(db), input)),
    implement(audienceClose, async ({ progress }) => {
      if (progress.status === 'running') return;
      await closeScheduleRun(needDb(db), progress.runId, { ...progress, status: progress.status });
    }),
  ];
}
