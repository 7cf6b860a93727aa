import { eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { type Db, queryRows } from '../db';
import { newId } from '../ids';
import { BULK_ACTIONS, type BulkActionError, type BulkActionRow, bulkActions } from '../schema/attention';

/**
 * Why a journey is in "Needs attention": parked at a node whose activity failed for good (`activity_failed`, its
 * latest step is that wait), holding a message because a placeholder has no value (`missing_data`, its latest step is
 * that wait: the flow's missing-data rule is `hold`), its workflow task keeps failing, or an activity keeps failing
 * while Temporal retries it (both as the background check last saw them).
 */
export const ATTENTION_REASONS = [
  'activity_failed',
  'missing_data',
  'workflow_task_failing',
  'activity_failing',
] as const;
export type AttentionReason = (typeof ATTENTION_REASONS)[number];

/** One group of journeys that need attention: same flow version, node and reason. */
export interface AttentionGroup {
  flowId: string;
  flowVersion: number;
  nodeId: string | null;
  /** The node's kind (parked journeys), so the designer can name the step. */
  kind: string | null;
  reason: AttentionReason;
  /** The activity that failed or keeps failing. */
  activity: string | null;
  /** The failure's type when the activity gave one (`CrmUnavailable`…); part of the group's key. */
  failureType: string | null;
  /** One failure message of the group, as the activity wrote it. */
  example: string | null;
  /** For `missing_data`: the placeholders without a value in the group's held messages, sorted (else null). */
  missing: string[] | null;
  count: number;
  /** Since when the oldest journey of the group has needed attention. */
  since: Date;
}

/** Which journeys a group (or a bulk action) covers. */
export const AttentionFilter = z.object({
  flowId: z.string().min(1).max(200),
  flowVersion: z.number().int().positive().optional(),
  nodeId: z.string().min(1).max(200).nullish(),
  reason: z.enum(ATTENTION_REASONS),
  failureType: z.string().max(200).nullish(),
});
export type AttentionFilter = z.input<typeof AttentionFilter>;

/** The latest step of a running journey is its parked wait (the journey's `last_seq` step). */
const PARKED = sql`j.status = 'running' and j.attention is null and s.type = 'wait' and s.detail ->> 'reason' = 'activity_failed'`;
/** The latest step of a running journey is a send held because a placeholder has no value. */
const HELD = sql`j.status = 'running' and j.attention is null and s.type = 'wait' and s.detail ->> 'reason' = 'missing_data'`;
const LATEST_STEP = sql`journey_steps s on s.journey_id = j.id and s.seq = j.last_seq`;

/**
 * The journeys that need attention, grouped by flow version, node and reason (parked journeys also by the failure's
 * type), largest groups first. One query on journeys and their latest step: never a scan of Temporal.
 */
export async function attentionGroups(db: Db, options: { flowId?: string } = {}): Promise<AttentionGroup[]> {
  const flow = options.flowId ? sql`and j.flow_id = ${options.flowId}` : sql``;
  const rows = await queryRows<Omit<AttentionGroup, 'since'> & { since: string | Date }>(
    db,
    sql`
    select j.flow_id as "flowId", j.flow_version as "flowVersion", s.node_id as "nodeId", s.kind,
      'activity_failed' as reason, s.detail -> 'failure' ->> 'activity' as activity,
      s.detail -> 'failure' ->> 'type' as "failureType", min(s.detail -> 'failure' ->> 'message') as example,
      null::jsonb as missing, count(*)::int as count, min(s.at) as since
    from journeys j join ${LATEST_STEP}
    where ${PARKED} ${flow}
    group by j.flow_id, j.flow_version, s.node_id, s.kind, s.detail -> 'failure' ->> 'activity', s.detail -> 'failure' ->> 'type'
    union all
    select j.flow_id, j.flow_version, s.node_id, s.kind, 'missing_data', null, null, null,
      jsonb_agg(distinct m.name order by m.name) filter (where m.name is not null),
      count(distinct j.id)::int, min(s.at)
    from journeys j join ${LATEST_STEP}
      left join lateral jsonb_array_elements_text(s.detail -> 'missing') as m(name) on true
    where ${HELD} ${flow}
    group by j.flow_id, j.flow_version, s.node_id, s.kind
    union all
    select j.flow_id, j.flow_version, j.current_node, null, j.attention, j.attention_detail ->> 'activity', null,
      min(j.attention_detail ->> 'failure'), null::jsonb, count(*)::int, min(j.attention_since)
    from journeys j
    where j.status = 'running' and j.attention is not null ${flow}
    group by j.flow_id, j.flow_version, j.current_node, j.attention, j.attention_detail ->> 'activity'
    order by count desc, since asc`,
  );
  return rows.map((r) => ({ ...r, since: new Date(r.since) }));
}

function filterSql(f: z.output<typeof AttentionFilter>) {
  const parts = [sql`j.flow_id = ${f.flowId}`];
  if (f.flowVersion !== undefined) parts.push(sql`j.flow_version = ${f.flowVersion}`);
  if (f.reason === 'activity_failed') {
    parts.push(PARKED);
    if (f.nodeId) parts.push(sql`s.node_id = ${f.nodeId}`);
    if (f.failureType) parts.push(sql`s.detail -> 'failure' ->> 'type' = ${f.failureType}`);
    else if (f.failureType === null) parts.push(sql`s.detail -> 'failure' ->> 'type' is null`);
  } else if (f.reason === 'missing_data') {
    parts.push(HELD);
    if (f.nodeId) parts.push(sql`s.node_id = ${f.nodeId}`);
  } else {
    parts.push(sql`j.status = 'running' and j.attention = ${f.reason}`);
    if (f.nodeId) parts.push(sql`j.current_node = ${f.nodeId}`);
  }
  return sql.join(parts, sql` and `);
}

/** One journey of a group, as the "Needs attention" list shows it. */
export interface AttentionJourney {
  id: string;
  customerId: string;
  flowVersion: number;
  nodeId: string | null;
  since: Date;
  /** The failure as the journey or the check recorded it. */
  activity: string | null;
  failureType: string | null;
  /** The failure's message; for `missing_data`, the placeholders without a value (`customer.name, event.data.eta`). */
  message: string | null;
}

/** The journeys of a group, longest waiting first (bounded). */
export async function attentionJourneys(db: Db, filter: AttentionFilter, limit = 100): Promise<AttentionJourney[]> {
  const f = AttentionFilter.parse(filter);
  const n = Math.min(Math.max(Math.trunc(limit), 1), 50_000);
  const rows = await queryRows<Omit<AttentionJourney, 'since'> & { since: string | Date }>(
    db,
    f.reason === 'missing_data'
      ? sql`select j.id, j.customer_id as "customerId", j.flow_version as "flowVersion", s.node_id as "nodeId",
          s.at as since, null as activity, null as "failureType",
          (select string_agg(m, ', ') from jsonb_array_elements_text(s.detail -> 'missing') as m) as message
        from journeys j join ${LATEST_STEP} where ${filterSql(f)} order by s.at asc, j.id asc limit ${n}`
      : f.reason === 'activity_failed'
        ? sql`select j.id, j.customer_id as "customerId", j.flow_version as "flowVersion", s.node_id as "nodeId",
          s.at as since, s.detail -> 'failure' ->> 'activity' as activity,
          s.detail -> 'failure' ->> 'type' as "failureType", s.detail -> 'failure' ->> 'message' as message
        from journeys j join ${LATEST_STEP} where ${filterSql(f)} order by s.at asc, j.id asc limit ${n}`
        : sql`select j.id, j.customer_id as "customerId", j.flow_version as "flowVersion", j.current_node as "nodeId",
          j.attention_since as since, j.attention_detail ->> 'activity' as activity, null as "failureType",
          j.attention_detail ->> 'failure' as message
        from journeys j where ${filterSql(f)} order by j.attention_since asc, j.id asc limit ${n}`,
  );
  return rows.map((r) => ({ ...r, since: new Date(r.since) }));
}

/** A message recorded as sent but never confirmed by the provider (a send interrupted after the handover). */
export interface UnconfirmedMessage {
  id: string;
  customerId: string;
  journeyId: string | null;
  flowId: string | null;
  nodeId: string | null;
  channel: string;
  createdAt: Date;
}

/** Messages left "unconfirmed" (sent, reason `unconfirmed`), newest first, with how many there are in all. */
export async function unconfirmedMessages(
  db: Db,
  options: { flowId?: string; limit?: number } = {},
): Promise<{ total: number; items: UnconfirmedMessage[] }> {
  const flow = options.flowId ? sql`and flow_id = ${options.flowId}` : sql``;
  const where = sql`direction = 'out' and status_reason = 'unconfirmed' ${flow}`;
  const [count] = await queryRows<{ n: number }>(db, sql`select count(*)::int as n from messages where ${where}`);
  const items = await queryRows<Omit<UnconfirmedMessage, 'createdAt'> & { createdAt: string | Date }>(
    db,
    sql`select id, customer_id as "customerId", journey_id as "journeyId", flow_id as "flowId", node_id as "nodeId",
      channel, created_at as "createdAt" from messages where ${where}
      order by created_at desc limit ${Math.min(Math.max(options.limit ?? 50, 1), 500)}`,
  );
  return { total: count?.n ?? 0, items: items.map((m) => ({ ...m, createdAt: new Date(m.createdAt) })) };
}

export const BulkActionInput = z.object({
  action: z.enum(BULK_ACTIONS),
  filter: AttentionFilter,
  journeyIds: z.array(z.string().min(1).max(300)).max(100_000),
  requestedBy: z.string().min(1).max(200),
  reason: z.string().max(2000).nullish(),
});
export type BulkActionInput = z.input<typeof BulkActionInput>;

/** Records a bulk action over these journeys (status running, nothing done yet). */
export async function createBulkAction(db: Db, input: BulkActionInput): Promise<BulkActionRow> {
  const a = BulkActionInput.parse(input);
  const [row] = await db
    .insert(bulkActions)
    .values({
      id: newId('ba'),
      action: a.action,
      filter: a.filter,
      journeyIds: a.journeyIds,
      total: a.journeyIds.length,
      status: a.journeyIds.length === 0 ? 'done' : 'running',
      requestedBy: a.requestedBy,
      reason: a.reason ?? null,
      ...(a.journeyIds.length === 0 ? { endedAt: new Date() } : {}),
    })
    .returning();
  return row!;
}

/** How many failures and held-again journeys a bulk action keeps (the counts keep going). */
const KEPT_ERRORS = 50;

/**
 * Records that the journeys from `done` to `done + results.length` were handled: the counts move forward only from
 * that position, so a chunk recorded twice (two API processes, a retry) is not counted twice.
 */
export async function recordBulkProgress(
  db: Db,
  id: string,
  from: number,
  results: readonly { journeyId: string; error: string | null; heldAgain?: boolean }[],
): Promise<BulkActionRow | null> {
  const unfinished: BulkActionError[] = results.flatMap((r) =>
    r.error === null
      ? []
      : [
          r.heldAgain
            ? { journeyId: r.journeyId, error: r.error, heldAgain: true as const }
            : { journeyId: r.journeyId, error: r.error },
        ],
  );
  const held = unfinished.filter((e) => e.heldAgain).length;
  await db.execute(sql`
    update bulk_actions set
      done = done + ${results.length},
      succeeded = succeeded + ${results.length - unfinished.length},
      failed = failed + ${unfinished.length - held},
      held_again = held_again + ${held},
      errors = (select coalesce(jsonb_agg(e order by i), '[]'::jsonb) from (
        select e, i from jsonb_array_elements(errors || ${JSON.stringify(unfinished.slice(0, KEPT_ERRORS))}::jsonb)
          with ordinality as t(e, i) order by i limit ${KEPT_ERRORS}) kept),
      status = case when done + ${results.length} >= total then 'done' else status end,
      ended_at = case when done + ${results.length} >= total then now() else ended_at end,
      updated_at = now()
    where id = ${id} and done = ${from}`);
  return getBulkAction(db, id);
}

export async function getBulkAction(db: Db, id: string): Promise<BulkActionRow | null> {
  const [row] = await db.select().from(bulkActions).where(eq(bulkActions.id, id));
  return row ?? null;
}

/** Bulk actions still running (an API that starts picks them up again). */
export async function runningBulkActions(db: Db): Promise<BulkActionRow[]> {
  return db.select().from(bulkActions).where(eq(bulkActions.status, 'running'));
}
