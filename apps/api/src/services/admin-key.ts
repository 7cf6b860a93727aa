import { createApiKey, type Db, listApiKeys, verifyApiKey } from '@ruta/db';

/** What happened to the admin key at start. `key` is set only when a new one was generated (print it once). */
export interface AdminKeyResult {
  created: boolean;
  key: string | null;
  fromEnv: boolean;
}

/** Fewest characters RUTA_ADMIN_KEY may have: the admin key opens everything, so it must not be guessable. */
export const ADMIN_KEY_MIN_LENGTH = 32;

/** Refuses an admin key that is short, long or has spaces, saying how to make a good one. */
function assertStrongAdminKey(key: string): void {
  const problem =
    key.length < ADMIN_KEY_MIN_LENGTH
      ? `is ${key.length} characters long; it must have at least ${ADMIN_KEY_MIN_LENGTH}`
      : key.length > 200
        ? 'is longer than 200 characters'
        : /\s/.test(key)
          ? 'contains white space'
          : null;
  if (problem) {
    throw new Error(
      `RUTA_ADMIN_KEY ${problem}. Set it to a random string of ${ADMIN_KEY_MIN_LENGTH} to 200 characters without spaces, ` +
        `e.g. the output of: node -e "console.log(require('crypto').randomBytes(32).toString('base64url'))" ` +
        '(or unset it, and Ruta generates an admin key and prints it once).',
    );
  }
}

/**
 * Makes sure an admin can get in. With no keys at all, an admin key is created: `RUTA_ADMIN_KEY` when set (for
 * automation), else a random one that is returned to be printed once. `RUTA_ADMIN_KEY` is also accepted later
 * (added as an admin key if it is not one yet), so an automated setup keeps working against existing data.
 */
export async function ensureAdminKey(db: Db, envKey = process.env.RUTA_ADMIN_KEY): Promise<AdminKeyResult> {
  const wanted = envKey?.trim() || undefined;
  if (wanted) assertStrongAdminKey(wanted);
  if (wanted && (await verifyApiKey(db, wanted))) return { created: false, key: null, fromEnv: true };
  const existing = await listApiKeys(db);
  if (!wanted && existing.some((k) => !k.revokedAt)) return { created: false, key: null, fromEnv: false };
  try {
    const { key } = await createApiKey(db, {
      name: wanted ? 'admin (RUTA_ADMIN_KEY)' : 'admin',
      scopes: ['admin'],
      ...(wanted ? { key: wanted } : {}),
    });
    return { created: true, key: wanted ? null : key, fromEnv: Boolean(wanted) };
  } catch (err) {
    // Another process created the same key at the same moment.
    if (wanted && (await verifyApiKey(db, wanted))) return { created: false, key: null, fromEnv: true };
    throw err;
  }
}
