import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { PgUpdateSetSource } from 'drizzle-orm/pg-core';
import { z } from 'zod';
import type { Db } from '../db';
import { NotFoundError, sqlState } from '../errors';
import { newId } from '../ids';
import { type TicketNoteRow, type TicketRow, ticketNotes, tickets } from '../schema';
import { TICKET_KINDS, TICKET_PRIORITIES, TICKET_STATUSES } from '../schema/common';
import { INBOX_RANK } from '../schema/tickets';
import { Instant, JsonRecord, Text } from '../validation';
import { notifyCase } from './case-events';
import { autoAssign, teamSlaDeadline } from './cases';
import { ensureQueues } from './queues';

export const CreateTicketInput = z.object({
  /** When given, a repeated create with the same key returns the first ticket. */
  idempotencyKey: z.string().min(1).max(400).nullish(),
  kind: z.enum(TICKET_KINDS).default('handoff'),
  customerId: Text(200),
  journeyId: z.string().max(300).nullish(),
  nodeId: z.string().max(200).nullish(),
  queue: Text(100),
  priority: z.enum(TICKET_PRIORITIES).default('normal'),
  subject: z.string().max(1000).nullish(),
  slaDeadline: Instant.nullish(),
  assignedTo: z.string().max(200).nullish(),
  detail: JsonRecord.default({}),
  /**
   * The SLA as business time (ms). When the queue's team has a calendar the deadline is counted in it from now,
   * replacing `slaDeadline` (which the flow counted in the hand-off step's hours).
   */
  slaMs: z.number().int().nonnegative().nullish(),
});
export type CreateTicketInput = z.input<typeof CreateTicketInput>;

export const UpdateTicketInput = z.object({
  status: z.enum(TICKET_STATUSES).optional(),
  priority: z.enum(TICKET_PRIORITIES).optional(),
  queue: Text(100).optional(),
  subject: z.string().max(1000).nullish(),
  slaDeadline: Instant.nullish(),
  assignedTo: z.string().max(200).nullish(),
  resolution: z.string().max(2000).nullish(),
});
export type UpdateTicketInput = z.input<typeof UpdateTicketInput>;

export const NoteInput = z.object({
  author: z.string().max(200).nullish(),
  body: z.string().trim().min(1).max(20_000),
});
export type NoteInput = z.input<typeof NoteInput>;

/** Opens a ticket (a handoff or CRM ticket). Idempotent by `idempotencyKey` when one is given. */
export async function createTicket(
  db: Db,
  input: CreateTicketInput,
): Promise<{ inserted: boolean; ticket: TicketRow }> {
  const data = CreateTicketInput.parse(input);
  await ensureQueues(db, [data.queue]);
  const now = new Date();
  const teamDeadline = data.slaMs == null ? null : await teamSlaDeadline(db, data.queue, now, data.slaMs);
  const [row] = await db
    .insert(tickets)
    .values({
      id: newId('t'),
      idempotencyKey: data.idempotencyKey ?? null,
      kind: data.kind,
      customerId: data.customerId,
      journeyId: data.journeyId ?? null,
      nodeId: data.nodeId ?? null,
      queue: data.queue,
      priority: data.priority,
      subject: data.subject ?? null,
      slaDeadline: teamDeadline ?? data.slaDeadline ?? null,
      assignedTo: data.assignedTo ?? null,
      detail: data.detail,
      createdAt: now,
      updatedAt: now,
    })
    .onConflictDoNothing({ target: tickets.idempotencyKey })
    .returning();
  if (row) {
    if (row.kind !== 'handoff') return { inserted: true, ticket: row };
    let ticket = row;
    // A new case goes to someone at once when its queue hands cases out (round robin, least loaded).
    if (!row.assignedTo && (await autoAssign(db, row.id))) {
      const [assigned] = await db.select().from(tickets).where(eq(tickets.id, row.id));
      ticket = assigned ?? row;
    }
    await notifyCase(db, {
      type: 'case.created',
      caseId: ticket.id,
      queue: ticket.queue,
      customerId: ticket.customerId,
    });
    return { inserted: true, ticket };
  }
  const [existing] = await db.select().from(tickets).where(eq(tickets.idempotencyKey, data.idempotencyKey!));
  if (!existing) throw new Error(`Ticket ${data.idempotencyKey} conflicted on insert but cannot be read`);
  return { inserted: false, ticket: existing };
}

