/**
 * Journeys waiting for a reply on one worker process: how much resident memory the worker needs for them, how
 * long they take to start and reach their wait, whether they are all alive, and whether the ones signalled
 * (most of them evicted from the cache by then, when the cache is smaller than the crowd) finish correctly.
 */
import type { Client } from '@temporalio/client';
import { BenchWorker } from './bench-worker';
import { expectOutcome, pool, type SideName, startOn } from './side-by-side';
import type { Variant } from './variants';

/** What one crowd of waiting journeys cost. */
export interface WaitingFigures {
  side: SideName;
  journeys: number;
  maxCachedWorkflows: number;
  /** NODE_OPTIONS given to the worker process, or null. */
  nodeOptions: string | null;
  /** Worker memory after a warm-up, before the crowd. */
  rssBeforeMiB: number;
  /** Median over 5 s once every journey waits. */
  rssSteadyMiB: number;
  /** The most the worker ever held (kernel high-water mark and 250 ms samples). */
  rssPeakMiB: number;
  /** From the first start to every journey waiting (its first step taken, no task in hand). */
  startSeconds: number;
  /** Journeys in the worker's cache once they all wait. */
  cachedWorkflows: number;
  /** Running journeys on the task queue, as the server's visibility counts them (null when not asked). */
  alive: number | null;
  signalled: number;
  signalledCompleted: number;
}

export interface WaitingOptions {
  /** The client of this side (Ruta's data converter for Ruta, Temporal's default for the baseline). */
  client: Client;
  /** Ruta's side: its worker's plan store directory (see BenchWorker.start). */
  planStoreDir?: string;
  address: string;
  namespace: string;
  bundle: string;
  side: SideName;
  variant: Variant;
  journeys: number;
  maxCachedWorkflows: number;
  /** NODE_OPTIONS for the worker process (a heap limit), if any. */
  nodeOptions?: string;
  /** How many to signal to the end: all of them, or this many spread over the crowd. */
  signal: 'all' | number;
  countAlive: boolean;
  timeoutMs: number;
  tag: string;
  log: (line: string) => void;
  /** Called with the worker once started, so the caller can kill it at its own time limit. */
  onWorker?: (worker: BenchWorker) => void;
}

const round = (v: number, d = 1) => Math.round(v * 10 ** d) / 10 ** d;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function countRunning(client: Client, taskQueue: string, expected: number): Promise<number> {
  const query = `TaskQueue = '${taskQueue}' AND ExecutionStatus = 'Running'`;
  let last = 0;
  // Visibility trails the journeys a little: ask again until it agrees or a minute passes.
  for (const end = Date.now() + 60_000; Date.now() < end; await sleep(1_000)) {
    last = (await client.workflow.count(query)).count;
    if (last >= expected) break;
  }
  return last;
}

/** Starts a crowd of waiting journeys on a fresh worker process, measures it, signals some, stops the worker. */
export async function waitingCrowd(o: WaitingOptions): Promise<WaitingFigures> {
  const taskQueue = `bench-wait-${o.tag}`;
  const signal = o.variant.signal;
  if (!signal) throw new Error(`${o.variant.name} has no input to end its wait with`);
  const worker = await BenchWorker.start({
    label: `${o.side} (${o.tag})`,
    bundle: o.bundle,
    taskQueue,
    address: o.address,
    namespace: o.namespace,
    ...(o.planStoreDir ? { planStoreDir: o.planStoreDir } : {}),
    env: {
      RUTA_WORKER_MAX_CACHED_WORKFLOWS: String(o.maxCachedWorkflows),
      ...(o.nodeOptions ? { NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} ${o.nodeOptions}`.trim() } : {}),
    },
  });
  o.onWorker?.(worker);
  let peak = 0;
  const sampler = setInterval(() => {
    peak = Math.max(peak, worker.rssMiB());
  }, 250);
  try {
    // Warm-up: the bundle loaded and the path's code compiled before the "before" figure.
    await pool(20, 20, async (i) => {
      const h = await startOn(o.client, o.side, o.variant, taskQueue, `${o.tag}-warm-${i}`);
      await expectOutcome(h, o.variant, o.side);
    });
    const warm = await worker.settle(0, 60_000);
    const rssBeforeMiB = await worker.steadyRssMiB(3_000);

    const started = performance.now();
    await pool(o.journeys, 100, async (i) => {
      await startOn(o.client, o.side, o.variant, taskQueue, `${o.tag}-${i}`, false);
    });
    const waiting = await worker.settle(warm.activities + o.journeys, o.timeoutMs, o.log);
    const startSeconds = (performance.now() - started) / 1000;
    const rssSteadyMiB = await worker.steadyRssMiB(5_000);
    o.log(
      `${o.tag}: ${o.journeys} journeys waiting after ${startSeconds.toFixed(1)} s, worker RSS ${rssBeforeMiB.toFixed(0)} → ` +
        `${rssSteadyMiB.toFixed(0)} MiB, ${waiting.cachedWorkflows} cached (cache ${o.maxCachedWorkflows})`,
    );
    const alive = o.countAlive ? await countRunning(o.client, taskQueue, o.journeys) : null;

    const count = o.signal === 'all' ? o.journeys : Math.min(o.signal, o.journeys);
    const step = o.journeys / count;
    let completed = 0;
    await pool(count, 50, async (k) => {
      const handle = o.client.workflow.getHandle(`${o.tag}-${Math.floor(k * step)}`);
      await handle.signal(signal.name, { ...signal.payload, id: `reply-${k}` });
      await expectOutcome(handle, o.variant, o.side);
      completed++;
    });
    return {
      side: o.side,
      journeys: o.journeys,
      maxCachedWorkflows: o.maxCachedWorkflows,
      nodeOptions: o.nodeOptions ?? null,
      rssBeforeMiB: round(rssBeforeMiB),
      rssSteadyMiB: round(rssSteadyMiB),
      rssPeakMiB: round(Math.max(peak, worker.peakRssMiB())),
      startSeconds: round(startSeconds),
      cachedWorkflows: waiting.cachedWorkflows,
      alive,
      signalled: count,
      signalledCompleted: completed,
    };
  } finally {
    clearInterval(sampler);
    await worker.stop();
  }
}
