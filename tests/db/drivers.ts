/**
 * Runs a db test suite against both drivers: PGlite (a template clone per test) and PostgreSQL (one schema per
 * suite in DATABASE_URL_TEST, truncated before each test). The PostgreSQL half fails, with instructions, when the
 * server is not configured or not reachable; RUTA_SKIP_POSTGRES=1 skips it explicitly (reported as skipped).
 */
import type { Database, Db, Driver } from '@ruta/db/testing';
import { createTestDatabase, openPostgresTestDatabase, truncateAll } from '@ruta/db/testing';
import { afterAll, afterEach, beforeAll, beforeEach, describe } from 'vitest';

export const drivers: Driver[] = ['pglite', 'postgres'];

export const skipPostgres = process.env.RUTA_SKIP_POSTGRES === '1';
export const SKIP_NOTE = 'PostgreSQL half skipped: RUTA_SKIP_POSTGRES=1';

export interface DriverContext {
  driver: Driver;
  /** The current test's database handle. */
  readonly db: Db;
  /** The current test's open database. */
  readonly database: Database;
}

export function describeDrivers(name: string, body: (ctx: DriverContext) => void): void {
  describe.each(drivers)(`${name} [%s]`, (driver) => {
    let shared: Database | undefined;
    let setupError: unknown;
    let current: Database | undefined;

    if (driver === 'postgres' && !skipPostgres) {
      beforeAll(async () => {
        try {
          shared = await openPostgresTestDatabase();
        } catch (error) {
          // Reported by every test below (not just once for the suite), so no test can look skipped.
          setupError = error;
        }
      });
      afterAll(async () => {
        await shared?.close();
      });
    }

    beforeEach(async (ctx) => {
      if (driver === 'postgres') {
        if (skipPostgres) ctx.skip(SKIP_NOTE);
        if (setupError) throw setupError;
        if (!shared) throw new Error('PostgreSQL test database is not open');
        await truncateAll(shared);
        current = shared;
      } else {
        current = await createTestDatabase();
      }
    });

    afterEach(async () => {
      if (driver === 'pglite') await current?.close();
      current = undefined;
    });

    body({
      driver,
      get db() {
        if (!current) throw new Error('No database: use ctx.db inside a test');
        return current.db;
      },
      get database() {
        if (!current) throw new Error('No database: use ctx.database inside a test');
        return current;
      },
    });
  });
}

/** Every row of every table in the database's schema, as text (`row::text`), for scanning. */
export async function dumpAllRows(database: Database): Promise<Map<string, string[]>> {
  const { queryRows, sql } = await import('@ruta/db');
  const tables = await queryRows<{ name: string }>(
    database.db,
    sql`select table_name as name from information_schema.tables
        where table_schema = current_schema() and table_type = 'BASE TABLE' order by table_name`,
  );
  const dump = new Map<string, string[]>();
  for (const { name } of tables) {
    const rows = await queryRows<{ row: string }>(database.db, sql.raw(`select t::text as row from "${name}" t`));
    dump.set(
      name,
      rows.map((r) => r.row),
    );
  }
  return dump;
}
