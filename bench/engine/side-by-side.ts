/**
 * Ruta's journey against the hand-written baselines, each side on its own bundle and worker process, on one dev
 * server: throughput with a fixed number of journeys in flight, worker and server CPU per journey (from /proc),
 * history events and bytes, in interleaved rounds; and worker memory per waiting journey.
 */
import type { Client, WorkflowHandle } from '@temporalio/client';
import proto from '@temporalio/proto';
import { median } from '../machine';
import type { BenchWorker } from './bench-worker';
import { cpuSeconds } from './proc';
import type { Variant } from './variants';

/** Hand-written baselines, Ruta's journey, and Temporal's DSL-interpreter sample (when present). */
export type SideName = 'hand' | 'ruta' | 'dsl';

interface SideWorker {
  worker: BenchWorker;
  taskQueue: string;
}

/** The server, and one worker per side. */
export interface Sides {
  /** Temporal's default data converter: what hand-written code (and the DSL sample) pays. */
  client: Client;
  /** Ruta's data converter (plan claim check, compression), as Ruta's API and CLI start journeys. */
  rutaClient: Client;
  serverPid: number;
  workers: { hand: SideWorker; ruta: SideWorker; dsl?: SideWorker };
}

/** One batch on one side. */
export interface Batch {
  journeysPerSecond: number;
  workerCpuMsPerJourney: number;
  serverCpuMsPerJourney: number;
}

/** Median and spread of per-round ratios (Ruta ÷ hand-written). */
export interface Spread {
  median: number;
  min: number;
  max: number;
}

/** One side's figures on a flow, as ratios to the hand-written baseline. */
export interface Ratios {
  throughputRatio: Spread;
  workerCpuPerJourneyRatio: Spread;
  serverCpuPerJourneyRatio: Spread;
  historyEventsRatio: number;
  historyBytesRatio: number;
}

/** One flow's figures: Ruta's ratios at the top level, the DSL sample's (when it ran this flow) under `dsl`. */
export interface FlowFigures extends Ratios {
  flow: string;
  scenario: string;
  changes: string | null;
  history: Partial<Record<SideName, { events: number; bytes: number }>> & Record<'hand' | 'ruta', History>;
  dsl: Ratios | null;
  batches: Partial<Record<SideName, Batch[]>>;
}

interface History {
  events: number;
  bytes: number;
}

/** Runs `task(i)` for i < count with at most `limit` at once. */
export async function pool(count: number, limit: number, task: (i: number) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, count) }, async () => {
      while (next < count) await task(next++);
    }),
  );
}

/** Starts one journey of `variant` on a side; with the variant's input sent along when `withSignal`. */
export function startOn(
  client: Client,
  side: SideName,
  variant: Variant,
  taskQueue: string,
  workflowId: string,
  withSignal = true,
): Promise<WorkflowHandle> {
  if (side === 'dsl')
    return client.workflow.start('DSLInterpreter', { taskQueue, workflowId, args: [variant.dslInput] });
  const type = side === 'ruta' ? 'journey' : variant.handWritten;
  const args =
    side === 'ruta' ? variant.journeyArgs(`evt-${workflowId}`) : [variant.baselineInput(`evt-${workflowId}`)];
  const options = { taskQueue, workflowId, args };
  if (withSignal && variant.signal) {
    return client.workflow.signalWithStart(type, {
      ...options,
      signal: variant.signal.name,
      signalArgs: [variant.signal.payload],
    });
  }
  return client.workflow.start(type, options);
}

/** Awaits a journey and checks it ended the way the scenario says. */
export async function expectOutcome(handle: WorkflowHandle, variant: Variant, side: SideName): Promise<void> {
  const result = (await handle.result()) as { outcome: string | null } | undefined;
  // The DSL sample returns nothing: that it completed is all it says.
  if (side !== 'dsl' && result?.outcome !== variant.outcome) {
    throw new Error(
      `${side} ${variant.name} (${handle.workflowId}) ended with ${result?.outcome}, not ${variant.outcome}`,
    );
  }
}

async function runBatch(
  sides: Sides,
  side: SideName,
  variant: Variant,
  tag: string,
  journeys: number,
  inFlight: number,
): Promise<Batch> {
  const { worker, taskQueue } = sides.workers[side]!;
  const cpu0 = worker.cpuSeconds();
  const server0 = cpuSeconds(sides.serverPid);
  const started = performance.now();
  await pool(journeys, inFlight, async (i) => {
    const handle = await startOn(
      side === 'ruta' ? sides.rutaClient : sides.client,
      side,
      variant,
      taskQueue,
      `${tag}-${i}`,
    );
    await expectOutcome(handle, variant, side);
  });
  const seconds = (performance.now() - started) / 1000;
  return {
    journeysPerSecond: journeys / seconds,
    workerCpuMsPerJourney: ((worker.cpuSeconds() - cpu0) * 1000) / journeys,
    serverCpuMsPerJourney: ((cpuSeconds(sides.serverPid) - server0) * 1000) / journeys,
  };
}

