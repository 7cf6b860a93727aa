import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import type { Pool, PoolClient } from 'pg';
import type { Database, Db } from './db';
import { migrate } from './migrate';
import * as schema from './schema';

export interface OpenDatabaseOptions {
  /**
   * A `postgres://` (or `postgresql://`) URL selects PostgreSQL. Defaults to `DATABASE_URL`; when neither is set,
   * the embedded PGlite database is used.
   */
  url?: string;
  /** Root of local data for PGlite (stored in `<dataDir>/pglite`). Defaults to `RUTA_DATA_DIR`, then `.data`. */
  dataDir?: string;
  /** PostgreSQL schema to create (if missing), use and migrate, instead of `public`. Used by tests. */
  schema?: string;
  /** Maximum connections in the PostgreSQL pool (default 10). */
  poolSize?: number;
  /** Apply migrations only up to this tag (tests of a migration); all of them by default. */
  migrateUntil?: string;
}

const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

/**
 * Opens the database and applies pending migrations. PostgreSQL (via a `pg` Pool) when a postgres URL is given or
 * in `DATABASE_URL`; otherwise embedded PGlite under `<dataDir>/pglite`. One PGlite directory serves one process.
 */
export async function openDatabase(options: OpenDatabaseOptions = {}): Promise<Database> {
  const url = options.url ?? process.env.DATABASE_URL;
  if (options.schema !== undefined && !SCHEMA_NAME.test(options.schema)) {
    throw new Error(`Invalid schema name "${options.schema}": use lowercase letters, digits and _`);
  }
  if (url) {
    if (!/^postgres(ql)?:\/\//.test(url)) {
      throw new Error('DATABASE_URL must be a postgres:// URL (unset it to use the embedded PGlite database)');
    }
    return openPostgres(url, options);
  }
  const dataDir = resolve(options.dataDir ?? process.env.RUTA_DATA_DIR ?? '.data');
  return openPgliteDir(join(dataDir, 'pglite'), options.schema ?? null);
}

async function openPostgres(url: string, options: OpenDatabaseOptions): Promise<Database> {
  const { default: pg } = await import('pg');
  const { drizzle } = await import('drizzle-orm/node-postgres');
  const schemaName = options.schema ?? null;
  const pool: Pool = new pg.Pool({
    connectionString: url,
    max: options.poolSize ?? 10,
    ...(schemaName ? { options: `-c search_path=${schemaName}` } : {}),
  });
  // An idle client that loses its connection emits 'error' on the pool; without a listener that crashes the process.
  pool.on('error', () => {});
  try {
    const client: PoolClient = await pool.connect();
    try {
      // Several processes (API, workers) may start together: one migrates, the others wait and find nothing to do.
      await client.query('SELECT pg_advisory_lock(hashtext($1))', [`ruta:migrate:${schemaName ?? 'public'}`]);
      try {
        if (schemaName) await client.query(`CREATE SCHEMA IF NOT EXISTS "${schemaName}"`);
        await migrate(drizzle(client, { schema }) as unknown as Db, {
          schema: schemaName,
          ...(options.migrateUntil ? { until: options.migrateUntil } : {}),
        });
      } finally {
        await client.query('SELECT pg_advisory_unlock(hashtext($1))', [`ruta:migrate:${schemaName ?? 'public'}`]);
      }
    } finally {
      client.release();
    }
  } catch (error) {
    await pool.end().catch(() => {});
    throw error;
  }
  const db = drizzle(pool, { schema }) as unknown as Db;
  let closed = false;
  const listeners = new Set<() => Promise<void>>();
  return {
    db,
    driver: 'postgres',
    schema: schemaName,
    async close() {
      if (closed) return;
      closed = true;
      await Promise.all([...listeners].map((stop) => stop().catch(() => {})));
      await pool.end();
    },
    async listen(channel, onPayload) {
      const stop = await listenPostgres(url, channel, onPayload);
      listeners.add(stop);
      return async () => {
        listeners.delete(stop);
        await stop();
      };
    },
  };
}

const CHANNEL_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

