import { index, jsonb, pgTable, text } from 'drizzle-orm/pg-core';
import type { Json } from './common';
import { ts } from './helpers';

/** What processing an event did: which journeys it started and which it advanced. */
export interface EventOutcome {
  started: string[];
  advanced: string[];
  [key: string]: Json;
}

/** Business events received by the API. The primary key is the event's own id, which makes intake idempotent. */
export const events = pgTable(
  'events',
  {
    id: text('id').primaryKey(),
    type: text('type').notNull(),
    customerId: text('customer_id').notNull(),
    /** When the event happened, as the sender said. */
    occurredAt: ts('occurred_at'),
    payload: jsonb('payload').$type<{ [key: string]: Json }>().notNull().default({}),
    source: text('source'),
    receivedAt: ts('received_at').notNull().defaultNow(),
    outcome: jsonb('outcome').$type<EventOutcome>(),
    /** The first response body returned for this event; a repeat gets the same answer. */
    response: jsonb('response').$type<Json>(),
    respondedAt: ts('responded_at'),
  },
  (t) => [
    index('events_customer_idx').on(t.customerId, t.receivedAt),
    index('events_type_idx').on(t.type, t.receivedAt),
  ],
);

export type EventRow = typeof events.$inferSelect;
export type NewEventRow = typeof events.$inferInsert;
