import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { z } from 'zod';
import { type Db, queryRows } from '../db';
import { ConflictError, NotFoundError, sqlState } from '../errors';
import { newId } from '../ids';
import { type QueueRow, queueMembers, queues, type TeamRow, teams, users } from '../schema';
import { ASSIGNMENT_MODES } from '../schema/common';
import { Text } from '../validation';

/** A queue id is the name tickets carry (`support`, `billing`): 1–100 characters, trimmed. */
export const QueueId = Text(100);

export const CreateQueueInput = z.object({
  id: QueueId,
  /** What people read; the id when not given. */
  name: Text(200).optional(),
  teamId: z.string().min(1).max(100).nullish(),
  assignment: z.enum(ASSIGNMENT_MODES).optional(),
});
export type CreateQueueInput = z.input<typeof CreateQueueInput>;

export const UpdateQueueInput = z.object({
  name: Text(200).optional(),
  teamId: z.string().min(1).max(100).nullish(),
  /** How new cases are handed out: `manual` (agents claim), `round_robin` or `least_loaded`. */
  assignment: z.enum(ASSIGNMENT_MODES).optional(),
});
export type UpdateQueueInput = z.input<typeof UpdateQueueInput>;

export const CreateTeamInput = z.object({ name: Text(200) });
export type CreateTeamInput = z.input<typeof CreateTeamInput>;

/**
 * Makes sure the queues exist (named as their ids when new). Tickets name their queue, so opening a handoff on a queue
 * nobody set up yet creates it; an admin gives it a team and a display name later.
 */
export async function ensureQueues(db: Db, ids: readonly string[]): Promise<void> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return;
  await db
    .insert(queues)
    .values(unique.map((id) => ({ id, name: id })))
    .onConflictDoNothing({ target: queues.id });
}

async function assertTeam(db: Db, teamId: string | null | undefined): Promise<void> {
  if (!teamId) return;
  const [row] = await db.select({ id: teams.id }).from(teams).where(eq(teams.id, teamId));
  if (!row) throw new NotFoundError(`Team ${teamId} does not exist`);
}

/** Creates a queue; ConflictError when the id is taken, NotFoundError for an unknown team. */
export async function createQueue(db: Db, input: CreateQueueInput): Promise<QueueRow> {
  const data = CreateQueueInput.parse(input);
  await assertTeam(db, data.teamId);
  const [row] = await db
    .insert(queues)
    .values({
      id: data.id,
      name: data.name ?? data.id,
      teamId: data.teamId ?? null,
      assignment: data.assignment ?? 'manual',
    })
    .onConflictDoNothing({ target: queues.id })
    .returning();
  if (!row) throw new ConflictError(`Queue ${data.id} already exists`);
  return row;
}

/** Renames a queue or moves it to another team (null: no team). Null when the queue does not exist. */
export async function updateQueue(db: Db, id: string, patch: UpdateQueueInput): Promise<QueueRow | null> {
  const data = UpdateQueueInput.parse(patch);
  await assertTeam(db, data.teamId);
  const set: Partial<QueueRow> = {};
  if (data.name !== undefined) set.name = data.name;
  if (data.teamId !== undefined) set.teamId = data.teamId;
  if (data.assignment !== undefined) set.assignment = data.assignment;
  if (Object.keys(set).length === 0) return getQueue(db, id);
  const [row] = await db.update(queues).set(set).where(eq(queues.id, id)).returning();
  return row ?? null;
}

/** One queue, or null. */
export async function getQueue(db: Db, id: string): Promise<QueueRow | null> {
  const [row] = await db.select().from(queues).where(eq(queues.id, id));
  return row ?? null;
}

/** Queues by id (all of them without `ids`), ordered by id. */
export async function listQueues(db: Db, ids?: readonly string[]): Promise<QueueRow[]> {
  if (ids && ids.length === 0) return [];
  return db
    .select()
    .from(queues)
    .where(ids ? inArray(queues.id, [...ids]) : undefined)
    .orderBy(asc(queues.id));
}

/** Every queue with how many active people work it (its members), by id: what a hand-off may name. */
export async function queueStaffing(db: Db): Promise<{ id: string; name: string; people: number }[]> {
  const rows = await db
    .select({
      id: queues.id,
      name: queues.name,
      people: sql<number>`count(${users.id})::int`,
    })
    .from(queues)
    .leftJoin(queueMembers, eq(queueMembers.queueId, queues.id))
    .leftJoin(users, and(eq(users.id, queueMembers.userId), eq(users.active, true)))
    .groupBy(queues.id, queues.name)
    .orderBy(asc(queues.id));
  return rows.map((r) => ({ ...r, people: Number(r.people) }));
}

/** Creates a team; ConflictError when the name is taken. */
export async function createTeam(db: Db, input: CreateTeamInput): Promise<TeamRow> {
  const data = CreateTeamInput.parse(input);
  try {
    const [row] = await db
      .insert(teams)
      .values({ id: newId('tm'), name: data.name })
      .returning();
    return row!;
  } catch (error) {
    if (sqlState(error) === '23505') throw new ConflictError(`A team named ${data.name} already exists`);
    throw error;
  }
}

/** Teams by id (all of them without `ids`), by name. */
export async function listTeams(db: Db, ids?: readonly string[]): Promise<TeamRow[]> {
  if (ids && ids.length === 0) return [];
  return db
    .select()
    .from(teams)
    .where(ids ? inArray(teams.id, [...ids]) : undefined)
    .orderBy(asc(teams.name));
}

/** The queues that belong to any of these teams. */
export async function queuesOfTeams(db: Db, teamIds: readonly string[]): Promise<string[]> {
  if (teamIds.length === 0) return [];
  const rows = await db
    .select({ id: queues.id })
    .from(queues)
    .where(inArray(queues.teamId, [...teamIds]))
    .orderBy(asc(queues.id));
  return rows.map((r) => r.id);
}

/** How many open or pending tickets wait in each queue. */
export async function openCountsByQueue(db: Db): Promise<Map<string, number>> {
  const rows = await queryRows<{ queue: string; n: number }>(
    db,
    sql`select queue, count(*)::int as n from tickets where status in ('open', 'pending') group by queue`,
  );
  return new Map(rows.map((r) => [r.queue, Number(r.n)]));
}
