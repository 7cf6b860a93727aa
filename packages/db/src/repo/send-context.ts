import { getTableColumns, sql } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import { type Db, queryRows } from '../db';
import { newId } from '../ids';
import { type CustomerRow, customers, type MessageRow, messages } from '../schema';
import type { MessageStatus } from '../schema/common';
import { OutboundInput } from './customers';

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
}

/**
 * The reads of a send in one call (`ruta_send_context`, whose plan the connection keeps): the outbox row of `key`
 * and the customer. The frequency cap is not read here: the write that claims the send counts it, under the
 * customer's cap lock (`claimOutbound`), which is both one statement less and exact when sends race.
 */
export async function sendContext(db: Db, input: { key: string; customerId: string }): Promise<SendContext> {
  const [row] = await queryRows<{ message: Record<string, unknown> | null; customer: Record<string, unknown> | null }>(
    db,
    sql`select message, customer from ruta_send_context(${input.key}, ${input.customerId})`,
  );
  return {
    message: row?.message ? fromJson(messages, row.message) : null,
    customer: row?.customer ? fromJson(customers, row.customer) : null,
  };
}

/**
 * A frequency cap a write checks atomically with itself: fewer than `atMost` of the customer's proactive messages in
 * `statuses` since `since` (other than the one written), or nothing is written.
 */
export interface CapCheck {
  since: Date;
  atMost: number;
  statuses: MessageStatus[];
}

/** A status list as a PostgreSQL array literal (statuses are plain words). */
const statusArray = (statuses: MessageStatus[]) => `{${statuses.join(',')}}`;

/** What `claimOutbound` did: wrote the row, found one under the key, or found the customer's cap reached. */
export type Claim =
  | { outcome: 'inserted' | 'exists'; message: MessageRow }
  | { outcome: 'capped' /** The messages counted, at least the cap. */; counted: number };

/**
 * Writes an outbound message once per idempotency key, in one statement (`ruta_claim_outbound`). With `cap`, the
 * customer's cap lock is held while the cap is counted and the row written, so of two sends racing for the last slot
 * one is written and the other answers `capped`; without it, the same insert as `putOutbound`.
 */
export async function claimOutbound(db: Db, input: OutboundInput, cap: CapCheck | null = null): Promise<Claim> {
  const data = OutboundInput.parse(input);
  const [row] = await queryRows<{
    outcome: Claim['outcome'];
    message: Record<string, unknown> | null;
    counted: number;
  }>(
    db,
    sql`select outcome, message, counted from ruta_claim_outbound(
      ${newId('m')}, ${data.idempotencyKey}, ${data.customerId}, ${data.channel}, ${data.provider ?? null},
      ${data.providerMessageId ?? null}, ${data.journeyId ?? null}, ${data.flowId ?? null}, ${data.nodeId ?? null},
      ${data.body ?? null}, ${data.subject ?? null}, ${data.status}, ${data.statusReason ?? null},
      ${data.transactional}, ${JSON.stringify(data.metadata)}::jsonb, ${new Date().toISOString()}::timestamptz,
      ${cap ? cap.since.toISOString() : null}::timestamptz, ${cap ? cap.atMost : null}::int,
      ${cap ? statusArray(cap.statuses) : null}::text[])`,
  );
  if (!row) throw new Error(`Claiming message ${data.idempotencyKey} returned nothing`);
  if (row.outcome === 'capped') return { outcome: 'capped', counted: Number(row.counted) };
  if (!row.message) throw new Error(`Message ${data.idempotencyKey} conflicted on insert but cannot be read`);
  return { outcome: row.outcome, message: fromJson(messages, row.message) };
}

/**
 * Takes the cap lock of the customer of message `key` (held until the transaction ends) and counts their proactive
 * messages as `cap` says, other than `key`; undefined when there is no such message. Inside a transaction, the
 * write that follows is exact against racing sends.
 */
export async function lockCapOfMessage(db: Db, key: string, cap: CapCheck): Promise<number | undefined> {
  const [locked] = await queryRows<{ customer_id: string }>(
    db,
    sql`select customer_id, ruta_cap_lock(customer_id) from messages where idempotency_key = ${key}`,
  );
  if (!locked) return undefined;
  // A statement of its own: under READ COMMITTED its snapshot is taken after the lock, so it sees the last holder's row.
  const [row] = await queryRows<{ n: number }>(
    db,
    sql`select ruta_cap_count(${locked.customer_id}, ${cap.since.toISOString()}::timestamptz, ${cap.atMost}::int,
      ${statusArray(cap.statuses)}::text[], ${key}) as n`,
  );
  return Number(row?.n ?? 0);
}