/** Changes a ticket. Resolving or closing sets resolved_at (once); reopening clears it. Null if unknown. */
export async function updateTicket(db: Db, id: string, patch: UpdateTicketInput): Promise<TicketRow | null> {
  const data = UpdateTicketInput.parse(patch);
  const set: PgUpdateSetSource<typeof tickets> = { updatedAt: new Date() };
  if (data.status !== undefined) {
    set.status = data.status;
    set.resolvedAt =
      data.status === 'resolved' || data.status === 'closed' ? sql`coalesce(${tickets.resolvedAt}, now())` : null;
  }
  if (data.priority !== undefined) set.priority = data.priority;
  if (data.queue !== undefined) {
    await ensureQueues(db, [data.queue]);
    set.queue = data.queue;
  }
  if (data.subject !== undefined) set.subject = data.subject;
  if (data.slaDeadline !== undefined) set.slaDeadline = data.slaDeadline;
  if (data.assignedTo !== undefined) set.assignedTo = data.assignedTo;
  if (data.resolution !== undefined) set.resolution = data.resolution;
  const [row] = await db.update(tickets).set(set).where(eq(tickets.id, id)).returning();
  if (row?.kind === 'handoff') await notifyChanged(db, row);
  return row ?? null;
}

/** Announces a changed handoff on the cases feed. */
export async function notifyChanged(db: Db, row: Pick<TicketRow, 'id' | 'queue' | 'customerId'>): Promise<void> {
  await notifyCase(db, { type: 'case.changed', caseId: row.id, queue: row.queue, customerId: row.customerId });
}

/** Adds a note to a ticket. Throws NotFoundError if the ticket does not exist. */
export async function addNote(db: Db, ticketId: string, input: NoteInput): Promise<TicketNoteRow> {
  const data = NoteInput.parse(input);
  try {
    const [row] = await db
      .insert(ticketNotes)
      .values({ ticketId, author: data.author ?? null, body: data.body })
      .returning();
    const [ticket] = await db
      .update(tickets)
      .set({ updatedAt: new Date() })
      .where(eq(tickets.id, ticketId))
      .returning();
    if (ticket?.kind === 'handoff') await notifyChanged(db, ticket);
    return row!;
  } catch (error) {
    if (sqlState(error) === '23503') throw new NotFoundError(`Ticket ${ticketId} not found`);
    throw error;
  }
}

/** A ticket with its notes (oldest first), or null. */
export async function getTicket(db: Db, id: string): Promise<(TicketRow & { notes: TicketNoteRow[] }) | null> {
  const [row] = await db.select().from(tickets).where(eq(tickets.id, id));
  if (!row) return null;
  const notes = await db.select().from(ticketNotes).where(eq(ticketNotes.ticketId, id)).orderBy(asc(ticketNotes.id));
  return { ...row, notes };
}

/**
 * Open and pending tickets (of one queue, of any of several, or all), most urgent first, then by SLA deadline and age;
 * the first `limit` of them, of one `kind` when given.
 */
export async function listOpen(
  db: Db,
  queue?: string | readonly string[],
  options: { limit?: number; kind?: TicketRow['kind'] } = {},
): Promise<TicketRow[]> {
  if (Array.isArray(queue) && queue.length === 0) return [];
  const inQueue =
    queue === undefined
      ? undefined
      : typeof queue === 'string'
        ? eq(tickets.queue, queue)
        : inArray(tickets.queue, [...queue]);
  return db
    .select()
    .from(tickets)
    .where(
      and(
        inArray(tickets.status, ['open', 'pending']),
        inQueue,
        options.kind === undefined ? undefined : eq(tickets.kind, options.kind),
      ),
    )
    .orderBy(INBOX_RANK, sql`${tickets.slaDeadline} asc nulls last`, asc(tickets.createdAt), asc(tickets.id))
    .limit(options.limit ?? Number.MAX_SAFE_INTEGER);
}

/** Whether the customer has a ticket (any status) in one of these queues: what lets an agent see the customer. */
export async function customerHasTicketIn(db: Db, customerId: string, queues: readonly string[]): Promise<boolean> {
  if (queues.length === 0) return false;
  const [row] = await db
    .select({ id: tickets.id })
    .from(tickets)
    .where(and(eq(tickets.customerId, customerId), inArray(tickets.queue, [...queues])))
    .limit(1);
  return row !== undefined;
}
