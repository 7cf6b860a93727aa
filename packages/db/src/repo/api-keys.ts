import { createHash, randomBytes } from 'node:crypto';
import { and, asc, eq, isNull } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../db';
import { ConflictError, sqlState } from '../errors';
import { newId } from '../ids';
import { type ApiKeyRow, apiKeys } from '../schema';
import { Text } from '../validation';

/** An API key as shown to people: everything but the hash. */
export type ApiKeyInfo = Omit<ApiKeyRow, 'hash'>;

export const CreateApiKeyInput = z.object({
  name: Text(200),
  scopes: z
    .array(z.string().regex(/^[a-z][a-z0-9_.:*-]{0,63}$/, 'Scopes look like events:write'))
    .max(50)
    .default([]),
  /**
   * An operator-chosen plain key (e.g. provisioned from configuration) instead of a generated one. RUTA_ADMIN_KEY is
   * stored this way, and automation uses short values such as `test-admin-key`, so 8 characters are enough here.
   */
  key: z.string().min(8, 'Choose a key of at least 8 characters').max(200).optional(),
});
export type CreateApiKeyInput = z.input<typeof CreateApiKeyInput>;

const KEY_PREFIX = 'ruta_';
/** last_used_at is refreshed at most this often, so verifying a key is usually a read only. */
const LAST_USED_RESOLUTION_MS = 60_000;

const sha256 = (plain: string) => createHash('sha256').update(plain, 'utf8').digest('hex');

const info = ({ hash: _hash, ...rest }: ApiKeyRow): ApiKeyInfo => rest;

/**
 * Creates a key. The plain key (`ruta_<43 random chars>`, or the one given) is returned only here; only its sha-256
 * is stored. A given key that already exists throws ConflictError.
 */
export async function createApiKey(db: Db, input: CreateApiKeyInput): Promise<{ key: string; apiKey: ApiKeyInfo }> {
  const data = CreateApiKeyInput.parse(input);
  const key = data.key ?? KEY_PREFIX + randomBytes(32).toString('base64url');
  try {
    const [row] = await db
      .insert(apiKeys)
      .values({
        id: newId('k'),
        name: data.name,
        prefix: key.startsWith(KEY_PREFIX) ? key.slice(0, KEY_PREFIX.length + 6) : key.slice(0, 4),
        hash: sha256(key),
        scopes: [...new Set(data.scopes)],
      })
      .returning();
    return { key, apiKey: info(row!) };
  } catch (error) {
    // Only possible with an operator-chosen key: check with verifyApiKey first to provision idempotently.
    if (sqlState(error) === '23505') throw new ConflictError('This API key already exists');
    throw error;
  }
}

/**
 * The key a plain API key belongs to, if it exists and is not revoked; otherwise null. Looks up by hash, so no
 * constant-time comparison is needed. Refreshes last_used_at (at most once a minute).
 */
export async function verifyApiKey(db: Db, plain: string): Promise<ApiKeyInfo | null> {
  // Operator-chosen keys (createApiKey's `key`) need not carry the ruta_ prefix.
  if (typeof plain !== 'string' || plain.length === 0 || plain.length > 200) return null;
  const [row] = await db
    .select()
    .from(apiKeys)
    .where(and(eq(apiKeys.hash, sha256(plain)), isNull(apiKeys.revokedAt)));
  if (!row) return null;
  const now = new Date();
  if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() >= LAST_USED_RESOLUTION_MS) {
    await db.update(apiKeys).set({ lastUsedAt: now }).where(eq(apiKeys.id, row.id));
    row.lastUsedAt = now;
  }
  return info(row);
}

/** Revokes a key; true if it was active. */
export async function revokeApiKey(db: Db, id: string): Promise<boolean> {
  const rows = await db
    .update(apiKeys)
    .set({ revokedAt: new Date() })
    .where(and(eq(apiKeys.id, id), isNull(apiKeys.revokedAt)))
    .returning({ id: apiKeys.id });
  return rows.length > 0;
}

/** All keys (including revoked ones), oldest first, without hashes. */
export async function listApiKeys(db: Db): Promise<ApiKeyInfo[]> {
  const rows = await db.select().from(apiKeys).orderBy(asc(apiKeys.createdAt), asc(apiKeys.id));
  return rows.map(info);
}
