import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { type ServerType, serve } from '@hono/node-server';
import { type Database, openDatabase } from '@ruta/db';
import { taskQueueFromEnv } from '@ruta/temporal';
import { createRutaWorker, DbStore, workerTuningFromEnv } from '@ruta/workers';
import { DefaultLogger, Runtime, type Worker } from '@temporalio/worker';
import { createApp, type RutaApp } from '../app';
import type { ApiConfig } from '../config';
import { ensureAdminKey } from '../services/admin-key';
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
  env?: NodeJS.ProcessEnv;
}

/** A running local stack. */
export interface LocalStack {
  url: string;
  app: RutaApp;
  /** The admin key when one was generated on this start (shown once), else null. */
  adminKey: string | null;
  adminKeyFromEnv: boolean;
  temporal: { address: string; ui: string | null };
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
  quietTemporalLogs();
  const cleanups: (() => Promise<void>)[] = [];
  const cleanup = async () => {
    for (const fn of cleanups.splice(0).reverse())
      await fn().catch((err) => console.error('ruta: while stopping:', err));
  };

  try {
    const temporal: TemporalHandle = await openTemporal({
      dataDir,
      external: Boolean(env.TEMPORAL_ADDRESS),
      port: Number(env.TEMPORAL_PORT ?? 7233),
      uiPort: Number(env.TEMPORAL_UI_PORT ?? 8233),
      env,
    });
    cleanups.push(() => temporal.close());

    const database = await openDatabase({ dataDir, ...(env.DATABASE_URL ? { url: env.DATABASE_URL } : {}) });
    cleanups.push(() => database.close());
    const admin = await ensureAdminKey(database.db, env.RUTA_ADMIN_KEY);

    let worker: Worker | undefined;
    if (options.worker !== false) {
      const bundlePath = options.bundlePath ?? env.RUTA_WORKFLOW_BUNDLE;
      worker = await createRutaWorker({
        connection: temporal.native,
        namespace: temporal.namespace,
        taskQueue,
        store: new DbStore(database.db),
        tuning: workerTuningFromEnv(env),
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
      temporal: { client: temporal.client, taskQueue },
      config: { searchAttributes: temporal.searchAttributes, ...options.config },
    });
    const server = await listen(app, port, host);
    cleanups.push(() => closeServer(server));
    const address = server.address();
    const actualPort = typeof address === 'object' && address ? address.port : port;
    const shownHost = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host;

    let stopping: Promise<void> | undefined;
    return {
      url: `http://${shownHost.includes(':') ? `[${shownHost}]` : shownHost}:${actualPort}`,
      app,
      adminKey: admin.key,
      adminKeyFromEnv: admin.fromEnv,
      temporal: { address: temporal.address, ui: temporal.ui },
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

/** The worker logs warnings and errors only (its INFO lines would bury the addresses the stack prints). */
function quietTemporalLogs(): void {
  try {
    Runtime.install({ logger: new DefaultLogger(process.env.RUTA_TEMPORAL_LOG_LEVEL === 'INFO' ? 'INFO' : 'WARN') });
  } catch {
    // Already installed by the embedding process: keep its choice.
  }
}
