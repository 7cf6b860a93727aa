import { join } from 'node:path';
import { type CustomerProfile, compile, formatDiagnostics, type JourneyEvent } from '@ruta/flow';
import { createLogger } from '@ruta/log';
import {
  connectionConfigFromEnv,
  type PlanBlobStore,
  RUTA_TASK_QUEUE,
  registerSearchAttributes,
  rutaDataConverter,
  startJourney,
} from '@ruta/temporal';
import { activitySpecs, CUSTOM_ACTIVITIES } from '@ruta/workers/custom';
import { Client, Connection } from '@temporalio/client';
import { NativeConnection } from '@temporalio/worker';

import { type Args, flag, langOf, UsageError } from '../args';
import { readJson } from '../files';
import { followJourney } from '../follow';

/** Reads an event in Ruta's simple form `{ id?, type, customerId, data? }`. */
function toEvent(raw: unknown): JourneyEvent {
  const e = raw as Partial<JourneyEvent> & { customer?: { id?: string } };
  const customerId = e.customerId ?? e.customer?.id;
  if (!e || typeof e.type !== 'string' || typeof customerId !== 'string') {
    throw new UsageError(
      'The event needs "type" and "customerId", e.g. {"type":"delivery.delayed","customerId":"c_1","data":{}}',
    );
  }
  return {
    id: e.id ?? `cli-${Date.now()}`,
    type: e.type,
    customerId,
    time: e.time ?? new Date().toISOString(),
    data: (e.data ?? {}) as JourneyEvent['data'],
  };
}

/**
 * `ruta run <flow.json> --event <event.json> [--customer <c.json>] [--reply <text>] [--skip-waits]`:
 * starts a journey on the configured Temporal (TEMPORAL_ADDRESS…) and prints its path live. When no worker
 * polls Ruta's task queue, one runs in this process.
 */
export async function runCommand(args: Args): Promise<number> {
  const [file] = args.positional;
  const eventFile = flag(args, 'event');
  if (!file || !eventFile) {
    throw new UsageError(
      'Usage: ruta run <flow.json> --event <event.json> [--customer <customer.json>] [--reply <text>] [--skip-waits]',
    );
  }
  const lang = langOf(args);
  const compiled = compile(await readJson(file, 'Flow'), { activities: activitySpecs(CUSTOM_ACTIVITIES) });
  if (!compiled.ok) {
    console.error(formatDiagnostics(compiled.diagnostics, lang));
    return 1;
  }
  const event = toEvent(await readJson(eventFile, 'Event'));
  const customerFile = flag(args, 'customer');
  const customer = (
    customerFile ? await readJson(customerFile, 'Customer') : { id: event.customerId }
  ) as CustomerProfile;

  const config = connectionConfigFromEnv();
  let connection: Connection;
  try {
    connection = await Connection.connect({
      address: config.address,
      ...(config.tls ? { tls: config.tls } : {}),
      ...(config.apiKey ? { apiKey: config.apiKey } : {}),
      connectTimeout: 3_000,
    });
  } catch (err) {
    throw new UsageError(
      `No Temporal server answers at ${config.address} (${(err as Error).message}).\n` +
        'Start the local stack with `npm start`, or point TEMPORAL_ADDRESS at your cluster.',
    );
  }
  // Ruta's search attributes make journeys findable by flow and customer; a server that refuses to
  // register them (no operator rights) still runs the journey, without them.
  const searchAttributes = await registerSearchAttributes(connection, config.namespace)
    .then(() => true)
    .catch((err: Error) => {
      console.error(`ruta: running without search attributes (${err.message})`);
      return false;
    });
  const taskQueue = flag(args, 'task-queue') ?? RUTA_TASK_QUEUE;

  let stopWorker: (() => Promise<void>) | undefined;
  // The plan is stored once where this process's worker reads it; a worker elsewhere may keep plans in another
  // store, so without one here the plan travels inline (larger history, read by any worker).
  let planStore: PlanBlobStore | null = null;
  const pollers = await connection.workflowService
    .describeTaskQueue({ namespace: config.namespace, taskQueue: { name: taskQueue }, taskQueueType: 1 })
    .then((r) => r.pollers?.length ?? 0)
    .catch(() => 0);
  if (pollers === 0 && !args.flags['no-worker']) {
    console.error(
      lang === 'es'
        ? 'ruta: ningún worker atiende la cola; inicio uno aquí.'
        : 'ruta: no worker polls the queue; starting one here.',
    );
    const { createRutaWorker, FileStore, installTemporalLogging } = await import('@ruta/workers');
    // Warnings and errors of the worker runtime, through the same redacting logger as the API's (on stderr).
    installTemporalLogging(createLogger({ component: 'cli' }));
    const native = await NativeConnection.connect({
      address: config.address,
      ...(config.tls ? { tls: config.tls } : {}),
      ...(config.apiKey ? { apiKey: config.apiKey } : {}),
    });
    const store = new FileStore(join(process.env.RUTA_DATA_DIR ?? '.data', 'store'));
    if (customerFile) await store.upsertCustomer(customer);
    planStore = store;
    const worker = await createRutaWorker({ connection: native, namespace: config.namespace, taskQueue, store });
    const running = worker.run();
    stopWorker = async () => {
      worker.shutdown();
      await running;
      await native.close();
    };
  }

  // Ruta's data converter, as every client and worker of Ruta has it (claim check, compression, encryption).
  const client = new Client({
    connection,
    namespace: config.namespace,
    dataConverter: rutaDataConverter({ planStore }),
  });
  try {
    const started = await startJourney(client, {
      plan: compiled.plan,
      flowVersion: 0,
      event,
      customer,
      taskQueue,
      searchAttributes,
    });
    console.log(
      `${lang === 'es' ? 'Recorrido' : 'Journey'} ${started.workflowId}${started.started ? '' : ` (${started.reason})`}`,
    );
    if (!started.started) return 1;
    const reply = flag(args, 'reply');
    const live = await followJourney(client, started.workflowId, compiled.plan, {
      lang,
      ...(reply ? { replies: [reply] } : {}),
      skipWaits: Boolean(args.flags['skip-waits']),
      ...(args.flags['resolve-handoffs'] ? { resolveHandoffsAfterMs: 500 } : {}),
    });
    return live.status === 'completed' ? 0 : 1;
  } finally {
    await stopWorker?.();
    await connection.close();
  }
}
