import type { PGlite } from '@electric-sql/pglite';
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
 * its rows, skipping drizzle's query building. It is a named prepared statement, parsed once per connection (on
 * PostgreSQL) or per instance (PGlite, see pglitePrepared). `name` must stand for this one text. `db` is an open
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
  if (typeof client.execProtocol === 'function') {
    return pglitePrepared<T>(client as unknown as PGlite, name, text, values);
  }
  return ((await client.query({ name, text, values })) as { rows: T[] }).rows;
}

/** A statement prepared on a PGlite instance: its parameters' types, for serialising values. */
interface PgliteStatement {
  paramTypes: number[];
}

/** PGlite's module, loaded when a PGlite database first runs a statement here (it is loaded already by then). */
let pgliteLoaded: Promise<typeof import('@electric-sql/pglite')> | undefined;
const pgliteModule = () => (pgliteLoaded ??= import('@electric-sql/pglite'));

const pgliteStatements = new WeakMap<PGlite, Map<string, Promise<PgliteStatement>>>();

/**
 * PGlite's `query` sends Parse, Describe, Bind, Describe, Execute and Sync as six calls into the engine, and parses
 * and plans the text every time. Here the text is parsed once per instance as a named statement, and each run is one
 * call with Bind, Describe, Execute and Sync, under the same locks `query` takes (no transaction of another caller
 * is open meanwhile, no other query interleaves). `_runExclusiveTransaction` is PGlite's own, not its public API, so
 * PGlite is pinned exactly (packages/db/package.json) and tests/db/query-prepared.test.ts fails loudly if it moves.
 */
async function pglitePrepared<T>(pg: PGlite, name: string, text: string, values: unknown[]): Promise<T[]> {
  return pg._runExclusiveTransaction(() =>
    pg.runExclusive(async () => {
      const { paramTypes } = await pgliteStatement(pg, name, text);
      const params = values.map((v, i) => {
        if (v === null || v === undefined) return null;
        const serialize = pg.serializers[paramTypes[i]!];
        return serialize ? serialize(v) : String(v);
      });
      const { protocol, parse } = await pgliteModule();
      const { serialize } = protocol;
      const message = concat([
        serialize.bind({ statement: name, values: params }),
        serialize.describe({ type: 'P' }),
        serialize.execute({}),
        serialize.sync(),
      ]);
      const { messages } = await pg.execProtocol(message);
      return (parse.parseResults(messages, pg.parsers)[0]?.rows ?? []) as T[];
    }),
  );
}

/** The statement `name` on this instance, parsed on first use (a failed parse is tried again next time). */
function pgliteStatement(pg: PGlite, name: string, text: string): Promise<PgliteStatement> {
  const statements = pgliteStatements.get(pg) ?? new Map<string, Promise<PgliteStatement>>();
  pgliteStatements.set(pg, statements);
  let statement = statements.get(name);
  if (!statement) {
    statement = preparePglite(pg, name, text);
    statements.set(name, statement);
    statement.catch(() => statements.delete(name));
  }
  return statement;
}

async function preparePglite(pg: PGlite, name: string, text: string): Promise<PgliteStatement> {
  const { serialize } = (await pgliteModule()).protocol;
  const { messages } = await pg.execProtocol(
    concat([serialize.parse({ name, text }), serialize.describe({ type: 'S', name }), serialize.sync()]),
  );
  const description = messages.find((m) => m.name === 'parameterDescription') as { dataTypeIDs: number[] } | undefined;
  return { paramTypes: description?.dataTypeIDs ?? [] };
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
