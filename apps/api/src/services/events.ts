import { type EventRow, getEvent, getJourney } from '@ruta/db';
import { type ExprContext, ExpressionError, evaluateBool, type Json } from '@ruta/flow';
import { metrics } from '@ruta/log';
import { journeyWorkflowId, reentryKey, startJourney } from '@ruta/temporal';
import { WorkflowNotFoundError } from '@temporalio/common';
import type { z } from 'zod';
import { ApiError } from '../errors/api-error';
import type { EventResult, JourneyTouch, NormalizedEvent } from '../schemas/events';
import { profileFor } from './customers';
import { deliverEvent } from './delivery';
import { type Claim, type JourneyStart, jsonbOrdered } from './event-store';
import type { Runtime } from './runtime';
import type { Trigger } from './trigger-index';

type Touch = z.infer<typeof JourneyTouch>;
type Result = z.infer<typeof EventResult>;

/** How long a repeat waits for the first request of the same event id to store its answer. */
const WAIT_FOR_FIRST_MS = 10_000;
/** An event stored this long ago without an answer lost its first request (a crash): take over at once. */
const ABANDONED_AFTER_MS = 30_000;

/**
 * Refuses (413, naming the limit and each event over it) events whose JSON is larger than `limit` bytes: an event
 * rides in its journeys' start payload, which Temporal refuses near 2 MB. `batch`: paths are the events' indexes.
 */
export function assertEventsFit(events: readonly unknown[], limit: number, batch: boolean): void {
  const errors = events.flatMap((e, i) => {
    const bytes = Buffer.byteLength(JSON.stringify(e));
    return bytes > limit
      ? [{ path: batch ? String(i) : '', message: `This event is ${bytes} bytes; one event may be ${limit} at most` }]
      : [];
  });
  if (errors.length === 0) return;
  throw new ApiError(
    'payload-too-large',
    `An event may be at most ${limit} bytes of JSON (RUTA_EVENT_MAX_BYTES); keep large content elsewhere and send a reference`,
    { extensions: { limit, errors } },
  );
}

/** The answer for an event, and whether it is the stored answer of an earlier request. */
export interface Ingested {
  result: Result;
  replayed: boolean;
}

/**
 * Takes one event in, exactly once per event id.
 *
 * The insert of the event row is the arbiter: the request that inserts it processes the event (starts journeys,
 * delivers it to waiting ones) and stores its answer; every other request with the same id waits for that stored
 * answer and returns it. Answers are JSON in jsonb key order (see jsonbOrdered), so repeats are byte-identical.
 * Processing itself is idempotent too (deterministic workflow ids, signal ids = event id), so when the first request
 * died before answering, a later repeat processes the event again and the first stored answer still wins.
 *
 * The common case costs one statement before the Temporal starts and none after: when every flow the event triggers
 * has no filter and no journey waits for its type, the answer is known before processing (each journey `started`),
 * so it is written with the claim as a provisional answer (see EventStore). When processing did exactly that, the
 * request answers at once and the confirmation rides in a later statement. Why that is safe:
 * - the journey rows are written before any start (same statement as the claim), as before;
 * - the provisional answer only lists journeys this event starts, under ids made of its own id: it is true exactly
 *   when each of those workflows exists in Temporal, and a repeat returns it only then (see provisionalHolds); so no
 *   repeat can see "started" for a journey that did not start;
 * - when processing turns out otherwise (a re-entry rule, a failed start), the request stores its real answer (or
 *   clears the provisional one on failure) before it answers, as before;
 * - a crash after the starts but before the confirmation leaves a provisional answer that holds: repeats get it, the
 *   very answer the first request gave.
 */
export async function ingestEvent(rt: Runtime, event: NormalizedEvent): Promise<Ingested> {
  const ingested = await ingestOnce(rt, event);
  metrics().eventsReceived.inc({ replayed: String(ingested.replayed) });
  return ingested;
}

async function ingestOnce(rt: Runtime, event: NormalizedEvent): Promise<Ingested> {
  const triggers = await rt.triggers.matching(event.type);
  // Rows of journeys whose trigger has no filter are written with the claim, in the same statement.
  const unfiltered = triggers.filter((t) => !filterOf(t)).map((t) => journeyStart(t, event));
  // Decided once, here: the provisional answer below relies on no delivery happening.
  const waited = await rt.triggers.isWaitedFor(event.type);
  const provisional = unfiltered.length === triggers.length && !waited ? expectedAnswer(event, triggers) : null;
  const claim = await rt.events.claim(event, unfiltered, provisional as Json | null);
  if (claim.won) {
    return { result: await processAndStore(rt, event, triggers, claim, waited, provisional), replayed: false };
  }
  const first = await getEvent(rt.db, event.id);
  if (!first) throw new ApiError('internal', `Event ${event.id} conflicted on insert but cannot be read`);
  const stored = await waitForAnswer(rt, first);
  if (stored) return { result: stored, replayed: true };
  return { result: await processAndStore(rt, event, triggers, null, waited, null), replayed: true };
}

