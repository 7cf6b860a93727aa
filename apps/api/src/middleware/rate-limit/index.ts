import type { TokenTaken } from '@ruta/db';
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../../context';
import { ApiError } from '../../errors/api-error';
import { TokenBucket } from './token-bucket';

export { FailureLimiter } from './failures';
export { TokenBucket } from './token-bucket';

export interface RateLimitOptions {
  /** Sustained requests per second per key. */
  perSecond: number;
  /** Requests a key may make at once after being idle. */
  burst: number;
  /**
   * Takes a token from the key's bucket where every API process shares it (the database: `takeToken` of @ruta/db).
   * Without it, each process keeps its own buckets in memory.
   */
  take?: (key: string) => Promise<TokenTaken>;
  /** Clock of the in-memory buckets, for tests. */
  now?: () => number;
}

/** The 429 problem, with `Retry-After` in whole seconds. */
export function rateLimited(what: string, retryAfterMs: number, limit: number): ApiError {
  const seconds = Math.max(1, Math.ceil(retryAfterMs / 1000));
  return new ApiError('rate-limited', `${what}; retry in ${seconds} s`, {
    headers: { 'Retry-After': String(seconds), 'RateLimit-Limit': String(limit), 'RateLimit-Remaining': '0' },
    extensions: { retryAfter: seconds },
  });
}

/**
 * Limits each API key or person (after authentication) with a token bucket; 429 problem+json with `Retry-After`
 * (seconds) when the key's budget is spent. With `take` the buckets are shared by every API process (in the
 * database); without it, in memory per process.
 *
 * @example
 * app.use('/v1/*', rateLimit({ perSecond: 50, burst: 100, take: (key) => takeToken(db, key, limit) }));
 */
export function rateLimit(options: RateLimitOptions): MiddlewareHandler<AppEnv> {
  const take = options.take ?? inMemory(options);
  return async (c, next) => {
    // Keys and people each have a bucket of their own.
    const id = c.get('principal')?.id;
    if (!id) return next();
    const taken = await take(id);
    if (!taken.ok) throw rateLimited('Too many requests for this key', taken.retryAfterMs, options.burst);
    c.header('RateLimit-Limit', String(options.burst));
    c.header('RateLimit-Remaining', String(taken.remaining));
    await next();
  };
}

/** Buckets of this process only (the table grows with the keys and people that call). */
function inMemory(options: RateLimitOptions): (key: string) => Promise<TokenTaken> {
  const buckets = new Map<string, TokenBucket>();
  const now = options.now ?? Date.now;
  return async (key) => {
    let bucket = buckets.get(key);
    if (!bucket) {
      bucket = new TokenBucket(options.perSecond, options.burst, now());
      buckets.set(key, bucket);
    }
    return bucket.take(now());
  };
}
