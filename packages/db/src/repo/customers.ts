import type { CustomerProfile } from '@ruta/flow';
import { and, desc, eq, inArray, lt, sql } from 'drizzle-orm';
import type { PgUpdateSetSource } from 'drizzle-orm/pg-core';
import { z } from 'zod';
import type { Db } from '../db';
import { newId } from '../ids';
import { type CustomerRow, customers, type MessageRow, messages } from '../schema';
import { CHANNELS, type Channel, type Json, LOCALES, MESSAGE_STATUSES, type MessageStatus } from '../schema/common';
import { Instant, JsonRecord, Text } from '../validation';
import { notifyCustomerReplied } from './case-events';

/** Emails are stored trimmed and lowercased so lookups match. */
export const Email = z.string().trim().toLowerCase().pipe(z.email());

/** Phones are stored without spaces, dashes, dots or parentheses (E.164 recommended: +34600111222). */
export const Phone = z
  .string()
  .transform((s) => s.replace(/[\s().-]/g, ''))
  .pipe(z.string().regex(/^\+?[0-9]{3,20}$/, 'Phone numbers are digits with an optional leading +'));

/** IANA time zone names such as Europe/Madrid. */
export const TimeZone = z.string().refine((tz) => {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}, 'Unknown time zone');

export const Consent = z.partialRecord(z.enum(CHANNELS), z.boolean());
export type Consent = z.infer<typeof Consent>;

export const CustomerInput = z.object({
  id: Text(200),
  name: z.string().trim().max(200).nullish(),
  email: Email.nullish(),
  phone: Phone.nullish(),
  locale: z.enum(LOCALES).nullish(),
  timeZone: TimeZone.nullish(),
  tier: z.string().max(100).nullish(),
  /** Merged into the stored consent (channels not mentioned keep their value). */
  consent: Consent.optional(),
  /** Replaces the stored tags. */
  tags: z.array(z.string().trim().min(1).max(100)).max(200).optional(),
  /** Merged into the stored attributes (top-level keys). */
  attributes: JsonRecord.optional(),
});
export type CustomerInput = z.input<typeof CustomerInput>;

/**
 * Creates or updates a customer. Only the fields given change (`null` clears one); consent and attributes are
 * merged key by key. Upserting an erased customer starts a fresh profile (erased_at cleared); the old data stays
 * redacted.
 */
export async function upsertCustomer(db: Db, input: CustomerInput): Promise<CustomerRow> {
  const data = CustomerInput.parse(input);
  const now = new Date();
  const set: PgUpdateSetSource<typeof customers> = { updatedAt: now, erasedAt: null };
  if (data.name !== undefined) set.name = data.name;
  if (data.email !== undefined) set.email = data.email;
  if (data.phone !== undefined) set.phone = data.phone;
  if (data.locale !== undefined) set.locale = data.locale;
  if (data.timeZone !== undefined) set.timeZone = data.timeZone;
  if (data.tier !== undefined) set.tier = data.tier;
  if (data.tags !== undefined) set.tags = data.tags;
  if (data.consent !== undefined) set.consent = sql`${customers.consent} || excluded.consent`;
  if (data.attributes !== undefined) set.attributes = sql`${customers.attributes} || excluded.attributes`;
  const [row] = await db
    .insert(customers)
    .values({
      id: data.id,
      name: data.name ?? null,
      email: data.email ?? null,
      phone: data.phone ?? null,
      locale: data.locale ?? null,
      timeZone: data.timeZone ?? null,
      tier: data.tier ?? null,
      consent: data.consent ?? {},
      tags: data.tags ?? [],
      attributes: data.attributes ?? {},
      createdAt: now,
      updatedAt: now,
    })
    .onConflictDoUpdate({ target: customers.id, set })
    .returning();
  return row!;
}

/** A stored customer as a journey sees it (only the fields it has). */
export function customerProfile(row: CustomerRow): CustomerProfile {
  const p: CustomerProfile = { id: row.id };
  if (row.name) p.name = row.name;
  if (row.email) p.email = row.email;
  if (row.phone) p.phone = row.phone;
  if (row.locale) p.locale = row.locale;
  if (row.timeZone) p.timeZone = row.timeZone;
  if (row.tier) p.tier = row.tier;
  if (row.tags.length) p.tags = row.tags;
  if (Object.keys(row.consent).length) p.consent = row.consent;
  if (Object.keys(row.attributes).length) p.attributes = row.attributes as Record<string, Json>;
  return p;
}

/** A customer by id, or null. */
export async function getCustomer(db: Db, id: string): Promise<CustomerRow | null> {
  const [row] = await db.select().from(customers).where(eq(customers.id, id));
  return row ?? null;
}

/** Names of customers by id (customers without a name, or not stored, are left out). */
export async function customerNames(db: Db, ids: readonly string[]): Promise<Record<string, string>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return {};
  const rows = await db
    .select({ id: customers.id, name: customers.name })
    .from(customers)
    .where(inArray(customers.id, unique));
  const out: Record<string, string> = {};
  for (const r of rows) if (r.name) out[r.id] = r.name;
  return out;
}

