/**
 * Engine benchmark. On one Temporal dev server, in one run:
 * - Ruta's journey against hand-written Temporal workflows of the same steps, each side on its own workflow bundle
 *   and worker process (the baseline's bundle holds nothing of Ruta and gets only the customer and the event),
 *   with the same no-op activities: throughput with a fixed number of journeys in flight, worker and server CPU
 *   per journey, history events and bytes, for the five-step flow and every sample flow's main path, in
 *   interleaved rounds (medians and spread);
 * - worker memory per waiting journey (RSS growth at N journeys waiting for a reply, all cached), Ruta ÷ baseline;
 * - 10,000 journeys waiting for a reply on one Ruta worker with the default cache: RSS steady and peak, time to
 *   start, all alive, 100 signalled to the end;
 * - compile time of a 1000-node flow, simulation time of a 30-day journey.
 * Writes bench/results/engine.json and engine.md. `--quick` runs small counts (a check, not figures to keep).
 * Everything is bounded: a time limit stops the run and its processes.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { rutaDataConverter, startLocalServer } from '@ruta/temporal';
import { DEFAULT_MAX_CACHED_WORKFLOWS, FileStore } from '@ruta/workers';
import { Client } from '@temporalio/client';
import { DefaultLogger, Runtime } from '@temporalio/worker';
import { machine } from '../machine';
import { BenchWorker } from './bench-worker';
import { bundleDslSample, findDslSample } from './dsl-sample';
import { bytesTable, historyBytes, sideBundles } from './history-bytes';
import { childrenMatching } from './proc';
import { pureFigures } from './pure';
import { type EngineResults, writeEngineResults } from './report';
import { type Sides, throughputRounds } from './side-by-side';
import { fiveStepVariant, fourStepVariant, sampleVariants, UNMEASURED_SAMPLES } from './variants';
import { waitingCrowd } from './waiting';

/** The run's counts; `--quick` and `--name=value` flags (or BENCH_* variables) change them. */
function settings(argv: string[]) {
  const quick = argv.includes('--quick');
  const flag = (name: string, full: number, small: number, min = 1) => {
    const arg = argv.find((a) => a.startsWith(`--${name}=`));
    const env = process.env[`BENCH_${name.toUpperCase().replaceAll('-', '_')}`];
    const value = Number(arg?.split('=')[1] ?? env ?? (quick ? small : full));
    if (!Number.isInteger(value) || value < min) throw new Error(`--${name} must be a whole number of at least ${min}`);
    return value;
  };
  return {
    mode: quick ? ('quick' as const) : ('full' as const),
    rounds: flag('rounds', 5, 2),
    journeys: flag('journeys', 200, 30),
    inFlight: flag('in-flight', 50, 15),
    memoryJourneys: flag('memory-journeys', 2_000, 300),
    crowd: flag('crowd', 10_000, 1_000),
    crowdSignalled: flag('crowd-signalled', 100, 100),
    cache: flag('cache', DEFAULT_MAX_CACHED_WORKFLOWS, DEFAULT_MAX_CACHED_WORKFLOWS),
    limitMinutes: flag('limit-minutes', 120, 30),
    /** The crowd's worker runs with NODE_OPTIONS=--max-old-space-size=N, as the README recommends; 0: Node's default. */
    workerHeapMb: flag('worker-heap-mb', 512, 512, 0),
    /** Also run the crowd with Node's default heap, to show what the heap limit does (full runs; `--compare-heap=0` skips). */
    compareHeap: flag('compare-heap', 1, 0, 0) === 1,
    /** `--only=crowd` (or throughput, memory, bytes; comma-separated) runs those parts and prints them, writing nothing. */
    only: argv
      .find((a) => a.startsWith('--only='))
      ?.slice(7)
      .split(',')
      .filter(Boolean),
    /** `--flows=five-steps,csat` runs the throughput part on those flows only (with `--only`: figures not written). */
    flows: argv
      .find((a) => a.startsWith('--flows='))
      ?.slice(8)
      .split(',')
      .filter(Boolean),
  };
}

