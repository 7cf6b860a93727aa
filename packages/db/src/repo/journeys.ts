import { and, asc, desc, eq, inArray, isNotNull, isNull, lt, or, type SQL, sql } from 'drizzle-orm';
import { z } from 'zod';
import { type Db, queryRows } from '../db';
import { type AttentionDetail, type JourneyRow, type JourneyStepRow, journeySteps, journeys } from '../schema';
import { ATTENTION_KINDS, JOURNEY_STATUSES, type JourneyStatus, STEP_TYPES } from '../schema/common';
import { Instant, Text } from '../validation';

export const StartJourneyInput = z.object({
  /** The workflow id. */
  id: Text(300),
  runId: z.string().max(200).nullish(),
  flowId: Text(200),
  flowVersion: z.number().int().positive(),
  customerId: Text(200),
  eventId: z.string().max(200).nullish(),
  /** See `journeys.reentryKey`: `once:…` or `run:…`, unique among journeys; null for every-time flows. */
  reentryKey: z.string().max(400).nullish(),
  startedAt: Instant.optional(),
});
export type StartJourneyInput = z.input<typeof StartJourneyInput>;

/** A step as the worker's step sink sends it (the flow package's StepRecord fits). */
export const StepInput = z.object({
  journeyId: Text(300),
  seq: z.number().int().nonnegative(),
  type: z.enum(STEP_TYPES),
  nodeId: z.string().max(200).nullish(),
  kind: z.string().max(200).nullish(),
  visit: z.number().int().nonnegative().default(1),
  port: z.string().max(200).nullish(),
  /** When the step happened (ms since the epoch, ISO string or Date). */
  at: Instant,
  /** The journey's status right after the step. */
  status: z.enum(JOURNEY_STATUSES).default('running'),
  detail: z.json().optional(),
});
export type StepInput = z.input<typeof StepInput>;

/**
 * Records that a journey started (or continued as new: the run id changes). Repeats are harmless: start info of
 * an existing row is kept, only run_id is updated. Steps that arrived before the journey row are applied.
 */
export async function upsertJourney(db: Db, input: StartJourneyInput): Promise<JourneyRow> {
  const data = StartJourneyInput.parse(input);
  const now = new Date();
  await db
    .insert(journeys)
    .values({
      id: data.id,
      runId: data.runId ?? null,
      flowId: data.flowId,
      flowVersion: data.flowVersion,
      customerId: data.customerId,
      eventId: data.eventId ?? null,
      reentryKey: data.reentryKey ?? null,
      startedAt: data.startedAt ?? now,
      updatedAt: now,
    })
    .onConflictDoUpdate({
      target: journeys.id,
      set: { runId: sql`coalesce(excluded.run_id, ${journeys.runId})`, updatedAt: now },
    });
  await refreshProgress(db, [data.id]);
  return (await getJourney(db, data.id))!;
}

/**
 * Moves journeys forward from their steps. Status, end time and outcome come from the step with the highest seq,
 * and only when it is above the last one applied (`last_seq`); a terminal status is never replaced. The current
 * node comes from the highest-seq step that has a node, guarded the same way (`current_node_seq`). So late,
 * duplicate or out-of-order steps never move a journey backward, even when two writers race (the guards are
 * re-checked on the locked row).
 */
async function refreshProgress(db: Db, ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  await db.execute(sql`
    update ${journeys} as j set
      last_seq = greatest(j.last_seq, s.seq),
      status = case when j.status = 'running' and s.seq > j.last_seq then s.status else j.status end,
      ended_at = case when j.status = 'running' and s.seq > j.last_seq and s.status <> 'running'
        then coalesce(j.ended_at, s.at) else j.ended_at end,
      outcome = case when j.status = 'running' and s.seq > j.last_seq and s.status <> 'running'
        then coalesce(s.detail ->> 'outcome', j.outcome) else j.outcome end,
      current_node = case when n.seq > j.current_node_seq then n.node_id else j.current_node end,
      current_node_seq = greatest(j.current_node_seq, coalesce(n.seq, -1)),
      updated_at = now()
    from (
      select distinct on (journey_id) journey_id, seq, status, at, detail
      from ${journeySteps}
      where ${inArray(journeySteps.journeyId, ids)}
      order by journey_id, seq desc
    ) as s
    left join (
      select distinct on (journey_id) journey_id, seq, node_id
      from ${journeySteps}
      where ${inArray(journeySteps.journeyId, ids)} and node_id is not null
      order by journey_id, seq desc
    ) as n on n.journey_id = s.journey_id
    where j.id = s.journey_id and (s.seq > j.last_seq or n.seq > j.current_node_seq)`);
  await releaseReentry(db, ids);
}

