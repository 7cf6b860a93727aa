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

/**
 * Stand-ins for the built-in activities on the simulated clock: sends land in the conversation,
 * CRM answers with the scenario's customer, handoffs wait for the scenario's `handoff` inputs.
 * Sentiment has no stand-in here: callers pass the real offline analyzer, or the scenario scripts it.
 */
export function defaultHandlers(scenario: Scenario, messages: SimulatedMessage[]): Record<string, SimHandler> {
  let counter = 0;
  const id = (prefix: string) => `${prefix}-${++counter}`;
  return {
    'channel.send': (input, meta, now) => {
      const i = input as { channel: string; text: string; subject?: string };
      messages.push({
        at: new Date(now).toISOString(),
        direction: 'out',
        channel: i.channel,
        text: i.text,
        ...(i.subject ? { subject: i.subject } : {}),
        nodeId: meta.nodeId,
      });
      return { messageId: id('msg'), channel: i.channel, status: 'sent', deduped: false };
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
