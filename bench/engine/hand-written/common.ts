/**
 * What the hand-written baselines share, written the way a developer would without Ruta: one activity proxy per
 * retry policy (the same policies as Ruta's activity contracts), the signals they wait on, and the idempotency
 * key every side effect carries. Plain Temporal: nothing here imports Ruta.
 */
import { condition, defineSignal, proxyActivities, setHandler, workflowInfo } from '@temporalio/workflow';

export interface Customer {
  id: string;
  name?: string;
  locale?: 'es' | 'en';
  timeZone?: string;
}

/** The event that started the journey: all a baseline needs, not the compiled plan. */
export interface StartInput {
  customer: Customer;
  event: { id: string; type: string; time: string; data: Record<string, unknown> };
}

/** How a journey ended. */
export interface Ended {
  outcome: string;
}

type Activity = (input: unknown, meta: Meta) => Promise<Record<string, unknown>>;
interface Meta {
  idempotencyKey: string;
  journeyId: string;
  nodeId: string;
  visit: number;
}

const messaging = proxyActivities<Record<string, Activity>>({
  startToCloseTimeout: 30_000,
  retry: { maximumAttempts: 8, initialInterval: 2_000, backoffCoefficient: 2, maximumInterval: 300_000 },
});
const analysis = proxyActivities<Record<string, Activity>>({
  startToCloseTimeout: 10_000,
  retry: { maximumAttempts: 3, initialInterval: 500, backoffCoefficient: 2, maximumInterval: 5_000 },
});
const crm = proxyActivities<Record<string, Activity>>({
  startToCloseTimeout: 30_000,
  retry: { maximumAttempts: 10, initialInterval: 1_000, backoffCoefficient: 2, maximumInterval: 60_000 },
});

/** The key of a side effect: journey, step, visit (a retry of the step reuses it). */
export function meta(step: string, visit = 1): Meta {
  const journeyId = workflowInfo().workflowId;
  return { idempotencyKey: `${journeyId}:${step}:${visit}`, journeyId, nodeId: step, visit };
}

/** A message to send, with the flow it belongs to (frequency caps count per flow). */
export interface Message {
  flowId: string;
  channel: string;
  text: string;
  fallbackChannel?: string;
  subject?: string;
  kind?: 'message' | 'survey';
  transactional?: boolean;
}

/** Sends a message on a channel. */
export function send(input: StartInput, step: string, message: Message, visit = 1) {
  return messaging['channel.send']!(
    {
      customerId: input.customer.id,
      flowId: message.flowId,
      channel: message.channel,
      ...(message.fallbackChannel ? { fallbackChannel: message.fallbackChannel } : {}),
      text: message.text,
      ...(message.subject ? { subject: message.subject } : {}),
      locale: input.customer.locale ?? 'es',
      transactional: message.transactional ?? false,
      kind: message.kind ?? 'message',
    },
    meta(step, visit),
  );
}

/** The sentiment of a text. */
export function sentiment(input: StartInput, step: string, text: string) {
  return analysis['sentiment.analyze']!(
    { text, ...(input.customer.locale ? { lang: input.customer.locale } : {}), customerId: input.customer.id },
    meta(step),
  );
}

/** Opens a CRM ticket. */
export function ticket(input: StartInput, step: string, t: { subject: string; priority: string; queue: string }) {
  return crm['crm.upsertTicket']!(
    {
      customerId: input.customer.id,
      journeyId: workflowInfo().workflowId,
      action: 'create',
      ticketId: null,
      subject: t.subject,
      priority: t.priority,
      queue: t.queue,
    },
    meta(step),
  );
}

/** Hands the case to a person. */
export function handoff(
  input: StartInput,
  step: string,
  h: {
    flowId: string;
    queue: string;
    priority: string;
    slaDeadline: number;
    summary: string;
    context: Record<string, unknown>;
  },
) {
  return crm['handoff.open']!(
    {
      customerId: input.customer.id,
      journeyId: workflowInfo().workflowId,
      flowId: h.flowId,
      queue: h.queue,
      priority: h.priority,
      slaDeadline: new Date(h.slaDeadline).toISOString(),
      summary: h.summary,
      context: h.context,
    },
    meta(step),
  );
}

/** Spanish or English, by the customer's language. */
export const say = (input: StartInput, es: string, en: string) => ((input.customer.locale ?? 'es') === 'en' ? en : es);

export interface Reply {
  id: string;
  text: string;
  channel: string;
  at: string;
}
export interface BusinessEvent {
  id: string;
  type: string;
  data: Record<string, unknown>;
  at: string;
}
export interface HandoffOutcome {
  id: string;
  handoffId?: string;
  resolution: string;
  agent?: string;
  at: string;
}

/** Replies, events and handoff outcomes, kept until the journey waits for them (one may come early). */
export function inbox() {
  const replies: Reply[] = [];
  const events: BusinessEvent[] = [];
  const handoffs: HandoffOutcome[] = [];
  setHandler(defineSignal<[Reply]>('reply'), (r) => void replies.push(r));
  setHandler(defineSignal<[BusinessEvent]>('event'), (e) => void events.push(e));
  setHandler(defineSignal<[HandoffOutcome]>('handoff'), (h) => void handoffs.push(h));
  return {
    /** The next reply, or undefined when `timeout` passes first. */
    async reply(timeout: number): Promise<Reply | undefined> {
      return (await condition(() => replies.length > 0, timeout)) ? replies.shift() : undefined;
    },
    /** The next event of a type, or undefined when `timeout` passes first. */
    async event(type: string, timeout: number): Promise<BusinessEvent | undefined> {
      const index = () => events.findIndex((e) => e.type === type);
      if (!(await condition(() => index() >= 0, timeout))) return undefined;
      return events.splice(index(), 1)[0];
    },
    /** The outcome of a handoff, or undefined at its SLA deadline. */
    async handoff(id: string, deadline: number): Promise<HandoffOutcome | undefined> {
      const index = () => handoffs.findIndex((h) => !h.handoffId || h.handoffId === id);
      if (!(await condition(() => index() >= 0, Math.max(1, deadline - Date.now())))) return undefined;
      return handoffs.splice(index(), 1)[0];
    },
  };
}

export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;
