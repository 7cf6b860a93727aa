import { createHash } from 'node:crypto';
import { type ApiKeyInfo, type Db, verifyApiKey } from '@ruta/db';

/**
 * Verifies bearer keys against the database, remembering answers for a few seconds so a busy client does not
 * cost a query per request. A revoked key stops working within `ttlMs` everywhere, at once in this process.
 * Requests with one key that arrive together share one lookup (when the answer expires under load, the next
 * requests wait for a single query instead of each sending its own).
 */
export class KeyVerifier {
  private readonly cache = new Map<string, { key: Promise<ApiKeyInfo | null>; until: number }>();

  constructor(
    private readonly db: Db,
    private readonly ttlMs = 5_000,
  ) {}

  verify(plain: string): Promise<ApiKeyInfo | null> {
    const digest = createHash('sha256').update(plain).digest('hex');
    const now = Date.now();
    const hit = this.cache.get(digest);
    if (hit && hit.until > now) return hit.key;
    const key = verifyApiKey(this.db, plain);
    if (this.cache.size > 10_000) this.cache.clear();
    const entry = { key, until: now + this.ttlMs };
    this.cache.set(digest, entry);
    // A failed lookup is not an answer: the next request asks again.
    key.catch(() => {
      if (this.cache.get(digest) === entry) this.cache.delete(digest);
    });
    return key;
  }

  /** Forgets every cached answer (after a key is revoked). */
  clear(): void {
    this.cache.clear();
  }
}
