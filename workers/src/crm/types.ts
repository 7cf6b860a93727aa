/** A customer as a CRM knows them. */
export interface CrmCustomer {
  /** Ruta's customer id (the one journeys use). */
  id: string;
  /** The CRM's own id, when it is not Ruta's (HubSpot's contact id). */
  externalId?: string;
  name?: string;
  email?: string;
  phone?: string;
  locale?: 'es' | 'en';
  timeZone?: string;
  tier?: string;
  tags?: string[];
  consent?: Partial<Record<'whatsapp' | 'sms' | 'email' | 'voice', boolean>>;
}

export type TicketStatus = 'open' | 'pending' | 'solved';
export type TicketPriority = 'low' | 'normal' | 'high' | 'urgent';

export interface CrmTicket {
  id: string;
  status: string;
}

export interface NewTicket {
  /** The engine's key: a retried create returns the first ticket. */
  idempotencyKey: string;
  customerId: string;
  journeyId: string;
  subject: string;
  priority: TicketPriority;
  queue: string;
  status: TicketStatus;
}

export interface TicketPatch {
  subject?: string;
  priority?: TicketPriority;
  queue?: string;
  status?: TicketStatus;
}

export interface NewNote {
  idempotencyKey: string;
  customerId: string;
  ticketId: string | null;
  text: string;
}

/**
 * One interface over Ruta's built-in customer store and external CRMs. Every create takes the engine's
 * idempotency key, so a retried activity does not create twice.
 */
export interface CrmAdapter {
  readonly name: 'builtin' | 'hubspot';
  findCustomer(by: 'id' | 'phone' | 'email', value: string): Promise<CrmCustomer | undefined>;
  /** Creates or updates by Ruta's customer id; only the given fields change. */
  upsertCustomer(customer: CrmCustomer): Promise<{ customer: CrmCustomer; created: boolean }>;
  createTicket(ticket: NewTicket): Promise<CrmTicket>;
  updateTicket(id: string, patch: TicketPatch): Promise<CrmTicket>;
  addNote(note: NewNote): Promise<{ id: string }>;
  /** Tickets of the customer that are not solved. */
  countOpenTickets(customer: CrmCustomer): Promise<number>;
}
