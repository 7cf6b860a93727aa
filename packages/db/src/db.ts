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

/** What the drivers' own clients have in common for a parameterised query (node-postgres also names one). */
interface RawClient {
  query(text: string | { name: string; text: string; values: unknown[] }, values?: unknown[]): Promise<unknown>;
}

/**
 * Runs one hot, fixed statement (its text never changes; `$1…` parameters, arrays for any number of rows) and returns
 * its rows, skipping drizzle's query building. On PostgreSQL it is a named prepared statement, parsed and planned once
 * per connection; PGlite runs it as a parameterised query. `name` must stand for this one text. `db` is an open
 * database, not a transaction (the statement runs on its own).
 *
 * @example
 * const rows = await queryPrepared<{ id: string }>(db, 'ruta_ids', 'select unnest($1::text[]) as id', [['a', 'b']]);
 */
export async function queryPrepared<T>(db: Db, name: string, text: string, values: unknown[]): Promise<T[]> {
  const client = (db as unknown as { $client?: RawClient & { execProtocol?: unknown } }).$client;
  if (!client || typeof client.query !== 'function') {
    throw new Error(`Statement ${name} runs on an open database, not inside a transaction`);
  }
  const result = (
    typeof client.execProtocol === 'function'
      ? await client.query(text, values)
      : await client.query({ name, text, values })
  ) as { rows: T[] };
  return result.rows;
}
