/**
 * One side of the engine benchmark in its own process: a Temporal worker with one workflow bundle (Ruta's journey,
 * or the hand-written baselines), the shared no-op activities, and the worker settings from RUTA_WORKER_* (the same
 * reading as the production worker). The parent talks to it over IPC: `status` → counts and the worker's cache,
 * `stop` → shuts down and exits.
 *
 *   BENCH_BUNDLE=<bundle.js> BENCH_TASK_QUEUE=<queue> TEMPORAL_ADDRESS=<host:port> node --import tsx worker-process.ts
 *
 * BENCH_PLAN_STORE=<dir> gives the worker Ruta's data converter with a file plan store there (Ruta's side).
 */
import { rutaDataConverter } from '@ruta/temporal';
import { FileStore, temporalTuning, workerTuningFromEnv } from '@ruta/workers';
import { DefaultLogger, NativeConnection, Runtime, Worker } from '@temporalio/worker';
import { noopActivities } from './noop-activities';

/** What the worker process reports when asked. */
export interface WorkerReport {
  type: 'status';
  activities: number;
  steps: number;
  cachedWorkflows: number;
  inFlightActivations: number;
  inFlightActivities: number;
}

const { BENCH_BUNDLE, BENCH_TASK_QUEUE, TEMPORAL_ADDRESS } = process.env;
if (!BENCH_BUNDLE || !BENCH_TASK_QUEUE || !TEMPORAL_ADDRESS || !process.send) {
  throw new Error('worker-process.ts needs BENCH_BUNDLE, BENCH_TASK_QUEUE, TEMPORAL_ADDRESS and an IPC channel');
}
const send = process.send.bind(process);
Runtime.install({ logger: new DefaultLogger('WARN') });
const connection = await NativeConnection.connect({ address: TEMPORAL_ADDRESS });
let activities = 0;
let steps = 0;
const worker = await Worker.create({
  connection,
  namespace: process.env.TEMPORAL_NAMESPACE ?? 'default',
  taskQueue: BENCH_TASK_QUEUE,
  workflowBundle: { codePath: BENCH_BUNDLE },
  // Ruta's side reads plans through Ruta's data converter; the baselines keep Temporal's default.
  ...(process.env.BENCH_PLAN_STORE
    ? { dataConverter: rutaDataConverter({ planStore: new FileStore(process.env.BENCH_PLAN_STORE) }) }
    : {}),
  activities: noopActivities(() => activities++),
  // Ruta's journeys send their steps here (the store's cost is not the engine's: they are only counted).
  sinks: {
    steps: {
      record: { fn: () => void steps++, callDuringReplay: false },
      recordBatch: {
        fn: (_info, batch: unknown[]) => {
          steps += batch.length;
        },
        callDuringReplay: false,
      },
    },
  },
  ...temporalTuning(workerTuningFromEnv()),
});
process.on('message', (message: { type: string }) => {
  if (message.type === 'status') {
    const s = worker.getStatus();
    const report: WorkerReport = {
      type: 'status',
      activities,
      steps,
      cachedWorkflows: s.numCachedWorkflows,
      inFlightActivations: s.numInFlightWorkflowActivations,
      inFlightActivities: s.numInFlightActivities,
    };
    send(report);
  } else if (message.type === 'stop' && worker.getState() === 'RUNNING') worker.shutdown();
});
// The parent going away (a killed benchmark) stops the worker too.
process.on('disconnect', () => {
  if (worker.getState() === 'RUNNING') worker.shutdown();
});
send({ type: 'ready' });
await worker.run();
await connection.close();
process.exit(0);
