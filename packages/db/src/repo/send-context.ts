import { getTableColumns, sql } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import { type Db, queryRows } from '../db';
import { type CustomerRow, customers, type MessageRow, messages } from '../schema';
import type { MessageStatus } from '../schema/common';

/** A row read as JSON (`row_to_json`) mapped back to what drizzle's select gives: property names, Dates, JSON. */
function fromJson<T extends PgTable>(table: T, json: Record<string, unknown>): T['$inferSelect'] {
  const out: Record<string, unknown> = {};
  for (const [prop, column] of Object.entries(getTableColumns(table))) {
    const value = json[column.name];
    out[prop] = value === null || value === undefined ? null : column.mapFromDriverValue(value);
  }
  return out as T['$inferSelect'];
}

/** What a send decides on, read in one statement. */
export interface SendContext {
  /** The outbox row of the send's idempotency key, if an earlier attempt wrote one. */
  message: MessageRow | null;
  customer: CustomerRow | null;
  /** The customer's proactive messages since `since` in `statuses` (other keys), counted up to `atMost`. */
  recent: number;
}

/**
 * The three reads of a send in one round trip: the outbox row of `key`, the customer, and the frequency-cap count
 * (a range of `messages_caps_sent_idx` stopped at `atMost`; 0 without a cap). On PGlite, where each statement
 * costs about as much as the write that follows, this is what keeps a send near one outbox write.
 */
export async function sendContext(
  db: Db,
  input: {
    key: string;
    customerId: string;
    cap: { since: Date; atMost: number; statuses: MessageStatus[] } | null;
  },
): Promise<SendContext> {
  const { key, customerId, cap } = input;
  const recent = cap
    ? sql`(select count(*)::int from (
        select 1 from messages c
        where c.customer_id = ${customerId} and c.direction = 'out' and c.transactional = false
          and coalesce(c.sent_at, c.created_at) >= ${cap.since.toISOString()}::timestamptz
          and c.status in ${cap.statuses}
          and c.idempotency_key <> ${key}
        limit ${cap.atMost}) capped)`
    : sql`0`;
  const [row] = await queryRows<{
    message: Record<string, unknown> | null;
    customer: Record<string, unknown> | null;
    recent: number;
  }>(
    db,
    sql`select
      (select row_to_json(m) from messages m where m.idempotency_key = ${key}) as message,
      (select row_to_json(u) from customers u where u.id = ${customerId}) as customer,
      ${recent} as recent`,
  );
  return {
    message: row?.message ? fromJson(messages, row.message) : null,
    customer: row?.customer ? fromJson(customers, row.customer) : null,
    recent: Number(row?.recent ?? 0),
  };
}
