import { sql } from 'drizzle-orm';
import { type Db, queryRows } from '../db';

/** What one request got from a shared token bucket. */
export type TokenTaken = { ok: true; remaining: number } | { ok: false; retryAfterMs: number };

/**
 * Takes a token from the bucket of `key` (`burst` tokens at most, refilled at `perSecond`), in one statement on the
 * database, so every API process on it shares the bucket. The row is locked for the statement only; the database's
 * clock is the one clock of all processes. A refused request takes nothing.
 *
 * @example
 * const taken = await takeToken(db, 'key_123', { perSecond: 50, burst: 100 });
 * if (!taken.ok) answer429(taken.retryAfterMs);
 */
export async function takeToken(db: Db, key: string, limit: { perSecond: number; burst: number }): Promise<TokenTaken> {
  const refilled = sql`least(${limit.burst}::float8, b.tokens + greatest(0, extract(epoch from clock_timestamp() - b.updated_at))::float8 * ${limit.perSecond}::float8)`;
  const [row] = await queryRows<{ tokens: number; allowed: boolean }>(
    db,
    sql`insert into rate_limit_buckets as b (key, tokens, updated_at, allowed)
      values (${key}, ${limit.burst - 1}::float8, clock_timestamp(), true)
      on conflict (key) do update set
        tokens = case when ${refilled} >= 1 then ${refilled} - 1 else ${refilled} end,
        allowed = ${refilled} >= 1,
        updated_at = clock_timestamp()
      returning tokens, allowed`,
  );
  if (!row) throw new Error(`The rate limit bucket of ${key} was not written`);
  const tokens = Number(row.tokens);
  return row.allowed
    ? { ok: true, remaining: Math.floor(tokens) }
    : { ok: false, retryAfterMs: Math.ceil(((1 - tokens) / limit.perSecond) * 1000) };
}

/**
 * Deletes the buckets of keys starting with `prefix` that nobody has touched for `idleMs`: a bucket idle for longer
 * than it takes to refill is the same as no bucket, so this forgets nothing and keeps a table of client addresses
 * bounded. Returns how many went.
 */
export async function pruneTokenBuckets(db: Db, prefix: string, idleMs: number): Promise<number> {
  const rows = await queryRows<{ key: string }>(
    db,
    sql`delete from rate_limit_buckets
      where key like ${`${prefix.replace(/[\\%_]/g, '\\$&')}%`}
        and updated_at < clock_timestamp() - make_interval(secs => ${idleMs / 1000}::float8)
      returning key`,
  );
  return rows.length;
}