/** A journey that ended no longer holds its flow's one-at-a-time slot for the customer. */
async function releaseReentry(db: Db, ids: string[]): Promise<void> {
  await db.execute(sql`
    update ${journeys} set reentry_key = null
    where ${inArray(journeys.id, ids)} and status <> 'running' and reentry_key like 'run:%'`);
}

/**
 * Stores steps idempotently (primary key (journey_id, seq); a repeated step is ignored) and moves the journeys
 * forward. Returns how many steps were new.
 */
export async function applySteps(db: Db, steps: readonly StepInput[]): Promise<{ inserted: number }> {
  const parsed = z.array(StepInput).parse(steps);
  if (parsed.length === 0) return { inserted: 0 };
  const unique = new Map<string, (typeof parsed)[number]>();
  for (const s of parsed) unique.set(`${s.journeyId}\u0000${s.seq}`, s);
  return db.transaction(async (tx) => {
    const inserted = await tx
      .insert(journeySteps)
      .values(
        [...unique.values()].map((s) => ({
          journeyId: s.journeyId,
          seq: s.seq,
          type: s.type,
          nodeId: s.nodeId ?? null,
          kind: s.kind ?? null,
          visit: s.visit,
          port: s.port ?? null,
          at: s.at,
          status: s.status,
          detail: s.detail ?? null,
        })),
      )
      .onConflictDoNothing({ target: [journeySteps.journeyId, journeySteps.seq] })
      .returning({ journeyId: journeySteps.journeyId });
    // Only journeys with a new step move: a replay writing its steps again touches nothing else.
    await refreshProgress(tx, [...new Set(inserted.map((row) => row.journeyId))]);
    return { inserted: inserted.length };
  });
}

/**
 * Ends a journey from outside its steps (e.g. cancelled by a person, or failed as seen by the worker).
 * Only a running journey changes; returns the row (changed or not), or null if it does not exist.
 */
export async function setJourneyStatus(
  db: Db,
  id: string,
  update: { status: Exclude<JourneyStatus, 'running'>; outcome?: string | null; at?: Date },
): Promise<JourneyRow | null> {
  const status = z.enum(['completed', 'failed', 'cancelled', 'terminated']).parse(update.status);
  await db
    .update(journeys)
    .set({
      status,
      outcome: update.outcome ?? sql`${journeys.outcome}`,
      endedAt: update.at ?? new Date(),
      updatedAt: new Date(),
    })
    .where(and(eq(journeys.id, id), eq(journeys.status, 'running')));
  await releaseReentry(db, [id]);
  return getJourney(db, id);
}

export const CloseJourneyInput = z.object({
  status: z.enum(['cancelled', 'terminated', 'failed', 'completed']),
  /** Why, as the person wrote it (or as Temporal reported it). */
  reason: z.string().max(1000).nullish(),
  /** Who ended it (an API key's name, `temporal` when found closed there). */
  by: z.string().max(200).nullish(),
  at: Instant.optional(),
});
export type CloseJourneyInput = z.input<typeof CloseJourneyInput>;

/**
 * Ends a running journey from outside its own steps (terminated by an operator, or found closed in Temporal), in one
 * transaction: the row gets the terminal status, the reason and the end time, its attention is cleared, and an `end`
 * step with the reason goes on its timeline (after every step stored so far; a late step from the workflow can no
 * longer move the row, whose terminal status is final). A journey that already ended is left as it is. Returns the
 * row, or null when it does not exist.
 */
