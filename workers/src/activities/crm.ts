import { crmAddNote, crmLookupCustomer, crmUpsertTicket, implement } from '@ruta/sdk';
import { ApplicationFailure } from '@temporalio/common';
import type { WorkerStore } from '../store/types';

/** CRM activities on Ruta's built-in customer and ticket store. */
export function crmActivities(store: WorkerStore) {
  const lookup = implement(crmLookupCustomer, async ({ by, value }) => {
    const customer = await store.findCustomer(by, value);
    if (!customer) return { found: false };
    const open = (await store.listTickets({ customerId: customer.id })).filter((t) => t.status !== 'solved');
    return {
      found: true,
      id: customer.id,
      name: customer.name ?? '',
      email: customer.email ?? '',
      phone: customer.phone ?? '',
      tier: customer.tier ?? '',
      tags: customer.tags ?? [],
      openTickets: open.length,
    };
  });

  const upsertTicket = implement(crmUpsertTicket, async (input, ctx) => {
    if (input.action === 'update' && input.ticketId) {
      const ticket = await store.updateTicket(input.ticketId, {
        subject: input.subject,
        priority: input.priority,
        queue: input.queue,
        status: input.status,
      });
      return { ticketId: ticket.id, status: ticket.status };
    }
    if (input.action === 'update') {
      throw ApplicationFailure.nonRetryable(
        'There is no ticket to update: add a "create ticket" step earlier in the flow',
        'NoTicket',
      );
    }
    const ticket = await store.createTicket({
      idempotencyKey: ctx.idempotencyKey,
      customerId: input.customerId,
      journeyId: input.journeyId,
      kind: 'ticket',
      subject: input.subject,
      queue: input.queue,
      priority: input.priority,
      status: input.status,
    });
    return { ticketId: ticket.id, status: ticket.status };
  });

  const addNote = implement(crmAddNote, async (input, ctx) => {
    const note = await store.addNote(ctx.idempotencyKey, input.ticketId ?? null, input.customerId, input.text);
    return { noteId: note.id };
  });

  return [lookup, upsertTicket, addNote];
}
