import { addBusinessTime, nextOpen } from '../calendar';
import type { BusinessHours, Template } from '../catalog/fields';
import type { MissingDataRule } from '../document';
import { parseDuration } from '../duration';
import { ExpressionError } from '../expr/error';
import { numberInLanguage } from '../expr/number-words';
import { evaluate, evaluateBool, renderTemplate, renderTemplateChecked } from '../expr/plan-eval';
import { type TemplateLang, valueInWords } from '../expr/value-words';
import type { InboxItem, Json } from '../journey';
import type { PlanNode } from '../plan';
import { bucket } from '../util';
import { exprContext } from './context';
import { parseScore } from './csat';
import type { Journey, NodeResult, WaitEnd } from './interpreter';
import { kbAnswer } from './kb-answer';
import { chain, Later } from './later';
import {
  ACTIVITY_FAILED_REASON,
  afterFailure,
  type Called,
  callOrPark,
  parkedAt,
  retryAsked,
  takeRetry,
} from './parking';
import { take } from './state';

/** The zone used when neither the node nor the customer names one. */
export const DEFAULT_TIME_ZONE = 'America/Santiago';
/** How many times a send deferred by quiet hours is tried again before it counts as suppressed. */
const MAX_DEFERRALS = 5;
/**
 * Sends whose text has a placeholder without a value follow the flow's missing-data rule. Plans compiled before
 * the rule existed have none and keep sending the gap as they did; this patch guards the new commands.
 */
export const MISSING_DATA_PATCH = 'send-follows-missing-data-rule';
/**
 * Patch: the hand-off passes its SLA to `handoff.open` and waits until the deadline the case store returns, which the
 * queue's team calendar may have set (journeys started before it keep the deadline counted in the step's hours).
 */
export const HANDOFF_TEAM_CALENDAR_PATCH = 'handoff-sla-in-team-calendar';
/**
 * Patch: a template renders enum-like values in its own language (`{{ sentiment.label }}` reads «negativo» in a
 * Spanish template), and decimal numbers too (`puntaje -0,8`); journeys started before keep the raw value in the texts
 * they send. One patch for both, so a journey records one marker at most.
 */
export const TEMPLATE_VALUE_WORDS_PATCH = 'template-values-in-words';
/**
 * Patch: a message, survey or bot answer sent after the customer wrote says which of their messages it answers
 * (`inReplyTo`), so inside WhatsApp's 24-hour window the contact rules treat it as a reply, not as a message the
 * business starts: a question asked at 23:00 is answered at once instead of after quiet hours. Journeys that reached
 * the send before keep sending it as before.
 */
export const IN_REPLY_PATCH = 'sends-reply-in-window';
const REPLY_CHANNELS = new Set(['whatsapp', 'sms', 'email', 'voice']);

/**
 * The customer's latest own message a send answers, for the contact rules: the last reply the journey read, else the
 * triggering message when the event carries one (a `message.received` with its text and channel). Nothing for a
 * journey the business started (an order event) until the customer writes.
 */
export function inReplyTo(j: Journey): { inReplyTo?: { channel: string; at: string } } {
  const reply = j.state.reply;
  const data = j.input.event.data;
  const asked = reply
    ? { channel: reply.channel, at: reply.at }
    : typeof data.channel === 'string' && REPLY_CHANNELS.has(data.channel) && (data.text ?? data.message) !== undefined
      ? { channel: data.channel, at: j.input.event.time }
      : undefined;
  return asked && j.fx.patched(IN_REPLY_PATCH) ? { inReplyTo: asked } : {};
}

/** The wait reason of a send held because a placeholder has no value. */
export const MISSING_DATA_REASON = 'missing_data';

type Params = Record<string, unknown>;

/**
 * Runs one node and says which port the journey leaves it by: at once for nodes that neither wait nor call, else
 * as a promise. Workflow code records a stack trace for every promise it creates, so the path through a node
 * creates as few as it can (one continuation per activity call or wait); the commands are the same either way.
 */