/** Finds a customer by id, phone or email (normalized as stored). Erased customers are not found by phone/email. */
export async function findCustomer(
  db: Db,
  by: { id: string } | { phone: string } | { email: string },
): Promise<CustomerRow | null> {
  if ('id' in by) return getCustomer(db, by.id);
  const where = 'phone' in by ? eq(customers.phone, Phone.parse(by.phone)) : eq(customers.email, Email.parse(by.email));
  const [row] = await db.select().from(customers).where(where).orderBy(desc(customers.updatedAt)).limit(1);
  return row ?? null;
}

/** Sets (true/false) or forgets (null) consent for one channel. Returns the row, or null if the customer is unknown. */
export async function setConsent(
  db: Db,
  customerId: string,
  channel: Channel,
  granted: boolean | null,
): Promise<CustomerRow | null> {
  const ch = z.enum(CHANNELS).parse(channel);
  const consent =
    granted === null
      ? sql`${customers.consent} - ${ch}::text`
      : sql`${customers.consent} || jsonb_build_object(${ch}::text, ${granted}::boolean)`;
  const [row] = await db
    .update(customers)
    .set({ consent, updatedAt: new Date() })
    .where(eq(customers.id, customerId))
    .returning();
  return row ?? null;
}

// ---------------------------------------------------------------------------------------------------------------
// Messages: one timeline across channels.

export const OutboundInput = z.object({
  /** `<journey id>:<node id>:<visit>` or similar: the same across retries. Unique: the at-most-once guarantee. */
  idempotencyKey: Text(400),
  customerId: Text(200),
  channel: z.enum(CHANNELS),
  provider: z.string().max(100).nullish(),
  providerMessageId: z.string().max(300).nullish(),
  journeyId: z.string().max(300).nullish(),
  flowId: z.string().max(200).nullish(),
  nodeId: z.string().max(200).nullish(),
  body: z.string().max(100_000).nullish(),
  subject: z.string().max(1000).nullish(),
  /** `sending`: claimed by a send attempt before the provider call (a crash leaves it there, never as `sent`). */
  status: z.enum(['queued', 'sending', 'sent', 'failed', 'suppressed', 'deferred']).default('queued'),
  statusReason: z.string().max(2000).nullish(),
  /** Transactional sends do not count toward frequency caps. */
  transactional: z.boolean().default(false),
  metadata: JsonRecord.default({}),
});
export type OutboundInput = z.input<typeof OutboundInput>;

export const InboundInput = z.object({
  customerId: Text(200),
  channel: z.enum(CHANNELS),
  provider: Text(100),
  /** The provider's id for the message: a redelivered webhook is recognised by it. */
  providerMessageId: Text(300),
  journeyId: z.string().max(300).nullish(),
  flowId: z.string().max(200).nullish(),
  nodeId: z.string().max(200).nullish(),
  body: z.string().max(100_000).nullish(),
  subject: z.string().max(1000).nullish(),
  receivedAt: Instant.optional(),
  metadata: JsonRecord.default({}),
});
export type InboundInput = z.input<typeof InboundInput>;

/** Statuses that mean a proactive message went (or is about to go) out, for frequency caps. */
const COUNTED_STATUSES: MessageStatus[] = ['queued', 'sending', 'sent', 'delivered', 'read'];

/** Order of outbound statuses: an update only moves a message forward (receipts may arrive out of order). */
const STATUS_RANK: Record<MessageStatus, number> = {
  queued: 0,
  deferred: 1,
  sending: 2,
  sent: 3,
  failed: 4,
  delivered: 5,
  read: 6,
  suppressed: 6,
  received: 7,
};
/** SQL rank of the stored status (see STATUS_RANK). */
const storedStatusRank = sql.raw(
  `(case "messages"."status" ${Object.entries(STATUS_RANK)
    .map(([s, r]) => `when '${s}' then ${r}`)
    .join(' ')} end)`,
);

/**
 * Records an outbound message before it is sent. Unique on `idempotencyKey`: the first call inserts
 * (`inserted: true`, go ahead and send); any repeat returns the stored message with `inserted: false`.
 */
export async function putOutbound(db: Db, input: OutboundInput): Promise<{ inserted: boolean; message: MessageRow }> {
  const data = OutboundInput.parse(input);
  const now = new Date();
  const [row] = await db
    .insert(messages)
    .values({
      id: newId('m'),
      direction: 'out',
      channel: data.channel,
      provider: data.provider ?? null,
      providerMessageId: data.providerMessageId ?? null,
      customerId: data.customerId,
      journeyId: data.journeyId ?? null,
      flowId: data.flowId ?? null,
      nodeId: data.nodeId ?? null,
      idempotencyKey: data.idempotencyKey,
      body: data.body ?? null,
      subject: data.subject ?? null,
      status: data.status,
      statusReason: data.statusReason ?? null,
      transactional: data.transactional,
      sentAt: data.status === 'sent' || data.status === 'sending' ? now : null,
      createdAt: now,
      updatedAt: now,
      metadata: data.metadata,
    })
    .onConflictDoNothing({ target: messages.idempotencyKey })
    .returning();
  if (row) return { inserted: true, message: row };
  const [existing] = await db.select().from(messages).where(eq(messages.idempotencyKey, data.idempotencyKey));
  if (!existing) throw new Error(`Message ${data.idempotencyKey} conflicted on insert but cannot be read`);
  return { inserted: false, message: existing };
}

