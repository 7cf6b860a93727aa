/**
 * API benchmark, on one Temporal dev server in one run:
 * - how fast POST /v1/events turns events into started journeys (one event per request, and batches of 100),
 *   as a ratio to the raw `client.workflow.start` rate (same workflow input and search attributes), median of 3;
 * - API latency (p50/p99) at a fixed request rate (open loop) on GET /v1/journeys and POST /v1/events.
 * Writes bench/results/api.json and api.md. The API runs in its own process (as in production) over real HTTP on
 * 127.0.0.1 with PGlite, no rate limit; this process is the load generator and the raw Temporal client.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { compile, type FlowDocumentInput, type Plan } from '@ruta/flow';
import {
  journeyWorkflowId,
  type PlanBlobStore,
  planPayload,
  RutaCustomerId,
  RutaFlowId,
  RutaFlowVersion,
  RutaStatus,
  rutaDataConverter,
  startLocalServer,
} from '@ruta/temporal';
import { Client } from '@temporalio/client';
import { DefaultLogger, Runtime } from '@temporalio/worker';
import { machine, median } from '../machine';

const ROOT = join(import.meta.dirname, '../..');
const EVENTS = Number(process.env.BENCH_API_EVENTS ?? 400);
const CONCURRENCY = Number(process.env.BENCH_API_CONCURRENCY ?? 32);
// Five, not three: with three the single-event ratios still rose rep by rep (0.68, 0.75, 0.81), so the median was the
// middle of a climb.
const REPS = Number(process.env.BENCH_REPS ?? 5);
/**
 * Events (and raw starts) sent to warm up before measuring. V8 keeps optimizing the API for thousands of events: on
 * this machine its compiler threads took ~0.7-0.9 ms per event after 400-1200 events, ~0.2 after 3000, and the main
 * thread ~20% more than later on (bench/api/profile.ts, December 2026). A production API runs for days: the ratio is
 * of the warm process, so the warm-up goes past 3000.
 */
const WARM_EVENTS = Number(process.env.BENCH_API_WARM_EVENTS ?? 4000);
const RATE = Number(process.env.BENCH_API_RATE ?? 50);
const SECONDS = Number(process.env.BENCH_API_SECONDS ?? 10);
const TASK_QUEUE = 'bench-api';

export const FLOW: FlowDocumentInput = {
  schemaVersion: 2,
  id: 'f_bench_api',
  name: 'Bench',
  settings: { reentry: 'every_time', transactional: true },
  nodes: [
    { id: 'n_trigger', kind: 'trigger.event', params: { eventType: 'bench.event' } },
    { id: 'n_wait', kind: 'wait.event', params: { eventType: 'bench.done', timeout: '1d' } },
    { id: 'n_end', kind: 'end', params: {} },
  ],
  edges: [
    { id: 'e_1', from: 'n_trigger', port: 'out', to: 'n_wait' },
    { id: 'e_2', from: 'n_wait', port: 'received', to: 'n_end' },
    { id: 'e_3', from: 'n_wait', port: 'timeout', to: 'n_end' },
  ],
};

/** Runs `tasks` with at most `limit` in flight. */
async function pool(count: number, limit: number, task: (i: number) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, count) }, async () => {
      while (next < count) await task(next++);
    }),
  );
}

/**
 * Raw starts: what Ruta asks Temporal for each journey, without the API in between: the same arguments (the input,
 * then the plan marked for the claim check) and search attributes, through a client with the same data converter
 * as the API's (Ruta's, with a plan store of its own).
 */
export async function rawRate(client: Client, plan: Plan, tag: string, count = EVENTS): Promise<number> {
  const t = performance.now();
  await pool(count, CONCURRENCY, async (i) => {
    const customer = { id: `c-${tag}-${i}` };
    const event = {
      id: `${tag}-${i}`,
      type: 'bench.event',
      customerId: customer.id,
      time: new Date().toISOString(),
      data: {},
    };
    await client.workflow.start('journey', {
      taskQueue: TASK_QUEUE,
      workflowId: journeyWorkflowId(plan, customer.id, event.id),
      args: [{ flowVersion: 1, event, customer }, planPayload(plan)],
      workflowIdReusePolicy: 'REJECT_DUPLICATE',
      workflowIdConflictPolicy: 'FAIL',
      typedSearchAttributes: [
        { key: RutaFlowId, value: plan.flowId },
        { key: RutaFlowVersion, value: 1 },
        { key: RutaCustomerId, value: customer.id },
        { key: RutaStatus, value: 'running' },
      ],
    });
  });
  return count / ((performance.now() - t) / 1000);
}

export interface Http {
  post(path: string, body: unknown): Promise<{ status: number; json: Record<string, unknown> }>;
  get(path: string): Promise<number>;
}