export function runNode(
  j: Journey,
  node: PlanNode,
  visit: number,
): NodeResult | Promise<NodeResult> | Later<NodeResult> {
  const p = node.params as Params;
  switch (node.kind) {
    case 'message.send':
      return sendMessage(j, node, visit, p);
    case 'wait.duration':
      return j.waitLater(node, visit, deadlineAfter(j, node, visit, p.duration as string), never, waitOut);
    case 'wait.window': {
      const tz = j.input.customer.timeZone ?? DEFAULT_TIME_ZONE;
      const now = j.fx.now();
      const opens = resumedDeadline(j, node, visit) ?? nextOpen(now, p.window as BusinessHours, tz);
      if (opens <= now) return { port: 'out' };
      return j.waitLater(node, visit, opens, never, waitOut);
    }
    case 'wait.reply':
      return waitReply(j, node, visit, p);
    case 'wait.event':
      return waitEvent(j, node, visit, p);
    case 'wait.first':
      return waitFirst(j, node, visit, p);
    case 'logic.branch': {
      const branches = p.branches as { port: string; condition: string }[];
      const ctx = exprContext(j.input, j.state, j.fx.journeyId);
      const problems: Json[] = [];
      for (const b of branches) {
        if (safeBool(b.condition, ctx, j, (e) => problems.push({ port: b.port, code: e.code, error: e.en }))) {
          return problems.length ? { port: b.port, detail: { problems } } : { port: b.port };
        }
      }
      return problems.length ? { port: 'else', detail: { problems } } : { port: 'else' };
    }
    case 'logic.split': {
      const variants = p.variants as { port: string; percent: number }[];
      const roll = bucket(`${j.input.customer.id}:${node.id}`, 100);
      let edge = 0;
      let chosen = variants[variants.length - 1]!.port;
      for (const v of variants) {
        edge += v.percent;
        if (roll < edge) {
          chosen = v.port;
          break;
        }
      }
      j.state.outputs[node.id] = { variant: chosen };
      return { port: chosen, detail: { bucket: roll } };
    }
    case 'logic.loop': {
      j.state.outputs[node.id] = { count: visit };
      return { port: visit <= (p.times as number) ? 'again' : 'done' };
    }
    case 'logic.set': {
      const ctx = exprContext(j.input, j.state, j.fx.journeyId);
      j.state.vars[p.name as string] = evaluate(p.value as string, ctx, j.plan);
      return { port: 'out', detail: { [p.name as string]: j.state.vars[p.name as string] as Json } };
    }
    case 'goal':
      if (!j.state.goals.includes(p.name as string)) j.state.goals.push(p.name as string);
      j.state.outcome = p.name as string;
      return { port: 'out' };
    case 'end':
      return { end: 'completed', outcome: p.outcome as string };
    case 'ai.sentiment': {
      const ctx = exprContext(j.input, j.state, j.fx.journeyId);
      const text = p.text
        ? String(evaluate(p.text as string, ctx, j.plan) ?? '')
        : (j.state.reply?.text ?? String(j.input.event.data.text ?? ''));
      // Plans compiled before the sensitivity existed have none: the activity applies its default, and the
      // input stays exactly what those journeys recorded.
      const input = {
        text,
        ...(j.input.customer.locale ? { lang: j.input.customer.locale } : {}),
        customerId: j.input.customer.id,
        ...(p.sensitivity ? { sensitivity: p.sensitivity } : {}),
      };
      return callThen(j, node, visit, input, (value) => {
        j.state.outputs[node.id] = value as Json;
        j.state.sentiment = value as Json;
        // The step shows what the analyzer said (label and score), so a path log can explain the branch after it.
        const v = (value ?? {}) as { label?: Json; score?: Json; escalate?: Json };
        return {
          port: 'out',
          detail: { label: v.label ?? null, score: v.score ?? null, escalate: v.escalate ?? null },
        };
      });
    }
    case 'crm.lookup': {
      const by = p.by as 'id' | 'phone' | 'email';
      const ctx = exprContext(j.input, j.state, j.fx.journeyId);
      const value = p.value ? String(evaluate(p.value as string, ctx, j.plan)) : (j.input.customer[by] ?? '');
      return callThen(j, node, visit, { by, value }, (found) => {
        j.state.outputs[node.id] = found as Json;
        return { port: (found as { found: boolean }).found ? 'found' : 'not_found' };
      });
    }
    case 'crm.ticket': {
      const input = {
        customerId: j.input.customer.id,
        journeyId: j.fx.journeyId,
        action: p.action,
        ticketId: p.action === 'update' ? j.state.ticketId : null,
        subject: render(j, p.subject as Template),
        priority: p.priority,
        queue: p.queue,
        status: p.status,
      };
      return callThen(j, node, visit, input, (value) => {
        j.state.outputs[node.id] = value as Json;
        j.state.ticketId = (value as { ticketId: string }).ticketId;
        return { port: 'out' };
      });
    }
    case 'crm.note': {
      const input = {
        customerId: j.input.customer.id,
        ticketId: j.state.ticketId,
        text: render(j, p.text as Template),
      };
      return callThen(j, node, visit, input, (value) => {
        j.state.outputs[node.id] = value as Json;
        return { port: 'out' };
      });
    }
    case 'handoff':
      return handoff(j, node, visit, p);
    case 'survey.csat':
      return survey(j, node, visit, p);
    case 'kb.answer':
      return kbAnswer(j, node, visit, p);
    case 'custom': {
      const ctx = exprContext(j.input, j.state, j.fx.journeyId);
      const input = fillTemplates(p.input as Json, (text) => {
        const whole = /^\s*\{\{([\s\S]*)\}\}\s*$/.exec(text);
        if (whole && !whole[1]!.includes('}}')) return evaluate(whole[1]!, ctx, j.plan);
        return renderTemplate(text, ctx, j.plan);
      });
      return callThen(j, node, visit, input, (value) => {
        j.state.outputs[node.id] = (value ?? {}) as Json;
        return { port: 'out' };
      });
    }
    default:
      throw new Error(`The interpreter cannot run node kind "${node.kind}" (node ${node.id})`);
  }
}

