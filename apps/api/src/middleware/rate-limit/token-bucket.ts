/** A token bucket: `burst` tokens at most, refilled at `perSecond`. Pure: time is passed in. */
export class TokenBucket {
  private tokens: number;
  private last: number;

  constructor(
    private readonly perSecond: number,
    private readonly burst: number,
    now: number,
  ) {
    this.tokens = burst;
    this.last = now;
  }

  /** Whether a token is left now; when none is, how many ms until one is (nothing is taken). */
  peek(now: number): { ok: true } | { ok: false; retryAfterMs: number } {
    this.refill(now);
    return this.tokens >= 1 ? { ok: true } : { ok: false, retryAfterMs: ((1 - this.tokens) / this.perSecond) * 1000 };
  }

  private refill(now: number): void {
    this.tokens = Math.min(this.burst, this.tokens + ((now - this.last) / 1000) * this.perSecond);
    this.last = now;
  }

  /** Takes one token; when none is left, says how many ms until one is. */
  take(now: number): { ok: true; remaining: number } | { ok: false; retryAfterMs: number } {
    this.refill(now);
    if (this.tokens >= 1) {
      this.tokens -= 1;
      return { ok: true, remaining: Math.floor(this.tokens) };
    }
    return { ok: false, retryAfterMs: ((1 - this.tokens) / this.perSecond) * 1000 };
  }
}
