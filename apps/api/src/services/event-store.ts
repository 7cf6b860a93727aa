import { claimJourneys, type Db, type Json, queryPrepared, releaseJourney } from '@ruta/db';
import type { CustomerProfile } from '@ruta/flow';
import { MicroBatcher } from '../lib/micro-batch';
import type { NormalizedEvent } from '../schemas/events';

/**
 * A journey about to start: its row is written first, so steps the worker records find it. The run id is not
 * written on this path (one statement less per event); the journey's detail reads it from Temporal.
 */
export interface JourneyStart {
  id: string;
  flowId: string;
  flowVersion: number;
  customerId: string;
  eventId: string;
  /** Enforces the flow's re-entry rule (unique among journeys); null for flows that run every time. */
  reentryKey: string | null;
}

/** What claiming an event found: whether this request stored it, the customer, the journey rows it wrote. */
export interface Claim {
  won: boolean;
  /** The stored customer (null when unknown or erased). */
  customer: CustomerProfile | null;
  /** Ids of the journey rows written with the claim (rows that existed already are not among them). */
  journeys: Set<string>;
}

type CustomerJson = {
  id: string;
  name: string | null;
  email: string | null;
  phone: string | null;
  locale: 'es' | 'en' | null;
  time_zone: string | null;
  tier: string | null;
  tags: string[];
  consent: Record<string, boolean>;
  attributes: Record<string, Json>;
  erased_at: string | null;
};

/**
 * A JSON value with its object keys in the order PostgreSQL's jsonb keeps them (shorter keys first, then by bytes),
 * so an answer this request stored reads exactly like the stored answer a repeat reads back.
 */
export function jsonbOrdered(value: Json | null): Json | null {
  if (Array.isArray(value)) return value.map((v) => jsonbOrdered(v) as Json);
  if (value === null || typeof value !== 'object') return value;
  const keys = Object.keys(value).sort(jsonbKeyOrder);
  return Object.fromEntries(keys.map((k) => [k, jsonbOrdered(value[k] ?? null) as Json]));
}

/** Printable ASCII, where UTF-8 byte order is the strings' own order (anything else compares as bytes). */
const ASCII = /^[ -~]*$/;

/** jsonb's key order: shorter UTF-8 first, then by bytes (for ASCII keys, the strings' own order). */
function jsonbKeyOrder(a: string, b: string): number {
  if (ASCII.test(a) && ASCII.test(b)) return a.length - b.length || (a < b ? -1 : a > b ? 1 : 0);
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length - y.length || Buffer.compare(x, y);
}

/** A stored customer (as `to_jsonb` of its row) as a journey sees it. */
function profileOf(c: CustomerJson | null): CustomerProfile | null {
  if (!c || c.erased_at) return null;
  const p: CustomerProfile = { id: c.id };
  if (c.name) p.name = c.name;
  if (c.email) p.email = c.email;
  if (c.phone) p.phone = c.phone;
  if (c.locale) p.locale = c.locale;
  if (c.time_zone) p.timeZone = c.time_zone;
  if (c.tier) p.tier = c.tier;
  if (c.tags?.length) p.tags = c.tags;
  if (c.consent && Object.keys(c.consent).length) p.consent = c.consent;
  if (c.attributes && Object.keys(c.attributes).length) p.attributes = c.attributes;
  return p;
}