export const never = () => false;

function waitOut(end: WaitEnd): NodeResult {
  if (end === 'cancelled') return { end: 'cancelled', outcome: 'cancelled' };
  return { port: 'out', ...(end === 'skipped' ? { detail: { skipped: true } } : {}) };
}

/** The deadline of a wait being resumed after continue-as-new, if this is that wait. */
function resumedDeadline(j: Journey, node: PlanNode, visit: number): number | null | undefined {
  const w = j.state.wait;
  return w && w.nodeId === node.id && w.visit === visit ? w.deadline : undefined;
}

export function deadlineAfter(j: Journey, node: PlanNode, visit: number, duration: string): number | null {
  const resumed = resumedDeadline(j, node, visit);
  if (resumed !== undefined) return resumed;
  return j.fx.now() + (parseDuration(duration) ?? 0);
}

/**
 * The text of a template in the customer's language (or `lang`), falling back to the other one, with the language
 * the text is written in (a plain string is taken to be in the language asked for).
 */
function pickTemplate(
  j: Journey,
  template: Template,
  lang: string = j.input.customer.locale ?? 'es',
): { text: string; lang: TemplateLang } {
  const asked: TemplateLang = lang === 'en' ? 'en' : 'es';
  if (typeof template === 'string') return { text: template, lang: asked };
  const t = template as Partial<Record<string, string>>;
  if (t[lang] !== undefined) return { text: t[lang]!, lang: asked };
  if (template.es !== undefined) return { text: template.es, lang: 'es' };
  return { text: template.en ?? '', lang: 'en' };
}

/**
 * Words enum-like values and writes decimal numbers in the template's language (see valueInWords, numberInLanguage).
 * The patch is asked only when a value would change, so journeys whose texts hold none record no marker; journeys
 * started before keep the raw value.
 */
function wordsIn(j: Journey, lang: TemplateLang): (expr: string, value: Json) => Json {
  return (expr, value) => {
    const said = numberInLanguage(
      valueInWords(expr, value, lang, (id) => j.plan.nodes[id]?.kind),
      lang,
    );
    return said !== value && j.fx.patched(TEMPLATE_VALUE_WORDS_PATCH) ? said : value;
  };
}

/** Renders a template in the customer's language (or `lang`). */
export function render(j: Journey, template: Template, lang?: 'es' | 'en'): string {
  const picked = pickTemplate(j, template, lang);
  const ctx = exprContext(j.input, j.state, j.fx.journeyId);
  return renderTemplate(picked.text, ctx, j.plan, wordsIn(j, picked.lang));
}

