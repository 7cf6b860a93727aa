// The claim check on a real Temporal dev server: a journey started with Ruta's data converter keeps only a
// reference to its plan in history (in its start input and in every continue-as-new), completes, and its history
// replays with the codec; a worker whose store lacks the plan fails the workflow task with a clear message, and the
// journey goes on once the plan is there (the failure is retried, never swallowed).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compile, type FlowDocumentInput, type Plan } from '@ruta/flow';
import { PLAN_REF_ENCODING, rutaDataConverter, startJourney } from '@ruta/temporal';
import { REPLAY_SINKS } from '@ruta/workers';
import type { JourneyResult } from '@ruta/workflows/definitions';
import { Client } from '@temporalio/client';
import type { Payload } from '@temporalio/common';
import type proto from '@temporalio/proto';
import { Worker } from '@temporalio/worker';
import { describe, expect, inject, it } from 'vitest';
import { ROOT } from '../support/engine';
import { eventually } from '../support/eventually';
import { withLocalServer } from '../support/temporal';
import { tempStore, withWorker } from '../support/worker';

type History = proto.temporal.api.history.v1.IHistory;

const { store, dir } = tempStore();
// The environment's client is made by the same factory as every Ruta client, with the worker's store.
const server = withLocalServer({ planStore: store });
const { taskQueue } = withWorker(server, { store });
// A worker on another queue whose store has never seen the plan (as a worker pointed at the wrong database).
const empty = tempStore();
const lacking = withWorker(server, { store: empty.store });

/** The continue-as-new fixture with a 1 s wait instead of 1 h: twelve sends, continuing as new every 20 events. */
function loopPlan(flowId: string): Plan {
  const doc = JSON.parse(
    readFileSync(join(ROOT, 'tests/fixtures/continue-as-new/flow.json'), 'utf8'),
  ) as FlowDocumentInput;
  doc.id = flowId;
  const wait = doc.nodes.find((n) => n.id === 'n_wait')!;
  wait.params = { ...(wait.params as Record<string, unknown>), timeout: '1s' };
  const result = compile(doc);
  if (!result.ok) throw new Error(JSON.stringify(result.diagnostics));
  return result.plan;
}

const customer = { id: 'c_claim', name: 'Clara', locale: 'es' as const };
const event = (id: string) => ({
  id,
  type: 'manual',
  customerId: customer.id,
  time: new Date().toISOString(),
  data: {},
});
const text = (b: Uint8Array | null | undefined) => Buffer.from(b ?? new Uint8Array()).toString('latin1');

/** Every run's history of a workflow, first to last, read raw (a client without codecs). */
async function rawRuns(workflowId: string, firstRunId: string): Promise<History[]> {
  const raw = new Client({ connection: server.connection, namespace: server.namespace });
  const runs: History[] = [];
  for (let runId: string | null | undefined = firstRunId; runId; ) {
    const history = await raw.workflow.getHandle(workflowId, runId).fetchHistory();
    runs.push(history);
    runId = history.events?.at(-1)?.workflowExecutionContinuedAsNewEventAttributes?.newExecutionRunId;
  }
  return runs;
}