/** A copy of `items` in the order of `key` (code-unit order, as the ids compare in JavaScript). */
function sortedBy<T>(items: readonly T[], key: (item: T) => string): T[] {
  return [...items].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

type Op =
  | { kind: 'claim'; event: NormalizedEvent; starts: JourneyStart[]; provisional: Json | null }
  | { kind: 'answer'; id: string; outcome: Json; response: Json | null; confirm: boolean };

type AnswerOp = Extract<Op, { kind: 'answer' }>;

type OpResult = { kind: 'claim'; claim: Claim } | { kind: 'answer'; response: Json | null };

type OpsRow = {
  kind: 'claim' | 'answer';
  id: string;
  customer: CustomerJson | null;
  journeys: string[] | null;
  response: Json | null;
  mine: boolean | null;
};

/**
 * The statement of event intake (see EventStore.runOps), written by hand: one text for any number of claims, one for
 * any number of answers, one for both (each column an array parameter), so PostgreSQL prepares each once per
 * connection and no query is built per request.
 *
 * Claims — events ($1–$7: id, type, customer id, time, payload, source, provisional answer), journey rows ($8–$13:
 * id, flow, version, customer, event, re-entry key), events whose customer is read ($14): an event is inserted unless
 * its id is known; only for events inserted here are their journeys' rows written (a row with the id or the re-entry
 * key already there is not) and their customer read.
 *
 * Answers — event id, outcome, response, whether it only confirms (the next four parameters): a confirmed answer
 * stays; an unconfirmed (provisional) one is replaced, or cleared by a failure (null). A confirmation only marks the
 * provisional answer final, and only if it is still there: a request that replaced or confirmed it meanwhile wins.
 * Only an answer stored earlier (not this one) travels back: the caller has its own.
 */
function eventOpsStatement(claims: boolean, answers: boolean): string {
  const parts: string[] = [];
  const selects: string[] = [];
  if (claims) {
    parts.push(`ins as (
  insert into events (id, type, customer_id, occurred_at, payload, source, response)
  select * from unnest($1::text[], $2::text[], $3::text[], $4::timestamptz[], $5::jsonb[], $6::text[], $7::jsonb[])
    as v(id, type, customer_id, occurred_at, payload, source, response)
  on conflict (id) do nothing
  returning id, customer_id
), j as (
  insert into journeys (id, flow_id, flow_version, customer_id, event_id, reentry_key, started_at, updated_at)
  select s.id, s.flow_id, s.flow_version, s.customer_id, s.event_id, s.reentry_key, now(), now()
  from unnest($8::text[], $9::text[], $10::int[], $11::text[], $12::text[], $13::text[])
    as s(id, flow_id, flow_version, customer_id, event_id, reentry_key)
  join ins on ins.id = s.event_id
  on conflict do nothing
  returning id, event_id
)`);
    selects.push(`select 'claim' as kind, ins.id,
    case when ins.id = any($14::text[]) then (select to_jsonb(c) from customers c where c.id = ins.customer_id) end
      as customer,
    (select array_agg(j.id) from j where j.event_id = ins.id) as journeys,
    null::jsonb as response, null::boolean as mine
  from ins`);
  }
  if (answers) {
    const n = claims ? 14 : 0;
    parts.push(`upd as (
  update events set
    outcome = case
      when not v.confirm or (events.responded_at is null and events.response is not distinct from v.response)
      then v.outcome else events.outcome end,
    response = case when events.responded_at is null and not v.confirm then v.response else events.response end,
    responded_at = case
      when v.confirm then coalesce(events.responded_at, case when events.response is not distinct from v.response then now() end)
      when v.response is null then events.responded_at
      else coalesce(events.responded_at, now()) end
  from unnest($${n + 1}::text[], $${n + 2}::jsonb[], $${n + 3}::jsonb[], $${n + 4}::boolean[]) as v(id, outcome, response, confirm)
  where events.id = v.id
  returning events.id as id,
    case when events.response is not distinct from v.response then null else events.response end as response,
    v.response is not null and events.response is not distinct from v.response as mine
)`);
    selects.push(
      `select 'answer'${claims ? '' : ' as kind'}, upd.id, null${claims ? '' : '::jsonb as customer'}, null${claims ? '' : '::text[] as journeys'}, upd.response, upd.mine from upd`,
    );
  }
  return `with ${parts.join(', ')}\n${selects.join('\nunion all\n')}`;
}

/** The three texts of the statement, by name: claims only, answers only, both. */
const EVENT_OPS = {
  ruta_event_claims: eventOpsStatement(true, false),
  ruta_event_answers: eventOpsStatement(false, true),
  ruta_event_claims_answers: eventOpsStatement(true, true),
};

/** How long a confirmation may wait for a statement to ride in before it runs one of its own. */
const CONFIRM_WITHIN_MS = 20;

/**
 * The writes and reads of event intake, grouped across concurrent requests (see MicroBatcher) into one statement:
 * under load, a single statement claims many events, reads their customers, writes the rows of the journeys they
 * start, and stores the answers of events processed meanwhile. Same rules as the @ruta/db repositories it stands in
 * for on this hot path: an event is stored once per id (`insert … on conflict do nothing`), the first confirmed
 * answer is kept, a journey row is never overwritten.
 *
 * Answers come in two strengths. A *provisional* answer is written with the claim, in the same statement, before the
 * journeys start (`response` set, `responded_at` null): it lists only journeys started by this very event, whose
 * workflow ids are deterministic, so it is true exactly when each of those workflows exists in Temporal. A
 * *confirmed* answer has `responded_at` set and is final. A provisional answer may be replaced (by the request that
 * wrote it, when processing turned out otherwise, or cleared when it failed); a confirmed one never is.
 */
export class EventStore {
  private readonly ops: MicroBatcher<Op, OpResult>;
  private readonly starts: MicroBatcher<JourneyStart, boolean>;

  /**
   * `inFlight`: statements of this store that may run at once (see MicroBatcher). Rows are written in id order (journeys
   * in re-entry key order) in every statement, so statements running side by side — of this store, or of another API
   * process on the same PostgreSQL — take their locks in the same order instead of deadlocking.
   */
  constructor(
    private readonly db: Db,
    inFlight = 1,
  ) {
    this.ops = new MicroBatcher((items) => this.runOps(items), 500, inFlight);
    // A row with the id (this event again) or with the re-entry key (the rule says no) is not written.
    this.starts = new MicroBatcher(
      async (items) => {
        const won = await claimJourneys(
          db,
          sortedBy(items, (j) => j.id),
        );
        return items.map((j) => won.delete(j.id));
      },
      500,
      inFlight,
    );
  }

  /**
   * One statement for everything queued: insert the claimed events (each id once) and, only for the ones inserted
   * here, write the rows of the journeys they start and read their customers; store the answers.
   */
  private async runOps(items: Op[]): Promise<OpResult[]> {
    const claims = sortedBy(
      [...new Map(items.flatMap((o) => (o.kind === 'claim' ? [[o.event.id, o] as const] : []))).values()],
      (c) => c.event.id,
    );
    // One answer per event in a statement (an UPDATE meets a row once): the first real answer, else the first
    // confirmation. The others with that id get what the statement stored, like callers in later statements.
    const answerOf = new Map<string, AnswerOp>();
    for (const o of items) {
      if (o.kind !== 'answer') continue;
      const kept = answerOf.get(o.id);
      if (!kept || (kept.confirm && !o.confirm)) answerOf.set(o.id, o);
    }
    const answers = sortedBy([...answerOf.values()], (a) => a.id);
    const starts = sortedBy(
      claims.flatMap((c) => c.starts),
      (j) => j.reentryKey ?? j.id,
    );
    const json = (v: Json | null) => (v === null ? null : JSON.stringify(v));
    const claimParams =
      claims.length === 0
        ? []
        : [
            claims.map((c) => c.event.id),
            claims.map((c) => c.event.type),
            claims.map((c) => c.event.customerId),
            claims.map((c) => c.event.time),
            claims.map((c) => JSON.stringify(c.event.data)),
            claims.map((c) => c.event.source ?? null),
            claims.map((c) => json(c.provisional)),
            starts.map((j) => j.id),
            starts.map((j) => j.flowId),
            starts.map((j) => j.flowVersion),
            starts.map((j) => j.customerId),
            starts.map((j) => j.eventId),
            starts.map((j) => j.reentryKey),
            // Customers are read only for events that start journeys (the profile goes into the journey's input).
            claims.filter((c) => c.starts.length > 0).map((c) => c.event.id),
          ];
    const answerParams =
      answers.length === 0
        ? []
        : [
            answers.map((a) => a.id),
            answers.map((a) => JSON.stringify(a.outcome)),
            answers.map((a) => json(a.response)),
            answers.map((a) => a.confirm),
          ];
    const name =
      claims.length === 0
        ? 'ruta_event_answers'
        : answers.length === 0
          ? 'ruta_event_claims'
          : 'ruta_event_claims_answers';
    const rows =
      claims.length + answers.length === 0
        ? []
        : await queryPrepared<OpsRow>(this.db, name, EVENT_OPS[name], [...claimParams, ...answerParams]);
    const claimed = new Map(rows.filter((r) => r.kind === 'claim').map((r) => [r.id, r]));
    const answered = new Map(rows.filter((r) => r.kind === 'answer').map((r) => [r.id, r]));
    return items.map((o): OpResult => {
      if (o.kind === 'answer') {
        const row = answered.get(o.id);
        if (!row) return { kind: 'answer', response: null };
        return { kind: 'answer', response: row.mine ? jsonbOrdered(answerOf.get(o.id)!.response) : row.response };
      }
      const row = claimed.get(o.event.id);
      // Two requests with one id in the same batch: only the first of them claimed it.
      claimed.delete(o.event.id);
      return {
        kind: 'claim',
        claim: row
          ? { won: true, customer: profileOf(row.customer), journeys: new Set(row.journeys ?? []) }
          : { won: false, customer: null, journeys: new Set<string>() },
      };
    });
  }

  /**
   * Stores the event unless its id is known, writing the rows of the journeys it will start (`starts`) and its
   * `provisional` answer (see the class) if so.
   */
  async claim(event: NormalizedEvent, starts: JourneyStart[], provisional: Json | null = null): Promise<Claim> {
    const r = await this.ops.add({ kind: 'claim', event, starts, provisional });
    if (r.kind !== 'claim') throw new Error('claim answered as an answer');
    return r.claim;
  }

  /** Writes the row of a journey about to start; false when a row with its id exists already. */
  journeyStarting(start: JourneyStart): Promise<boolean> {
    return this.starts.add(start);
  }

  /** Removes the row of a journey whose start failed (only while it has no steps). */
  async journeyNotStarted(id: string): Promise<void> {
    await releaseJourney(this.db, id);
  }

  /**
   * Stores what processing did and the answer, confirmed (a confirmed answer is kept from the first call only; a
   * provisional one is replaced); returns the stored answer. `response` null (a failure) clears a provisional answer.
   */
  async answer(id: string, outcome: Json, response: Json | null): Promise<Json | null> {
    const r = await this.ops.add({ kind: 'answer', id, outcome, response, confirm: false });
    if (r.kind !== 'answer') throw new Error('answer answered as a claim');
    return r.response;
  }

  /**
   * Marks the provisional answer `response` final (with what processing did) if it is still the stored one. Not
   * urgent: it rides in the next statement that runs anyway (within CONFIRM_WITHIN_MS), since until then the
   * provisional answer already answers repeats (see the class).
   */
  async confirm(id: string, outcome: Json, response: Json): Promise<void> {
    await this.ops.defer({ kind: 'answer', id, outcome, response, confirm: true }, CONFIRM_WITHIN_MS);
  }
}
