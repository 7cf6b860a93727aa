/**
 * The worker as its own process (production, and the crash test): connects with the standard Temporal
 * environment, polls RUTA_TASK_QUEUE, and stops cleanly on SIGINT/SIGTERM. With DATABASE_URL it writes steps,
 * messages and tickets to PostgreSQL (the database the API reads); without it, to files under RUTA_DATA_DIR.
 * RUTA_WORKER_MAX_CACHED_WORKFLOWS and the other RUTA_WORKER_* settings (workers/src/tuning.ts) bound its memory.
 * With RUTA_API_URL and RUTA_API_KEY (a key with activities:publish) it publishes the custom activities it serves to
 * the API, which is where the designer and the compiler learn them.
 * Prometheus metrics at http://127.0.0.1:RUTA_WORKER_METRICS_PORT/metrics (9464 by default; `off` for none).
 */
import { join } from 'node:path';
import { createLogger } from '@ruta/log';
import { activeTracing, connectionConfigFromEnv, RUTA_TASK_QUEUE } from '@ruta/temporal';
import { NativeConnection } from '@temporalio/worker';
import { CUSTOM_ACTIVITIES } from './custom';
import { journeyWorkerActivities } from './external/load';
import { publishCatalog, workerCatalog } from './external/publish';
import { startWorkerMetrics, workerMetricsFromEnv } from './logging';
import { DbStore } from './store/db-store';
import { FileStore } from './store/file-store';
import type { WorkerStore } from './store/types';
import { workerTuningFromEnv } from './tuning';
import { createRutaWorker } from './worker';

const logger = createLogger({ component: 'worker' });
const exposition = await startWorkerMetrics(
  logger,
  process.env.RUTA_TEMPORAL_LOG_LEVEL === 'INFO' ? 'INFO' : 'WARN',
  workerMetricsFromEnv(),
);
// Read first: a mistyped setting stops the worker before it connects, naming the variable.
const tuning = workerTuningFromEnv();
const config = connectionConfigFromEnv();
const connection = await NativeConnection.connect({
  address: config.address,
  ...(config.tls ? { tls: config.tls } : {}),
  ...(config.apiKey ? { apiKey: config.apiKey } : {}),
});
let store: WorkerStore;
let closeStore = async () => {};
if (process.env.DATABASE_URL) {
  const { openDatabase } = await import('@ruta/db');
  const database = await openDatabase({ url: process.env.DATABASE_URL });
  store = new DbStore(database.db);
  closeStore = () => database.close();
} else {
  store = new FileStore(join(process.env.RUTA_DATA_DIR ?? '.data', 'store'));
}
// RUTA_ACTIVITIES adds a developer's package to the journeys' queue (`ruta worker` serves one on a queue of its own).
const customActivities = await journeyWorkerActivities(CUSTOM_ACTIVITIES);
const worker = await createRutaWorker({
  connection,
  customActivities,
  namespace: config.namespace,
  taskQueue: RUTA_TASK_QUEUE,
  store,
  logger,
  tuning,
  ...(process.env.RUTA_WORKFLOW_BUNDLE ? { bundlePath: process.env.RUTA_WORKFLOW_BUNDLE } : {}),
});
logger.info(
  {
    taskQueue: RUTA_TASK_QUEUE,
    address: config.address,
    namespace: config.namespace,
    store: process.env.DATABASE_URL ? 'PostgreSQL' : 'files',
    cache: tuning.maxCachedWorkflows,
    workflowTasks: tuning.maxConcurrentWorkflowTaskExecutions,
    metrics: exposition?.url ?? 'off',
  },
  'worker polling',
);
if (process.env.RUTA_API_URL && process.env.RUTA_API_KEY) {
  // In the background: the worker serves journeys whether or not the API is up yet (publishCatalog keeps trying).
  publishCatalog({
    apiUrl: process.env.RUTA_API_URL,
    apiKey: process.env.RUTA_API_KEY,
    publication: {
      worker: { identity: `journeys@${RUTA_TASK_QUEUE}`, taskQueue: null, sdk: 'typescript' },
      activities: workerCatalog(customActivities, null),
    },
  }).then(
    (answer) => logger.info({ activities: answer.activities.map((a) => a.ref) }, 'activity catalog published'),
    (err) => logger.error({ err }, 'could not publish the activity catalog'),
  );
} else {
  logger.warn('RUTA_API_URL and RUTA_API_KEY are not set: custom activities are not published to the designer');
}
await worker.run();
// Spans still buffered go out before the process ends.
await activeTracing()?.shutdown();
await exposition?.close();
await closeStore();
await connection.close();
