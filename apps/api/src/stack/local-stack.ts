import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { type ServerType, serve } from '@hono/node-server';
import { type Database, dbPlanStore, openDatabase } from '@ruta/db';
import { createLogger, type Logger } from '@ruta/log';
import { encryptionKeysFromEnv, rutaDataConverter, taskQueueFromEnv } from '@ruta/temporal';
import {
  CUSTOM_ACTIVITIES,
  createRutaWorker,
  DbStore,
  installTemporalWithMetrics,
  journeyWorkerActivities,
  workerCatalog,
  workerTuningFromEnv,
} from '@ruta/workers';
import type { Worker } from '@temporalio/worker';
import { createApp, type RutaApp } from '../app';
import { type ApiConfig, configFromEnv, REPO_ROOT } from '../config';
import { publishActivities } from '../services/activity-catalog';
import { ensureAdminKey } from '../services/admin-key';
import { type AdminUserResult, ensureAdminUser } from '../services/admin-user';
import { startAttentionCheck } from '../services/attention';
import { seedSampleKnowledge } from '../services/kb';
import { openTemporal, type TemporalHandle } from './temporal';

export interface LocalStackOptions {
  /** Where PGlite and the Temporal dev server keep their state. Default RUTA_DATA_DIR or `.data`. */
  dataDir?: string;
  /** API port. Default PORT or 3000; 0 picks a free port. */
  port?: number;
  /** Interface to bind. Default RUTA_HOST or 127.0.0.1. */
  host?: string;
  /** Run a worker in this process (default true; PGlite serves one process, so the embedded stack needs it). */
  worker?: boolean;
  /** A prebuilt workflow bundle (default RUTA_WORKFLOW_BUNDLE, else built from the sources). */
  bundlePath?: string;
  /** Overrides of the API configuration. */
  config?: Partial<ApiConfig>;
  /** The structured logger of the stack (API, worker, Temporal runtime); a new one on stderr by default. */
  logger?: Logger;
  env?: NodeJS.ProcessEnv;
}

/** A running local stack. */
export interface LocalStack {
  url: string;
  app: RutaApp;
  /** The admin key when one was generated on this start (shown once), else null. */
  adminKey: string | null;
  adminKeyFromEnv: boolean;
  /** The first admin's sign-in: created on this start (with a one-time password shown once) or from the env. */
  adminUser: AdminUserResult;
  temporal: { address: string; ui: string | null };
  /** Whether Temporal payloads are encrypted (RUTA_ENCRYPTION_KEY / RUTA_ENCRYPTION_KEYS). */
  encrypted: boolean;
  database: Database['driver'];
  taskQueue: string;
  /** Stops accepting requests, shuts the worker down, closes the database, stops Temporal. Idempotent. */
  stop(): Promise<void>;
}

/**
 * The whole local stack in one process: the Temporal dev server (SQLite state under the data directory, or the
 * cluster at TEMPORAL_ADDRESS), PGlite (or PostgreSQL at DATABASE_URL), a journey worker writing to the database,
 * and the API (with the built designer at `/`). Everything it starts is stopped by `stop()`, in reverse order.
 */