export function http(base: string, key: string): Http {
  const headers = { authorization: `Bearer ${key}`, 'content-type': 'application/json' };
  return {
    async post(path, body) {
      const res = await fetch(`${base}${path}`, { method: 'POST', headers, body: JSON.stringify(body) });
      return { status: res.status, json: (await res.json()) as Record<string, unknown> };
    },
    async get(path) {
      const res = await fetch(`${base}${path}`, { headers });
      await res.arrayBuffer();
      return res.status;
    },
  };
}

type Touch = { action: string };
const startedIn = (result: Record<string, unknown>) =>
  ((result.journeys as Touch[] | undefined) ?? []).filter((j) => j.action === 'started').length;

/** Single events, one per request (`count` of them). Returns started journeys per second. */
export async function singleRate(api: Http, tag: string, count = EVENTS): Promise<number> {
  let started = 0;
  const t = performance.now();
  await pool(count, CONCURRENCY, async (i) => {
    const r = await api.post('/v1/events', { id: `${tag}-${i}`, type: 'bench.event', customerId: `c-${tag}-${i}` });
    if (r.status !== 202) throw new Error(`POST /v1/events answered ${r.status}: ${JSON.stringify(r.json)}`);
    started += startedIn(r.json);
  });
  const rate = started / ((performance.now() - t) / 1000);
  if (started !== count) throw new Error(`${count} events started ${started} journeys`);
  return rate;
}

/** Batches of 100 events per request. Returns started journeys per second. */
async function batchRate(api: Http, tag: string): Promise<number> {
  const batches = Math.max(1, Math.round(EVENTS / 100));
  let started = 0;
  const t = performance.now();
  await pool(batches, Math.max(1, Math.floor(CONCURRENCY / 16)), async (b) => {
    const body = Array.from({ length: 100 }, (_, i) => ({
      id: `${tag}-${b}-${i}`,
      type: 'bench.event',
      customerId: `c-${tag}-${b}-${i}`,
    }));
    const r = await api.post('/v1/events', body);
    if (r.status !== 202) throw new Error(`batch answered ${r.status}: ${JSON.stringify(r.json).slice(0, 500)}`);
    for (const result of r.json.results as Record<string, unknown>[]) started += startedIn(result);
  });
  const rate = started / ((performance.now() - t) / 1000);
  if (started !== batches * 100) throw new Error(`${batches * 100} batched events started ${started} journeys`);
  return rate;
}

function percentile(values: number[], p: number): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))]!;
}

/** Open-loop load: one request every 1/rate s whatever the answers take; latency of each. */
async function fixedRate(send: (i: number) => Promise<unknown>): Promise<number[]> {
  const total = RATE * SECONDS;
  const interval = 1000 / RATE;
  const latencies: number[] = [];
  const start = performance.now();
  const inflight: Promise<void>[] = [];
  for (let i = 0; i < total; i++) {
    const due = start + i * interval;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    inflight.push(
      (async () => {
        const t = performance.now();
        await send(i);
        latencies.push(performance.now() - t);
      })(),
    );
  }
  await Promise.all(inflight);
  return latencies;
}

const round = (v: number, d = 2) => Math.round(v * 10 ** d) / 10 ** d;

/** A plan store in memory, for the raw client's claim check (the API's is its database). */
function memoryPlanStore(): PlanBlobStore {
  const blobs = new Map<string, Uint8Array>();
  return {
    putPlanBlob: async (sha256, bytes) => void blobs.set(sha256, bytes),
    getPlanBlob: async (sha256) => blobs.get(sha256),
  };
}

/** The raw starts' client: on the dev server's connection, with the data converter the API's client has. */
function rawClient(env: { connection: Client['connection'] }): Client {
  return new Client({ connection: env.connection, dataConverter: rutaDataConverter({ planStore: memoryPlanStore() }) });
}

/** Starts the API process against the dev server; resolves with its port and admin key. */
export function startApi(
  address: string,
  databaseUrl?: string,
): Promise<{ child: ChildProcess; port: number; key: string }> {
  // BENCH_API_NODE_ARGS: extra flags for the API process, e.g. `--cpu-prof --cpu-prof-dir=/tmp/prof` to profile it.
  const nodeArgs = (process.env.BENCH_API_NODE_ARGS ?? '').split(' ').filter(Boolean);
  const child = spawn(process.execPath, [...nodeArgs, '--import', 'tsx', join(import.meta.dirname, 'server.ts')], {
    cwd: ROOT,
    env: {
      ...process.env,
      TEMPORAL_ADDRESS: address,
      RUTA_TASK_QUEUE: TASK_QUEUE,
      ...(databaseUrl ? { BENCH_API_DATABASE_URL: databaseUrl } : {}),
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`the API process exited (${code})`)));
    createInterface({ input: child.stdout! }).on('line', (line) => {
      if (!line.startsWith('{')) return;
      const { port, key } = JSON.parse(line) as { port: number; key: string };
      resolve({ child, port, key });
    });
  });
}

