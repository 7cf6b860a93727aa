/**
 * Schedules benchmark, on one Temporal dev server and one PGlite database in one run, with one worker:
 * how fast an audience run turns a segment of N customers into started journeys (batches of 100 and of 500), as a
 * ratio to the raw rate of starting the same journeys one by one with `startJourney` (same input, same worker,
 * `CONCURRENCY` in flight), measured alternately, median of `REPS`. The audience run also writes every journey's
 * row with its re-entry key and reads the segment page by page; the raw loop does neither.
 * Writes bench/results/schedules.json and schedules.md.
 */
import { writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { createFlow, publishVersion, upsertCustomer } from '@ruta/db';
import { createTestDatabase } from '@ruta/db/testing';
import { type AudienceProgress, type AudienceRunInput, audienceWorkflowId, compile } from '@ruta/flow';
import { AUDIENCE_WORKFLOW_TYPE, startJourney, startLocalServer } from '@ruta/temporal';
import { buildWorkflowBundle, createRutaWorker, DbStore } from '@ruta/workers';
import { DefaultLogger, Runtime } from '@temporalio/worker';
import { machine, median } from '../machine';

const ROOT = join(import.meta.dirname, '../..');
const CUSTOMERS = Number(process.env.BENCH_SCHEDULE_CUSTOMERS ?? 500);
const REPS = Number(process.env.BENCH_REPS ?? 3);
const CONCURRENCY = 16;
const TASK_QUEUE = 'bench-schedules';

const DOCUMENT = {
  schemaVersion: 3,
  id: 'f_bench_schedule',
  name: 'Bench schedule',
  settings: { reentry: 'every_time', transactional: true },
  nodes: [
    {
      id: 'n_trigger',
      kind: 'trigger.schedule',
      params: { cron: '0 9 * * 1', audience: { conditions: [{ field: 'tags', op: 'contains', value: 'bench' }] } },
    },
    { id: 'n_wait', kind: 'wait.duration', params: { duration: '30d' } },
    { id: 'n_end', kind: 'end', params: {} },
  ],
  edges: [
    { id: 'e_1', from: 'n_trigger', port: 'out', to: 'n_wait' },
    { id: 'e_2', from: 'n_wait', port: 'out', to: 'n_end' },
  ],
};

async function runScheduleBench() {
  Runtime.install({ logger: new DefaultLogger('WARN') });
  const compiled = compile(DOCUMENT);
  if (!compiled.ok) throw new Error(JSON.stringify(compiled.diagnostics));
  const plan = compiled.plan;
  const env = await startLocalServer();
  const database = await createTestDatabase();
  const worker = await createRutaWorker({
    connection: env.nativeConnection,
    taskQueue: TASK_QUEUE,
    store: new DbStore(database.db),
    bundlePath: await buildWorkflowBundle(),
  });
  const running = worker.run();
  try {
    for (let i = 0; i < CUSTOMERS; i++) {
      await upsertCustomer(database.db, { id: `c_${String(i).padStart(5, '0')}`, tags: ['bench'] });
    }
    // Customers outside the segment, interleaved by id, so the query filters rather than only pages.
    for (let i = 0; i < CUSTOMERS / 4; i++) await upsertCustomer(database.db, { id: `c_${i}_x`, tags: ['other'] });
    await createFlow(database.db, { id: DOCUMENT.id, name: DOCUMENT.name, document: DOCUMENT });
    await publishVersion(database.db, DOCUMENT.id, { document: DOCUMENT, plan: plan as never, hash: plan.hash });

    let rep = 0;
    const raw = async (): Promise<number> => {
      const t0 = performance.now();
      const ids = Array.from({ length: CUSTOMERS }, (_, i) => `c_${String(i).padStart(5, '0')}`);
      let next = 0;
      const eventId = `raw-${rep++}`;
      await Promise.all(
        Array.from({ length: CONCURRENCY }, async () => {
          while (next < ids.length) {
            const id = ids[next++] as string;
            await startJourney(env.client, {
              plan,
              flowVersion: 1,
              event: { id: eventId, type: 'schedule', customerId: id, time: new Date().toISOString(), data: {} },
              customer: { id, tags: ['bench'] },
              taskQueue: TASK_QUEUE,
            });
          }
        }),
      );
      return CUSTOMERS / ((performance.now() - t0) / 1000);
    };
    const audience = async (batchSize: number): Promise<number> => {
      const t0 = performance.now();
      const input: AudienceRunInput = { flowId: DOCUMENT.id, flowVersion: 1, searchAttributes: true, batchSize };
      const progress = (await env.client.workflow.execute(AUDIENCE_WORKFLOW_TYPE, {
        taskQueue: TASK_QUEUE,
        workflowId: `${audienceWorkflowId(DOCUMENT.id)}-bench-${rep++}`,
        args: [input],
      })) as AudienceProgress;
      if (progress.started !== CUSTOMERS) throw new Error(`started ${progress.started} of ${CUSTOMERS}`);
      return CUSTOMERS / ((performance.now() - t0) / 1000);
    };

    await raw(); // warm-up: the worker's first journey tasks, the dev server's caches
    const rawRates: number[] = [];
    const batch100: number[] = [];
    const batch500: number[] = [];
    for (let i = 0; i < REPS; i++) {
      rawRates.push(await raw());
      batch100.push(await audience(100));
      batch500.push(await audience(500));
    }
    rawRates.push(await raw());
    const round = (n: number) => Math.round(n * 1000) / 1000;
    const baseline = median(rawRates);
    return {
      audienceToRawRatioBatch100: round(median(batch100) / baseline),
      audienceToRawRatioBatch500: round(median(batch500) / baseline),
      detail: {
        customers: CUSTOMERS,
        repetitions: REPS,
        concurrency: CONCURRENCY,
        rawStartsPerSecond: rawRates.map((r) => Math.round(r * 10) / 10),
        batch100JourneysPerSecond: batch100.map((r) => Math.round(r * 10) / 10),
        batch500JourneysPerSecond: batch500.map((r) => Math.round(r * 10) / 10),
      },
      machine: machine(),
      /** The machine's 1-minute load average at the end (other work shares its cores). */
      loadAverage: Math.round((loadavg()[0] ?? 0) * 10) / 10,
    };
  } finally {
    worker.shutdown();
    await running;
    await database.close();
    await env.teardown();
  }
}

type Results = Awaited<ReturnType<typeof runScheduleBench>>;

function writeResults(r: Results, dir = join(ROOT, 'bench/results')): void {
  writeFileSync(join(dir, 'schedules.json'), `${JSON.stringify(r, null, 2)}\n`);
  const d = r.detail;
  const md = `# Schedules benchmark

| figure | value |
| --- | --- |
| audienceToRawRatioBatch100 (journeys/s of an audience run over ${d.customers} customers in batches of 100 ÷ raw \`startJourney\` calls, ${d.concurrency} in flight, median of ${d.repetitions}) | ${r.audienceToRawRatioBatch100} |
| audienceToRawRatioBatch500 (the same in batches of 500) | ${r.audienceToRawRatioBatch500} |

Rates: raw starts ${d.rawStartsPerSecond.join(' / ')} /s (before, between and after the runs); audience runs in batches of 100 ${d.batch100JourneysPerSecond.join(' / ')} journeys/s, of 500 ${d.batch500JourneysPerSecond.join(' / ')} journeys/s.
The audience run also reads the segment page by page and writes each journey's row with its re-entry key (one statement per batch, ~50 ms for 100); one worker runs the audience runs and the journeys' first workflow tasks in both cases. Starting the journeys of a batch goes as fast as raw starts; what a run loses is the wait between batches, when its next workflow task queues behind the first workflow tasks of the journeys it just started (on the same task queue), so larger batches lose less.

Machine: ${r.machine.cpu}, ${r.machine.cores} cores, Node ${r.machine.node}, load average ${r.loadAverage} at the end (shared with other work). One Temporal dev server and one PGlite database, same run.
`;
  writeFileSync(join(dir, 'schedules.md'), md);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const results = await runScheduleBench();
  writeResults(results);
  console.log(JSON.stringify({ ...results, machine: undefined }, null, 2));
}
