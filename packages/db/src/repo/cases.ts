import { addBusinessTime, BusinessHours } from '@ruta/flow';
import { and, eq, inArray, isNull, or, sql } from 'drizzle-orm';
import type { Db } from '../db';
import { queryRows } from '../db';
import { messages, queueMembers, queues, type TicketRow, teams, tickets, users } from '../schema';
import { ASSIGNMENT_MODES, type AssignmentMode } from '../schema/common';
import { notifyChanged } from './tickets';

/** Where a team's calendar gives no time zone, business time is counted in this one (Ruta's home market). */
export const DEFAULT_CALENDAR_TIME_ZONE = 'America/Santiago';

const OPEN = ['open', 'pending'] as const;

/** The business calendar of the team that owns the queue, or null (no team, or a team without a calendar). */
export async function queueCalendar(db: Db, queueId: string): Promise<BusinessHours | null> {
  const [row] = await db
    .select({ calendar: teams.calendar })
    .from(queues)
    .innerJoin(teams, eq(teams.id, queues.teamId))
    .where(eq(queues.id, queueId));
  if (!row?.calendar) return null;
  const parsed = BusinessHours.safeParse(row.calendar);
  return parsed.success ? parsed.data : null;
}

/** Sets (or clears, with null) a team's business calendar; the calendar is validated like a flow's business hours. */
export async function setTeamCalendar(db: Db, teamId: string, calendar: unknown): Promise<boolean> {
  const value = calendar === null ? null : BusinessHours.parse(calendar);
  const rows = await db.update(teams).set({ calendar: value }).where(eq(teams.id, teamId)).returning({ id: teams.id });
  return rows.length > 0;
}

/**
 * The SLA deadline of a case opened at `at` on `queueId` that must be resolved within `slaMs` of business time, in the
 * queue's team calendar; null when the team has none (the caller keeps the deadline the flow computed).
 */
export async function teamSlaDeadline(db: Db, queueId: string, at: Date, slaMs: number): Promise<Date | null> {
  const calendar = await queueCalendar(db, queueId);
  if (!calendar) return null;
  return new Date(addBusinessTime(at.getTime(), slaMs, calendar, DEFAULT_CALENDAR_TIME_ZONE));
}

/** Sets how a queue hands out new cases. False when the queue does not exist. */
export async function setQueueAssignment(db: Db, queueId: string, mode: AssignmentMode): Promise<boolean> {
  if (!ASSIGNMENT_MODES.includes(mode)) throw new RangeError(`Unknown assignment mode ${mode}`);
  const rows = await db
    .update(queues)
    .set({ assignment: mode })
    .where(eq(queues.id, queueId))
    .returning({ id: queues.id });
  return rows.length > 0;
}

/** Open cases assigned to each of these people (0 for those with none). */
export async function openLoads(db: Db, userIds: readonly string[]): Promise<Map<string, number>> {
  const loads = new Map(userIds.map((id) => [id, 0]));
  if (userIds.length === 0) return loads;
  const rows = await db
    .select({ userId: tickets.assignedTo, n: sql<number>`count(*)::int` })
    .from(tickets)
    .where(and(inArray(tickets.assignedTo, [...userIds]), inArray(tickets.status, [...OPEN])))
    .groupBy(tickets.assignedTo);
  for (const r of rows) if (r.userId) loads.set(r.userId, Number(r.n));
  return loads;
}

/** The next person in turn after `last` (the first when `last` is unknown or the last of the list). */
export function nextInTurn(people: readonly string[], last: string | null): string | undefined {
  const i = last === null ? -1 : people.indexOf(last);
  return people[(i + 1) % people.length];
}

/** The least loaded person; ties go to the one after `last` in turn, so equal loads still rotate. */
export function leastLoaded(
  people: readonly string[],
  loads: Map<string, number>,
  last: string | null,
): string | undefined {
  if (people.length === 0) return undefined;
  const start = last === null ? 0 : (people.indexOf(last) + 1) % people.length;
  let best: string | undefined;
  for (let k = 0; k < people.length; k++) {
    const p = people[(start + k) % people.length]!;
    if (best === undefined || (loads.get(p) ?? 0) < (loads.get(best) ?? 0)) best = p;
  }
  return best;
}

/**
 * Assigns an unassigned open case by its queue's rule (round robin or least loaded among the queue's active members)
 * and returns the assignee; null when the queue is manual, has no active member, or the case is taken or closed.
 * The queue row is locked while the turn moves, so two cases opened at once go to two people.
 */
export async function autoAssign(db: Db, ticketId: string): Promise<string | null> {
  return db.transaction(async (tx) => {
    const [ticket] = await tx.select().from(tickets).where(eq(tickets.id, ticketId));
    if (!ticket || ticket.assignedTo || !OPEN.includes(ticket.status as 'open')) return null;
    const [queue] = await queryRows<{ assignment: AssignmentMode; last_assignee: string | null }>(
      tx,
      sql`select assignment, last_assignee from ${queues} where id = ${ticket.queue} for update`,
    );
    if (!queue || queue.assignment === 'manual') return null;
    const members = await tx
      .select({ id: users.id })
      .from(queueMembers)
      .innerJoin(users, eq(users.id, queueMembers.userId))
      .where(and(eq(queueMembers.queueId, ticket.queue), eq(users.active, true)))
      .orderBy(users.id);
    const people = members.map((m) => m.id);
    if (people.length === 0) return null;
    const pick =
      queue.assignment === 'round_robin'
        ? nextInTurn(people, queue.last_assignee)
        : leastLoaded(people, await openLoads(tx, people), queue.last_assignee);
    if (!pick) return null;
    await tx.update(queues).set({ lastAssignee: pick }).where(eq(queues.id, ticket.queue));
    await tx
      .update(tickets)
      .set({ assignedTo: pick, updatedAt: new Date() })
      .where(and(eq(tickets.id, ticketId), isNull(tickets.assignedTo)));
    return pick;
  });
}

