import { queryPrepared, queryRows, sql } from '@ruta/db';
import { expect, it } from 'vitest';
import { describeDrivers } from './drivers';

const INSERT = `insert into events (id, type, customer_id, occurred_at, payload, response)
  select * from unnest($1::text[], $2::text[], $3::text[], $4::timestamptz[], $5::jsonb[], $6::jsonb[])
  on conflict (id) do nothing
  returning id, occurred_at, payload, response, $7::boolean as flag, $8::int as n`;

type Row = { id: string; occurred_at: Date | null; payload: unknown; response: unknown; flag: boolean; n: number };

describeDrivers('queryPrepared', (ctx) => {
  /** Inserts one event with an empty payload: its time, then the statement's constant columns. */
  const insertOne = (id: string, time: string | null, flag: boolean, n: number) =>
    queryPrepared<Row>(ctx.db, 'test_prepared_insert', INSERT, [[id], ['t'], ['c'], [time], ['{}'], [null], flag, n]);

  it('runs one statement many times with every parameter type the hot path sends, nulls included', async () => {
    for (let round = 0; round < 3; round++) {
      const rows = await queryPrepared<Row>(ctx.db, 'test_prepared_insert', INSERT, [
        [`e${round}a`, `e${round}b`],
        ['t', 't'],
        ['c1', 'c2'],
        ['2026-01-02T03:04:05.000Z', null],
        [JSON.stringify({ say: 'it\'s "quoted", {braced}' }), '{}'],
        [null, JSON.stringify({ n: 1 })],
        round % 2 === 0,
        round,
      ]);
      expect(rows).toEqual([
        {
          id: `e${round}a`,
          occurred_at: new Date('2026-01-02T03:04:05.000Z'),
          payload: { say: 'it\'s "quoted", {braced}' },
          response: null,
          flag: round % 2 === 0,
          n: round,
        },
        { id: `e${round}b`, occurred_at: null, payload: {}, response: { n: 1 }, flag: round % 2 === 0, n: round },
      ]);
    }
    expect(await insertOne('e0a', null, true, 0)).toEqual([]);
  });

  it('fails a statement the database refuses with its error, and the next runs go on', async () => {
    await expect(insertOne('x', 'not a time', true, 1)).rejects.toMatchObject({ code: '22007' });
    expect((await insertOne('y', null, false, 2)).map((r) => r.id)).toEqual(['y']);
    const ids = await queryRows<{ id: string }>(ctx.db, sql`select id from events order by id`);
    expect(ids.map((r) => r.id)).toEqual(['y']);
  });

  it('waits for a transaction running meanwhile instead of running inside it', async () => {
    let release!: () => void;
    const held = new Promise<void>((r) => {
      release = r;
    });
    let inside!: () => void;
    const started = new Promise<void>((r) => {
      inside = r;
    });
    const tx = ctx.db
      .transaction(async (t) => {
        await t.execute(sql`insert into events (id, type, customer_id) values ('tx', 't', 'c')`);
        inside();
        await held;
        throw new Error('roll back');
      })
      .catch((err: Error) => err.message);
    await started;
    const prepared = insertOne('p', null, true, 3);
    release();
    expect(await tx).toBe('roll back');
    expect((await prepared).map((r) => r.id)).toEqual(['p']);
    const ids = await queryRows<{ id: string }>(ctx.db, sql`select id from events order by id`);
    expect(ids.map((r) => r.id)).toEqual(['p']);
  });
});
