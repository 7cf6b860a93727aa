import { sql } from 'drizzle-orm';
import { boolean, check, index, jsonb, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { CHANNELS, type Channel, type Json, LOCALES, MESSAGE_DIRECTIONS, MESSAGE_STATUSES } from './common';
import { oneOf, ts } from './helpers';

/** Consent per channel: true = may contact, false = opted out, missing = unknown. */
export type Consent = Partial<Record<Channel, boolean>>;

/** The people journeys are about. `id` is the caller's customer id. Erasure nulls the profile and sets erased_at. */
export const customers = pgTable(
  'customers',
  {
    id: text('id').primaryKey(),
    name: text('name'),
    email: text('email'),
    phone: text('phone'),
    locale: text('locale', { enum: LOCALES }),
    timeZone: text('time_zone'),
    tier: text('tier'),
    consent: jsonb('consent').$type<Consent>().notNull().default({}),
    tags: text('tags').array().notNull().default(sql`'{}'::text[]`),
    attributes: jsonb('attributes').$type<{ [key: string]: Json }>().notNull().default({}),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
    erasedAt: ts('erased_at'),
  },
  (t) => [
    index('customers_email_idx').on(t.email),
    index('customers_phone_idx').on(t.phone),
    check('customers_locale_check', sql`${t.locale} is null or ${oneOf(t.locale, LOCALES)}`),
  ],
);

/**
 * One conversation timeline across channels. Outbound rows carry a unique idempotency key (the at-most-once
 * guarantee for sends); inbound rows are unique per (provider, provider_message_id).
 * Also the source of frequency caps: see countProactiveSends.
 */
export const messages = pgTable(
  'messages',
  {
    id: text('id').primaryKey(),
    direction: text('direction', { enum: MESSAGE_DIRECTIONS }).notNull(),
    channel: text('channel', { enum: CHANNELS }).notNull(),
    provider: text('provider'),
    providerMessageId: text('provider_message_id'),
    customerId: text('customer_id').notNull(),
    journeyId: text('journey_id'),
    flowId: text('flow_id'),
    nodeId: text('node_id'),
    idempotencyKey: text('idempotency_key'),
    body: text('body'),
    subject: text('subject'),
    status: text('status', { enum: MESSAGE_STATUSES }).notNull(),
    statusReason: text('status_reason'),
    /** Transactional sends (payment links, delivery notices) do not count toward frequency caps. */
    transactional: boolean('transactional').notNull().default(false),
    /** When the provider accepted the message (first sent/delivered/read status). */
    sentAt: ts('sent_at'),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
    metadata: jsonb('metadata').$type<{ [key: string]: Json }>().notNull().default({}),
  },
  (t) => [
    uniqueIndex('messages_idempotency_key_idx').on(t.idempotencyKey),
    uniqueIndex('messages_provider_message_idx').on(t.provider, t.providerMessageId),
    index('messages_customer_idx').on(t.customerId, t.createdAt),
    // Frequency caps count a customer's proactive messages since a moment, by when they went out: a range of this
    // index, however long the customer's outbox.
    index('messages_caps_sent_idx')
      .on(t.customerId, sql`coalesce(${t.sentAt}, ${t.createdAt})`)
      .where(sql`${t.direction} = 'out' and ${t.transactional} = false`),
    index('messages_journey_idx').on(t.journeyId),
    check('messages_direction_check', oneOf(t.direction, MESSAGE_DIRECTIONS)),
    check('messages_channel_check', oneOf(t.channel, CHANNELS)),
    check('messages_status_check', oneOf(t.status, MESSAGE_STATUSES)),
    check('messages_outbound_key_check', sql`${t.direction} = 'in' or ${t.idempotencyKey} is not null`),
  ],
);

export type CustomerRow = typeof customers.$inferSelect;
export type NewCustomerRow = typeof customers.$inferInsert;
export type MessageRow = typeof messages.$inferSelect;
export type NewMessageRow = typeof messages.$inferInsert;
