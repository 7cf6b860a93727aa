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
  /** Clock, for tests. */
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
 * Limits each API key or person (after authentication) with a token bucket in memory; 429 problem+json with
 * `Retry-After` (seconds) when the key's budget is spent. Each API process limits on its own.
 *
 * @example
 * app.use('/v1/*', rateLimit({ perSecond: 50, burst: 100 }));
 */
export function rateLimit(options: RateLimitOptions): MiddlewareHandler<AppEnv> {
  const buckets = new Map<string, TokenBucket>();
  const now = options.now ?? Date.now;
  return async (c, next) => {
    // Keys and people each have a bucket of their own.
    const id = c.get('principal')?.id;
    if (!id) return next();
    let bucket = buckets.get(id);
    if (!bucket) {
      bucket = new TokenBucket(options.perSecond, options.burst, now());
      buckets.set(id, bucket);
    }
    const taken = bucket.take(now());
    if (!taken.ok) throw rateLimited('Too many requests for this key', taken.retryAfterMs, options.burst);
    c.header('RateLimit-Limit', String(options.burst));
    c.header('RateLimit-Remaining', String(taken.remaining));
    await next();
  };
}
