import { createHash, randomBytes } from 'node:crypto';
import { and, eq, lt, ne } from 'drizzle-orm';
import type { Db } from '../db';
import { newId } from '../ids';
import { type SessionRow, type SignInMethod, sessions, type UserRow, users } from '../schema';

/** The sha-256 (hex) of a session token: what is stored and looked up. */
export const sessionTokenHash = (token: string): string => createHash('sha256').update(token, 'utf8').digest('hex');

/**
 * Opens a session for a person. The token (32 random bytes, base64url) is returned only here, to be put in a cookie;
 * only its hash is stored.
 */
export async function createSession(
  db: Db,
  input: {
    userId: string;
    method: SignInMethod;
    now: Date;
    expiresAt: Date;
    userAgent?: string | null;
    address?: string | null;
  },
): Promise<{ token: string; session: SessionRow }> {
  const token = randomBytes(32).toString('base64url');
  const [row] = await db
    .insert(sessions)
    .values({
      id: newId('s'),
      tokenHash: sessionTokenHash(token),
      userId: input.userId,
      method: input.method,
      createdAt: input.now,
      lastSeenAt: input.now,
      expiresAt: input.expiresAt,
      userAgent: input.userAgent?.slice(0, 500) ?? null,
      address: input.address?.slice(0, 100) ?? null,
    })
    .returning();
  return { token, session: row! };
}

/** The session a token opens, with its account; null for an unknown token. Expiry is the caller's to judge. */
export async function findSession(db: Db, token: string): Promise<{ session: SessionRow; user: UserRow } | null> {
  if (typeof token !== 'string' || token.length === 0 || token.length > 200) return null;
  const [row] = await db
    .select({ session: sessions, user: users })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(eq(sessions.tokenHash, sessionTokenHash(token)));
  return row ?? null;
}

/** Marks the session as used at `at` (the idle timeout counts from here). */
export async function touchSession(db: Db, id: string, at: Date): Promise<void> {
  await db.update(sessions).set({ lastSeenAt: at }).where(eq(sessions.id, id));
}

/** Ends one session. */
export async function deleteSession(db: Db, id: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.id, id));
}

/** Ends every session of a person, but `exceptId` (the one in use, after a password change). */
export async function deleteUserSessions(db: Db, userId: string, exceptId?: string): Promise<number> {
  const rows = await db
    .delete(sessions)
    .where(and(eq(sessions.userId, userId), exceptId ? ne(sessions.id, exceptId) : undefined))
    .returning({ id: sessions.id });
  return rows.length;
}

/** Removes sessions whose absolute lifetime ended before `now` (housekeeping; idle ones are removed when seen). */
export async function deleteExpiredSessions(db: Db, now: Date): Promise<number> {
  const rows = await db.delete(sessions).where(lt(sessions.expiresAt, now)).returning({ id: sessions.id });
  return rows.length;
}
