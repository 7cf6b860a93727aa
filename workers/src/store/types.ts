import type { CustomerProfile, StepRecord } from '@ruta/flow';

/** A message the journey sends, held in the outbox under its idempotency key. */
export interface OutboundMessage {
  idempotencyKey: string;
  journeyId: string;
  nodeId: string;
  customerId: string;
  channel: string;
  provider: string;
  to: string;
  text: string;
  subject?: string;
  status: 'queued' | 'sent' | 'delivered' | 'read' | 'failed' | 'suppressed' | 'deferred';
  reason?: string;
  providerMessageId?: string;
  createdAt: string;
  updatedAt: string;
}

export interface TicketRecord {
  id: string;
  idempotencyKey: string;
  customerId: string;
  journeyId: string;
  kind: 'ticket' | 'handoff';
  subject: string;
  queue: string;
  priority: string;
  status: string;
  slaDeadline?: string;
  context?: Record<string, unknown>;
  notes: { id: string; text: string; at: string }[];
  createdAt: string;
  updatedAt: string;
}

/**
 * What the worker's activities and sinks need to remember. Every write that stands for a side effect is
 * keyed by its idempotency key, so a retried activity or a replayed sink never writes twice.
 */
export interface WorkerStore {
  /** Writes journey steps; a step already stored (same journey and seq) is left as it is. */
  recordSteps(steps: StepRecord[]): Promise<void>;
  listSteps(journeyId: string): Promise<StepRecord[]>;
  /** Puts a message in the outbox unless one with the same key is there; returns the stored one. */
  claimOutbound(message: OutboundMessage): Promise<{ inserted: boolean; message: OutboundMessage }>;
  updateOutbound(
    key: string,
    patch: Partial<Pick<OutboundMessage, 'status' | 'reason' | 'providerMessageId'>>,
  ): Promise<void>;
  listOutbound(filter?: { customerId?: string; journeyId?: string }): Promise<OutboundMessage[]>;
  getCustomer(id: string): Promise<CustomerProfile | undefined>;
  findCustomer(by: 'id' | 'phone' | 'email', value: string): Promise<CustomerProfile | undefined>;
  upsertCustomer(customer: CustomerProfile): Promise<void>;
  /** Creates a ticket or handoff once per key; later calls with the key return the first. */
  createTicket(ticket: Omit<TicketRecord, 'id' | 'notes' | 'createdAt' | 'updatedAt'>): Promise<TicketRecord>;
  updateTicket(
    id: string,
    patch: Partial<Pick<TicketRecord, 'subject' | 'priority' | 'queue' | 'status'>>,
  ): Promise<TicketRecord>;
  addNote(key: string, ticketId: string | null, customerId: string, text: string): Promise<{ id: string }>;
  getTicket(id: string): Promise<TicketRecord | undefined>;
  listTickets(filter?: { customerId?: string; kind?: TicketRecord['kind'] }): Promise<TicketRecord[]>;
}
