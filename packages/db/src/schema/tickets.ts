import { sql } from 'drizzle-orm';
import { bigint, check, index, jsonb, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { type Json, TICKET_KINDS, TICKET_PRIORITIES, TICKET_STATUSES } from './common';
import { oneOf, ts } from './helpers';
import { queues } from './people';

/** Priority as the inbox ranks it (urgent first); the same expression in the index and in listOpen's ORDER BY. */
export const INBOX_RANK = sql.raw(
  "case priority when 'urgent' then 0 when 'high' then 1 when 'normal' then 2 else 3 end",
);

/** Handoffs to people and CRM tickets. */
export const tickets = pgTable(
  'tickets',
  {
    id: text('id').primaryKey(),
    /** Caller-chosen key (e.g. `<journey>:<node>:<visit>`) so a retried create returns the same ticket. */
    idempotencyKey: text('idempotency_key'),
    kind: text('kind', { enum: TICKET_KINDS }).notNull().default('handoff'),
    customerId: text('customer_id').notNull(),
    journeyId: text('journey_id'),
    nodeId: text('node_id'),
    /** The queue's id (its name); every queue a ticket names exists in `queues`. */
    queue: text('queue')
      .notNull()
      .references(() => queues.id, { onUpdate: 'cascade' }),
    priority: text('priority', { enum: TICKET_PRIORITIES }).notNull().default('normal'),
    status: text('status', { enum: TICKET_STATUSES }).notNull().default('open'),
    subject: text('subject'),
    slaDeadline: ts('sla_deadline'),
    assignedTo: text('assigned_to'),
    resolution: text('resolution'),
    detail: jsonb('detail').$type<{ [key: string]: Json }>().notNull().default({}),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
    resolvedAt: ts('resolved_at'),
  },
  (t) => [
    uniqueIndex('tickets_idempotency_key_idx').on(t.idempotencyKey),
    index('tickets_queue_idx').on(t.queue, t.status),
    index('tickets_customer_idx').on(t.customerId),
    // Each person's load (open cases assigned to them), for least-loaded assignment and the supervisor's view.
    index('tickets_assignee_idx').on(t.assignedTo, t.status),
    // The inbox's order (see listOpen) over open cases only, so its first page is read in order, not sorted.
    index('tickets_inbox_idx')
      .on(sql`(${INBOX_RANK})`, t.slaDeadline.asc().nullsLast(), t.createdAt, t.id)
      .where(sql`${t.status} in ('open', 'pending')`),
    check('tickets_kind_check', oneOf(t.kind, TICKET_KINDS)),
    check('tickets_priority_check', oneOf(t.priority, TICKET_PRIORITIES)),
    check('tickets_status_check', oneOf(t.status, TICKET_STATUSES)),
  ],
);

export const ticketNotes = pgTable(
  'ticket_notes',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    ticketId: text('ticket_id')
      .notNull()
      .references(() => tickets.id),
    author: text('author'),
    body: text('body').notNull(),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [index('ticket_notes_ticket_idx').on(t.ticketId, t.id)],
);

export type TicketRow = typeof tickets.$inferSelect;
export type NewTicketRow = typeof tickets.$inferInsert;
export type TicketNoteRow = typeof ticketNotes.$inferSelect;
export type NewTicketNoteRow = typeof ticketNotes.$inferInsert;
