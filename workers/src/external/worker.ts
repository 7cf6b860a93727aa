import { hostname } from 'node:os';
import { createLogger, type Logger } from '@ruta/log';
import { TaskQueueName } from '@ruta/sdk';
import { toTemporalActivities } from '@ruta/sdk/temporal';
import { rutaDataConverter, tracingFromEnv } from '@ruta/temporal';
import { type NativeConnection, Worker } from '@temporalio/worker';
import { type ActivityPackage, loadActivityPackage } from './load';
import { type PublishAnswer, publishCatalog, workerCatalog } from './publish';

export interface ActivityWorkerOptions {
  connection: NativeConnection;
  namespace?: string;
  /** The folder or package name (`RUTA_ACTIVITIES`). */
  activities: string;
  /** The queue its activities are served on; default `activities.<package name>`. */
  taskQueue?: string;
  /** Where to publish the catalog, and the key to do it with (`activities:publish`). */
  api: { url: string; key: string };
  /** Folder that relative `activities` are resolved against (default: the process's). */
  cwd?: string;
  logger?: Logger;
}

/** A developer's activity worker, its catalog published. */
export interface ActivityWorker {
  worker: Worker;
  package: ActivityPackage;
  taskQueue: string;
  published: PublishAnswer;
}

/** The queue a package's activities are served on when none is given: `activities.<name>`, in queue-name letters. */
export function defaultActivityQueue(packageName: string): string {
  return `activities.${packageName.replace(/^@/, '').replace(/[^A-Za-z0-9._:/-]+/g, '-')}`;
}

/**
 * A worker for activities that live outside this repository: it loads the package `activities` names, registers its
 * activities (no workflows) on their own task queue, and publishes their catalog to the API, so they appear in the
 * designer's palette of a running stack and journeys schedule them on that queue. Run it with `worker.run()`.
 *
 * @example
 * const { worker } = await createActivityWorker({ connection, activities: './orders-activities', api });
 * await worker.run();
 */
export async function createActivityWorker(options: ActivityWorkerOptions): Promise<ActivityWorker> {
  const logger = options.logger ?? createLogger({ component: 'activity-worker' });
  const pkg = await loadActivityPackage(options.activities, options.cwd);
  const taskQueue = TaskQueueName.parse(options.taskQueue ?? defaultActivityQueue(pkg.name));
  // Activities only: no workflow here reads a plan, so no plan store.
  const dataConverter = rutaDataConverter({ planStore: null });
  // Activity spans join the journey's trace (the workflow sends its context in the activity's headers).
  const tracing = tracingFromEnv('ruta-activity-worker');
  const worker = await Worker.create({
    connection: options.connection,
    namespace: options.namespace ?? 'default',
    taskQueue,
    activities: toTemporalActivities(pkg.definitions, { logger }),
    dataConverter,
    ...(tracing ? { interceptors: tracing.worker.interceptors } : {}),
  });
  const published = await publishCatalog({
    apiUrl: options.api.url,
    apiKey: options.api.key,
    publication: {
      worker: { identity: `${pkg.name}@${hostname()}`, taskQueue, sdk: 'typescript' },
      activities: workerCatalog(pkg.definitions, taskQueue),
    },
  });
  for (const a of published.activities) {
    const level = a.compatible ? 'info' : 'warn';
    logger[level]({ activity: a.ref, status: a.status, changes: a.changes.length }, 'activity published');
  }
  if (published.flags.length > 0) {
    logger.warn(
      { flags: published.flags.map((f) => `${f.flowId}@${f.flowVersion}/${f.nodeId}`) },
      'published flows use an activity whose contract changed incompatibly; see GET /v1/activities/flags',
    );
  }
  return { worker, package: pkg, taskQueue, published };
}
