/**
 * The worker as its own process (production, and the crash test): connects with the standard Temporal
 * environment, polls RUTA_TASK_QUEUE, and stops cleanly on SIGINT/SIGTERM.
 */
import { join } from 'node:path';
import { connectionConfigFromEnv, RUTA_TASK_QUEUE } from '@ruta/temporal';
import { NativeConnection } from '@temporalio/worker';
import { FileStore } from './store/file-store';
import { createRutaWorker } from './worker';

const config = connectionConfigFromEnv();
const connection = await NativeConnection.connect({
  address: config.address,
  ...(config.tls ? { tls: config.tls } : {}),
  ...(config.apiKey ? { apiKey: config.apiKey } : {}),
});
const store = new FileStore(join(process.env.RUTA_DATA_DIR ?? '.data', 'store'));
const worker = await createRutaWorker({
  connection,
  namespace: config.namespace,
  taskQueue: RUTA_TASK_QUEUE,
  store,
  ...(process.env.RUTA_WORKFLOW_BUNDLE ? { bundlePath: process.env.RUTA_WORKFLOW_BUNDLE } : {}),
});
console.log(`ruta worker: polling ${RUTA_TASK_QUEUE} on ${config.address} (${config.namespace})`);
await worker.run();
await connection.close();
