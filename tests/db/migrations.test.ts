import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  createFlow,
  getVersion,
  MIGRATIONS_FOLDER,
  migrate,
  openDatabase,
  publishVersion,
  queryRows,
  sql,
} from '@ruta/db';
import { openPostgresTestDatabase, POSTGRES_TEST_HELP } from '@ruta/db/testing';
import { describe, expect, it } from 'vitest';
import { describeDrivers, SKIP_NOTE, skipPostgres } from './drivers';

const JOURNAL = JSON.parse(readFileSync(join(MIGRATIONS_FOLDER, 'meta', '_journal.json'), 'utf8')) as {
  entries: Array<{ idx: number; when: number; tag: string }>;
};
const MIGRATION_COUNT = JOURNAL.entries.length;

const TABLES = [
  'activity_catalog',
  'activity_flags',
  'api_keys',
  'bulk_actions',
  'customers',
  'events',
  'flow_audit',
  'flow_versions',
  'flows',
  'journey_steps',
  'journeys',
  'kb_articles',
  'messages',
  'plan_blobs',
  'queue_members',
  'queues',
  'rate_limit_buckets',
  'schedule_runs',
  'sessions',
  'team_members',
  'teams',
  'ticket_notes',
  'tickets',
  'users',
];

describeDrivers('migrations', (ctx) => {
  it('creates every table, and applying the migrations again changes nothing', async () => {
    const before = await queryRows<{ n: number }>(
      ctx.db,
      sql`select count(*)::int as n from information_schema.tables where table_schema = current_schema()`,
    );
    await migrate(ctx.db, { schema: ctx.database.schema });
    await migrate(ctx.db, { schema: ctx.database.schema });
    const tables = await queryRows<{ name: string }>(
      ctx.db,
      sql`select table_name as name from information_schema.tables
          where table_schema = current_schema() and table_type = 'BASE TABLE' order by 1`,
    );
    expect(tables.map((t) => t.name).filter((n) => !n.startsWith('__'))).toEqual(TABLES);
    const after = await queryRows<{ n: number }>(
      ctx.db,
      sql`select count(*)::int as n from information_schema.tables where table_schema = current_schema()`,
    );
    expect(after[0]!.n).toBe(before[0]!.n);
  });

  it('keeps published versions immutable (trigger)', async () => {
    await createFlow(ctx.db, { id: 'f_imm', name: 'Immutable', document: {} });
    await publishVersion(ctx.db, 'f_imm', { document: { a: 1 }, plan: { p: 1 }, hash: 'h1' });
    await expect(ctx.db.execute(sql`update flow_versions set hash = 'x' where flow_id = 'f_imm'`)).rejects.toThrow();
    await expect(ctx.db.execute(sql`delete from flow_versions where flow_id = 'f_imm'`)).rejects.toThrow();
    expect((await getVersion(ctx.db, 'f_imm', 1))?.hash).toBe('h1');
  });
});

describe('migration files', () => {
  it('are ordered by time, as drizzle applies them by their journal timestamp', () => {
    const when = JOURNAL.entries.map((e) => e.when);
    expect(when).toEqual([...when].sort((a, b) => a - b));
    expect(new Set(when).size).toBe(when.length);
    expect(JOURNAL.entries.map((e) => e.idx)).toEqual(JOURNAL.entries.map((_, i) => i));
    for (const e of JOURNAL.entries)
      expect(readFileSync(join(MIGRATIONS_FOLDER, `${e.tag}.sql`), 'utf8').length).toBeGreaterThan(0);
  });
});

describe('openDatabase', () => {
  it('PGlite: stores data under <dataDir>/pglite, survives reopening and refuses a second open of the same dir', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'ruta-db-open-'));
    try {
      const first = await openDatabase({ dataDir, url: '' });
      expect(first.driver).toBe('pglite');
      await createFlow(first.db, { id: 'f_persist', name: 'Persisted', document: { n: 1 } });
      await expect(openDatabase({ dataDir, url: '' })).rejects.toThrow(/already open in this process/);
      await first.close();
      const second = await openDatabase({ dataDir, url: '' });
      const rows = await queryRows<{ id: string }>(second.db, sql`select id from flows`);
      expect(rows.map((r) => r.id)).toEqual(['f_persist']);
      await second.close();
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 180_000);

  it.skipIf(skipPostgres)('PostgreSQL: concurrent opens of a new schema migrate once (advisory lock)', async (t) => {
    if (skipPostgres) t.skip(SKIP_NOTE);
    const probe = await openPostgresTestDatabase();
    const url = process.env.DATABASE_URL_TEST!;
    const schema = `${probe.schema}_c`;
    const opened = await Promise.all([1, 2, 3, 4].map(() => openDatabase({ url, schema, poolSize: 2 })));
    try {
      for (const o of opened) expect(o.driver).toBe('postgres');
      const applied = await queryRows<{ n: number }>(
        opened[0]!.db,
        sql.raw(`select count(*)::int as n from "${schema}".__drizzle_migrations`),
      );
      const files = await queryRows<{ n: number }>(
        opened[0]!.db,
        sql`select count(*)::int as n from information_schema.tables where table_schema = ${schema} and table_name = 'flows'`,
      );
      expect(files[0]!.n).toBe(1);
      expect(applied[0]!.n).toBe(MIGRATION_COUNT);
    } finally {
      await opened[0]!.db.execute(sql.raw(`drop schema "${schema}" cascade`));
      await Promise.all(opened.map((o) => o.close()));
      await probe.close();
    }
  });

  it('PostgreSQL: an unreachable server fails with instructions', async () => {
    await expect(openPostgresTestDatabase({ url: 'postgres://nobody:x@127.0.0.1:1/none' })).rejects.toThrow(
      POSTGRES_TEST_HELP.split('\n')[0]!,
    );
  });
});