export async function closeJourney(db: Db, id: string, input: CloseJourneyInput): Promise<JourneyRow | null> {
  const data = CloseJourneyInput.parse(input);
  const at = data.at ?? new Date();
  return db.transaction(async (tx) => {
    const [row] = await tx.select().from(journeys).where(eq(journeys.id, id)).for('update');
    if (!row) return null;
    if (row.status !== 'running') return row;
    const [last] = await queryRows<{ seq: number | null }>(
      tx,
      sql`select max(seq) as seq from ${journeySteps} where journey_id = ${id}`,
    );
    const seq = Math.max(row.lastSeq, Number(last?.seq ?? -1)) + 1;
    await tx
      .insert(journeySteps)
      .values({
        journeyId: id,
        seq,
        type: 'end',
        nodeId: null,
        kind: null,
        visit: 0,
        port: null,
        at,
        status: data.status,
        detail: { outcome: data.status, reason: data.reason ?? null, by: data.by ?? null },
      })
      .onConflictDoNothing({ target: [journeySteps.journeyId, journeySteps.seq] });
    await tx
      .update(journeys)
      .set({
        status: data.status,
        outcome: data.status,
        endReason: data.reason ?? null,
        endedAt: at,
        lastSeq: seq,
        attention: null,
        attentionDetail: null,
        attentionSince: null,
        updatedAt: new Date(),
      })
      .where(eq(journeys.id, id));
    await releaseReentry(tx, [id]);
    return (await getJourney(tx, id))!;
  });
}

/** Keeps the reason a person gave for ending a journey (a cancel whose end step the workflow writes itself). */
export async function setEndReason(db: Db, id: string, reason: string | null): Promise<void> {
  await db
    .update(journeys)
    .set({ endReason: z.string().max(1000).nullable().parse(reason), updatedAt: new Date() })
    .where(eq(journeys.id, id));
}

export const AttentionInput = z.object({
  kind: z.enum(ATTENTION_KINDS),
  attempts: z.number().int().nonnegative(),
  activity: z.string().max(200).nullish(),
  failure: z.string().max(2000).nullish(),
});
export type AttentionInput = z.input<typeof AttentionInput>;

/**
 * Records what the API saw of a running journey in Temporal: why it needs a person (or null when nothing is wrong
 * any more), and that it was checked now. `attention_since` is kept while the kind stays the same. Only running
 * journeys are flagged; an ended journey's attention is cleared.
 */
export async function setAttention(db: Db, id: string, attention: AttentionInput | null): Promise<JourneyRow | null> {
  const now = new Date();
  if (attention === null) {
    await db
      .update(journeys)
      .set({ attention: null, attentionDetail: null, attentionSince: null, checkedAt: now })
      .where(eq(journeys.id, id));
    return getJourney(db, id);
  }
  const a = AttentionInput.parse(attention);
  const detail: AttentionDetail = {
    kind: a.kind,
    attempts: a.attempts,
    activity: a.activity ?? null,
    failure: a.failure ?? null,
  };
  await db
    .update(journeys)
    .set({
      attention: a.kind,
      attentionDetail: detail,
      attentionSince: sql`case when ${journeys.attention} = ${a.kind} then coalesce(${journeys.attentionSince}, ${now.toISOString()}::timestamptz) else ${now.toISOString()}::timestamptz end`,
      checkedAt: now,
    })
    .where(and(eq(journeys.id, id), eq(journeys.status, 'running')));
  return getJourney(db, id);
}

/**
 * The running journeys the background check should look at next: never checked first, then the longest unchecked,
 * skipping those checked within `minAgeMs`. Bounded by `limit`, so one round costs at most `limit` Temporal calls.
 */
export async function journeysToCheck(db: Db, options: { limit: number; minAgeMs: number }): Promise<JourneyRow[]> {
  const limit = Math.min(Math.max(Math.trunc(options.limit), 1), 500);
  const before = new Date(Date.now() - options.minAgeMs);
  return db
    .select()
    .from(journeys)
    .where(and(eq(journeys.status, 'running'), or(isNull(journeys.checkedAt), lt(journeys.checkedAt, before))))
    .orderBy(sql`${journeys.checkedAt} asc nulls first`, asc(journeys.startedAt))
    .limit(limit);
}

/** A journey about to start, as its row is claimed (see `claimJourneys`). */
export interface JourneyClaim {
  /** The workflow id. */
  id: string;
  flowId: string;
  flowVersion: number;
  customerId: string;
  eventId: string | null;
  /** `once:…` / `run:…` (the flow's re-entry rule), or null for flows that run every time. */
  reentryKey: string | null;
}

/**
 * Writes the rows of journeys about to start, before they start (so the steps the worker records find them), in
 * one statement. A row whose id exists (this start again) or whose re-entry key is held (the flow's rule says no)
 * is not written. Returns the ids written: for those the caller starts the workflow, or releases the row with
 * `releaseJourney` if the start fails.
 */