/** What an event does when each of these triggers starts its journey (no filters, nobody waiting for it). */
function expectedAnswer(event: NormalizedEvent, triggers: readonly Trigger[]): Result {
  return { eventId: event.id, journeys: triggers.map((t) => ({ ...touchOf(t, event), action: 'started' })) };
}

function touchOf(t: Trigger, event: NormalizedEvent): Pick<Touch, 'flowId' | 'version' | 'workflowId'> {
  return { flowId: t.flowId, version: t.version, workflowId: journeyWorkflowId(t.plan, event.customerId, event.id) };
}

/**
 * Whether a provisional answer is true: every journey it lists as started exists in Temporal. Their ids are made of
 * the event's id, so only this event can have started them. False when Temporal cannot tell (the repeat waits on).
 */
async function provisionalHolds(rt: Runtime, answer: Result): Promise<boolean> {
  try {
    const found = await Promise.all(
      answer.journeys.map(async (j) => {
        if (j.action !== 'started') return false;
        await rt.client.workflow.getHandle(j.workflowId).describe();
        return true;
      }),
    );
    return found.every(Boolean);
  } catch (err) {
    if (err instanceof WorkflowNotFoundError) return false;
    rt.log(`Could not check the provisional answer of event ${answer.eventId}`, err);
    return false;
  }
}

function journeyStart(t: Trigger, event: NormalizedEvent): JourneyStart {
  return {
    id: journeyWorkflowId(t.plan, event.customerId, event.id),
    flowId: t.flowId,
    flowVersion: t.version,
    customerId: event.customerId,
    eventId: event.id,
    reentryKey: reentryKey(t.plan, event.customerId),
  };
}

const filterOf = (t: Trigger): string | null => {
  const f = t.plan.trigger.params.filter;
  return typeof f === 'string' && f.trim() !== '' ? f : null;
};

async function waitForAnswer(rt: Runtime, first: EventRow): Promise<Result | null> {
  let row: EventRow | null = first;
  const until = Date.now() + WAIT_FOR_FIRST_MS;
  for (let pause = 5; row; pause = Math.min(pause * 2, 200)) {
    if (row.response !== null && row.respondedAt !== null) return row.response as Result;
    if (row.response !== null && (await provisionalHolds(rt, row.response as Result))) return row.response as Result;
    const failed = row.outcome !== null && 'error' in row.outcome;
    const abandoned = Date.now() - row.receivedAt.getTime() > ABANDONED_AFTER_MS;
    if (failed || abandoned || Date.now() > until) return null;
    await new Promise((r) => setTimeout(r, pause));
    row = await getEvent(rt.db, first.id);
  }
  return null;
}

async function processAndStore(
  rt: Runtime,
  event: NormalizedEvent,
  triggers: Trigger[],
  claim: Claim | null,
  waited: boolean,
  provisional: Result | null,
): Promise<Result> {
  let journeys: Touch[];
  try {
    journeys = await processEvent(rt, event, triggers, claim, waited);
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    await rt.events.answer(event.id, { started: [], advanced: [], error: message }, null).catch(() => {});
    throw err;
  }
  const result: Result = { eventId: event.id, journeys };
  if (provisional && JSON.stringify(result) === JSON.stringify(provisional)) {
    // Every journey started as expected: the provisional answer written with the claim holds (see ingestEvent).
    // Its confirmation is bookkeeping, off the answer's path; if it is lost, repeats still find the answer true.
    rt.events
      .confirm(event.id, outcomeOf(result), provisional as unknown as Json)
      .catch((err) => rt.log(`Could not confirm the answer of event ${event.id}`, err));
    return jsonbOrdered(provisional as unknown as Json) as unknown as Result;
  }
  // A repeat taking over from a first request that died (or is slow) keeps that request's provisional answer when it
  // holds now that this processing ran: the first request may have given it already.
  const answer = (claim ? null : await holdingProvisional(rt, event.id)) ?? result;
  const stored = await rt.events.answer(event.id, outcomeOf(answer), answer as unknown as Json);
  if (!stored) throw new ApiError('internal', `The answer for event ${event.id} could not be stored`);
  return stored as unknown as Result;
}

/** What processing did, as stored in the event's `outcome`. */
function outcomeOf(answer: Result): Json {
  return {
    started: answer.journeys.filter((j) => j.action === 'started').map((j) => j.workflowId),
    advanced: answer.journeys.filter((j) => j.action === 'advanced').map((j) => j.workflowId),
  };
}

