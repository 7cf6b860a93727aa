import { type Db, pruneTokenBuckets, type TokenTaken, takeToken } from '@ruta/db';
import type { Logger } from '@ruta/log';
import { TokenBucket } from './token-bucket';

/** A failure budget every API process shares (the database's token buckets: `takeToken` of @ruta/db). */
export interface SharedFailures {
  /** Takes one failure from the shared bucket of `key`; refused when the budget is spent. */
  take(key: string, limit: { perSecond: number; burst: number }): Promise<TokenTaken>;
  /** Reports a shared bucket that could not be reached (this process's own budget still applies). */
  onError?(err: unknown): void;
}

/**
 * Failed authentications per client address (or per account), in a token bucket each: guessing keys or passwords is
 * limited even though no key is known to charge it to. Each process keeps its own buckets (checked without a round
 * trip); with `shared`, every failure is also taken from a bucket all processes share, and a key whose shared budget
 * is spent is refused here until it refills. A process learns that on its next failure for the key, so across N
 * processes a guesser gets at most N − 1 attempts more than the limit per window. Both tables are bounded.
 */
export class FailureLimiter {
  private readonly buckets = new Map<string, TokenBucket>();
  /** Keys the shared budget refused, and until when (ms). */
  private readonly refused = new Map<string, number>();

  constructor(
    /** Failures a client (or an account) may have in a row, refilled over `windowMs`. */
    readonly limit: number,
    private readonly now: () => number = Date.now,
    private readonly maxAddresses = 10_000,
    private readonly windowMs = 60_000,
    private readonly shared?: SharedFailures,
  ) {}

  /** Whether `address` may try again now; when not, how many ms until it may. */
  allowed(address: string): { ok: true } | { ok: false; retryAfterMs: number } {
    const until = this.refused.get(address);
    if (until !== undefined) {
      const wait = until - this.now();
      if (wait > 0) return { ok: false, retryAfterMs: wait };
      this.refused.delete(address);
    }
    return this.buckets.get(address)?.peek(this.now()) ?? { ok: true };
  }

  /** Records a failed authentication from `address` (in the shared budget too, when there is one). */
  async failed(address: string): Promise<void> {
    let bucket = this.buckets.get(address);
    if (!bucket) {
      // A flood of addresses cannot grow the table without bound; forgetting them only forgives old failures.
      if (this.buckets.size >= this.maxAddresses) this.buckets.clear();
      bucket = new TokenBucket(this.perSecond, this.limit, this.now());
      this.buckets.set(address, bucket);
    }
    bucket.take(this.now());
    if (!this.shared) return;
    try {
      const taken = await this.shared.take(address, { perSecond: this.perSecond, burst: this.limit });
      // The last failure of the budget spends it for this process at once; the others learn on their next one.
      const waitMs = taken.ok ? (taken.remaining < 1 ? 1000 / this.perSecond : 0) : taken.retryAfterMs;
      if (waitMs <= 0) return;
      if (this.refused.size >= this.maxAddresses) this.refused.clear();
      this.refused.set(address, this.now() + waitMs);
    } catch (err) {
      this.shared.onError?.(err);
    }
  }

  private get perSecond(): number {
    return (this.limit * 1000) / this.windowMs;
  }
}

/** How often one process forgets idle shared buckets. */
const PRUNE_EVERY_MS = 10 * 60_000;

/**
 * The shared failure budget of client addresses or of accounts, in the database's token buckets
 * (`auth-failures:<scope>:<key>`). Buckets idle for twice their refill are forgotten now and then, so a flood of
 * addresses cannot grow the table without bound.
 */
export function sharedFailures(db: Db, scope: 'address' | 'account', logger: Logger): SharedFailures {
  const prefix = `auth-failures:${scope}:`;
  let prunedAt = 0;
  return {
    async take(key, limit) {
      const taken = await takeToken(db, prefix + key, limit);
      if (Date.now() - prunedAt > PRUNE_EVERY_MS) {
        prunedAt = Date.now();
        const idleMs = 2 * (limit.burst / limit.perSecond) * 1000;
        pruneTokenBuckets(db, prefix, idleMs).catch((err) =>
          logger.warn({ err }, 'Idle failed-authentication buckets could not be pruned'),
        );
      }
      return taken;
    },
    onError: (err) =>
      logger.warn(
        { err },
        'The shared failed-authentication budget could not be reached; counting in this process only',
      ),
  };
}
