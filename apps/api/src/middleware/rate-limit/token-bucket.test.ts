import { describe, expect, it } from 'vitest';
import { TokenBucket } from './token-bucket';

describe('TokenBucket', () => {
  it('allows a burst, then one request per refill interval, and says how long to wait', () => {
    const bucket = new TokenBucket(2, 3, 0);
    expect([0, 0, 0].map((t) => bucket.take(t).ok)).toEqual([true, true, true]);
    const refused = bucket.take(0);
    expect(refused).toEqual({ ok: false, retryAfterMs: 500 });
    expect(bucket.take(499).ok).toBe(false);
    expect(bucket.take(1_000).ok).toBe(true);
  });

  it('never holds more than the burst', () => {
    const bucket = new TokenBucket(100, 2, 0);
    expect([60_000, 60_000, 60_000].map((t) => bucket.take(t).ok)).toEqual([true, true, false]);
  });
});
