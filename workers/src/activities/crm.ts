import {
  crmAddNote,
  crmConversationSummary,
  crmLookupCustomer,
  crmUpsertCustomer,
  crmUpsertTicket,
  implement,
} from '@ruta/sdk';
import { ApplicationFailure } from '@temporalio/common';
import { ProviderError } from '../channels/errors';
import { builtinCrm } from '../crm/builtin';
import { crmFromEnv } from '../crm/config';
import { conversationSummary } from '../crm/summary';
import type { CrmAdapter, CrmCustomer } from '../crm/types';
import type { WorkerStore } from '../store/types';

export interface CrmActivityOptions {
  /** The CRM behind lookups, tickets and notes (default: `crmFromEnv()`, Ruta's built-in store unless set). */
  adapter?: CrmAdapter;
}

/** Runs a CRM call, turning an external CRM's errors into Temporal failures (429 waits for its reset). */
async function crmCall<T>(what: string, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (err) {
    if (!(err instanceof ProviderError)) throw err;
    throw ApplicationFailure.create({
      type: `Crm${err.type.replace(/^Provider/, '')}`,
      message: `${what}: ${err.message}`,
      nonRetryable: !err.retryable,
      ...(err.retryable && err.retryAfterMs !== undefined ? { nextRetryDelay: err.retryAfterMs } : {}),
    });
  }
}

/**
 * CRM activities: look up and upsert customers, create/update tickets, add notes (on the configured adapter),
 * and read the conversation summary from Ruta's cross-channel timeline. Customer upserts always land in Ruta's
 * store too: the contact policy reads time zone and consent from there.
 */
export function crmActivities(store: WorkerStore, options: CrmActivityOptions = {}) {
  const adapter = options.adapter ?? crmFromEnv(store);
  const local = builtinCrm(store);

  const lookup = implement(crmLookupCustomer, async ({ by, value }) => {
    const customer = await crmCall('Customer lookup', () => adapter.findCustomer(by, value));
    if (!customer) return { found: false };
    const openTickets = await crmCall('Ticket count', () => adapter.countOpenTickets(customer));
    return {
      found: true,
      id: customer.id,
      name: customer.name ?? '',
      email: customer.email ?? '',
      phone: customer.phone ?? '',
      tier: customer.tier ?? '',
      tags: customer.tags ?? [],
      openTickets,
    };
  });

  const upsertCustomer = implement(crmUpsertCustomer, async (input) => {
    const customer = Object.fromEntries(
      Object.entries(input).filter(([, v]) => v !== undefined),
    ) as unknown as CrmCustomer;
    const saved = await local.upsertCustomer(customer);
    if (adapter.name !== local.name) await crmCall('Customer upsert', () => adapter.upsertCustomer(customer));
    return { customerId: saved.customer.id, created: saved.created };
  });

  const upsertTicket = implement(crmUpsertTicket, async (input, ctx) => {
    if (input.action === 'update') {
      if (!input.ticketId) {
        throw ApplicationFailure.nonRetryable(
          'There is no ticket to update: add a "create ticket" step earlier in the flow',
          'NoTicket',
        );
      }
      const ticketId = input.ticketId;
      const ticket = await crmCall('Ticket update', () =>
        adapter.updateTicket(ticketId, {
          subject: input.subject,
          priority: input.priority,
          queue: input.queue,
          status: input.status,
        }),
      );
      return { ticketId: ticket.id, status: ticket.status };
    }
    const ticket = await crmCall('Ticket create', () =>
      adapter.createTicket({
        idempotencyKey: ctx.idempotencyKey,
        customerId: input.customerId,
        journeyId: input.journeyId,
        subject: input.subject,
        priority: input.priority,
        queue: input.queue,
        status: input.status,
      }),
    );
    return { ticketId: ticket.id, status: ticket.status };
  });

  const addNote = implement(crmAddNote, async (input, ctx) => {
    const note = await crmCall('Note', () =>
      adapter.addNote({
        idempotencyKey: ctx.idempotencyKey,
        customerId: input.customerId,
        ticketId: input.ticketId ?? null,
        text: input.text,
      }),
    );
    return { noteId: note.id };
  });

  const summary = implement(crmConversationSummary, async ({ customerId, limit, lang }) => {
    const customer = await crmCall('Customer lookup', () => adapter.findCustomer('id', customerId));
    const openTickets = customer ? await crmCall('Ticket count', () => adapter.countOpenTickets(customer)) : 0;
    const timeline = await store.listTimeline(customerId, { limit });
    const lastIn = [...timeline].reverse().find((m) => m.direction === 'in');
    return {
      customerId,
      found: customer !== undefined,
      name: customer?.name ?? '',
      openTickets,
      messages: timeline.map((m) => ({
        at: m.at,
        direction: m.direction,
        channel: m.channel,
        text: m.text,
        status: m.status,
        ...(m.reason ? { reason: m.reason } : {}),
      })),
      lastReply: lastIn ? { at: lastIn.at, channel: lastIn.channel, text: lastIn.text } : null,
      summary: conversationSummary(customer, timeline, openTickets, lang),
    };
  });

  return [lookup, upsertCustomer, upsertTicket, addNote, summary];
}
