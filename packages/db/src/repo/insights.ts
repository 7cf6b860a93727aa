import { type SQL, sql } from 'drizzle-orm';
import { z } from 'zod';
import { type Db, queryRows } from '../db';

/**
 * Which journeys an insight covers: one flow (one version, or all) or every flow, started within [from, to) — calendar days in the
 * viewer's time zone `tz` (IANA), so "1–7 March" means the viewer's March, whatever the server's zone.
 */
export const InsightScope = z.object({
  /** One flow; all flows when absent. */
  flowId: z.string().min(1).max(200).optional(),
  /** One version (with a flow). */
  version: z.number().int().positive().optional(),
  /** First day, YYYY-MM-DD, in `tz`. */
  from: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Use a date like 2026-03-01'),
  /** Day after the last, YYYY-MM-DD, in `tz`. */
  to: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Use a date like 2026-03-08'),
  tz: z.string().min(1).max(100),
});
export type InsightScope = z.input<typeof InsightScope>;

/** The journeys of the scope, as a `where` on `journeys j`. */
function scoped(s: z.output<typeof InsightScope>): SQL {
  return sql`${s.flowId !== undefined ? sql`j.flow_id = ${s.flowId}` : sql`true`}
    ${s.flowId !== undefined && s.version !== undefined ? sql`and j.flow_version = ${s.version}` : sql``}
    and j.started_at >= (${s.from}::date::timestamp at time zone ${s.tz})
    and j.started_at < (${s.to}::date::timestamp at time zone ${s.tz})`;
}

const GOAL = sql`exists (select 1 from journey_steps g where g.journey_id = j.id and g.kind = 'goal' and g.type = 'leave')`;
const ESCALATED = sql`exists (select 1 from journey_steps h where h.journey_id = j.id and h.kind = 'handoff' and h.type = 'enter')`;

/** How journeys of one version went. */
export interface OutcomeCounts {
  flowId: string;
  version: number;
  entered: number;
  running: number;
  completed: number;
  goalReached: number;
  escalated: number;
  failed: number;
  cancelled: number;
}

/** Per version: journeys entered, still running, completed, that reached a goal, escalated, failed, cancelled. */
export async function outcomeCounts(db: Db, scope: InsightScope): Promise<OutcomeCounts[]> {
  const s = InsightScope.parse(scope);
  return queryRows<OutcomeCounts>(
    db,
    sql`select j.flow_id as "flowId", j.flow_version as version, count(*)::int as entered,
      count(*) filter (where j.status = 'running')::int as running,
      count(*) filter (where j.status = 'completed')::int as completed,
      count(*) filter (where ${GOAL})::int as "goalReached",
      count(*) filter (where ${ESCALATED})::int as escalated,
      count(*) filter (where j.status = 'failed')::int as failed,
      count(*) filter (where j.status in ('cancelled', 'terminated'))::int as cancelled
    from journeys j where ${scoped(s)}
    group by j.flow_id, j.flow_version order by j.flow_id, j.flow_version`,
  );
}

/** How long journeys spent in one wait node (ended waits only), in seconds. */
export interface WaitTime {
  nodeId: string;
  kind: string | null;
  waits: number;
  avgSeconds: number;
  medianSeconds: number;
  p90Seconds: number;
}

/** Time spent in each wait: from the `wait` step to the journey's next step, per node. */
export async function waitTimes(db: Db, scope: InsightScope): Promise<WaitTime[]> {
  const s = InsightScope.parse(scope);
  const rows = await queryRows<WaitTime>(
    db,
    sql`with w as (
      select st.node_id, st.kind, st.type, st.at, lead(st.at) over (partition by st.journey_id order by st.seq) as next_at
      from journey_steps st join journeys j on j.id = st.journey_id where ${scoped(s)})
    select node_id as "nodeId", min(kind) as kind, count(*)::int as waits,
      avg(extract(epoch from next_at - at))::float8 as "avgSeconds",
      percentile_cont(0.5) within group (order by extract(epoch from next_at - at))::float8 as "medianSeconds",
      percentile_cont(0.9) within group (order by extract(epoch from next_at - at))::float8 as "p90Seconds"
    from w where type = 'wait' and next_at is not null and node_id is not null
    group by node_id order by node_id`,
  );
  return rows.map((r) => ({
    ...r,
    avgSeconds: round(r.avgSeconds),
    medianSeconds: round(r.medianSeconds),
    p90Seconds: round(r.p90Seconds),
  }));
}