/** Renders a template and lists its placeholders without a value (see renderTemplateChecked). */
function renderChecked(j: Journey, template: Template): { text: string; missing: string[] } {
  const picked = pickTemplate(j, template);
  const ctx = exprContext(j.input, j.state, j.fx.journeyId);
  return renderTemplateChecked(picked.text, ctx, j.plan, wordsIn(j, picked.lang));
}

/**
 * A condition that cannot be computed (out of budget, data of the wrong kind) is false, so the journey takes the
 * next branch or `else`; the problem is reported so the step records why.
 */
function safeBool(
  source: string,
  ctx: ReturnType<typeof exprContext>,
  j: Journey,
  report: (error: ExpressionError) => void = () => {},
): boolean {
  try {
    return evaluateBool(source, ctx, j.plan);
  } catch (err) {
    if (!(err instanceof ExpressionError)) throw err;
    report(err);
    return false;
  }
}

function fillTemplates(value: Json, fill: (text: string) => Json): Json {
  if (typeof value === 'string') return fill(value);
  if (Array.isArray(value)) return value.map((v) => fillTemplates(v, fill));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, fillTemplates(v, fill)]));
  }
  return value;
}

export type { Called };

/**
 * Calls the node's activity and goes on with its answer in the same continuation (the interpreter's, see Later); when
 * the activity failed for good, the node ends as callOrPark says.
 */
function callThen(
  j: Journey,
  node: PlanNode,
  visit: number,
  input: unknown,
  then: (value: unknown) => NodeResult,
): Later<NodeResult> {
  return callOrParkLater(j, node, visit, input, (c) => (c.ok ? then(c.value) : c.result));
}

/** What callOrPark does, going on with `then` in the call's own continuation. */
function callOrParkLater<R>(
  j: Journey,
  node: PlanNode,
  visit: number,
  input: unknown,
  then: (called: Called) => R | Promise<R>,
): Later<R> {
  if (parkedAt(j, node, visit)) return Later.of(callOrPark(j, node, visit, input)).map(then);
  return j.callLater(
    node,
    visit,
    input,
    (value) => then({ ok: true, value }),
    (err) => chain(afterFailure(j, node, visit, input, err), then),
  );
}

export interface SendResult {
  messageId: string;
  channel: string;
  status: 'sent' | 'queued' | 'deferred' | 'suppressed' | 'failed' | 'skipped';
  reason?: string;
  retryAt?: number;
  /** Placeholders that had no value (missing-data rule). */
  missing?: string[];
}

/**
 * A send whose text has placeholders without a value, under the flow's rule: `hold` waits at the block
 * (flagged with the missing values) until someone retries it, skips the wait or cancels the journey, and the message
 * is not sent meanwhile; `skip` does not send it; `fallback` sends it with the gaps and flags the step. Returns what
 * the send goes on with instead of sending (`then` applied), or null to send.
 *
 * A retry (the `retryStep` update, which may bring a fresh customer profile) enters the node again and runs `again`:
 * the template is rendered anew, so the message goes out, or the send holds again if a value is still missing.
 * Before retries were taken here the update was refused for a held send, so no recorded history holds an accepted
 * one: `controls.retry` never matches a held wait when an older journey replays, and its commands are unchanged.
 */
function missingDataRule<R>(
  j: Journey,
  node: PlanNode,
  visit: number,
  channel: string,
  missing: string[],
  then: (called: Called) => R | Promise<R>,
  again: () => Later<R>,
): Later<R> | null {
  const rule = (j.plan.settings as { missingData?: MissingDataRule }).missingData;
  if (missing.length === 0 || !rule || rule === 'fallback' || !j.fx.patched(MISSING_DATA_PATCH)) return null;
  const skipped: Called = {
    ok: true,
    value: { messageId: '', channel, status: 'skipped', reason: MISSING_DATA_REASON, missing } satisfies SendResult,
  };
  if (rule !== 'hold') return Later.of(Promise.resolve(skipped)).map(then);
  return j.waitLater(
    node,
    visit,
    null,
    () => retryAsked(j, node, visit),
    (end) => {
      if (end !== 'ready') return then(end === 'cancelled' ? CANCELLED : skipped);
      takeRetry(j, node, visit);
      return again().promise();
    },
    { reason: MISSING_DATA_REASON, missing },
  );
}