async function historySize(client: Client, workflowId: string): Promise<History> {
  const history = await client.workflow.getHandle(workflowId).fetchHistory();
  return {
    events: history.events?.length ?? 0,
    bytes: proto.temporal.api.history.v1.History.encode(history).finish().length,
  };
}

const round = (v: number, d = 3) => Math.round(v * 10 ** d) / 10 ** d;

function spread(values: number[]): Spread {
  return { median: round(median(values)), min: round(Math.min(...values)), max: round(Math.max(...values)) };
}

/** The sides that run a flow: the DSL sample only where its language can express the flow. */
function sidesFor(sides: Sides, v: Variant): SideName[] {
  return v.dslInput !== undefined && sides.workers.dsl ? ['hand', 'ruta', 'dsl'] : ['hand', 'ruta'];
}

/**
 * Interleaved rounds: in each round every flow runs a batch on each side, the side going first rotating from
 * round to round (A B, B A, …), after one unmeasured warm-up batch per flow and side.
 */
export async function throughputRounds(
  sides: Sides,
  variants: Variant[],
  options: { rounds: number; journeys: number; inFlight: number; log: (line: string) => void },
): Promise<FlowFigures[]> {
  const batches = new Map(variants.map((v) => [v.name, {} as Partial<Record<SideName, Batch[]>>]));
  for (const v of variants) {
    for (const side of sidesFor(sides, v)) {
      await runBatch(sides, side, v, `warm-${side}-${v.name}`, Math.min(20, options.journeys), options.inFlight);
    }
  }
  for (let r = 0; r < options.rounds; r++) {
    for (const v of variants) {
      const names = sidesFor(sides, v);
      const order = names.map((_, i) => names[(i + r) % names.length]!);
      for (const side of order) {
        const batch = await runBatch(sides, side, v, `${side}-${v.name}-r${r}`, options.journeys, options.inFlight);
        const list = batches.get(v.name)!;
        list[side] = [...(list[side] ?? []), batch];
        options.log(
          `round ${r + 1}/${options.rounds} ${v.name} ${side}: ${batch.journeysPerSecond.toFixed(1)} journeys/s, ` +
            `worker ${batch.workerCpuMsPerJourney.toFixed(1)} ms, server ${batch.serverCpuMsPerJourney.toFixed(1)} ms CPU per journey`,
        );
      }
    }
  }
  const out: FlowFigures[] = [];
  for (const v of variants) {
    const b = batches.get(v.name)!;
    const history: FlowFigures['history'] = {
      hand: await historySize(sides.client, `hand-${v.name}-r0-0`),
      ruta: await historySize(sides.client, `ruta-${v.name}-r0-0`),
    };
    if (b.dsl) history.dsl = await historySize(sides.client, `dsl-${v.name}-r0-0`);
    const ratiosOf = (side: 'ruta' | 'dsl'): Ratios => {
      const ratios = (pick: (x: Batch) => number) => b[side]!.map((x, i) => pick(x) / pick(b.hand![i]!));
      return {
        throughputRatio: spread(ratios((x) => x.journeysPerSecond)),
        workerCpuPerJourneyRatio: spread(ratios((x) => x.workerCpuMsPerJourney)),
        serverCpuPerJourneyRatio: spread(ratios((x) => x.serverCpuMsPerJourney)),
        historyEventsRatio: round(history[side]!.events / history.hand.events),
        historyBytesRatio: round(history[side]!.bytes / history.hand.bytes),
      };
    };
    out.push({
      flow: v.name,
      scenario: v.scenario,
      changes: v.changes,
      ...ratiosOf('ruta'),
      history,
      dsl: b.dsl ? ratiosOf('dsl') : null,
      batches: Object.fromEntries(Object.entries(b).map(([side, list]) => [side, list.map(roundBatch)])),
    });
  }
  return out;
}

const roundBatch = (b: Batch): Batch => ({
  journeysPerSecond: round(b.journeysPerSecond, 1),
  workerCpuMsPerJourney: round(b.workerCpuMsPerJourney, 2),
  serverCpuMsPerJourney: round(b.serverCpuMsPerJourney, 2),
});
