import type { CustomerProfile } from '@ruta/flow';
import type { WorkerStore } from '../store/types';
import type { CrmAdapter, CrmCustomer } from './types';

function toCrm(c: CustomerProfile): CrmCustomer {
  return {
    id: c.id,
    ...(c.name ? { name: c.name } : {}),
    ...(c.email ? { email: c.email } : {}),
    ...(c.phone ? { phone: c.phone } : {}),
    ...(c.locale ? { locale: c.locale } : {}),
    ...(c.timeZone ? { timeZone: c.timeZone } : {}),
    ...(c.tier ? { tier: c.tier } : {}),
    tags: c.tags ?? [],
    ...(c.consent ? { consent: c.consent } : {}),
  };
}

/** The CRM adapter over Ruta's own store (files or the database): customers, tickets, notes. */
export function builtinCrm(store: WorkerStore): CrmAdapter {
  return {
    name: 'builtin',
    async findCustomer(by, value) {
      const c = await store.findCustomer(by, value);
      return c ? toCrm(c) : undefined;
    },
    async upsertCustomer(customer) {
      const current = await store.getCustomer(customer.id);
      const merged: CustomerProfile = {
        ...(current ?? { id: customer.id }),
        ...Object.fromEntries(Object.entries(customer).filter(([k, v]) => v !== undefined && k !== 'externalId')),
        // Consent merges channel by channel: a channel not mentioned keeps its answer.
        ...(customer.consent || current?.consent ? { consent: { ...current?.consent, ...customer.consent } } : {}),
      };
      await store.upsertCustomer(merged);
      return { customer: toCrm(merged), created: !current };
    },
    async createTicket(t) {
      const ticket = await store.createTicket({ ...t, kind: 'ticket' });
      return { id: ticket.id, status: ticket.status };
    },
    async updateTicket(id, patch) {
      const ticket = await store.updateTicket(id, patch);
      return { id: ticket.id, status: ticket.status };
    },
    async addNote(n) {
      return store.addNote(n.idempotencyKey, n.ticketId, n.customerId, n.text);
    },
    async countOpenTickets(customer) {
      const tickets = await store.listTickets({ customerId: customer.id });
      return tickets.filter((t) => t.status !== 'solved' && t.status !== 'resolved' && t.status !== 'closed').length;
    },
  };
}