/**
 * Records an inbound message (a customer's reply). Unique per (provider, providerMessageId), so a webhook
 * delivered twice is stored once.
 */
export async function putInbound(db: Db, input: InboundInput): Promise<{ inserted: boolean; message: MessageRow }> {
  const data = InboundInput.parse(input);
  const at = data.receivedAt ?? new Date();
  const [row] = await db
    .insert(messages)
    .values({
      id: newId('m'),
      direction: 'in',
      channel: data.channel,
      provider: data.provider,
      providerMessageId: data.providerMessageId,
      customerId: data.customerId,
      journeyId: data.journeyId ?? null,
      flowId: data.flowId ?? null,
      nodeId: data.nodeId ?? null,
      body: data.body ?? null,
      subject: data.subject ?? null,
      status: 'received',
      createdAt: at,
      updatedAt: at,
      metadata: data.metadata,
    })
    .onConflictDoNothing({ target: [messages.provider, messages.providerMessageId] })
    .returning();
  if (row) {
    // Agents of the customer's open cases see the message arrive.
    await notifyCustomerReplied(db, row.customerId);
    return { inserted: true, message: row };
  }
  const [existing] = await db
    .select()
    .from(messages)
    .where(and(eq(messages.provider, data.provider), eq(messages.providerMessageId, data.providerMessageId)));
  if (!existing) throw new Error(`Inbound ${data.provider}/${data.providerMessageId} conflicted but cannot be read`);
  return { inserted: false, message: existing };
}

/** Which message a status update is about: our id, or the provider's id for it. */
export type MessageRef = { id: string } | { provider: string; providerMessageId: string };

/**
 * Applies a delivery status. Statuses only move forward (queued → deferred → sending → sent → failed/delivered →
 * read), so a
 * late `delivered` after `read` changes nothing. `providerMessageId` can be attached when the provider accepts the
 * send. Returns whether it changed and the stored message (null if unknown).
 */
export async function updateMessageStatus(
  db: Db,
  ref: MessageRef,
  update: { status: MessageStatus; reason?: string | null; providerMessageId?: string | null },
): Promise<{ updated: boolean; message: MessageRow | null }> {
  const status = z.enum(MESSAGE_STATUSES).parse(update.status);
  const where =
    'id' in ref
      ? eq(messages.id, ref.id)
      : and(eq(messages.provider, ref.provider), eq(messages.providerMessageId, ref.providerMessageId));
  const now = new Date();
  const sentLike = status === 'sent' || status === 'delivered' || status === 'read';
  const [row] = await db
    .update(messages)
    .set({
      status,
      statusReason: update.reason ?? null,
      updatedAt: now,
      ...(sentLike ? { sentAt: sql`coalesce(${messages.sentAt}, ${now.toISOString()}::timestamptz)` } : {}),
      ...(update.providerMessageId ? { providerMessageId: update.providerMessageId } : {}),
    })
    .where(and(where, sql`${storedStatusRank} < ${STATUS_RANK[status]}`))
    .returning();
  if (row) return { updated: true, message: row };
  const [existing] = await db.select().from(messages).where(where);
  return { updated: false, message: existing ?? null };
}

/** A customer's messages across channels, oldest first (the newest `limit`, default 200, before `before`). */
export async function listTimeline(
  db: Db,
  customerId: string,
  options: { limit?: number; before?: Date } = {},
): Promise<MessageRow[]> {
  const limit = Math.min(Math.max(options.limit ?? 200, 1), 1000);
  const rows = await db
    .select()
    .from(messages)
    .where(
      and(eq(messages.customerId, customerId), options.before ? lt(messages.createdAt, options.before) : undefined),
    )
    .orderBy(desc(messages.createdAt), desc(messages.id))
    .limit(limit);
  return rows.reverse();
}

/**
 * Frequency caps: how many proactive (non-transactional) outbound messages the customer got since `sinceMs`
 * (ms since the epoch), optionally on one channel or from one flow. Counts queued, sending, sent, delivered and read; not
 * failed, suppressed or deferred. Time is when it was sent (or queued, if not sent yet).
 */
export async function countProactiveSends(
  db: Db,
  customerId: string,
  sinceMs: number,
  options: { channel?: Channel; flowId?: string } = {},
): Promise<number> {
  const since = new Date(sinceMs);
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(messages)
    .where(
      and(
        eq(messages.customerId, customerId),
        eq(messages.direction, 'out'),
        eq(messages.transactional, false),
        inArray(messages.status, COUNTED_STATUSES),
        sql`coalesce(${messages.sentAt}, ${messages.createdAt}) >= ${since.toISOString()}::timestamptz`,
        options.channel ? eq(messages.channel, options.channel) : undefined,
        options.flowId ? eq(messages.flowId, options.flowId) : undefined,
      ),
    );
  return Number(row?.n ?? 0);
}
