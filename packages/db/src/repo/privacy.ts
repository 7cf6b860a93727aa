import { asc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../db';
import {
  type CustomerRow,
  customers,
  type EventRow,
  events,
  type JourneyRow,
  type JourneyStepRow,
  journeySteps,
  journeys,
  type MessageRow,
  messages,
  type TicketNoteRow,
  type TicketRow,
  ticketNotes,
  tickets,
} from '../schema';

/** Text that replaces erased message bodies, subjects and ticket texts. */
export const ERASED = '[erased]';

/** Everything stored about one customer. */
export interface CustomerExport {
  customerId: string;
  exportedAt: string;
  customer: CustomerRow | null;
  messages: MessageRow[];
  journeys: JourneyRow[];
  steps: JourneyStepRow[];
  tickets: TicketRow[];
  notes: TicketNoteRow[];
  events: EventRow[];
}

/** Rows touched by an erasure, per table. */
export interface ErasureReport {
  customers: number;
  messages: number;
  events: number;
  journeys: number;
  steps: number;
  tickets: number;
  notes: number;
}

/** All data about a customer (profile, messages, journeys with steps, tickets with notes, events), as JSON-able rows. */
export async function exportCustomer(db: Db, customerId: string): Promise<CustomerExport> {
  const [customer] = await db.select().from(customers).where(eq(customers.id, customerId));
  const messageRows = await db
    .select()
    .from(messages)
    .where(eq(messages.customerId, customerId))
    .orderBy(asc(messages.createdAt), asc(messages.id));
  const journeyRows = await db
    .select()
    .from(journeys)
    .where(eq(journeys.customerId, customerId))
    .orderBy(asc(journeys.startedAt), asc(journeys.id));
  const journeyIds = journeyRows.map((j) => j.id);
  const steps = journeyIds.length
    ? await db
        .select()
        .from(journeySteps)
        .where(inArray(journeySteps.journeyId, journeyIds))
        .orderBy(asc(journeySteps.journeyId), asc(journeySteps.seq))
    : [];
  const ticketRows = await db
    .select()
    .from(tickets)
    .where(eq(tickets.customerId, customerId))
    .orderBy(asc(tickets.createdAt), asc(tickets.id));
  const ticketIds = ticketRows.map((t) => t.id);
  const notes = ticketIds.length
    ? await db.select().from(ticketNotes).where(inArray(ticketNotes.ticketId, ticketIds)).orderBy(asc(ticketNotes.id))
    : [];
  const eventRows = await db
    .select()
    .from(events)
    .where(eq(events.customerId, customerId))
    .orderBy(asc(events.receivedAt), asc(events.id));
  return {
    customerId,
    exportedAt: new Date().toISOString(),
    customer: customer ?? null,
    messages: messageRows,
    journeys: journeyRows,
    steps,
    tickets: ticketRows,
    notes,
    events: eventRows,
  };
}

/**
 * Erases a customer's personal data in one transaction, keeping rows so aggregates stay countable: the profile is
 * nulled (erased_at set, consent cleared), message bodies/subjects become '[erased]' and metadata `{}`, event
 * payloads `{}`, step details null, ticket subjects/resolutions/notes '[erased]' and details `{}`.
 * Ids, channels, statuses, timestamps and journey outcomes stay. This is the database only: the customer's journeys
 * also keep data in Temporal's history, which the API's erasure (DELETE /v1/customers/{id}) deletes from Temporal.
 */
export async function eraseCustomer(db: Db, customerId: string): Promise<ErasureReport> {
  return db.transaction(async (tx) => {
    const now = new Date();
    const c = await tx
      .update(customers)
      .set({
        name: null,
        email: null,
        phone: null,
        locale: null,
        timeZone: null,
        tier: null,
        consent: {},
        tags: [],
        attributes: {},
        updatedAt: now,
        erasedAt: now,
      })
      .where(eq(customers.id, customerId))
      .returning({ id: customers.id });
    const m = await tx
      .update(messages)
      .set({
        body: sql`case when ${messages.body} is null then null else ${ERASED} end`,
        subject: sql`case when ${messages.subject} is null then null else ${ERASED} end`,
        metadata: {},
        updatedAt: now,
      })
      .where(eq(messages.customerId, customerId))
      .returning({ id: messages.id });
    const e = await tx
      .update(events)
      .set({ payload: {} })
      .where(eq(events.customerId, customerId))
      .returning({ id: events.id });
    const j = await tx.select({ id: journeys.id }).from(journeys).where(eq(journeys.customerId, customerId));
    const s = j.length
      ? await tx
          .update(journeySteps)
          .set({ detail: null })
          .where(
            inArray(
              journeySteps.journeyId,
              j.map((r) => r.id),
            ),
          )
          .returning({ seq: journeySteps.seq })
      : [];
    const t = await tx
      .update(tickets)
      .set({
        subject: sql`case when ${tickets.subject} is null then null else ${ERASED} end`,
        resolution: sql`case when ${tickets.resolution} is null then null else ${ERASED} end`,
        detail: {},
        updatedAt: now,
      })
      .where(eq(tickets.customerId, customerId))
      .returning({ id: tickets.id });
    const n = t.length
      ? await tx
          .update(ticketNotes)
          .set({ body: ERASED })
          .where(
            inArray(
              ticketNotes.ticketId,
              t.map((r) => r.id),
            ),
          )
          .returning({ id: ticketNotes.id })
      : [];
    return {
      customers: c.length,
      messages: m.length,
      events: e.length,
      journeys: j.length,
      steps: s.length,
      tickets: t.length,
      notes: n.length,
    };
  });
}
