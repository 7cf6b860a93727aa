/**
 * Test helpers (`@ruta/db/testing`): fresh, migrated databases on either driver, fast enough to use one per test.
 *
 * PGlite: the first call migrates a template (cold start ~4 s) and keeps its dump in memory and in the OS temp dir
 * (keyed by the migrations and PGlite version), so other test files in other processes skip that; every database is
 * then an in-memory clone loaded from the dump (~0.5 s).
 * PostgreSQL: one new schema per call (created, migrated, dropped on close) in the database at `DATABASE_URL_TEST`.
 */
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import { openDatabase, wrapPglite } from './client';
import { type Database, type Db, type Driver, queryRows } from './db';
import { MIGRATIONS_FOLDER } from './migrate';

export type { Database, Db, Driver };

/** How to get a PostgreSQL for the tests; part of every error about a missing or unreachable server. */
export const POSTGRES_TEST_HELP = [
  'The PostgreSQL half of the db tests needs a server. Start one and point DATABASE_URL_TEST at it, e.g.:',
  '  apt-get install -y postgresql && pg_ctlcluster 15 main start',
  '  su postgres -c "psql -c \\"CREATE ROLE ruta LOGIN PASSWORD \'ruta\'\\" -c \'CREATE DATABASE ruta_test OWNER ruta\'"',
  '  export DATABASE_URL_TEST=postgres://ruta:ruta@127.0.0.1:5432/ruta_test',
  '(.ci/run does this.) To run only the PGlite half, set RUTA_SKIP_POSTGRES=1.',
].join('\n');

let template: Promise<Blob> | undefined;
/** Set once a damaged cached template was replaced, so a second failure is reported instead of looping. */
let rebuilt = false;

function templateKey(): string {
  const hash = createHash('sha256');
  const require = createRequire(import.meta.url);
  try {
    hash.update(readFileSync(require.resolve('@electric-sql/pglite/package.json')));
  } catch {
    hash.update('pglite');
  }
  for (const dir of [MIGRATIONS_FOLDER, join(MIGRATIONS_FOLDER, 'meta')]) {
    for (const name of readdirSync(dir).sort()) {
      if (name.endsWith('.sql') || name === '_journal.json') hash.update(name).update(readFileSync(join(dir, name)));
    }
  }
  return hash.digest('hex').slice(0, 16);
}

const templateFile = () => join(tmpdir(), `ruta-db-template-${templateKey()}.tar`);

async function buildTemplate(): Promise<Blob> {
  const file = templateFile();
  if (existsSync(file)) return new File([readFileSync(file)], 'pgdata.tar', { type: 'application/x-tar' });
  const client = await PGlite.create();
  const database = await wrapPglite(client);
  await client.exec('CHECKPOINT');
  const dump = await client.dumpDataDir('none');
  await database.close();
  const temp = `${file}.${process.pid}.${randomBytes(4).toString('hex')}`;
  writeFileSync(temp, new Uint8Array(await dump.arrayBuffer()));
  renameSync(temp, file);
  return dump;
}

/** A fresh, migrated, in-memory PGlite database cloned from the template. Close it when done. */
export async function createTestDatabase(): Promise<Database> {
  template ??= buildTemplate();
  const dump = await template.catch((error: unknown) => {
    template = undefined;
    throw error;
  });
  let client: PGlite;
  try {
    client = await PGlite.create({ loadDataDir: dump });
  } catch (error) {
    // A damaged cached template: drop it and build a new one once.
    if (rebuilt) throw error;
    rebuilt = true;
    rmSync(templateFile(), { force: true });
    template = undefined;
    return createTestDatabase();
  }
  return wrapPglite(client);
}

/** `DATABASE_URL_TEST`, or an error explaining how to start PostgreSQL. */
export function postgresTestUrl(): string {
  const url = process.env.DATABASE_URL_TEST;
  if (!url) throw new Error(`DATABASE_URL_TEST is not set.\n${POSTGRES_TEST_HELP}`);
  return url;
}

/**
 * A fresh schema in the PostgreSQL test database, migrated; `close()` drops it. Fails with a clear message
 * (see {@link POSTGRES_TEST_HELP}) when `DATABASE_URL_TEST` is unset or the server is unreachable.
 */
export async function openPostgresTestDatabase(options: { url?: string } = {}): Promise<Database> {
  const url = options.url ?? postgresTestUrl();
  const schema = `test_${process.pid}_${randomBytes(5).toString('hex')}`;
  let database: Database;
  try {
    database = await openDatabase({ url, schema, poolSize: 25 });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`Cannot use PostgreSQL at ${redact(url)}: ${reason}\n${POSTGRES_TEST_HELP}`, { cause: error });
  }
  const close = database.close;
  return {
    ...database,
    async close() {
      try {
        await database.db.execute(sql.raw(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`));
      } finally {
        await close();
      }
    },
  };
}

/**
 * A fresh database on the given driver with the migrations applied only up to `until` (a tag), to test a migration
 * against data in the shape it finds: apply the rest with `migrate(db, { schema: database.schema })`. PGlite: a cold
 * start (seconds); PostgreSQL: a new schema, dropped on close.
 */
export async function openTestDatabaseAt(driver: Driver, until: string): Promise<Database> {
  if (driver === 'pglite') return wrapPglite(await PGlite.create(), { migrateUntil: until });
  const url = postgresTestUrl();
  const schema = `test_${process.pid}_${randomBytes(5).toString('hex')}`;
  const database = await openDatabase({ url, schema, poolSize: 2, migrateUntil: until });
  return {
    ...database,
    async close() {
      try {
        await database.db.execute(sql.raw(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`));
      } finally {
        await database.close();
      }
    },
  };
}

/** A fresh database on the given driver: a PGlite clone, or a new PostgreSQL schema. */
export async function openTestDatabase(driver: Driver): Promise<Database> {
  return driver === 'pglite' ? createTestDatabase() : openPostgresTestDatabase();
}

/** Empties every table of the database's schema (keeps the migrations record). */
export async function truncateAll(database: Database): Promise<void> {
  const tables = await queryRows<{ name: string }>(
    database.db,
    sql`select quote_ident(table_name) as name from information_schema.tables
        where table_schema = current_schema() and table_type = 'BASE TABLE' and table_name <> '__drizzle_migrations'`,
  );
  if (tables.length === 0) return;
  await database.db.execute(sql.raw(`TRUNCATE ${tables.map((t) => t.name).join(', ')} RESTART IDENTITY CASCADE`));
}

function redact(url: string): string {
  return url.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@');
}