export async function startLocalStack(options: LocalStackOptions = {}): Promise<LocalStack> {
  const env = options.env ?? process.env;
  const dataDir = resolve(options.dataDir ?? env.RUTA_DATA_DIR ?? '.data');
  mkdirSync(dataDir, { recursive: true });
  const port = options.port ?? Number(env.PORT ?? 3000);
  const host = options.host ?? env.RUTA_HOST ?? '127.0.0.1';
  const taskQueue = taskQueueFromEnv(env);
  const logger = options.logger ?? createLogger({ component: 'stack' });
  await installTemporalWithMetrics(logger, env.RUTA_TEMPORAL_LOG_LEVEL === 'INFO' ? 'INFO' : 'WARN');
  const cleanups: (() => Promise<void>)[] = [];
  const cleanup = async () => {
    for (const fn of cleanups.splice(0).reverse()) await fn().catch((err) => logger.error({ err }, 'while stopping'));
  };

  // The dev server's Web UI decodes payloads (plans kept by reference, compressed or encrypted payloads) through the
  // API's codec endpoint: a key-less route behind a secret path segment (made for this start unless
  // RUTA_CODEC_UI_TOKEN is set). It needs the API's port before the API listens, so a random port (0) goes without.
  const shownHost = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host;
  const base = `http://${shownHost.includes(':') ? `[${shownHost}]` : shownHost}`;
  const uiToken = port !== 0 ? env.RUTA_CODEC_UI_TOKEN || randomBytes(18).toString('base64url') : undefined;
  try {
    // The database first: it is the plan store of the Temporal client's and the worker's data converter.
    const database = await openDatabase({ dataDir, ...(env.DATABASE_URL ? { url: env.DATABASE_URL } : {}) });
    cleanups.push(() => database.close());
    const planStore = dbPlanStore(database.db);
    const temporal: TemporalHandle = await openTemporal({
      planStore,
      dataDir,
      external: Boolean(env.TEMPORAL_ADDRESS),
      port: Number(env.TEMPORAL_PORT ?? 7233),
      uiPort: Number(env.TEMPORAL_UI_PORT ?? 8233),
      env,
      serviceName: 'ruta',
      ...(uiToken ? { uiCodecEndpoint: `${base}:${port}/codec/ui/${uiToken}` } : {}),
    });
    cleanups.push(() => temporal.close());

    const admin = await ensureAdminKey(database.db, env.RUTA_ADMIN_KEY);
    const adminUser = await ensureAdminUser(database.db, env);
    // A first start gets sample articles for the bot to answer from (RUTA_KB_SEED: another file, or `off`).
    const seed = env.RUTA_KB_SEED ?? join(REPO_ROOT, 'examples/kb/articles.json');
    if (seed !== 'off') await seedSampleKnowledge(database.db, seed);

    let worker: Worker | undefined;
    // RUTA_ACTIVITIES adds a developer's package to the in-process worker, on the journeys' queue.
    const customActivities = await journeyWorkerActivities(CUSTOM_ACTIVITIES, env);
    if (options.worker !== false) {
      const bundlePath = options.bundlePath ?? env.RUTA_WORKFLOW_BUNDLE;
      worker = await createRutaWorker({
        connection: temporal.native,
        namespace: temporal.namespace,
        taskQueue,
        store: new DbStore(database.db),
        customActivities,
        logger: logger.child({ component: 'worker' }),
        // The stack's environment (which may not be the process's) chooses the keys, as for the API's client.
        dataConverter: rutaDataConverter({ planStore, env }),
        tuning: workerTuningFromEnv(env),
        // One process, one trace pipeline: the API's request spans and the worker's journey spans go out together.
        tracing: temporal.tracing,
        ...(bundlePath ? { bundlePath } : {}),
      });
      const w = worker;
      const running = w.run();
      cleanups.push(async () => {
        if (w.getState() === 'RUNNING') w.shutdown();
        await running;
      });
    }

    const app = createApp({
      db: database.db,
      changes: database,
      temporal: { client: temporal.client, taskQueue },
      config: {
        searchAttributes: temporal.searchAttributes,
        ...(uiToken ? { codec: { ...configFromEnv(env).codec, uiToken } } : {}),
        ...options.config,
      },
      logger: logger.child({ component: 'api' }),
      ...(temporal.tracing ? { tracer: temporal.tracing.tracer } : {}),
    });
    if (worker) {
      // The in-process worker publishes what it serves as any worker would, but straight to the store it shares.
      await publishActivities(
        database.db,
        app.runtime.activities,
        {
          worker: { identity: `stack@${taskQueue}`, taskQueue: null, sdk: 'typescript' },
          activities: workerCatalog(customActivities, null),
        },
        'stack',
        app.runtime.compileOptions,
      );
    }
    if (app.runtime.config.attentionCheck) {
      const check = startAttentionCheck(app.runtime, app.runtime.config.attentionCheck);
      cleanups.push(() => check.stop());
    }
    const server = await listen(app, port, host);
    cleanups.push(() => closeServer(server));
    // Runs first: ends the live event streams, which would otherwise hold the server's close open.
    cleanups.push(async () => app.runtime.cases?.close());
    const address = server.address();
    const actualPort = typeof address === 'object' && address ? address.port : port;

    let stopping: Promise<void> | undefined;
    return {
      url: `${base}:${actualPort}`,
      app,
      adminKey: admin.key,
      adminKeyFromEnv: admin.fromEnv,
      adminUser,
      temporal: { address: temporal.address, ui: temporal.ui },
      encrypted: encryptionKeysFromEnv(env).length > 0,
      database: database.driver,
      taskQueue,
      stop: () => {
        stopping ??= cleanup();
        return stopping;
      },
    };
  } catch (err) {
    await cleanup();
    throw err;
  }
}

function listen(app: RutaApp, port: number, hostname: string): Promise<ServerType> {
  return new Promise((resolveListen, reject) => {
    const server = serve({ fetch: app.fetch, port, hostname }, () => resolveListen(server));
    server.once('error', reject);
  });
}

function closeServer(server: ServerType): Promise<void> {
  return new Promise((done) => {
    server.close(() => done());
    // Idle keep-alive connections would hold close() open.
    (server as unknown as { closeIdleConnections?: () => void }).closeIdleConnections?.();
  });
}
