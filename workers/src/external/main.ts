/**
 * A developer's activity worker as its own process (`ruta worker`): RUTA_ACTIVITIES names the folder or package,
 * RUTA_API_URL and RUTA_API_KEY where its catalog is published, RUTA_ACTIVITIES_TASK_QUEUE the queue (default
 * `activities.<package name>`), and the standard Temporal variables the cluster. Stops cleanly on SIGINT/SIGTERM.
 */
import { createLogger } from '@ruta/log';
import { activeTracing, connectionConfigFromEnv } from '@ruta/temporal';
import { NativeConnection } from '@temporalio/worker';
import { installTemporalLogging } from '../logging';
import { createActivityWorker } from './worker';

/** Reads the environment, starts the worker, publishes the catalog and runs until a signal; returns the exit code. */
export async function runActivityWorkerFromEnv(env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const logger = createLogger({ component: 'activity-worker' });
  const activities = env.RUTA_ACTIVITIES?.trim();
  const key = env.RUTA_API_KEY?.trim();
  if (!activities || !key) {
    console.error(
      [
        !activities ? 'Set RUTA_ACTIVITIES to the folder (./my-activities) or package name of your activities.' : '',
        !key ? 'Set RUTA_API_KEY to an API key with the activities:publish scope (or the admin key).' : '',
      ]
        .filter(Boolean)
        .join('\n'),
    );
    return 2;
  }
  installTemporalLogging(logger, env.RUTA_TEMPORAL_LOG_LEVEL === 'INFO' ? 'INFO' : 'WARN');
  const config = connectionConfigFromEnv(env);
  const connection = await NativeConnection.connect({
    address: config.address,
    ...(config.tls ? { tls: config.tls } : {}),
    ...(config.apiKey ? { apiKey: config.apiKey } : {}),
  });
  try {
    const started = await createActivityWorker({
      connection,
      namespace: config.namespace,
      activities,
      ...(env.RUTA_ACTIVITIES_TASK_QUEUE ? { taskQueue: env.RUTA_ACTIVITIES_TASK_QUEUE } : {}),
      api: { url: env.RUTA_API_URL ?? `http://127.0.0.1:${env.PORT ?? 3000}`, key },
      logger,
    });
    const refs = started.published.activities.map((a) => a.ref).join(', ');
    // One plain line on stdout, as the start banner: what serves where (tests and people wait for it).
    console.log(`Activity worker ready: ${refs} on task queue ${started.taskQueue}`);
    const stop = () => started.worker.shutdown();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
    await started.worker.run();
    return 0;
  } finally {
    await connection.close();
    // Spans still buffered go out before the process ends.
    await activeTracing()?.shutdown();
  }
}
