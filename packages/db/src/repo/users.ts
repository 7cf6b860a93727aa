import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../db';
import { ConflictError, NotFoundError, sqlState } from '../errors';
import { newId } from '../ids';
import { LOCALES, queueMembers, queues, ROLES, sessions, teamMembers, teams, type UserRow, users } from '../schema';
import { Text } from '../validation';
import { Email } from './customers';
import { queuesOfTeams } from './queues';

/** A person's account with the queues and teams they belong to; never the password hash. */
export type UserInfo = Omit<UserRow, 'passwordHash'> & { hasPassword: boolean; queues: string[]; teams: string[] };

const Membership = z.array(z.string().min(1).max(100)).max(200);

export const CreateUserInput = z.object({
  email: Email,
  displayName: Text(200),
  /** An argon2id PHC string (the API hashes); none for accounts that sign in only through OpenID Connect. */
  passwordHash: z.string().min(20).max(1000).nullish(),
  roles: z.array(z.enum(ROLES)).max(ROLES.length).default([]),
  language: z.enum(LOCALES).default('es'),
  mustChangePassword: z.boolean().default(false),
  oidcIssuer: z.string().min(1).max(500).nullish(),
  oidcSubject: z.string().min(1).max(500).nullish(),
  queues: Membership.default([]),
  teams: Membership.default([]),
});
export type CreateUserInput = z.input<typeof CreateUserInput>;

export const UpdateUserInput = z.object({
  email: Email.optional(),
  displayName: Text(200).optional(),
  passwordHash: z.string().min(20).max(1000).nullish(),
  roles: z.array(z.enum(ROLES)).max(ROLES.length).optional(),
  language: z.enum(LOCALES).optional(),
  /** false deactivates the account and ends its sessions; true reactivates it. */
  active: z.boolean().optional(),
  mustChangePassword: z.boolean().optional(),
  oidcIssuer: z.string().min(1).max(500).nullish(),
  oidcSubject: z.string().min(1).max(500).nullish(),
  /** Replaces the queues the person works (agents). */
  queues: Membership.optional(),
  /** Replaces the teams the person belongs to (supervisors, agents). */
  teams: Membership.optional(),
});
export type UpdateUserInput = z.input<typeof UpdateUserInput>;

/** Roles in the catalog's order, once each, so the same set is always stored (and shown) the same way. */
const canonicalRoles = (roles: readonly string[]) => ROLES.filter((r) => roles.includes(r));

const byId = <T extends { id: string }>(rows: T[]) => new Set(rows.map((r) => r.id));

/** Refuses queue or team ids that do not exist, naming them. */
async function assertMemberships(db: Db, queueIds: string[] | undefined, teamIds: string[] | undefined) {
  if (queueIds?.length) {
    const found = byId(await db.select({ id: queues.id }).from(queues).where(inArray(queues.id, queueIds)));
    const missing = queueIds.filter((q) => !found.has(q));
    if (missing.length) throw new NotFoundError(`Unknown queue${missing.length > 1 ? 's' : ''}: ${missing.join(', ')}`);
  }
  if (teamIds?.length) {
    const found = byId(await db.select({ id: teams.id }).from(teams).where(inArray(teams.id, teamIds)));
    const missing = teamIds.filter((t) => !found.has(t));
    if (missing.length) throw new NotFoundError(`Unknown team${missing.length > 1 ? 's' : ''}: ${missing.join(', ')}`);
  }
}

async function setMemberships(db: Db, userId: string, queueIds?: string[], teamIds?: string[]): Promise<void> {
  if (queueIds) {
    await db.delete(queueMembers).where(eq(queueMembers.userId, userId));
    const unique = [...new Set(queueIds)];
    if (unique.length) await db.insert(queueMembers).values(unique.map((queueId) => ({ queueId, userId })));
  }
  if (teamIds) {
    await db.delete(teamMembers).where(eq(teamMembers.userId, userId));
    const unique = [...new Set(teamIds)];
    if (unique.length) await db.insert(teamMembers).values(unique.map((teamId) => ({ teamId, userId })));
  }
}

/** The queues and teams of each user, by user id. */
async function membershipsOf(db: Db, userIds: string[]): Promise<Map<string, { queues: string[]; teams: string[] }>> {
  const out = new Map(userIds.map((id) => [id, { queues: [] as string[], teams: [] as string[] }]));
  if (userIds.length === 0) return out;
  const q = await db
    .select()
    .from(queueMembers)
    .where(inArray(queueMembers.userId, userIds))
    .orderBy(asc(queueMembers.queueId));
  const t = await db
    .select()
    .from(teamMembers)
    .where(inArray(teamMembers.userId, userIds))
    .orderBy(asc(teamMembers.teamId));
  for (const r of q) out.get(r.userId)?.queues.push(r.queueId);
  for (const r of t) out.get(r.userId)?.teams.push(r.teamId);
  return out;
}

const withMemberships = async (db: Db, rows: UserRow[]): Promise<UserInfo[]> => {
  const members = await membershipsOf(
    db,
    rows.map((r) => r.id),
  );
  return rows.map(({ passwordHash, ...rest }) => ({
    ...rest,
    hasPassword: passwordHash !== null,
    ...(members.get(rest.id) ?? { queues: [], teams: [] }),
  }));
};