describe('plan claim check', () => {
  it('keeps only a reference to the plan in every run of a journey, which completes and replays with the codec', async () => {
    const plan = loopPlan('f_claim_loop');
    const started = await startJourney(server.client, {
      plan,
      flowVersion: 1,
      event: event('evt-claim-1'),
      customer,
      taskQueue,
    });
    if (!started.started) throw new Error('not started');
    const result = (await server.client.workflow.getHandle(started.workflowId).result()) as JourneyResult;
    expect(result.status).toBe('completed');
    expect(result.outcome).toBe('done');
    expect(result.runs).toBeGreaterThan(1);

    // One blob, written once, for every run.
    const blobs = readdirSync(join(dir, 'plans')).filter((f) => f.endsWith('.bin'));
    expect(blobs).toHaveLength(1);
    const sha = blobs[0]!.replace(/\.bin$/, '');
    const stored = await store.getPlanBlob(sha);
    expect(text(stored)).toContain('"f_claim_loop"');

    const runs = await rawRuns(started.workflowId, started.runId);
    expect(runs.length).toBe(result.runs);
    for (const [i, history] of runs.entries()) {
      const input = history.events?.[0]?.workflowExecutionStartedEventAttributes?.input?.payloads as Payload[];
      expect(input, `run ${i + 1}`).toHaveLength(2);
      expect(text(input[1]!.metadata?.encoding), `run ${i + 1}`).toBe(PLAN_REF_ENCODING);
      expect(Buffer.from(input[1]!.data!).toString('hex'), `run ${i + 1}`).toBe(sha);
      // The plan's own text (its template, its node kinds) is nowhere in the history.
      const raw = JSON.stringify(history) + (history.events ?? []).map((e) => JSON.stringify(e)).join('');
      expect(raw.includes('logic.loop'), `run ${i + 1}`).toBe(false);
      const payloadText = input.map((p) => text(p.data)).join('');
      expect(payloadText.includes('Recordatorio {{'), `run ${i + 1}`).toBe(false);
    }

    // The recorded history replays against the bundle with Ruta's converter reading the store…
    const codePath = inject('workflowBundle');
    await Worker.runReplayHistory(
      { workflowBundle: { codePath }, sinks: REPLAY_SINKS, dataConverter: rutaDataConverter({ planStore: store }) },
      runs[0]!,
      started.workflowId,
    );
    // …and without a store the replay says what is missing instead of guessing.
    await expect(
      Worker.runReplayHistory(
        { workflowBundle: { codePath }, sinks: REPLAY_SINKS, dataConverter: rutaDataConverter({ planStore: null }) },
        runs[0]!,
        `${started.workflowId}-nostore`,
      ),
    ).rejects.toThrow(/no plan store/);
  });

  it('a second start of the same plan writes nothing new and reads the plan from the cache', async () => {
    const plan = loopPlan('f_claim_loop');
    let puts = 0;
    const counting = {
      putPlanBlob: async (sha: string, bytes: Uint8Array) => {
        puts++;
        await store.putPlanBlob(sha, bytes);
      },
      getPlanBlob: (sha: string) => store.getPlanBlob(sha),
    };
    const client = new Client({
      connection: server.connection,
      namespace: server.namespace,
      dataConverter: rutaDataConverter({ planStore: counting }),
    });
    for (const id of ['evt-claim-2', 'evt-claim-3']) {
      const r = await startJourney(client, { plan, flowVersion: 1, event: event(id), customer, taskQueue });
      expect(r.started).toBe(true);
    }
    expect(puts).toBe(1);
  });

  it('a worker whose store lacks the plan fails the workflow task, saying so, and goes on once the plan is there', async () => {
    const plan = loopPlan('f_claim_missing');
    const started = await startJourney(server.client, {
      plan,
      flowVersion: 1,
      event: event('evt-claim-missing'),
      customer,
      taskQueue: lacking.taskQueue,
    });
    if (!started.started) throw new Error('not started');
    const raw = new Client({ connection: server.connection, namespace: server.namespace });
    const failure = await eventually('the workflow task to fail', async () => {
      const history = await raw.workflow.getHandle(started.workflowId).fetchHistory();
      return history.events?.find((e) => e.workflowTaskFailedEventAttributes)?.workflowTaskFailedEventAttributes
        ?.failure?.message;
    });
    expect(failure).toMatch(/Compiled plan [0-9a-f]{12}… is not in this process's plan store/);
    expect(failure).toContain('DATABASE_URL');
    // Nothing was run without the plan.
    expect(await empty.store.listOutbound({ journeyId: started.workflowId })).toEqual([]);

    // The plan arrives (the worker is pointed at the right store): Temporal's retry of the task finds it.
    for (const f of readdirSync(join(dir, 'plans'))) {
      const h = f.replace(/\.bin$/, '');
      await empty.store.putPlanBlob(h, (await store.getPlanBlob(h))!);
    }
    const result = (await server.client.workflow.getHandle(started.workflowId).result()) as JourneyResult;
    expect(result.outcome).toBe('done');
  }, 120_000);
});