export async function stopApi(child: ChildProcess): Promise<void> {
  child.removeAllListeners('exit');
  await new Promise((resolve) => {
    child.once('exit', resolve);
    child.kill('SIGTERM');
  });
}

export async function publishBenchFlow(api: Http): Promise<void> {
  const created = await api.post('/v1/flows', { document: FLOW });
  if (created.status !== 201) throw new Error(`create flow: ${JSON.stringify(created.json)}`);
  const published = await api.post('/v1/flows/f_bench_api/publish', {});
  if (published.status !== 201) throw new Error(`publish: ${JSON.stringify(published.json)}`);
}

/**
 * Single events on an API process backed by PostgreSQL (same dev server, same raw-start baseline measured right
 * before and after each run). Returns the ratios and rates per repetition.
 */
async function singleOnPostgres(address: string, client: Client, plan: Plan, url: string) {
  const { child, port, key } = await startApi(address, url);
  try {
    const api = http(`http://127.0.0.1:${port}`, key);
    await publishBenchFlow(api);
    await singleRate(api, 'pg-warm-single', WARM_EVENTS);
    const ratios: number[] = [];
    const rates: number[] = [];
    for (let rep = 0; rep < REPS; rep++) {
      const before = await rawRate(client, plan, `pg-raw-${rep}-a`);
      rates.push(await singleRate(api, `pg-single-${rep}`));
      const after = await rawRate(client, plan, `pg-raw-${rep}-b`);
      ratios.push(rates[rep]! / ((before + after) / 2));
    }
    return { ratios, rates };
  } finally {
    await stopApi(child);
  }
}

export async function runApiBench(): Promise<Record<string, unknown>> {
  Runtime.install({ logger: new DefaultLogger('WARN') });
  // The machine is shared: the 1-minute load average before and after says how busy it was during the run.
  const loadBefore = loadavg()[0]!;
  const env = await startLocalServer();
  const client = rawClient(env);
  const { child, port, key } = await startApi(env.address);
  const api = http(`http://127.0.0.1:${port}`, key);
  const compiled = compile(FLOW);
  if (!compiled.ok) throw new Error('bench flow does not compile');
  const plan = compiled.plan;

  try {
    await publishBenchFlow(api);

    // Warm up every path (connections, JIT, caches): see WARM_EVENTS.
    await rawRate(client, plan, 'warm-raw', WARM_EVENTS);
    await singleRate(api, 'warm-single', WARM_EVENTS);
    await batchRate(api, 'warm-batch');

    // The dev server slows down as journeys pile up, so each API measurement is compared with raw starts measured
    // right before and right after it (their mean), which cancels the drift.
    const raw: number[] = [];
    const single: number[] = [];
    const batch: number[] = [];
    const singleRatios: number[] = [];
    const batchRatios: number[] = [];
    for (let rep = 0; rep < REPS; rep++) {
      const before = await rawRate(client, plan, `raw-${rep}-a`);
      single.push(await singleRate(api, `single-${rep}`));
      const between = await rawRate(client, plan, `raw-${rep}-b`);
      batch.push(await batchRate(api, `batch-${rep}`));
      const after = await rawRate(client, plan, `raw-${rep}-c`);
      raw.push(before, between, after);
      singleRatios.push(single[rep]! / ((before + between) / 2));
      batchRatios.push(batch[rep]! / ((between + after) / 2));
    }

    const listLatency = await fixedRate(() => api.get('/v1/journeys?limit=50'));
    const eventLatency = await fixedRate((i) =>
      api.post('/v1/events', { id: `lat-${i}`, type: 'bench.event', customerId: `c-lat-${i}` }),
    );
    const all = [...listLatency, ...eventLatency];
    await stopApi(child);
    const pgUrl = process.env.DATABASE_URL_TEST;
    const pg = pgUrl ? await singleOnPostgres(env.address, client, plan, pgUrl) : null;
    return {
      eventsToJourneysRatioSingle: round(median(singleRatios), 3),
      ...(pg ? { eventsToJourneysRatioSinglePg: round(median(pg.ratios), 3) } : {}),
      eventsToJourneysRatioBatch100: round(median(batchRatios), 3),
      latencyP50Ms: round(percentile(all, 50)),
      latencyP99Ms: round(percentile(all, 99)),
      detail: {
        eventsPerRun: EVENTS,
        warmUpEvents: WARM_EVENTS,
        concurrency: CONCURRENCY,
        repetitions: REPS,
        rawStartsPerSecond: raw.map((v) => round(v, 1)),
        singleRatios: singleRatios.map((v) => round(v, 3)),
        batchRatios: batchRatios.map((v) => round(v, 3)),
        singleEventJourneysPerSecond: single.map((v) => round(v, 1)),
        batch100JourneysPerSecond: batch.map((v) => round(v, 1)),
        ...(pg
          ? {
              postgres: {
                singleRatios: pg.ratios.map((v) => round(v, 3)),
                singleEventJourneysPerSecond: pg.rates.map((v) => round(v, 1)),
              },
            }
          : {}),
        latency: {
          requestsPerSecond: RATE,
          seconds: SECONDS,
          getJourneys: { p50Ms: round(percentile(listLatency, 50)), p99Ms: round(percentile(listLatency, 99)) },
          postEvent: { p50Ms: round(percentile(eventLatency, 50)), p99Ms: round(percentile(eventLatency, 99)) },
        },
        loadAverage1m: { before: round(loadBefore), after: round(loadavg()[0]!) },
        setup:
          "API in its own process over HTTP on 127.0.0.1, PGlite (in memory), Temporal CLI dev server (in memory), no worker polling (start throughput only), rate limit off; API and raw starts with the same arguments and the same data converter (Ruta's: plan claim check, compression)",
      },
      targets: {
        eventsToJourneysRatioSingle: '>= 0.8',
        eventsToJourneysRatioSinglePg: '>= 0.8',
        eventsToJourneysRatioBatch100: '>= 0.8',
      },
      machine: machine(),
    };
  } finally {
    if (child.exitCode === null && child.signalCode === null) await stopApi(child);
    await env.teardown();
  }
}