/** Creates an account (with its queues and teams). ConflictError when the email (or the OIDC subject) is taken. */
export async function createUser(db: Db, input: CreateUserInput): Promise<UserInfo> {
  const data = CreateUserInput.parse(input);
  return db.transaction(async (tx) => {
    await assertMemberships(tx, data.queues, data.teams);
    let row: UserRow | undefined;
    try {
      [row] = await tx
        .insert(users)
        .values({
          id: newId('u'),
          email: data.email,
          displayName: data.displayName,
          passwordHash: data.passwordHash ?? null,
          roles: canonicalRoles(data.roles),
          language: data.language,
          mustChangePassword: data.mustChangePassword,
          oidcIssuer: data.oidcIssuer ?? null,
          oidcSubject: data.oidcSubject ?? null,
        })
        .returning();
    } catch (error) {
      if (sqlState(error) === '23505')
        throw new ConflictError(`An account with the email ${data.email} already exists`);
      throw error;
    }
    await setMemberships(tx, row!.id, data.queues, data.teams);
    return (await withMemberships(tx, [row!]))[0]!;
  });
}

/**
 * Changes an account. Deactivating it ends every session it has. Memberships given replace the old ones. Null when
 * the account does not exist; ConflictError when the new email is taken.
 */
export async function updateUser(db: Db, id: string, patch: UpdateUserInput): Promise<UserInfo | null> {
  const data = UpdateUserInput.parse(patch);
  return db.transaction(async (tx) => {
    await assertMemberships(tx, data.queues, data.teams);
    const { queues: q, teams: t, active, roles, ...fields } = data;
    const set: Partial<UserRow> = { updatedAt: new Date() };
    for (const [k, v] of Object.entries(fields)) if (v !== undefined) (set as Record<string, unknown>)[k] = v;
    if (roles !== undefined) set.roles = canonicalRoles(roles);
    if (active !== undefined) {
      set.active = active;
      set.deactivatedAt = active ? null : new Date();
    }
    let row: UserRow | undefined;
    try {
      [row] = await tx.update(users).set(set).where(eq(users.id, id)).returning();
    } catch (error) {
      if (sqlState(error) === '23505')
        throw new ConflictError(`An account with the email ${data.email} already exists`);
      throw error;
    }
    if (!row) return null;
    if (active === false) await tx.delete(sessions).where(eq(sessions.userId, id));
    await setMemberships(tx, id, q, t);
    return (await withMemberships(tx, [row]))[0]!;
  });
}

/** One account with its memberships, or null. */
export async function getUser(db: Db, id: string): Promise<UserInfo | null> {
  const rows = await db.select().from(users).where(eq(users.id, id));
  return rows.length ? (await withMemberships(db, rows))[0]! : null;
}

/**
 * The stored row of an account (with the password hash, for signing in), found by email (any case) or by OpenID
 * Connect issuer and subject. Null when there is none.
 */
export async function findUserForSignIn(
  db: Db,
  by: { email: string } | { issuer: string; subject: string },
): Promise<UserRow | null> {
  const where =
    'email' in by
      ? eq(users.email, by.email.trim().toLowerCase())
      : and(eq(users.oidcIssuer, by.issuer), eq(users.oidcSubject, by.subject));
  const [row] = await db.select().from(users).where(where);
  return row ?? null;
}

/** Accounts (all, or the members of these teams), by display name. */
export async function listUsers(db: Db, options: { teamIds?: readonly string[] } = {}): Promise<UserInfo[]> {
  if (options.teamIds && options.teamIds.length === 0) return [];
  const rows = options.teamIds
    ? await db
        .selectDistinct({ user: users })
        .from(users)
        .innerJoin(teamMembers, eq(teamMembers.userId, users.id))
        .where(inArray(teamMembers.teamId, [...options.teamIds]))
        .then((r) => r.map((x) => x.user))
    : await db.select().from(users);
  rows.sort((a, b) => a.displayName.localeCompare(b.displayName) || a.id.localeCompare(b.id));
  return withMemberships(db, rows);
}

/** Active accounts holding the admin role. */
export async function countActiveAdmins(db: Db): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(users)
    .where(and(eq(users.active, true), sql`'admin' = any(${users.roles})`));
  return Number(row?.n ?? 0);
}

/** Remembers when the person last signed in. */
export async function recordSignIn(db: Db, id: string, at: Date): Promise<void> {
  await db.update(users).set({ lastSignInAt: at }).where(eq(users.id, id));
}

/**
 * What a person can reach through their memberships: the queues they work (agents), the teams they belong to, and the
 * queues of those teams (what a supervisor oversees).
 */
export async function reachOf(
  db: Db,
  userId: string,
): Promise<{ queues: string[]; teams: string[]; teamQueues: string[] }> {
  const members = (await membershipsOf(db, [userId])).get(userId)!;
  return { ...members, teamQueues: await queuesOfTeams(db, members.teams) };
}
