import { addBusinessTime, nextOpen } from '../calendar';
import type { BusinessHours, Template } from '../catalog/fields';
import type { MissingDataRule } from '../document';
import { parseDuration } from '../duration';
import { ActivityError } from '../effects';
import { ExpressionError, evaluate, evaluateBool, renderTemplate, renderTemplateChecked } from '../expr';
import type { InboxItem, Json } from '../journey';
import type { PlanNode } from '../plan';
import { bucket } from '../util';
import { exprContext } from './context';
import { parseScore } from './csat';
import type { Journey, NodeResult, WaitEnd } from './interpreter';
import { kbAnswer } from './kb-answer';
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
/** The wait reason of a send held because a placeholder has no value. */
export const MISSING_DATA_REASON = 'missing_data';

type Params = Record<string, unknown>;

/** Runs one node and says which port the journey leaves it by. */
export async function runNode(j: Journey, node: PlanNode, visit: number): Promise<NodeResult> {
  const p = node.params as Params;
  switch (node.kind) {
    case 'message.send':
      return sendMessage(j, node, visit, p);
    case 'wait.duration':
      return waitOut(await j.wait(node, visit, deadlineAfter(j, node, visit, p.duration as string), never));
    case 'wait.window': {
      const tz = j.input.customer.timeZone ?? DEFAULT_TIME_ZONE;
      const now = j.fx.now();
      const opens = resumedDeadline(j, node, visit) ?? nextOpen(now, p.window as BusinessHours, tz);
      if (opens <= now) return { port: 'out' };
      return waitOut(await j.wait(node, visit, opens, never));
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
      j.state.vars[p.name as string] = evaluate(p.value as string, ctx, j.plan.scope);
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
        ? String(evaluate(p.text as string, ctx, j.plan.scope) ?? '')
        : (j.state.reply?.text ?? String(j.input.event.data.text ?? ''));
      const result = await callOrFail(j, node, visit, {
        text,
        ...(j.input.customer.locale ? { lang: j.input.customer.locale } : {}),
        customerId: j.input.customer.id,
      });
      if (!result.ok) return result.result;
      j.state.outputs[node.id] = result.value as Json;
      j.state.sentiment = result.value as Json;
      // The step shows what the analyzer said (label and score), so a path log can explain the branch after it.
      const v = (result.value ?? {}) as { label?: Json; score?: Json; escalate?: Json };
      return {
        port: 'out',
        detail: { label: v.label ?? null, score: v.score ?? null, escalate: v.escalate ?? null },
      };
    }
    case 'crm.lookup': {
      const by = p.by as 'id' | 'phone' | 'email';
      const ctx = exprContext(j.input, j.state, j.fx.journeyId);
      const value = p.value ? String(evaluate(p.value as string, ctx, j.plan.scope)) : (j.input.customer[by] ?? '');
      const result = await callOrFail(j, node, visit, { by, value });
      if (!result.ok) return result.result;
      j.state.outputs[node.id] = result.value as Json;
      return { port: (result.value as { found: boolean }).found ? 'found' : 'not_found' };
    }
    case 'crm.ticket': {
      const result = await callOrFail(j, node, visit, {
        customerId: j.input.customer.id,
        journeyId: j.fx.journeyId,
        action: p.action,
        ticketId: p.action === 'update' ? j.state.ticketId : null,
        subject: render(j, p.subject as Template),
        priority: p.priority,
        queue: p.queue,
        status: p.status,
      });
      if (!result.ok) return result.result;
      j.state.outputs[node.id] = result.value as Json;
      j.state.ticketId = (result.value as { ticketId: string }).ticketId;
      return { port: 'out' };
    }
    case 'crm.note': {
      const result = await callOrFail(j, node, visit, {
        customerId: j.input.customer.id,
        ticketId: j.state.ticketId,
        text: render(j, p.text as Template),
      });
      if (!result.ok) return result.result;
      j.state.outputs[node.id] = result.value as Json;
      return { port: 'out' };
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
        if (whole && !whole[1]!.includes('}}')) return evaluate(whole[1]!, ctx, j.plan.scope);
        return renderTemplate(text, ctx, j.plan.scope);
      });
      const result = await callOrFail(j, node, visit, input);
      if (!result.ok) return result.result;
      j.state.outputs[node.id] = (result.value ?? {}) as Json;
      return { port: 'out' };
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

/** The text of a template in the customer's language (or `lang`), falling back to the other one. */
function pickTemplate(j: Journey, template: Template, lang = j.input.customer.locale ?? 'es'): string {
  return typeof template === 'string' ? template : (template[lang] ?? template.es ?? template.en ?? '');
}

/** Renders a template in the customer's language (or `lang`). */
export function render(j: Journey, template: Template, lang?: 'es' | 'en'): string {
  return renderTemplate(pickTemplate(j, template, lang), exprContext(j.input, j.state, j.fx.journeyId), j.plan.scope);
}

/** Renders a template and lists its placeholders without a value (see renderTemplateChecked). */
function renderChecked(j: Journey, template: Template): { text: string; missing: string[] } {
  return renderTemplateChecked(pickTemplate(j, template), exprContext(j.input, j.state, j.fx.journeyId), j.plan.scope);
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
    return evaluateBool(source, ctx, j.plan.scope);
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

/** An activity's answer, or how the node ends when the activity failed for good. */
export type Called = { ok: true; value: unknown } | { ok: false; result: NodeResult };

/**
 * Calls the node's activity. When it fails for good, the journey leaves by the node's `failed` port if
 * one is connected; otherwise the journey fails with the error.
 */
async function callOrFail(j: Journey, node: PlanNode, visit: number, input: unknown): Promise<Called> {
  try {
    return { ok: true, value: await j.call(node, visit, input) };
  } catch (err) {
    if (!(err instanceof ActivityError)) throw err;
    const detail = { error: err.message, ...(err.type ? { type: err.type } : {}) };
    if (node.next.failed) return { ok: false, result: { port: 'failed', detail } };
    j.state.error = { nodeId: node.id, message: err.message };
    return { ok: false, result: { end: 'failed', outcome: 'failed', detail } };
  }
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
 * (flagged with the missing values) until someone skips the wait or cancels the journey, and the message is not
 * sent; `skip` does not send it; `fallback` sends it with the gaps and flags the step. Returns the result to
 * leave with instead of sending, or null to send.
 */
async function missingDataRule(
  j: Journey,
  node: PlanNode,
  visit: number,
  channel: string,
  missing: string[],
): Promise<Called | null> {
  const rule = (j.plan.settings as { missingData?: MissingDataRule }).missingData;
  if (missing.length === 0 || !rule || rule === 'fallback' || !j.fx.patched(MISSING_DATA_PATCH)) return null;
  if (rule === 'hold') {
    const end = await j.wait(node, visit, null, never, { reason: MISSING_DATA_REASON, missing });
    if (end === 'cancelled') return { ok: false, result: { end: 'cancelled', outcome: 'cancelled' } };
  }
  const skipped: SendResult = { messageId: '', channel, status: 'skipped', reason: MISSING_DATA_REASON, missing };
  return { ok: true, value: skipped };
}

async function send(j: Journey, node: PlanNode, visit: number, p: Params, kind: 'message' | 'survey'): Promise<Called> {
  const body = renderChecked(j, (kind === 'survey' ? p.question : p.template) as Template);
  const subject = p.subject ? renderChecked(j, p.subject as Template) : undefined;
  const missing = [...new Set([...body.missing, ...(subject?.missing ?? [])])];
  const instead = await missingDataRule(j, node, visit, String(p.channel), missing);
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
  };
  const called = await deliverMessage(j, node, visit, () => callOrFail(j, node, visit, input));
  // Sent with gaps (rule `fallback`, or a plan from before the rule): the step says which values were missing.
  if (called.ok && missing.length > 0 && (j.plan.settings as { missingData?: string }).missingData) {
    return { ok: true as const, value: { ...(called.value as SendResult), missing } };
  }
  return called;
}

/**
 * Sends through `call` (a channel.send) and, while the contact rules defer the send (quiet hours), waits on a
 * durable timer until the time they name and sends again, up to MAX_DEFERRALS times.
 */
export async function deliverMessage(
  j: Journey,
  node: PlanNode,
  visit: number,
  call: () => Promise<Called>,
): Promise<Called> {
  let called = await call();
  for (let deferrals = 0; called.ok && deferrals < MAX_DEFERRALS; deferrals++) {
    const r = called.value as SendResult;
    if (r.status !== 'deferred' || r.retryAt === undefined) break;
    const end = await j.wait(node, visit, r.retryAt, never, r.reason ? { reason: r.reason } : {});
    if (end === 'cancelled') return { ok: false, result: { end: 'cancelled', outcome: 'cancelled' } };
    called = await call();
  }
  return called;
}

async function sendMessage(j: Journey, node: PlanNode, visit: number, p: Params): Promise<NodeResult> {
  const called = await send(j, node, visit, p, 'message');
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

async function waitReply(j: Journey, node: PlanNode, visit: number, p: Params): Promise<NodeResult> {
  const accept = (i: InboxItem): i is Reply => i.kind === 'reply' && (!p.channel || i.channel === p.channel);
  const end = await j.wait(node, visit, deadlineAfter(j, node, visit, p.timeout as string), () =>
    j.state.inbox.some(accept),
  );
  if (end === 'cancelled') return { end: 'cancelled', outcome: 'cancelled' };
  if (end !== 'ready') return { port: 'timeout', ...(end === 'skipped' ? { detail: { skipped: true } } : {}) };
  const reply = take(j.state, accept)!;
  j.state.reply = { text: reply.text, channel: reply.channel, at: reply.at };
  j.state.outputs[node.id] = { text: reply.text, channel: reply.channel, at: reply.at };
  return { port: 'replied', detail: { replyId: reply.id } };
}

/** Whether an arriving event matches a type and optional filter; the filter sees the arriving event as `event`. */
function eventMatches(j: Journey, item: InboxItem, type: string, filter: string | undefined): item is EventItem {
  if (item.kind !== 'event' || item.type !== type) return false;
  if (!filter) return true;
  const ctx = exprContext(j.input, j.state, j.fx.journeyId);
  ctx.event = { id: item.id, type: item.type, time: item.at, data: item.data };
  return safeBool(filter, ctx, j);
}

async function waitEvent(j: Journey, node: PlanNode, visit: number, p: Params): Promise<NodeResult> {
  const accept = (i: InboxItem): i is EventItem =>
    eventMatches(j, i, p.eventType as string, p.filter as string | undefined);
  const end = await j.wait(node, visit, deadlineAfter(j, node, visit, p.timeout as string), () =>
    j.state.inbox.some(accept),
  );
  if (end === 'cancelled') return { end: 'cancelled', outcome: 'cancelled' };
  if (end !== 'ready') return { port: 'timeout', ...(end === 'skipped' ? { detail: { skipped: true } } : {}) };
  const event = take(j.state, accept)!;
  j.state.outputs[node.id] = { type: event.type, data: event.data };
  return { port: 'received', detail: { eventId: event.id } };
}

async function waitFirst(j: Journey, node: PlanNode, visit: number, p: Params): Promise<NodeResult> {
  const options = p.options as { port: string; eventType: string; filter?: string }[];
  const optionFor = (i: InboxItem) =>
    options.find((o) => (o.eventType === 'reply' ? i.kind === 'reply' : eventMatches(j, i, o.eventType, o.filter)));
  const end = await j.wait(node, visit, deadlineAfter(j, node, visit, p.timeout as string), () =>
    j.state.inbox.some((i) => optionFor(i) !== undefined),
  );
  if (end === 'cancelled') return { end: 'cancelled', outcome: 'cancelled' };
  if (end !== 'ready') return { port: 'timeout', ...(end === 'skipped' ? { detail: { skipped: true } } : {}) };
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
    deadline = addBusinessTime(j.fx.now(), parseDuration(p.sla as string) ?? 0, p.hours as BusinessHours, tz);
    const result = await callOrFail(j, node, visit, {
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
    handoffId = (result.value as { handoffId: string }).handoffId;
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
  // Resuming the wait for the score (after continue-as-new); a question held for missing data is not sent yet.
  const w = j.state.wait;
  const resuming = w?.nodeId === node.id && w.visit === visit && w.reason !== MISSING_DATA_REASON;
  if (!resuming) {
    const sent = await send(j, node, visit, p, 'survey');
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