const CANCELLED: Called = { ok: false, result: { end: 'cancelled', outcome: 'cancelled' } };

/**
 * Sends the node's message and goes on with `then` in the send's own continuation (one promise for the send and what
 * follows, unless the contact rules defer it or a failure parks the journey).
 */
function send<R>(
  j: Journey,
  node: PlanNode,
  visit: number,
  p: Params,
  kind: 'message' | 'survey',
  then: (called: Called) => R | Promise<R>,
): Later<R> {
  const body = renderChecked(j, (kind === 'survey' ? p.question : p.template) as Template);
  const subject = p.subject ? renderChecked(j, p.subject as Template) : undefined;
  const missing = [...new Set([...body.missing, ...(subject?.missing ?? [])])];
  const instead = missingDataRule(j, node, visit, String(p.channel), missing, then, () =>
    send(j, node, visit, p, kind, then),
  );
  if (instead) return instead;
  const input = {
    customerId: j.input.customer.id,
    flowId: j.plan.flowId,
    channel: p.channel,
    ...(p.fallbackChannel ? { fallbackChannel: p.fallbackChannel } : {}),
    text: body.text,
    ...(subject ? { subject: subject.text } : {}),
    locale: j.input.customer.locale ?? 'es',
    transactional: j.plan.settings.transactional,
    kind,
    ...inReplyTo(j),
  };
  // Sent with gaps (rule `fallback`, or a plan from before the rule): the step says which values were missing.
  const settled =
    missing.length === 0 || !(j.plan.settings as { missingData?: string }).missingData
      ? then
      : (called: Called) =>
          then(called.ok ? { ok: true as const, value: { ...(called.value as SendResult), missing } } : called);
  const follow = deferredSends(j, node, visit, () => callOrPark(j, node, visit, input));
  return callOrParkLater(j, node, visit, input, (called) => chain(follow(called), settled));
}

/**
 * What follows each answer of a channel.send made by `call`: while the contact rules defer the send (quiet hours),
 * waits on a durable timer until the time they name and sends again, up to MAX_DEFERRALS times.
 */
function deferredSends(
  j: Journey,
  node: PlanNode,
  visit: number,
  call: () => Promise<Called>,
): (called: Called) => Called | Promise<Called> {
  let deferrals = 0;
  const after = (called: Called): Called | Promise<Called> => {
    if (!called.ok || deferrals >= MAX_DEFERRALS) return called;
    const r = called.value as SendResult;
    if (r.status !== 'deferred' || r.retryAt === undefined) return called;
    deferrals++;
    return j.waitThen(
      node,
      visit,
      r.retryAt,
      never,
      (end) => (end === 'cancelled' ? CANCELLED : call().then(after)),
      r.reason ? { reason: r.reason } : {},
    );
  };
  return after;
}

/**
 * Sends through `call` (a channel.send) and, while the contact rules defer the send (quiet hours), waits on a
 * durable timer until the time they name and sends again, up to MAX_DEFERRALS times.
 */
export function deliverMessage(
  j: Journey,
  node: PlanNode,
  visit: number,
  call: () => Promise<Called>,
): Promise<Called> {
  return call().then(deferredSends(j, node, visit, call));
}

function sendMessage(j: Journey, node: PlanNode, visit: number, p: Params): Later<NodeResult> {
  return send(j, node, visit, p, 'message', (called) => sentResult(j, node, called));
}

function sentResult(j: Journey, node: PlanNode, called: Called): NodeResult {
  if (!called.ok) return called.result;
  const r = called.value as SendResult;
  j.state.outputs[node.id] = { messageId: r.messageId, channel: r.channel, status: r.status };
  const detail: Json = {
    status: r.status,
    channel: r.channel,
    ...(r.reason ? { reason: r.reason } : {}),
    ...(r.missing?.length ? { missing: r.missing } : {}),
  };
  if (r.status === 'sent' || r.status === 'queued') return { port: 'sent', detail };
  // Not sent (no consent, frequency cap, still deferred): the failed port when connected, else onwards.
  return { port: node.next.failed ? 'failed' : 'sent', detail };
}