/**
 * An agent takes an open case for themselves. Returns the case, or null when someone else holds it or it is no longer
 * open (the caller answers 409); claiming a case one already holds is harmless.
 */
export async function claimTicket(db: Db, ticketId: string, userId: string): Promise<TicketRow | null> {
  const [row] = await db
    .update(tickets)
    .set({ assignedTo: userId, updatedAt: new Date() })
    .where(
      and(
        eq(tickets.id, ticketId),
        inArray(tickets.status, [...OPEN]),
        or(isNull(tickets.assignedTo), eq(tickets.assignedTo, userId)),
      ),
    )
    .returning();
  if (row) await notifyChanged(db, row);
  return row ?? null;
}

/** One queue's numbers for a supervisor: open cases, unassigned ones, the longest wait and cases near their SLA. */
export interface QueueStats {
  queue: string;
  open: number;
  unassigned: number;
  /** When the oldest open case was opened (null when none waits). */
  oldestAt: Date | null;
  /** Open cases whose SLA ends within the warning window (or has ended). */
  nearBreach: number;
}

/** Per-queue numbers for the supervisor's view, `now` and `warnMs` deciding what is "about to breach". */
export async function queueStats(
  db: Db,
  queueIds: readonly string[],
  now: Date,
  warnMs: number,
): Promise<QueueStats[]> {
  if (queueIds.length === 0) return [];
  const limit = new Date(now.getTime() + warnMs);
  const rows = await db
    .select({
      queue: tickets.queue,
      open: sql<number>`count(*)::int`,
      unassigned: sql<number>`count(*) filter (where ${tickets.assignedTo} is null)::int`,
      oldestAt: sql<string | null>`min(${tickets.createdAt})`,
      nearBreach: sql<number>`count(*) filter (where ${tickets.slaDeadline} <= ${limit.toISOString()})::int`,
    })
    .from(tickets)
    .where(and(inArray(tickets.queue, [...queueIds]), inArray(tickets.status, [...OPEN]), eq(tickets.kind, 'handoff')))
    .groupBy(tickets.queue);
  const byQueue = new Map(rows.map((r) => [r.queue, r]));
  return queueIds.map((queue) => {
    const r = byQueue.get(queue);
    return {
      queue,
      open: Number(r?.open ?? 0),
      unassigned: Number(r?.unassigned ?? 0),
      oldestAt: r?.oldestAt ? new Date(r.oldestAt) : null,
      nearBreach: Number(r?.nearBreach ?? 0),
    };
  });
}

/** The people who work these queues (active members), with their open-case load. */
export async function queuePeople(
  db: Db,
  queueIds: readonly string[],
): Promise<{ id: string; displayName: string; queues: string[]; open: number }[]> {
  if (queueIds.length === 0) return [];
  const rows = await db
    .select({ id: users.id, displayName: users.displayName, queue: queueMembers.queueId })
    .from(queueMembers)
    .innerJoin(users, eq(users.id, queueMembers.userId))
    .where(and(inArray(queueMembers.queueId, [...queueIds]), eq(users.active, true)))
    .orderBy(users.displayName, users.id);
  const people = new Map<string, { id: string; displayName: string; queues: string[]; open: number }>();
  for (const r of rows) {
    const p = people.get(r.id) ?? { id: r.id, displayName: r.displayName, queues: [], open: 0 };
    p.queues.push(r.queue);
    people.set(r.id, p);
  }
  const loads = await openLoads(db, [...people.keys()]);
  for (const p of people.values()) p.open = loads.get(p.id) ?? 0;
  return [...people.values()];
}

/** Earlier cases of the customer (newest first, without `exceptId`), for the case view. */
export async function customerCases(db: Db, customerId: string, exceptId?: string, limit = 20): Promise<TicketRow[]> {
  const rows = await db
    .select()
    .from(tickets)
    .where(eq(tickets.customerId, customerId))
    .orderBy(sql`${tickets.createdAt} desc`, sql`${tickets.id} desc`)
    .limit(limit + 1);
  return rows.filter((r) => r.id !== exceptId).slice(0, limit);
}

/** The customer's newest message to us (any channel), or null: what an agent's reply answers. */
export async function lastInbound(db: Db, customerId: string): Promise<{ channel: string; at: Date } | null> {
  const [row] = await db
    .select({ channel: messages.channel, at: messages.createdAt })
    .from(messages)
    .where(and(eq(messages.customerId, customerId), eq(messages.direction, 'in')))
    .orderBy(sql`${messages.createdAt} desc`)
    .limit(1);
  return row ?? null;
}