export async function claimJourneys(db: Db, claims: readonly JourneyClaim[]): Promise<Set<string>> {
  const unique = [...new Map(claims.map((j) => [j.id, j])).values()];
  if (unique.length === 0) return new Set();
  const now = new Date();
  const inserted = await db
    .insert(journeys)
    .values(unique.map((j) => ({ ...j, runId: null, startedAt: now, updatedAt: now })))
    .onConflictDoNothing()
    .returning({ id: journeys.id });
  return new Set(inserted.map((r) => r.id));
}

/** Removes the row of a journey whose start failed, while no step of it was recorded (frees its re-entry key). */
export async function releaseJourney(db: Db, id: string): Promise<void> {
  await db.delete(journeys).where(and(eq(journeys.id, id), sql`${journeys.lastSeq} < 0`));
}

/** Journeys by workflow id (those that exist). */
export async function getJourneys(db: Db, ids: readonly string[]): Promise<JourneyRow[]> {
  if (ids.length === 0) return [];
  return db
    .select()
    .from(journeys)
    .where(inArray(journeys.id, [...ids]));
}

/** A journey by its workflow id, or null. */
export async function getJourney(db: Db, id: string): Promise<JourneyRow | null> {
  const [row] = await db.select().from(journeys).where(eq(journeys.id, id));
  return row ?? null;
}

/** A journey's steps in order. */
export async function getSteps(db: Db, journeyId: string): Promise<JourneyStepRow[]> {
  return db.select().from(journeySteps).where(eq(journeySteps.journeyId, journeyId)).orderBy(asc(journeySteps.seq));
}

export interface ListJourneysOptions {
  flowId?: string;
  version?: number;
  customerId?: string;
  status?: JourneyStatus;
  /** Journeys whose current node is this one (e.g. waiting there). */
  nodeId?: string;
  /** Only running journeys that need a person (true), or only those that do not (false). */
  attention?: boolean;
  /** Part of the customer's id or name (case-insensitive). */
  search?: string;
  /** Page size, 1–500 (default 50). */
  limit?: number;
  /** `nextCursor` of the previous page. */
  cursor?: string | null;
}

export interface JourneyPage {
  items: JourneyRow[];
  /** Pass as `cursor` for the next page; null on the last page. */
  nextCursor: string | null;
}

/** The form of a journeys cursor: a position, `<start time in ms>.<journey id in base64url>`; any such text is one. */
export const JOURNEY_CURSOR_PATTERN = '^[0-9]{1,13}\\.[A-Za-z0-9_-]{0,800}$';
const CURSOR = new RegExp(JOURNEY_CURSOR_PATTERN);

function encodeCursor(row: JourneyRow): string {
  return `${row.startedAt.getTime()}.${Buffer.from(row.id).toString('base64url')}`;
}

function decodeCursor(cursor: string): [number, string] {
  if (!CURSOR.test(cursor)) {
    throw new z.ZodError([{ code: 'custom', path: ['cursor'], message: 'Invalid cursor', input: cursor }]);
  }
  const [ms, id] = cursor.split('.') as [string, string];
  // Only a position to compare with: bytes that are not text (or NUL, which PostgreSQL refuses) cannot be ids.
  return [Number(ms), Buffer.from(id, 'base64url').toString('utf8').replaceAll('\u0000', '\ufffd')];
}