export type Reply = Extract<InboxItem, { kind: 'reply' }>;
type EventItem = Extract<InboxItem, { kind: 'event' }>;
type HandoffItem = Extract<InboxItem, { kind: 'handoff' }>;

/** Waits for the inbox to hold an accepted item (or the node's timeout), then goes on with `then`. */
function waitInbox(
  j: Journey,
  node: PlanNode,
  visit: number,
  p: Params,
  accepted: (i: InboxItem) => boolean,
  then: () => NodeResult,
): Later<NodeResult> {
  return j.waitLater(
    node,
    visit,
    deadlineAfter(j, node, visit, p.timeout as string),
    () => j.state.inbox.some(accepted),
    (end): NodeResult => {
      if (end === 'cancelled') return { end: 'cancelled', outcome: 'cancelled' };
      if (end !== 'ready') return { port: 'timeout', ...(end === 'skipped' ? { detail: { skipped: true } } : {}) };
      return then();
    },
  );
}

function waitReply(j: Journey, node: PlanNode, visit: number, p: Params): Later<NodeResult> {
  const accept = (i: InboxItem): i is Reply => i.kind === 'reply' && (!p.channel || i.channel === p.channel);
  return waitInbox(j, node, visit, p, accept, () => {
    const reply = take(j.state, accept)!;
    j.state.reply = { text: reply.text, channel: reply.channel, at: reply.at };
    j.state.outputs[node.id] = { text: reply.text, channel: reply.channel, at: reply.at };
    return { port: 'replied', detail: { replyId: reply.id } };
  });
}

/** Whether an arriving event matches a type and optional filter; the filter sees the arriving event as `event`. */
function eventMatches(j: Journey, item: InboxItem, type: string, filter: string | undefined): item is EventItem {
  if (item.kind !== 'event' || item.type !== type) return false;
  if (!filter) return true;
  const ctx = exprContext(j.input, j.state, j.fx.journeyId);
  ctx.event = { id: item.id, type: item.type, time: item.at, data: item.data };
  return safeBool(filter, ctx, j);
}

function waitEvent(j: Journey, node: PlanNode, visit: number, p: Params): Later<NodeResult> {
  const accept = (i: InboxItem): i is EventItem =>
    eventMatches(j, i, p.eventType as string, p.filter as string | undefined);
  return waitInbox(j, node, visit, p, accept, () => {
    const event = take(j.state, accept)!;
    j.state.outputs[node.id] = { type: event.type, data: event.data };
    return { port: 'received', detail: { eventId: event.id } };
  });
}

function waitFirst(j: Journey, node: PlanNode, visit: number, p: Params): Later<NodeResult> {
  const options = p.options as { port: string; eventType: string; filter?: string }[];
  const optionFor = (i: InboxItem) =>
    options.find((o) => (o.eventType === 'reply' ? i.kind === 'reply' : eventMatches(j, i, o.eventType, o.filter)));
  return waitInbox(
    j,
    node,
    visit,
    p,
    (i) => optionFor(i) !== undefined,
    () => firstArrived(j, node, optionFor),
  );
}

function firstArrived(
  j: Journey,
  node: PlanNode,
  optionFor: (i: InboxItem) => { port: string } | undefined,
): NodeResult {
  const item = take(j.state, (i) => optionFor(i) !== undefined)!;
  const option = optionFor(item)!;
  if (item.kind === 'reply') {
    j.state.reply = { text: item.text, channel: item.channel, at: item.at };
    j.state.outputs[node.id] = { port: option.port, type: 'reply', text: item.text, data: {} };
  } else if (item.kind === 'event') {
    j.state.outputs[node.id] = { port: option.port, type: item.type, text: '', data: item.data };
  }
  return { port: option.port, detail: { itemId: item.id } };
}