const round = (n: number) => Math.round(n * 10) / 10;

/** Where journeys stop: per node, journeys that reached it, went on, and ended there. */
export interface NodeDropOff {
  nodeId: string;
  kind: string | null;
  entered: number;
  continued: number;
  /** Ended at this node as completed (an end node, or a port left unconnected). */
  completedHere: number;
  /** Ended at this node failed, cancelled or terminated: the drop-off. */
  droppedHere: number;
  /** Still at this node (waiting, parked). */
  waitingHere: number;
}

/**
 * Drop-off per node: journeys (not visits) that entered each node, went on from it to another node, or ended or wait
 * there. A node left by an unconnected port ends the journey there (it does not "go on").
 */
export async function dropOff(db: Db, scope: InsightScope): Promise<NodeDropOff[]> {
  const s = InsightScope.parse(scope);
  return queryRows<NodeDropOff>(
    db,
    sql`with st as (
      select st.journey_id, st.node_id, st.kind, st.type, st.port,
        lead(st.type) over (partition by st.journey_id order by st.seq) as next_type
      from journey_steps st join journeys j on j.id = st.journey_id where ${scoped(s)}),
    ended as (select j.id, j.current_node, j.status from journeys j where ${scoped(s)})
    select n.node_id as "nodeId", min(n.kind) as kind,
      count(distinct n.journey_id) filter (where n.type = 'enter')::int as entered,
      count(distinct n.journey_id) filter (where n.type = 'leave' and n.port is not null and n.next_type = 'enter')::int as continued,
      (select count(*) from ended e where e.current_node = n.node_id and e.status = 'completed')::int as "completedHere",
      (select count(*) from ended e where e.current_node = n.node_id and e.status in ('failed', 'cancelled', 'terminated'))::int as "droppedHere",
      (select count(*) from ended e where e.current_node = n.node_id and e.status = 'running')::int as "waitingHere"
    from st n where n.node_id is not null group by n.node_id order by entered desc, n.node_id`,
  );
}

/** One variant of an A/B split: journeys sent there and how many reached a goal. */
export interface SplitVariant {
  nodeId: string;
  variant: string;
  journeys: number;
  converted: number;
}

/** Per split node and variant (port): journeys that took it, and those that then reached any goal of the flow. */
export async function splitVariants(db: Db, scope: InsightScope): Promise<SplitVariant[]> {
  const s = InsightScope.parse(scope);
  return queryRows<SplitVariant>(
    db,
    sql`select st.node_id as "nodeId", st.port as variant, count(distinct j.id)::int as journeys,
      count(distinct j.id) filter (where ${GOAL})::int as converted
    from journey_steps st join journeys j on j.id = st.journey_id
    where ${scoped(s)} and st.kind = 'logic.split' and st.type = 'leave' and st.port is not null
    group by st.node_id, st.port order by st.node_id, st.port`,
  );
}

/** One CSAT answer with where it came from and the customer's own words around it. */
export interface CsatAnswer {
  journeyId: string;
  nodeId: string;
  score: number;
  at: Date;
  /** The day of the answer in the scope's time zone (YYYY-MM-DD). */
  day: string;
  flowId: string;
  channel: string | null;
  queue: string | null;
  agent: string | null;
  /**
   * What the customer wrote while answering the survey (the score and any words with it). Queue and agent: of the
   * journey's own hand-off, else of the ticket the triggering event names (`data.ticketId`, as a CSAT after a case).
   */
  comment: string | null;
}

