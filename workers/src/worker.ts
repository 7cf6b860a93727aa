import type { StepRecord } from '@ruta/flow';
import { createLogger, type Logger, metrics } from '@ruta/log';
import type { ActivityDefinition } from '@ruta/sdk';
import { flowOfJourney, rutaDataConverter, type Tracing, tracingFromEnv } from '@ruta/temporal';
import type { DataConverter } from '@temporalio/common';
import { type NativeConnection, Worker } from '@temporalio/worker';
import { buildWorkflowBundle } from './bundle';
import { CUSTOM_ACTIVITIES } from './custom';
import { builtinActivities, toTemporalActivities } from './registry';
import type { WorkerStore } from './store/types';
import { type WorkerTuning, workerTuningFromEnv } from './tuning';

export interface RutaWorkerOptions {
  connection: NativeConnection;
  namespace?: string;
  taskQueue: string;
  store: WorkerStore;
  /** Custom activities; the deployment's own list by default. */
  customActivities?: ActivityDefinition[];
  /** Replaces built-in activities by name (tests inject failures this way). */
  overrides?: ActivityDefinition[];
  /** A prebuilt bundle; built (or reused) from the workflow sources when absent. */
  bundlePath?: string;
  /** How payloads are encoded; by default Ruta's data converter with `store` as its plan store (see @ruta/temporal). */
  dataConverter?: DataConverter;
  /** Where the worker's own problems are logged (never with personal data); a new logger on stderr by default. */
  logger?: Logger;
  /** Called with each step after the store has it (the CLI prints the path live this way). */
  onStep?: (step: StepRecord) => void;
  /** Cache and concurrency settings; from the `RUTA_WORKER_*` environment variables by default. */
  tuning?: WorkerTuning;
  /**
   * OpenTelemetry tracing (activity spans, the workflow bundle's spans through the `exporter` sink); from the OTEL_*
   * variables by default (see `tracingFromEnv`), off when they do not ask for it. With tracing and no `bundlePath`,
   * the traced bundle is built; a given bundle is used as it is (its workflows traced only if built with tracing).
   */
  tracing?: Tracing;
}

/** Every activity the worker registers: built-ins, custom ones, then overrides. */
export function workerActivities(options: Pick<RutaWorkerOptions, 'store' | 'customActivities' | 'overrides'>) {
  const byName = new Map<string, ActivityDefinition>();
  for (const def of builtinActivities(options.store)) byName.set(def.name, def);
  for (const def of options.customActivities ?? CUSTOM_ACTIVITIES) {
    if (byName.has(def.name)) throw new Error(`Custom activity "${def.name}" clashes with a built-in activity`);
    byName.set(def.name, def);
  }
  for (const def of options.overrides ?? []) byName.set(def.name, def);
  return toTemporalActivities([...byName.values()]);
}

/**
 * Creates the journey worker: the prebuilt workflow bundle, the activities, and the step sink that writes
 * journey steps to the store outside the workflow history (idempotent on journey id + seq).
 */
export async function createRutaWorker(options: RutaWorkerOptions): Promise<Worker> {
  const tracing = 'tracing' in options ? options.tracing : tracingFromEnv('ruta-worker');
  const codePath =
    options.bundlePath ??
    (await buildWorkflowBundle(undefined, undefined, undefined, { tracing: tracing !== undefined }));
  const steps = stepWriter(options.store, options.onStep, options.logger ?? createLogger({ component: 'worker' }));
  // Steps are written on replay too: a worker killed after a workflow task handed its steps over, but before
  // they reached the store, leaves them to the worker that replays the journey. The store keeps the first
  // copy of each (journey, seq), so a replay writes nothing twice; only live steps are counted.
  const recordSteps = (info: { workflowId: string; unsafe: { isReplaying: boolean } }, batch: StepRecord[]) => {
    for (const step of batch) {
      if (!info.unsafe.isReplaying) countJourney(info.workflowId, step);
      steps.record(step);
    }
  };
  const dataConverter = options.dataConverter ?? rutaDataConverter({ planStore: options.store });
  const worker = await Worker.create({
    connection: options.connection,
    dataConverter,
    namespace: options.namespace ?? 'default',
    taskQueue: options.taskQueue,
    workflowBundle: { codePath },
    activities: workerActivities(options),
    ...(tracing ? { interceptors: tracing.worker.interceptors } : {}),
    sinks: {
      ...(tracing ? tracing.worker.sinks : {}),
      steps: {
        record: { fn: (info, step: StepRecord) => recordSteps(info, [step]), callDuringReplay: true },
        recordBatch: { fn: recordSteps, callDuringReplay: true },
      },
    },
    ...temporalTuning(options.tuning ?? workerTuningFromEnv()),
  });
  // A worker that stops has written every step it was given.
  const run = worker.run.bind(worker);
  worker.run = async () => {
    try {
      await run();
    } finally {
      await steps.drain();
    }
  };
  return worker;
}

/**
 * Journeys started (their first step) and ended (the end step, with its status), by flow. Called for live steps
 * only, so a journey replayed by another worker is not counted twice.
 */
function countJourney(workflowId: string, step: StepRecord): void {
  const flow = flowOfJourney(workflowId) ?? 'unknown';
  if (step.seq === 1) metrics().journeysStarted.inc({ flow });
  if (step.type === 'end') metrics().journeysEnded.inc({ flow, status: step.status });
}

/** Ruta's tuning as Temporal's worker options. */
export function temporalTuning(tuning: WorkerTuning) {
  return {
    maxCachedWorkflows: tuning.maxCachedWorkflows,
    maxConcurrentWorkflowTaskExecutions: tuning.maxConcurrentWorkflowTaskExecutions,
    maxConcurrentActivityTaskExecutions: tuning.maxConcurrentActivityTaskExecutions,
    stickyQueueScheduleToStartTimeout: tuning.stickyQueueScheduleToStartTimeoutMs,
  };
}

/**
 * Writes steps in the background, in batches of whatever arrived meanwhile, so a workflow task never waits
 * for the store (the worker awaits sink functions before it completes the task). The store is idempotent on
 * (journey, seq), so order across batches does not matter.
 */
export function stepWriter(store: WorkerStore, onStep?: (step: StepRecord) => void, logger?: Logger) {
  let queue: StepRecord[] = [];
  let flushing: Promise<void> | null = null;
  const flush = async () => {
    while (queue.length > 0) {
      const batch = queue;
      queue = [];
      try {
        await store.recordSteps(batch);
        if (onStep) for (const step of batch) onStep(step);
      } catch (err) {
        (logger ?? createLogger({ component: 'worker' })).error(
          { err, steps: batch.length },
          'could not record journey steps',
        );
      }
    }
    flushing = null;
  };
  return {
    record(step: StepRecord): void {
      queue.push(step);
      flushing ??= Promise.resolve().then(flush);
    },
    /** Resolves once every step recorded so far is in the store. */
    drain: (): Promise<void> => flushing ?? Promise.resolve(),
  };
}

/** Sinks for replaying histories: steps are not written again while replaying. */
export const REPLAY_SINKS = {
  steps: {
    record: { fn: () => undefined, callDuringReplay: false },
    recordBatch: { fn: () => undefined, callDuringReplay: false },
  },
};

/** Sinks for replaying histories with the traced bundle: workflow spans go nowhere. */
export const TRACED_REPLAY_SINKS = {
  ...REPLAY_SINKS,
  exporter: { export: { fn: () => undefined, callDuringReplay: false } },
};