/**
 * LISTEN on a connection of its own (outside the pool, which would hand it to queries), reconnecting after a lost
 * connection: notifications sent while it was down are missed, which the callers' clients make up by reloading.
 */
async function listenPostgres(url: string, channel: string, onPayload: (payload: string) => void) {
  if (!CHANNEL_NAME.test(channel)) throw new Error(`Invalid channel name "${channel}"`);
  const { default: pg } = await import('pg');
  let stopped = false;
  let client: InstanceType<typeof pg.Client> | undefined;
  const reconnect = (): void => {
    if (!stopped) setTimeout(() => void connect().catch(reconnect), 1_000).unref();
  };
  const connect = async (): Promise<void> => {
    const c = new pg.Client({ connectionString: url });
    c.on('notification', (n) => {
      if (n.channel === channel) onPayload(n.payload ?? '');
    });
    c.on('error', () => {
      // A lost connection: start again shortly (unless stopped), and again while the server is away.
      c.end().catch(() => {});
      reconnect();
    });
    await c.connect();
    await c.query(`LISTEN "${channel}"`);
    client = c;
  };
  await connect();
  return async () => {
    stopped = true;
    await client?.end().catch(() => {});
  };
}

/** PGlite directories this process has open (a second open would corrupt the data). */
const openDirs = new Set<string>();

async function openPgliteDir(dir: string, schemaName: string | null): Promise<Database> {
  mkdirSync(dir, { recursive: true });
  const lock = `${dir}.lock`;
  takeLock(dir, lock);
  try {
    const { PGlite } = await import('@electric-sql/pglite');
    const client = await PGlite.create(dir);
    return await wrapPglite(client, {
      schema: schemaName,
      onClose: () => {
        openDirs.delete(dir);
        rmSync(lock, { force: true });
      },
    });
  } catch (error) {
    openDirs.delete(dir);
    rmSync(lock, { force: true });
    throw error;
  }
}

function takeLock(dir: string, lock: string): void {
  if (openDirs.has(dir)) {
    throw new Error(
      `The PGlite database in ${dir} is already open in this process; share the Database object instead.`,
    );
  }
  if (existsSync(lock)) {
    const pid = Number(readFileSync(lock, 'utf8').trim());
    if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && isAlive(pid)) {
      throw new Error(
        `The PGlite database in ${dir} is in use by process ${pid}. One PGlite directory serves one process: ` +
          'stop the other process, use another RUTA_DATA_DIR, or set DATABASE_URL to share a PostgreSQL database.',
      );
    }
  }
  writeFileSync(lock, String(process.pid));
  openDirs.add(dir);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Wraps an already created PGlite instance (file-backed or a clone) as a migrated {@link Database}. */
export async function wrapPglite(
  client: PGlite,
  options: { schema?: string | null; onClose?: () => void; migrateUntil?: string } = {},
): Promise<Database> {
  const { drizzle } = await import('drizzle-orm/pglite');
  const db = drizzle(client, { schema }) as unknown as Db;
  const schemaName = options.schema ?? null;
  try {
    if (schemaName) {
      if (!SCHEMA_NAME.test(schemaName)) throw new Error(`Invalid schema name "${schemaName}"`);
      await db.execute(sql.raw(`CREATE SCHEMA IF NOT EXISTS "${schemaName}"`));
      await db.execute(sql.raw(`SET search_path TO "${schemaName}"`));
    }
    await migrate(db, { schema: schemaName, ...(options.migrateUntil ? { until: options.migrateUntil } : {}) });
  } catch (error) {
    await client.close().catch(() => {});
    options.onClose?.();
    throw error;
  }
  let closed = false;
  return {
    db,
    driver: 'pglite',
    schema: schemaName,
    async close() {
      if (closed) return;
      closed = true;
      try {
        await client.close();
      } finally {
        options.onClose?.();
      }
    },
    async listen(channel, onPayload) {
      if (!CHANNEL_NAME.test(channel)) throw new Error(`Invalid channel name "${channel}"`);
      // PGlite delivers NOTIFY in-process, to every listener of this instance.
      const stop = await client.listen(channel, onPayload);
      return async () => {
        if (!closed) await stop();
      };
    },
  };
}