/** The event's stored provisional (unconfirmed) answer when it holds (see provisionalHolds). */
async function holdingProvisional(rt: Runtime, eventId: string): Promise<Result | null> {
  const row = await getEvent(rt.db, eventId);
  if (!row || row.response === null || row.respondedAt !== null) return null;
  const answer = row.response as Result;
  return (await provisionalHolds(rt, answer)) ? answer : null;
}

/**
 * Starts the journeys the event triggers, then delivers it to the journeys waiting for it. `claim` is what the
 * claim statement did (null when a repeat takes over an event whose first request died).
 */
async function processEvent(
  rt: Runtime,
  event: NormalizedEvent,
  triggers: Trigger[],
  claim: Claim | null,
  waited: boolean,
): Promise<Touch[]> {
  let customer: ExprContext['customer'] | null = claim ? (claim.customer ?? { id: event.customerId }) : null;
  if (!customer && triggers.length > 0) customer = await profileFor(rt.db, event.customerId);
  const profile = customer ?? { id: event.customerId };
  const journeyEvent = {
    id: event.id,
    type: event.type,
    customerId: event.customerId,
    time: event.time,
    data: event.data,
  };
  const started = await Promise.all(
    triggers.map(async (t): Promise<Touch> => {
      const start = journeyStart(t, event);
      const touch = touchOf(t, event);
      const filter = filterHolds(t, event, profile);
      if (filter !== true) return { ...touch, action: 'skipped', reason: filter };
      // The row first: the worker's steps may arrive before startJourney returns.
      const fresh = claim && !filterOf(t) ? claim.journeys.has(start.id) : await rt.events.journeyStarting(start);
      // No row was written: either this event's journey exists already (a repeat: go on, the start is
      // idempotent) or the flow's re-entry rule holds the customer's slot (a journey running, or one ever).
      const existing = fresh ? null : await getJourney(rt.db, start.id);
      if (!fresh && !existing) {
        return {
          ...touch,
          action: 'skipped',
          reason: t.plan.settings.reentry === 'once' ? 'already_ran' : 'already_running',
        };
      }
      let r: Awaited<ReturnType<typeof startJourney>>;
      try {
        r = await startJourney(rt.client, {
          plan: t.plan,
          flowVersion: t.version,
          event: journeyEvent,
          customer: profile,
          taskQueue: rt.taskQueue,
          searchAttributes: rt.config.searchAttributes,
        });
      } catch (err) {
        if (fresh) await rt.events.journeyNotStarted(start.id).catch(() => {});
        throw err;
      }
      if (r.started) return { ...touch, action: 'started' };
      // This very event may have started it in an earlier attempt that died before answering.
      if (existing?.eventId === event.id) return { ...touch, action: 'started' };
      return { ...touch, action: 'skipped', reason: r.reason };
    }),
  );
  if (!waited) return started;
  const startedIds = new Set(started.filter((s) => s.action === 'started').map((s) => s.workflowId));
  const delivered = await deliverEvent(
    rt,
    event.customerId,
    { id: event.id, type: event.type, data: event.data, at: event.time },
    startedIds,
  );
  return [...started, ...delivered];
}

/** Whether the trigger's filter holds for the event: true, or why not. */
function filterHolds(t: Trigger, event: NormalizedEvent, customer: ExprContext['customer']): true | string {
  const filter = filterOf(t);
  if (!filter) return true;
  const ctx: ExprContext = {
    event: { id: event.id, type: event.type, time: event.time, data: event.data },
    customer,
    vars: {},
    reply: null,
    sentiment: null,
    nodes: {},
    journey: { id: '', flowId: t.flowId, flowVersion: t.version, startedAt: event.time },
  };
  try {
    return evaluateBool(filter, ctx, t.plan.scope) ? true : 'filter_not_matched';
  } catch (err) {
    // Out of budget: the filter does not match, and the answer says why; other flows' filters still run.
    if (err instanceof ExpressionError) return err.code === 'expr_budget' ? 'filter_too_costly' : 'filter_error';
    throw err;
  }
}

/**
 * Takes a batch in: events of one customer one after the other (in the order sent, so `payment.failed` then
 * `payment.succeeded` behave as if sent apart), different customers in parallel, `concurrency` at a time.
 */
export async function ingestBatch(
  rt: Runtime,
  events: readonly NormalizedEvent[],
  concurrency = 64,
): Promise<Ingested[]> {
  const results = new Array<Ingested>(events.length);
  const groups = new Map<string, number[]>();
  events.forEach((e, i) => {
    const group = groups.get(e.customerId);
    if (group) group.push(i);
    else groups.set(e.customerId, [i]);
  });
  const queue = [...groups.values()];
  const worker = async () => {
    for (let group = queue.shift(); group; group = queue.shift()) {
      for (const i of group) results[i] = await ingestEvent(rt, events[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, queue.length) }, worker));
  return results;
}