/** CSAT answers of the scope: score, day, flow, the survey's channel, the journey's hand-off queue and agent, words. */
export async function csatAnswers(db: Db, scope: InsightScope): Promise<CsatAnswer[]> {
  const s = InsightScope.parse(scope);
  const rows = await queryRows<Omit<CsatAnswer, 'at'> & { at: string | Date }>(
    db,
    sql`with a as (
      select st.journey_id, st.node_id, st.at, (st.detail ->> 'score')::float8 as score, j.flow_id, j.customer_id, j.event_id,
        (select w.at from journey_steps w where w.journey_id = st.journey_id and w.node_id = st.node_id
          and w.type = 'wait' and w.seq < st.seq order by w.seq desc limit 1) as asked_at
      from journey_steps st join journeys j on j.id = st.journey_id
      where ${scoped(s)} and st.kind = 'survey.csat' and st.type = 'leave' and st.port = 'answered')
    select a.journey_id as "journeyId", a.node_id as "nodeId", a.score, a.at,
      to_char(a.at at time zone ${s.tz}, 'YYYY-MM-DD') as day, a.flow_id as "flowId",
      (select m.channel from messages m where m.journey_id = a.journey_id and m.node_id = a.node_id and m.direction = 'out'
        order by m.created_at desc limit 1) as channel,
      tk.queue, tk.assigned_to as agent,
      (select string_agg(m.body, E'\\n' order by m.created_at) from messages m
        where m.customer_id = a.customer_id and m.direction = 'in'
          and m.created_at >= coalesce(a.asked_at, a.at) and m.created_at <= a.at) as comment
    from a left join lateral (
      select t.queue, t.assigned_to from tickets t
      where t.kind = 'handoff' and (t.journey_id = a.journey_id or t.id = (
        select coalesce(e.payload -> 'data' ->> 'ticketId', e.payload ->> 'ticketId') from events e where e.id = a.event_id))
      order by (t.journey_id = a.journey_id) desc, t.created_at desc limit 1) tk on true
    order by a.at, a.journey_id`,
  );
  return rows.map((r) => ({ ...r, at: new Date(r.at) }));
}

/** One hand-off of the scope, with what led to it and what the customer had written. */
export interface Escalation {
  journeyId: string;
  day: string;
  queue: string | null;
  /** The bot's outcome (no_match, declined, unclear, timeout, failed), the sentiment, or null. */
  botOutcome: string | null;
  sentiment: string | null;
  sentimentEscalate: boolean;
  /** The customer's words that led to it: the bot's question, the last reply, or the triggering message. */
  text: string | null;
  lang: string | null;
}

/** Hand-offs opened by journeys of the scope, with their context (from the ticket the hand-off opened). */
export async function escalations(db: Db, scope: InsightScope): Promise<Escalation[]> {
  const s = InsightScope.parse(scope);
  return queryRows<Escalation>(
    db,
    sql`select t.journey_id as "journeyId", to_char(t.created_at at time zone ${s.tz}, 'YYYY-MM-DD') as day, t.queue,
      t.detail -> 'context' -> 'bot' ->> 'outcome' as "botOutcome",
      t.detail -> 'context' -> 'sentiment' ->> 'label' as sentiment,
      coalesce((t.detail -> 'context' -> 'sentiment' ->> 'escalate')::boolean, false) as "sentimentEscalate",
      coalesce(t.detail -> 'context' -> 'bot' ->> 'question', t.detail -> 'context' -> 'reply' ->> 'text', t.detail -> 'context' -> 'event' -> 'data' ->> 'text') as text,
      coalesce(t.detail -> 'context' -> 'bot' ->> 'lang', c.locale) as lang
    from tickets t join journeys j on j.id = t.journey_id left join customers c on c.id = j.customer_id
    where ${scoped(s)} and t.kind = 'handoff'
    order by t.created_at, t.id`,
  );
}

/** What a manager reads instead of ids: flows by name, queues by name, agents by display name. */
export interface InsightNames {
  flows: Record<string, string>;
  queues: Record<string, string>;
  agents: Record<string, string>;
}

/** The names of the flows, queues and people an insight mentions (ids that no longer exist are left out). */
export async function insightNames(
  db: Db,
  ids: { flows: Iterable<string>; queues: Iterable<string>; agents: Iterable<string> },
): Promise<InsightNames> {
  const lookup = async (table: SQL, name: SQL, wanted: Iterable<string>): Promise<Record<string, string>> => {
    const list = [...new Set(wanted)];
    if (list.length === 0) return {};
    const rows = await queryRows<{ id: string; name: string }>(
      db,
      sql`select id, ${name} as name from ${table} where id in (${sql.join(
        list.map((id) => sql`${id}`),
        sql`, `,
      )})`,
    );
    return Object.fromEntries(rows.map((r) => [r.id, r.name]));
  };
  const [flows, queues, agents] = await Promise.all([
    lookup(sql`flows`, sql`name`, ids.flows),
    lookup(sql`queues`, sql`name`, ids.queues),
    lookup(sql`users`, sql`display_name`, ids.agents),
  ]);
  return { flows, queues, agents };
}
