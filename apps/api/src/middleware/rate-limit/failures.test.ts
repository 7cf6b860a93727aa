// Two API processes' failure limiters over one database (PGlite here; the cluster test runs two real processes on
// PostgreSQL): the budget is one, idle buckets are forgotten, and a database that cannot be reached leaves each process
// its own budget.
import { pruneTokenBuckets, queryRows, sql } from '@ruta/db';
import { createTestDatabase, type Database } from '@ruta/db/testing';
import { createLogger } from '@ruta/log';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FailureLimiter, sharedFailures } from './failures';

let database: Database;
const logger = createLogger({ component: 'test', level: 'silent' });

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database.close();
});

const limiter = (clock: () => number, shared = sharedFailures(database.db, 'address', logger)) =>
  new FailureLimiter(4, clock, 100, 60_000, shared);

describe('failed authentications shared by API processes', () => {
  it('spends one budget: after the limit, each process refuses at its next failure at the latest', async () => {
    let t = 0;
    const [a, b] = [limiter(() => t), limiter(() => t)];
    for (const p of [a, b, a, b]) {
      expect(p.allowed('10.0.0.1').ok).toBe(true);
      await p.failed('10.0.0.1');
    }
    // b took the budget's last failure: it refuses at once; a learns on its next failure.
    expect(b.allowed('10.0.0.1').ok).toBe(false);
    expect(a.allowed('10.0.0.1').ok).toBe(true);
    await a.failed('10.0.0.1');
    const refused = a.allowed('10.0.0.1');
    expect(refused.ok).toBe(false);
    expect(refused.ok ? 0 : refused.retryAfterMs).toBeGreaterThan(0);
    // Another address has its own budget.
    expect(a.allowed('10.0.0.2').ok).toBe(true);
    // The budget refills with time (4 a minute): after 15 s both may try once more.
    t += 16_000;
    expect([a.allowed('10.0.0.1').ok, b.allowed('10.0.0.1').ok]).toEqual([true, true]);
  });

  it('counts in the process alone when the shared budget cannot be reached', async () => {
    const warned: unknown[] = [];
    const broken = {
      take: () => Promise.reject(new Error('connection refused')),
      onError: (err: unknown) => warned.push(err),
    };
    const p = limiter(() => 0, broken);
    for (let i = 0; i < 4; i++) await p.failed('10.0.0.3');
    expect(p.allowed('10.0.0.3').ok).toBe(false);
    expect(warned).toHaveLength(4);
  });

  it('forgets buckets idle for longer than their refill, and only those', async () => {
    await limiter(() => 0).failed('10.0.0.4');
    await database.db.execute(
      sql`update rate_limit_buckets set updated_at = clock_timestamp() - interval '1 hour' where key = 'auth-failures:address:10.0.0.1'`,
    );
    expect(await pruneTokenBuckets(database.db, 'auth-failures:address:', 5 * 60_000)).toBe(1);
    const keys = await queryRows<{ key: string }>(database.db, sql`select key from rate_limit_buckets order by key`);
    expect(keys.map((k) => k.key)).toEqual(['auth-failures:address:10.0.0.4']);
  });
});
