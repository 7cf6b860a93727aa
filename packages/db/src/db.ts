import type { SQL } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import type * as schema from './schema';

/** The tables, as passed to drizzle (so `db.query.<table>` works). */
export type Schema = typeof schema;

/**
 * A drizzle database on either driver (PGlite or node-postgres), or a transaction on one.
 * Repositories take this, so they work inside `db.transaction(...)` too.
 */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;

/** Which engine a {@link Database} runs on. */
export type Driver = 'pglite' | 'postgres';

/** An open database: the drizzle handle, which driver it uses, and how to close it. */
export interface Database {
  db: Db;
  driver: Driver;
  /** PostgreSQL schema the tables live in (null: the connection's default, normally `public`). */
  schema: string | null;
  close(): Promise<void>;
  /**
   * Calls `onPayload` for every NOTIFY on `channel` (a plain identifier), through one connection of its own on
   * PostgreSQL and PGlite's in-process notifications on PGlite. Resolves once listening; the result stops it.
   */
  listen(channel: string, onPayload: (payload: string) => void): Promise<() => Promise<void>>;
}

/** Runs raw SQL and returns its rows on either driver (both results carry `rows`). */
export async function queryRows<T>(db: Db, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}