async function handoff(j: Journey, node: PlanNode, visit: number, p: Params): Promise<NodeResult> {
  const resumed = j.state.wait?.nodeId === node.id && j.state.wait.visit === visit ? j.state.wait : null;
  let handoffId = resumed?.handoffId;
  let deadline = resumed?.deadline ?? null;
  if (!handoffId) {
    const tz = j.input.customer.timeZone ?? DEFAULT_TIME_ZONE;
    const slaMs = parseDuration(p.sla as string) ?? 0;
    deadline = addBusinessTime(j.fx.now(), slaMs, p.hours as BusinessHours, tz);
    const teamCalendar = j.fx.patched(HANDOFF_TEAM_CALENDAR_PATCH);
    const result = await callOrPark(j, node, visit, {
      ...(teamCalendar ? { slaMs } : {}),
      customerId: j.input.customer.id,
      journeyId: j.fx.journeyId,
      flowId: j.plan.flowId,
      queue: p.queue,
      priority: p.priority,
      slaDeadline: new Date(deadline).toISOString(),
      summary: p.summary ? render(j, p.summary as Template) : '',
      context: {
        event: { type: j.input.event.type, data: j.input.event.data },
        reply: j.state.reply,
        sentiment: j.state.sentiment,
        vars: j.state.vars,
        ticketId: j.state.ticketId,
        path: j.state.path.slice(-20).map((s) => s.nodeId),
        // What a knowledge-base bot tried before this hand-off (absent when no bot ran, as before).
        ...(j.state.bot ? { bot: j.state.bot as unknown as Json } : {}),
      },
    });
    if (!result.ok) return result.result;
    const opened = result.value as { handoffId: string; slaDeadline?: string };
    handoffId = opened.handoffId;
    const stored = opened.slaDeadline ? Date.parse(opened.slaDeadline) : Number.NaN;
    if (teamCalendar && Number.isFinite(stored)) deadline = stored;
  }
  const id = handoffId;
  const accept = (i: InboxItem): i is HandoffItem => i.kind === 'handoff' && (!i.handoffId || i.handoffId === id);
  const end = await j.wait(node, visit, deadline, () => j.state.inbox.some(accept), { handoffId: id });
  if (end === 'cancelled') return { end: 'cancelled', outcome: 'cancelled' };
  if (end !== 'ready') {
    j.state.outputs[node.id] = { handoffId: id, resolution: '', agent: '' };
    return { port: 'sla_breached', detail: { handoffId: id, ...(end === 'skipped' ? { skipped: true } : {}) } };
  }
  const item = take(j.state, accept)!;
  j.state.outputs[node.id] = { handoffId: id, resolution: item.resolution, agent: item.agent ?? '' };
  return { port: 'resolved', detail: { handoffId: id, resolution: item.resolution } };
}

async function survey(j: Journey, node: PlanNode, visit: number, p: Params): Promise<NodeResult> {
  // Resuming the wait for the score (after continue-as-new); a question held for missing data, or parked because
  // its send failed, is not sent yet.
  const w = j.state.wait;
  const resuming =
    w?.nodeId === node.id &&
    w.visit === visit &&
    w.reason !== MISSING_DATA_REASON &&
    w.reason !== ACTIVITY_FAILED_REASON;
  if (!resuming) {
    const sent = await send(j, node, visit, p, 'survey', (called) => called).promise();
    if (!sent.ok) return sent.result;
    const r = sent.value as SendResult;
    if (r.status === 'skipped') {
      const detail = { status: r.status, reason: r.reason ?? null, missing: r.missing ?? [] };
      return { port: 'timeout', detail };
    }
  }
  const scale = p.scale as number;
  const comments: string[] = [];
  const deadline = deadlineAfter(j, node, visit, p.timeout as string);
  for (;;) {
    const accept = (i: InboxItem): i is Reply => i.kind === 'reply';
    const end = await j.wait(node, visit, deadline, () => j.state.inbox.some(accept));
    if (end === 'cancelled') return { end: 'cancelled', outcome: 'cancelled' };
    if (end !== 'ready') return { port: 'timeout', ...(end === 'skipped' ? { detail: { skipped: true } } : {}) };
    const reply = take(j.state, accept)!;
    j.state.reply = { text: reply.text, channel: reply.channel, at: reply.at };
    const score = parseScore(reply.text, scale);
    if (score === undefined) {
      comments.push(reply.text);
      continue;
    }
    const comment = [...comments, reply.text].join('\n');
    j.state.outputs[node.id] = { score, comment };
    return { port: 'answered', detail: { score } };
  }
}
