import type { ActivityCallMeta } from '../effects';
import type { Scenario } from './scenario';

/** A message in the simulated conversation. */
export interface SimulatedMessage {
  at: string;
  direction: 'in' | 'out';
  channel: string;
  text: string;
  subject?: string;
  nodeId?: string;
}

/** A simulated activity: input, call facts and the virtual time in; output out. */
export type SimHandler = (input: unknown, meta: ActivityCallMeta, now: number) => unknown;

/** What the contact rules are asked about one simulated send. */
export interface SimSendRequest {
  channel: string;
  fallbackChannel?: string;
  transactional: boolean;
  /** Messages sent to the customer in this simulation since a moment (for frequency caps). */
  sentSince(since: number): number;
  /** The customer's own message this send answers: its channel and when it arrived (WhatsApp's reply window). */
  inReplyTo?: { channel: string; at: number };
}

/** The contact rules' answer, as production's policy gives it. */
export type SimSendDecision =
  | { action: 'send'; channel: string }
  | { action: 'defer'; until: number; reason: string }
  | { action: 'suppress'; reason: string };

/** Contact rules for simulations, so a 23:30 send is deferred on the virtual clock as it would be for real. */
export type SimSendPolicy = (request: SimSendRequest, now: number) => SimSendDecision;

/**
 * Stand-ins for the built-in activities on the simulated clock: sends land in the conversation,
 * CRM answers with the scenario's customer, handoffs wait for the scenario's `handoff` inputs.
 * Sentiment has no stand-in here: callers pass `analyzeRequest` from @ruta/sentiment (the activity's own
 * code, sensitivity included), or the scenario scripts it.
 */
export function defaultHandlers(
  scenario: Scenario,
  messages: SimulatedMessage[],
  policy?: SimSendPolicy,
): Record<string, SimHandler> {
  let counter = 0;
  const id = (prefix: string) => `${prefix}-${++counter}`;
  return {
    'channel.send': (input, meta, now) => {
      const i = input as {
        channel: string;
        text: string;
        subject?: string;
        fallbackChannel?: string;
        transactional?: boolean;
        inReplyTo?: { channel: string; at: string };
      };
      const decision = policy?.(
        {
          channel: i.channel,
          ...(i.fallbackChannel ? { fallbackChannel: i.fallbackChannel } : {}),
          ...(i.inReplyTo ? { inReplyTo: { channel: i.inReplyTo.channel, at: Date.parse(i.inReplyTo.at) } } : {}),
          transactional: i.transactional ?? false,
          sentSince: (since) => messages.filter((m) => m.direction === 'out' && Date.parse(m.at) >= since).length,
        },
        now,
      );
      if (decision?.action === 'defer') {
        return {
          messageId: '',
          channel: i.channel,
          status: 'deferred',
          reason: decision.reason,
          retryAt: decision.until,
        };
      }
      if (decision?.action === 'suppress') {
        return { messageId: '', channel: i.channel, status: 'suppressed', reason: decision.reason };
      }
      const channel = decision?.channel ?? i.channel;
      messages.push({
        at: new Date(now).toISOString(),
        direction: 'out',
        channel,
        text: i.text,
        ...(i.subject ? { subject: i.subject } : {}),
        nodeId: meta.nodeId,
      });
      return { messageId: id('msg'), channel, status: 'sent', deduped: false };
    },
    'crm.lookupCustomer': () => ({
      found: true,
      id: scenario.customer.id,
      name: scenario.customer.name ?? '',
      email: scenario.customer.email ?? '',
      phone: scenario.customer.phone ?? '',
      tier: scenario.customer.tier ?? '',
      tags: scenario.customer.tags ?? [],
      openTickets: 0,
    }),
    'crm.upsertTicket': (input) => {
      const i = input as { ticketId?: string | null; status: string };
      return { ticketId: i.ticketId ?? id('T'), status: i.status };
    },
    'crm.addNote': () => ({ noteId: id('note') }),
    'handoff.open': () => ({ handoffId: id('H') }),
  };
}
