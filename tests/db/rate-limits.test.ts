import { queryRows, sql, takeToken } from '@ruta/db';
import { expect, it } from 'vitest';
import { describeDrivers } from './drivers';

describeDrivers('shared rate-limit buckets', (ctx) => {
  it('allows the burst, refuses the next with the wait until a token is back, and keeps keys apart', async () => {
    const limit = { perSecond: 0.01, burst: 3 };
    const taken = [];
    for (let i = 0; i < 4; i++) taken.push(await takeToken(ctx.db, 'key_a', limit));
    expect(taken.map((t) => t.ok)).toEqual([true, true, true, false]);
    expect(taken[0]).toEqual({ ok: true, remaining: 2 });
    const refused = taken[3]!;
    // One token back at 0.01 per second: about 100 s (less the few ms the calls took).
    expect(refused.ok || refused.retryAfterMs).toBeGreaterThan(95_000);
    expect(refused.ok || refused.retryAfterMs).toBeLessThanOrEqual(100_000);
    expect((await takeToken(ctx.db, 'key_b', limit)).ok).toBe(true);
  });

  it('gives out exactly the burst to requests racing on one key', async () => {
    const limit = { perSecond: 0.001, burst: 10 };
    const results = await Promise.all(Array.from({ length: 40 }, () => takeToken(ctx.db, 'key_race', limit)));
    expect(results.filter((r) => r.ok)).toHaveLength(10);
    const [row] = await queryRows<{ tokens: number }>(
      ctx.db,
      sql`select tokens from rate_limit_buckets where key = 'key_race'`,
    );
    expect(Number(row!.tokens)).toBeLessThan(1);
  });

  it('refills with time on the database clock', async () => {
    const limit = { perSecond: 1000, burst: 1 };
    expect((await takeToken(ctx.db, 'key_fast', limit)).ok).toBe(true);
    // At 1000 per second a token is back within a few ms; the check waits for it rather than for a fixed time.
    const end = Date.now() + 10_000;
    let ok = false;
    while (!ok && Date.now() < end) ok = (await takeToken(ctx.db, 'key_fast', limit)).ok;
    expect(ok).toBe(true);
  });
});
