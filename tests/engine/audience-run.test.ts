// The audience run (what a flow's schedule starts) on the time-skipping server, with the worker writing to PGlite.
// Temporal Schedules themselves are not implemented by the time-skipping test server (CreateSchedule answers
// UNIMPLEMENTED), so the schedule-level tests run on the dev server (tests/api/schedules.test.ts); here the run's
// workflow is started the way a schedule's action starts it.
import {
  createFlow,
  type Database,
  getFlow,
  getJourney,
  getSteps,
  listJourneys,
  listScheduleRuns,
  publishVersion,
  queryRows,
  sql,
  unpublishFlow,
  upsertCustomer,
} from '@ruta/db';
import { createTestDatabase } from '@ruta/db/testing';
import { type AudienceProgress, type AudienceRunInput, audienceWorkflowId, compile, type Plan } from '@ruta/flow';
import { AUDIENCE_WORKFLOW_TYPE, journeyWorkflowId } from '@ruta/temporal';
import { audienceBatch, createRutaWorker, DbStore, runAudienceBatch } from '@ruta/workers';
import { progressQuery } from '@ruta/workflows/definitions';
import type { Worker } from '@temporalio/worker';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { eventually } from '../support/eventually';
import { withTimeSkippingServer } from '../support/temporal';

const server = withTimeSkippingServer();
let database: Database;
const workers: { worker: Worker; running: Promise<void> }[] = [];
const taskQueue = 'audience-main';
const flakyQueue = 'audience-flaky';
/** Batches the flaky worker was asked to run, by batch number (each attempt once). */
const attempts: number[] = [];

const VIP = 250;
const OTHERS = 40;

function flowDocument(id: string, reentry: 'once' | 'every_time') {
  return {
    schemaVersion: 3,
    id,
    name: `Semanal VIP (${reentry})`,
    settings: { reentry, transactional: false },
    nodes: [
      {
        id: 'n_trigger',
        kind: 'trigger.schedule',
        params: {
          cron: '0 9 * * 1',
          timeZone: 'America/Santiago',
          audience: { match: 'all', conditions: [{ field: 'tags', op: 'contains', value: 'vip' }] },
        },
      },
      { id: 'n_wait', kind: 'wait.duration', params: { duration: '30d' } },
      { id: 'n_end', kind: 'end', params: { outcome: 'done' } },
    ],
    edges: [
      { id: 'e_1', from: 'n_trigger', port: 'out', to: 'n_wait' },
      { id: 'e_2', from: 'n_wait', port: 'out', to: 'n_end' },
    ],
  };
}

/** Creates and publishes a schedule flow straight in the store; returns its plan. */
async function publish(id: string, reentry: 'once' | 'every_time'): Promise<Plan> {
  const document = flowDocument(id, reentry);
  const result = compile(document);
  if (!result.ok) throw new Error(JSON.stringify(result.diagnostics));
  await createFlow(database.db, { id, name: document.name, document });
  await publishVersion(database.db, id, { document, plan: result.plan as never, hash: result.plan.hash });
  return result.plan;
}

/** Starts a run as the schedule's action would (`audience:<flow>-<time>`), on a task queue, and waits for it. */
async function run(flowId: string, time: string, extra: Partial<AudienceRunInput> = {}, queue = taskQueue) {
  const workflowId = `${audienceWorkflowId(flowId)}-${time}`;
  const input: AudienceRunInput = { flowId, flowVersion: 1, searchAttributes: true, batchSize: 100, ...extra };
  const handle = await server.client.workflow.start(AUDIENCE_WORKFLOW_TYPE, {
    taskQueue: queue,
    workflowId,
    args: [input],
  });
  const progress = (await handle.result()) as AudienceProgress;
  return { handle, progress, workflowId };
}

async function journeysOf(flowId: string) {
  return (await listJourneys(database.db, { flowId, limit: 500 })).items;
}

beforeAll(async () => {
  database = await createTestDatabase();
  for (let i = 0; i < VIP + OTHERS; i++) {
    await upsertCustomer(database.db, {
      id: `c_${String(i).padStart(3, '0')}`,
      name: `Cliente ${i}`,
      tags: i % 7 === 0 && i >= VIP ? ['vip-lapsed'] : i < VIP ? ['vip'] : ['regular'],
    });
  }
  const bundlePath = inject('workflowBundle');
  const store = new DbStore(database.db);
  const flaky = {
    ...audienceBatch,
    // The first attempt of batch 1 does its work, then its answer is lost (as when a worker dies just after).
    handler: async (input: Parameters<typeof runAudienceBatch>[1], ctx: { attempt: number }) => {
      attempts.push(input.batch);
      const result = await runAudienceBatch(database.db, input);
      if (input.batch === 1 && ctx.attempt === 1) throw new Error('the answer was lost');
      return result;
    },
  };
  for (const [queue, overrides] of [
    [taskQueue, []],
    [flakyQueue, [flaky]],
  ] as const) {
    const worker = await createRutaWorker({
      connection: server.nativeConnection,
      taskQueue: queue,
      store,
      bundlePath,
      overrides: overrides as never,
    });
    workers.push({ worker, running: worker.run() });
  }
});

afterAll(async () => {
  for (const w of workers) w.worker.shutdown();
  await Promise.all(workers.map((w) => w.running));
  await database?.close();
});

