import { queryRows, sql } from '@ruta/db';
import { createTestDatabase, type Database, type Db, openTestDatabase } from '@ruta/db/testing';
import type { Json } from '@ruta/flow';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { NormalizedEvent } from '../schemas/events';
import { EventStore, jsonbOrdered } from './event-store';

describe('jsonbOrdered', () => {
  it('orders keys exactly as PostgreSQL jsonb returns them, at every depth', async () => {
    const db = await createTestDatabase();
    try {
      const value: Json = {
        workflowId: 'w',
        action: 'started',
        version: 1,
        flowId: 'f',
        b: [{ zz: 1, a: 2, ñ: 3, B: 4, aa: { y: 1, x: 2 }, ñb: 5, ña: 6, '€': 7, abc: 8, é: 9, ab: 10, Z: 11 }],
        eventId: 'e',
      };
      const [row] = await queryRows<{ v: Json }>(db.db, sql`select ${JSON.stringify(value)}::jsonb as v`);
      expect(JSON.stringify(jsonbOrdered(value))).toBe(JSON.stringify(row!.v));
    } finally {
      await db.close();
    }
  });
});

/*
 * Event intake's grouped statements running side by side (as two API processes on one PostgreSQL run them): every
 * event id is still claimed once, the re-entry rule still lets one journey per key through, and the first stored
 * answer wins.
 */
const turn = () => new Promise((r) => setImmediate(r));

function event(i: number): NormalizedEvent {
  return {
    id: `ev-${i}`,
    type: 'order.placed',
    customerId: `c-${i % 10}`,
    time: '2026-12-04T08:00:00.000Z',
    data: { i },
    source: null,
  };
}

// On both drivers, as every data-layer suite (RUTA_SKIP_POSTGRES=1 skips the PostgreSQL half, reported as skipped).
describe.each(['pglite', 'postgres'] as const)('event store with statements in flight at once [%s]', (driver) => {
  const ctx = { db: undefined as unknown as Db };
  let database: Database | undefined;
  beforeEach(async (test) => {
    if (driver === 'postgres' && process.env.RUTA_SKIP_POSTGRES === '1') test.skip('RUTA_SKIP_POSTGRES=1');
    database = await openTestDatabase(driver);
    ctx.db = database.db;
  });
  afterEach(async () => {
    await database?.close();
    database = undefined;
  });

  it('claims each event once and writes one journey per re-entry key across concurrent statements', async () => {
    const store = new EventStore(ctx.db, 4);
    const claims = [];
    // 30 events, each sent twice, in waves so that several statements run at the same time; three events per
    // customer race for the customer's one re-entry slot.
    for (let wave = 0; wave < 6; wave++) {
      for (let i = wave * 10; i < wave * 10 + 10; i++) {
        const e = event(i % 30);
        const start = {
          id: `j-${e.id}`,
          flowId: 'f_orders',
          flowVersion: 1,
          customerId: e.customerId,
          eventId: e.id,
          reentryKey: `running:f_orders:${e.customerId}`,
        };
        claims.push(store.claim(e, [start]).then((c) => ({ id: e.id, ...c })));
      }
      await turn();
    }
    const results = await Promise.all(claims);
    const won = results.filter((r) => r.won);
    expect(won.map((r) => r.id).sort()).toEqual(Array.from({ length: 30 }, (_, i) => `ev-${i}`).sort());
    const journeys = won.flatMap((r) => [...r.journeys]);
    expect(journeys).toHaveLength(10);
    const rows = await queryRows<{ customer_id: string; n: number }>(
      ctx.db,
      sql`select customer_id, count(*)::int as n from journeys group by customer_id`,
    );
    expect(rows).toHaveLength(10);
    expect(rows.every((r) => r.n === 1)).toBe(true);
    const [stored] = await queryRows<{ n: number }>(ctx.db, sql`select count(*)::int as n from events`);
    expect(stored!.n).toBe(30);

    // Two answers for each event, side by side: the first stored is the one both callers get back. Which one is
    // stored first is up to the database (the two statements run at once, on two connections on PostgreSQL).
    const answers = await Promise.all(
      Array.from({ length: 30 }, async (_, i) => {
        const first = store.answer(`ev-${i}`, { started: [] }, { eventId: `ev-${i}`, take: 1 });
        await turn();
        const second = store.answer(`ev-${i}`, { started: [] }, { eventId: `ev-${i}`, take: 2 });
        return Promise.all([first, second]);
      }),
    );
    for (const [i, [first, second]] of answers.entries()) {
      expect([1, 2].map((take) => ({ eventId: `ev-${i}`, take }))).toContainEqual(first);
      expect(second).toEqual(first);
    }
  });
});

describe.each(['pglite', 'postgres'] as const)('provisional answers [%s]', (driver) => {
  let database: Database | undefined;
  beforeEach(async (test) => {
    if (driver === 'postgres' && process.env.RUTA_SKIP_POSTGRES === '1') test.skip('RUTA_SKIP_POSTGRES=1');
    database = await openTestDatabase(driver);
  });
  afterEach(async () => {
    await database?.close();
    database = undefined;
  });

  const row = async (id: string) => {
    const [r] = await queryRows<{ response: unknown; responded: boolean; outcome: unknown }>(
      database!.db,
      sql`select response, responded_at is not null as responded, outcome from events where id = ${id}`,
    );
    return r!;
  };

  it('written with the claim, confirmed later; replaced or cleared while unconfirmed, never once confirmed', async () => {
    const store = new EventStore(database!.db);
    const guess = { eventId: 'ev-0', journeys: ['a'] };
    for (const i of [0, 1, 2]) await store.claim(event(i), [], { ...guess, eventId: `ev-${i}` });
    expect(await row('ev-0')).toEqual({ response: guess, responded: false, outcome: null });

    // Confirmed: final, with what processing did; a later answer gets the stored one back and changes nothing.
    await store.confirm('ev-0', { started: ['a'] }, guess);
    expect(await row('ev-0')).toEqual({ response: guess, responded: true, outcome: { started: ['a'] } });
    expect(await store.answer('ev-0', { started: [] }, { eventId: 'ev-0', journeys: [] })).toEqual(guess);
    expect(await row('ev-0')).toMatchObject({ response: guess, responded: true });

    // Processing turned out otherwise: the real answer replaces the provisional one, and a stale confirmation of the
    // provisional answer changes nothing.
    const real = { eventId: 'ev-1', journeys: [] };
    expect(await store.answer('ev-1', { started: [] }, real)).toEqual(real);
    await store.confirm('ev-1', { started: ['a'] }, { ...guess, eventId: 'ev-1' });
    expect(await row('ev-1')).toEqual({ response: real, responded: true, outcome: { started: [] } });

    // A failure clears it: no repeat may read "started" for a journey whose start failed.
    await store.answer('ev-2', { started: [], advanced: [], error: 'down' }, null);
    expect(await row('ev-2')).toEqual({
      response: null,
      responded: false,
      outcome: { started: [], advanced: [], error: 'down' },
    });
  });
});