/** Journeys matching the filters, newest start first, with keyset pagination. */
export async function listJourneys(db: Db, options: ListJourneysOptions = {}): Promise<JourneyPage> {
  const limit = Math.min(Math.max(Math.trunc(options.limit ?? 50), 1), 500);
  const conditions: SQL[] = [];
  if (options.flowId !== undefined) conditions.push(eq(journeys.flowId, options.flowId));
  if (options.version !== undefined) conditions.push(eq(journeys.flowVersion, options.version));
  if (options.customerId !== undefined) conditions.push(eq(journeys.customerId, options.customerId));
  if (options.status !== undefined)
    conditions.push(eq(journeys.status, z.enum(JOURNEY_STATUSES).parse(options.status)));
  if (options.nodeId !== undefined) conditions.push(eq(journeys.currentNode, options.nodeId));
  if (options.attention === true) conditions.push(and(eq(journeys.status, 'running'), isNotNull(journeys.attention))!);
  if (options.attention === false) conditions.push(isNull(journeys.attention));
  const search = options.search?.trim();
  if (search) {
    // Part of the customer's id or name, case-insensitively; % and _ are searched as themselves.
    const like = `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    conditions.push(
      sql`(${journeys.customerId} ilike ${like} or ${journeys.customerId} in (select c.id from customers c where c.name ilike ${like}))`,
    );
  }
  if (options.cursor) {
    const [ms, id] = decodeCursor(options.cursor);
    conditions.push(sql`(${journeys.startedAt}, ${journeys.id}) < (${new Date(ms).toISOString()}::timestamptz, ${id})`);
  }
  const rows = await db
    .select()
    .from(journeys)
    .where(conditions.length ? and(...conditions) : undefined)
    .orderBy(desc(journeys.startedAt), desc(journeys.id))
    .limit(limit + 1);
  const items = rows.slice(0, limit);
  return { items, nextCursor: rows.length > limit ? encodeCursor(items[items.length - 1]!) : null };
}

/** Per-node counts for the designer's canvas. */
export interface NodeCount {
  /** Visits that reached the node (a journey looping through it counts once per visit). */
  entered: number;
  /** Running journeys at the node now: their latest step is its `enter` or `wait` (mostly waits). */
  waitingNow: number;
  /** Visits that left by a port other than `failed`, or that ended the journey as completed. */
  completed: number;
  /** Visits that left by the `failed` port, or that ended the journey as failed (failed for good there). */
  failed: number;
}

/** How many times journeys went from one node to the next through a port. */
export interface EdgeCount {
  from: string;
  port: string;
  to: string;
  count: number;
}

export interface NodeCounts {
  nodes: Record<string, NodeCount>;
  edges: EdgeCount[];
}

/**
 * Canvas overlays for a flow (one version, or all when `version` is omitted), computed in SQL from journey_steps as
 * the interpreter writes them: `enter`, maybe `wait`, then `leave` (port null when the node ends the journey,
 * followed by `end`) for every visit. An edge is a `leave` at A by a port followed by the `enter` of B, so for
 * every node but the trigger, its incoming edge counts add up to `entered`. Cancelled visits count as entered only.
 */
export async function nodeCounts(db: Db, flowId: string, version?: number): Promise<NodeCounts> {
  const scope =
    version === undefined ? sql`j.flow_id = ${flowId}` : sql`j.flow_id = ${flowId} and j.flow_version = ${version}`;
  const steps = sql`
    select st.journey_id, st.seq, st.type, st.node_id, st.visit, st.port, j.status as journey_status,
      lead(st.node_id) over w as next_node,
      lead(st.type) over w as next_type,
      lead(st.status) over w as next_status,
      lead(st.seq) over w is null as is_last
    from ${journeySteps} st join ${journeys} j on j.id = st.journey_id
    where ${scope}
    window w as (partition by st.journey_id order by st.seq)`;
  const nodeRows = await queryRows<{ node_id: string } & NodeCount>(
    db,
    sql`with s as (${steps})
      select node_id,
        count(distinct journey_id || ':' || visit) filter (where type in ('enter', 'wait', 'leave'))::int as "entered",
        count(*) filter (where is_last and type in ('enter', 'wait') and journey_status = 'running')::int as "waitingNow",
        count(*) filter (where type = 'leave' and (
          (port is not null and port <> 'failed') or (port is null and next_type = 'end' and next_status = 'completed')
        ))::int as "completed",
        count(*) filter (where type = 'leave' and (
          port = 'failed' or (port is null and next_type = 'end' and next_status = 'failed')
        ))::int as "failed"
      from s where node_id is not null
      group by node_id`,
  );
  const edgeRows = await queryRows<EdgeCount>(
    db,
    sql`with s as (${steps})
      select node_id as "from", port, next_node as "to", count(*)::int as "count"
      from s
      where type = 'leave' and node_id is not null and port is not null and next_type = 'enter' and next_node is not null
      group by node_id, port, next_node
      order by node_id, port, next_node`,
  );
  const nodes: Record<string, NodeCount> = {};
  for (const { node_id, entered, waitingNow, completed, failed } of nodeRows) {
    nodes[node_id] = { entered, waitingNow, completed, failed };
  }
  return { nodes, edges: edgeRows };
}