describe('audience runs on the time-skipping server', { timeout: 180_000 }, () => {
  it('starts exactly one journey per customer of the segment, in batches of 100, and none for the others', async () => {
    const plan = await publish('f_weekly', 'once');
    const { progress, handle } = await run('f_weekly', '2026-01-05T12:00:00Z');
    expect(progress).toMatchObject({
      status: 'completed',
      eventId: 'schedule:2026-01-05T12:00:00Z',
      batches: 3,
      matched: VIP,
      started: VIP,
      skipped: 0,
      after: 'c_249',
    });
    const journeys = await journeysOf('f_weekly');
    const customers = (await queryRows<{ id: string }>(database.db, sql`select id from customers order by id`)).map(
      (r) => r.id,
    );
    const inSegment = customers.filter((_, i) => i < VIP);
    expect(journeys.map((j) => j.customerId).sort()).toEqual(inSegment);
    expect(new Set(journeys.map((j) => j.id)).size).toBe(VIP);
    expect(journeys.every((j) => j.eventId === 'schedule:2026-01-05T12:00:00Z' && j.flowVersion === 1)).toBe(true);
    expect(journeys.every((j) => j.reentryKey === `once:f_weekly:${j.customerId}`)).toBe(true);
    // The journeys are real workflows, with the customer's profile and the run as their event.
    const one = server.client.workflow.getHandle(journeyWorkflowId(plan, 'c_007', progress.eventId));
    const described = await one.describe();
    expect(described.type).toBe('journey');
    expect(described.taskQueue).toBe(taskQueue);
    // Its steps reach its row as an event-started journey's do (it now waits at n_wait).
    await eventually('the steps of a scheduled journey', async () => {
      const j = await getJourney(database.db, described.workflowId);
      return j?.currentNode === 'n_wait' ? j : undefined;
    });
    expect((await getSteps(database.db, described.workflowId)).map((st) => [st.type, st.nodeId])).toContainEqual([
      'enter',
      'n_trigger',
    ]);
    // Progress: the query and the row in the store say the same.
    expect(await handle.query(progressQuery)).toEqual(progress);
    const [row] = await listScheduleRuns(database.db, 'f_weekly');
    expect(row).toMatchObject({
      id: 'audience:f_weekly-2026-01-05T12:00:00Z',
      status: 'completed',
      batches: 3,
      matched: VIP,
      started: VIP,
      skipped: 0,
    });
  });

  it("applies the flow's re-entry rule: a `once` flow's next run starts nobody, an `every_time` flow's starts everyone again", async () => {
    const { progress } = await run('f_weekly', '2026-01-12T12:00:00Z');
    expect(progress).toMatchObject({ status: 'completed', matched: VIP, started: 0, skipped: VIP });
    expect(await journeysOf('f_weekly')).toHaveLength(VIP);

    await publish('f_every', 'every_time');
    const first = await run('f_every', '2026-01-05T12:00:00Z');
    const second = await run('f_every', '2026-01-12T12:00:00Z');
    expect(first.progress.started).toBe(VIP);
    expect(second.progress.started).toBe(VIP);
    const journeys = await journeysOf('f_every');
    expect(journeys).toHaveLength(2 * VIP);
    expect(new Set(journeys.map((j) => j.eventId))).toEqual(
      new Set(['schedule:2026-01-05T12:00:00Z', 'schedule:2026-01-12T12:00:00Z']),
    );
  });

  it('a retried batch starts none twice, and counts once', async () => {
    await publish('f_retry', 'every_time');
    attempts.length = 0;
    const { progress } = await run('f_retry', '2026-01-05T12:00:00Z', {}, flakyQueue);
    // Batch 1 ran twice (its first answer was lost), the others once.
    expect(attempts).toEqual([0, 1, 1, 2]);
    expect(progress).toMatchObject({ status: 'completed', batches: 3, matched: VIP, started: VIP, skipped: 0 });
    const journeys = await journeysOf('f_retry');
    expect(journeys).toHaveLength(VIP);
    const [row] = await listScheduleRuns(database.db, 'f_retry');
    expect(row).toMatchObject({ batches: 3, matched: VIP, started: VIP });
    // Temporal holds one workflow per journey id: starting one again is refused as a duplicate.
    const ids = await queryRows<{ n: number }>(
      database.db,
      sql`select count(distinct id)::int as n from journeys where flow_id = 'f_retry'`,
    );
    expect(ids[0]!.n).toBe(VIP);
  });

  it('continues as new on long audiences, carrying its progress', async () => {
    await publish('f_long', 'every_time');
    const { progress, handle } = await run('f_long', '2026-01-05T12:00:00Z', { batchSize: 60, batchesPerRun: 2 });
    expect(progress).toMatchObject({ status: 'completed', batches: 5, matched: VIP, started: VIP });
    const described = await handle.describe();
    // The run that finished is not the first one: it continued as new (250 customers / 60 / 2 per run = 3 runs).
    expect(described.runId).not.toBe(handle.firstExecutionRunId);
    expect(await journeysOf('f_long')).toHaveLength(VIP);
    const [row] = await listScheduleRuns(database.db, 'f_long');
    expect(row).toMatchObject({ id: 'audience:f_long-2026-01-05T12:00:00Z', status: 'completed', batches: 5 });
  });

  it('stops without starting anyone when the flow was unpublished meanwhile', async () => {
    await publish('f_gone', 'every_time');
    await unpublishFlow(database.db, 'f_gone');
    expect((await getFlow(database.db, 'f_gone'))?.currentVersion).toBeNull();
    const { progress } = await run('f_gone', '2026-01-05T12:00:00Z');
    expect(progress).toMatchObject({ status: 'stopped', reason: 'flow_unpublished', started: 0 });
    expect(await journeysOf('f_gone')).toHaveLength(0);
    const [row] = await listScheduleRuns(database.db, 'f_gone');
    expect(row).toMatchObject({ status: 'stopped', reason: 'flow_unpublished' });
  });
});