const log = (line: string) => console.log(`[engine] ${line}`);

/** The parts of a run; all of them unless `--only` picked some. */
type Parts = Partial<
  Pick<EngineResults, 'flows' | 'memory' | 'crowd' | 'crowdNodeDefaultHeap' | 'loadAverage' | 'historyBytes'>
>;

/** The 1, 5 and 15 minute load averages now (other work shares the cores; figures are read beside it). */
const load = () => loadavg().map((x) => Math.round(x * 100) / 100) as [number, number, number];

export async function runEngineBench(argv: string[] = process.argv.slice(2)): Promise<EngineResults | Parts> {
  const s = settings(argv);
  if (s.flows && !s.only) throw new Error('--flows picks flows for a look, not for the results: use it with --only');
  const wants = (part: 'throughput' | 'memory' | 'crowd' | 'bytes') => !s.only || s.only.includes(part);
  Runtime.install({ logger: new DefaultLogger('WARN') });
  log(`${s.mode} run: ${JSON.stringify(s)}`);
  const pure = await pureFigures();
  // History bytes per flow under each of Ruta's encodings, on a server of their own (deterministic, quick).
  const historyBytesRows = wants('bytes') ? await historyBytes() : undefined;
  if (s.only && historyBytesRows) log(`history bytes:\n${bytesTable(historyBytesRows)}`);

  const bundles = await sideBundles();
  const dslSample = findDslSample();
  const dslBundle = 'path' in dslSample ? await bundleDslSample(dslSample.path) : null;
  log(
    'path' in dslSample
      ? `Temporal's dsl-interpreter sample: ${dslSample.path}`
      : `${dslSample.absent}: its column is left out`,
  );
  // The baselines start with Temporal's default converter (what hand-written code pays); Ruta's side with Ruta's
  // data converter (plan claim check with a file plan store, compression), as Ruta's API starts journeys.
  const env = await startLocalServer({ client: { dataConverter: undefined } });
  const address = env.address;
  const namespace = env.namespace ?? 'default';
  const planStoreDir = mkdtempSync(join(tmpdir(), 'ruta-bench-plans-'));
  const rutaClient = new Client({
    connection: env.connection,
    namespace,
    dataConverter: rutaDataConverter({ planStore: new FileStore(planStoreDir) }),
  });
  const clientOf = (side: 'hand' | 'ruta') => (side === 'ruta' ? rutaClient : env.client);
  const workers: BenchWorker[] = [];
  // The time limit: kill what runs and leave with an error rather than run on.
  const limit = setTimeout(() => {
    console.error(`[engine] time limit of ${s.limitMinutes} min reached: stopping`);
    for (const w of workers) w.kill();
    void env.teardown().finally(() => process.exit(2));
  }, s.limitMinutes * 60_000);
  try {
    const serverPid = childrenMatching(process.pid, 'start-dev')[0];
    if (!serverPid) throw new Error('Could not find the dev server process among this process’s children');
    const start = (side: 'hand' | 'ruta' | 'dsl', bundle: string) =>
      BenchWorker.start({
        label: side,
        bundle,
        taskQueue: `bench-${side}`,
        address,
        namespace,
        ...(side === 'ruta' ? { planStoreDir } : {}),
      }).then((w) => {
        workers.push(w);
        return w;
      });
    const variants = [fiveStepVariant(), fourStepVariant(), ...sampleVariants()];
    const parts: Parts = {
      loadAverage: { start: load() },
      ...(historyBytesRows ? { historyBytes: historyBytesRows } : {}),
    };
    if (wants('throughput')) {
      const sides: Sides = {
        client: env.client,
        rutaClient,
        serverPid,
        workers: {
          hand: { worker: await start('hand', bundles.hand), taskQueue: 'bench-hand' },
          ruta: { worker: await start('ruta', bundles.ruta), taskQueue: 'bench-ruta' },
          ...(dslBundle ? { dsl: { worker: await start('dsl', dslBundle), taskQueue: 'bench-dsl' } } : {}),
        },
      };
      const measured = s.flows ? variants.filter((v) => s.flows!.includes(v.name)) : variants;
      if (measured.length === 0) throw new Error(`--flows names no flow of ${variants.map((v) => v.name).join(', ')}`);
      parts.flows = await throughputRounds(sides, measured, { ...s, log });
      parts.loadAverage!.afterThroughput = load();
      await sides.workers.hand.worker.stop();
      await sides.workers.ruta.worker.stop();
      await sides.workers.dsl?.worker.stop();
    }

    // Memory per waiting journey: the delivery-delay journey waiting for its reply, every one kept in the cache.
    const waitingVariant = variants.find((v) => v.name === 'delivery-delay');
    if (!waitingVariant) throw new Error('The delivery-delay sample is gone: pick another waiting flow');
    const crowdOptions = {
      client: env.client,
      address,
      namespace,
      variant: waitingVariant,
      countAlive: false,
      signal: 'all' as const,
      timeoutMs: 20 * 60_000,
      log,
      onWorker: (w: BenchWorker) => workers.push(w),
    };
    const memory = async () => ({
      hand: await waitingCrowd({
        ...crowdOptions,
        client: clientOf('hand'),
        side: 'hand',
        bundle: bundles.hand,
        journeys: s.memoryJourneys,
        maxCachedWorkflows: s.memoryJourneys + 500,
        tag: 'memory-hand',
      }),
      ruta: await waitingCrowd({
        ...crowdOptions,
        client: clientOf('ruta'),
        planStoreDir,
        side: 'ruta',
        bundle: bundles.ruta,
        journeys: s.memoryJourneys,
        maxCachedWorkflows: s.memoryJourneys + 500,
        tag: 'memory-ruta',
      }),
    });
    if (wants('memory')) {
      parts.memory = await memory();
      parts.loadAverage!.afterMemory = load();
    }
    // The crowd: many journeys waiting on one Ruta worker with the default cache; a few signalled to the end.
    const crowd = (heapMb: number, tag: string) =>
      waitingCrowd({
        ...crowdOptions,
        client: clientOf('ruta'),
        planStoreDir,
        side: 'ruta',
        bundle: bundles.ruta,
        journeys: s.crowd,
        maxCachedWorkflows: s.cache,
        ...(heapMb ? { nodeOptions: `--max-old-space-size=${heapMb}` } : {}),
        countAlive: true,
        signal: s.crowdSignalled,
        timeoutMs: 40 * 60_000,
        tag,
      });
    if (wants('crowd')) {
      parts.crowd = await crowd(s.workerHeapMb, 'crowd');
      parts.loadAverage!.afterCrowd = load();
      if (s.compareHeap && s.workerHeapMb) parts.crowdNodeDefaultHeap = await crowd(0, 'crowd-node-heap');
    }
    if (s.only) return parts;
    return {
      settings: s,
      pure,
      flows: parts.flows!,
      memory: parts.memory!,
      crowd: parts.crowd!,
      crowdNodeDefaultHeap: parts.crowdNodeDefaultHeap ?? null,
      loadAverage: parts.loadAverage!,
      unmeasuredSamples: UNMEASURED_SAMPLES,
      historyBytes: parts.historyBytes!,
      bundles,
      dslSample:
        'path' in dslSample ? { measured: true, path: dslSample.path } : { measured: false, why: dslSample.absent },
      machine: machine(),
    };
  } finally {
    clearTimeout(limit);
    for (const w of workers) w.kill();
    await env.teardown();
    rmSync(planStoreDir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const results = await runEngineBench();
  if ('settings' in results) {
    writeEngineResults(results);
    log('wrote bench/results/engine.json and engine.md');
  } else console.log(JSON.stringify(results, null, 2));
}
