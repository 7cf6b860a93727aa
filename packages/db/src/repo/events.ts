import { desc, eq, sql } from 'drizzle-orm';
import type { PgUpdateSetSource } from 'drizzle-orm/pg-core';
import { z } from 'zod';
import type { Db } from '../db';
import { type EventOutcome, type EventRow, events } from '../schema';
import type { Json } from '../schema/common';
import { Instant, JsonRecord, Text } from '../validation';

export const EventInput = z.object({
  /** The event's own id: sending the same id again is a repeat, not a new event. */
  id: Text(200),
  type: Text(200),
  customerId: Text(200),
  /** When the event happened. */
  occurredAt: Instant.nullish(),
  payload: JsonRecord.default({}),
  /** Who sent it (API key name, integration). */
  source: z.string().max(200).nullish(),
});
export type EventInput = z.input<typeof EventInput>;

export type RecordEventResult = { inserted: true; event: EventRow } | { inserted: false; existing: EventRow };

/**
 * Stores an event exactly once, keyed by its id (INSERT … ON CONFLICT DO NOTHING RETURNING, then a read of the
 * stored row on conflict). Safe under any number of concurrent repeats: exactly one caller sees `inserted: true`.
 */
export async function recordEventOnce(db: Db, input: EventInput): Promise<RecordEventResult> {
  const data = EventInput.parse(input);
  const [row] = await db
    .insert(events)
    .values({
      id: data.id,
      type: data.type,
      customerId: data.customerId,
      occurredAt: data.occurredAt ?? null,
      payload: data.payload,
      source: data.source ?? null,
    })
    .onConflictDoNothing({ target: events.id })
    .returning();
  if (row) return { inserted: true, event: row };
  const existing = await getEvent(db, data.id);
  if (!existing) throw new Error(`Event ${data.id} conflicted on insert but cannot be read`);
  return { inserted: false, existing };
}

/** An event by id, or null. */
export async function getEvent(db: Db, id: string): Promise<EventRow | null> {
  const [row] = await db.select().from(events).where(eq(events.id, id));
  return row ?? null;
}

/**
 * Records what processing the event did. `outcome` (journeys started/advanced) replaces the stored one;
 * `response` is kept from the first call only, so every repeat of the event gets the same answer.
 * Returns the stored row, or null if the event does not exist.
 */
export async function setEventOutcome(
  db: Db,
  id: string,
  update: { outcome?: EventOutcome; response?: Json },
): Promise<EventRow | null> {
  const set: PgUpdateSetSource<typeof events> = {};
  if (update.outcome !== undefined) set.outcome = update.outcome;
  if (update.response !== undefined) {
    set.response = sql`coalesce(${events.response}, ${JSON.stringify(update.response)}::jsonb)`;
    set.respondedAt = sql`coalesce(${events.respondedAt}, now())`;
  }
  if (Object.keys(set).length === 0) return getEvent(db, id);
  const [row] = await db.update(events).set(set).where(eq(events.id, id)).returning();
  return row ?? null;
}

/** The `data` of the newest events of one type (newest first), at most `limit` (1 to 500). */
export async function recentEventData(db: Db, type: string, limit = 50): Promise<{ [key: string]: Json }[]> {
  const n = Math.min(Math.max(Math.trunc(limit), 1), 500);
  const rows = await db
    .select({ payload: events.payload })
    .from(events)
    .where(eq(events.type, type))
    .orderBy(desc(events.receivedAt))
    .limit(n);
  return rows.map((r) => r.payload);
}

/** An event type seen by the API: how many events of it are stored and when the newest arrived. */
export interface EventTypeSeen {
  type: string;
  count: number;
  lastAt: Date;
}

/** The event types stored, most recently seen first (at most 200). */
export async function listEventTypes(db: Db): Promise<EventTypeSeen[]> {
  const lastAt = sql<Date>`max(${events.receivedAt})`;
  const rows = await db
    .select({ type: events.type, count: sql<number>`count(*)::int`, lastAt })
    .from(events)
    .groupBy(events.type)
    .orderBy(desc(lastAt))
    .limit(200);
  return rows.map((r) => ({ type: r.type, count: Number(r.count), lastAt: new Date(r.lastAt) }));
}
