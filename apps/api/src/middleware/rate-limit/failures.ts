import { TokenBucket } from './token-bucket';

/**
 * Failed authentications per client address (or per account), in a token bucket each: guessing keys or passwords is
 * limited even though no key is known to charge it to. In memory, per API process; the table is bounded.
 */
export class FailureLimiter {
  private readonly buckets = new Map<string, TokenBucket>();

  constructor(
    /** Failures a client (or an account) may have in a row, refilled over `windowMs`. */
    readonly limit: number,
    private readonly now: () => number = Date.now,
    private readonly maxAddresses = 10_000,
    private readonly windowMs = 60_000,
  ) {}

  /** Whether `address` may try again now; when not, how many ms until it may. */
  allowed(address: string): { ok: true } | { ok: false; retryAfterMs: number } {
    return this.buckets.get(address)?.peek(this.now()) ?? { ok: true };
  }

  /** Records a failed authentication from `address`. */
  failed(address: string): void {
    let bucket = this.buckets.get(address);
    if (!bucket) {
      // A flood of addresses cannot grow the table without bound; forgetting them only forgives old failures.
      if (this.buckets.size >= this.maxAddresses) this.buckets.clear();
      bucket = new TokenBucket((this.limit * 1000) / this.windowMs, this.limit, this.now());
      this.buckets.set(address, bucket);
    }
    bucket.take(this.now());
  }
}