/** Writes the figures as JSON and a short Markdown table. */
export function writeApiResults(results: Record<string, unknown>, dir = join(ROOT, 'bench/results')): void {
  writeFileSync(join(dir, 'api.json'), `${JSON.stringify(results, null, 2)}\n`);
  const r = results as Record<string, number> & {
    detail: {
      rawStartsPerSecond: number[];
      singleEventJourneysPerSecond: number[];
      batch100JourneysPerSecond: number[];
      repetitions: number;
      concurrency: number;
      warmUpEvents: number;
      loadAverage1m: { before: number; after: number };
      latency: {
        requestsPerSecond: number;
        seconds: number;
        getJourneys: { p50Ms: number; p99Ms: number };
        postEvent: { p50Ms: number; p99Ms: number };
      };
    };
    machine: { cpu: string; cores: number; node: string };
  };
  const d = r.detail;
  const md = `# API benchmark

| figure | value | target |
| --- | --- | --- |
| eventsToJourneysRatioSingle (journeys/s from single-event POSTs ÷ raw client.workflow.start/s measured just before and after, median of ${d.repetitions}) | ${r.eventsToJourneysRatioSingle} | ≥ 0.8 |
| eventsToJourneysRatioSinglePg (the same on an API process backed by PostgreSQL, DATABASE_URL_TEST) | ${r.eventsToJourneysRatioSinglePg ?? 'not measured'} | ≥ 0.8 |
| eventsToJourneysRatioBatch100 (batches of 100 ÷ raw, the same way) | ${r.eventsToJourneysRatioBatch100} | ≥ 0.8 |
| latencyP50Ms (${d.latency.requestsPerSecond} req/s for ${d.latency.seconds} s each on GET /v1/journeys and POST /v1/events) | ${r.latencyP50Ms} | — |
| latencyP99Ms | ${r.latencyP99Ms} | — |

Rates (per repetition): raw starts ${d.rawStartsPerSecond.join(' / ')} /s (before, between, after); single events ${d.singleEventJourneysPerSecond.join(' / ')} journeys/s; batches of 100 ${d.batch100JourneysPerSecond.join(' / ')} journeys/s; ${d.concurrency} requests (or starts) in flight.
Latency: GET /v1/journeys p50 ${d.latency.getJourneys.p50Ms} ms, p99 ${d.latency.getJourneys.p99Ms} ms; POST /v1/events p50 ${d.latency.postEvent.p50Ms} ms, p99 ${d.latency.postEvent.p99Ms} ms.

Machine: ${r.machine.cpu}, ${r.machine.cores} cores, Node ${r.machine.node}; 1-minute load average ${d.loadAverage1m.before} before the run, ${d.loadAverage1m.after} after (the machine is shared, and every figure moves with it). Each API process and the raw client are warmed up first with ${d.warmUpEvents} single events (starts): V8 keeps optimizing for thousands. Same Temporal dev server, same run; the API in its own process over HTTP with PGlite (PostgreSQL for the Pg figure); the API's client and the raw starts send the same arguments through the same data converter (Ruta's: plan claim check, compression); no worker (start throughput only).
`;
  writeFileSync(join(dir, 'api.md'), md);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const results = await runApiBench();
  writeApiResults(results);
  console.log(JSON.stringify({ ...results, detail: undefined, machine: undefined }, null, 2));
}
