import type { CustomerProfile, StepRecord } from '@ruta/flow';
import type { KnowledgeQuery } from '@ruta/policy';
import type { KbSearchOutput } from '@ruta/sdk';
import type { PlanBlobStore } from '@ruta/temporal';

/**
 * Where an outbound message is in its life. The send path moves it forward only:
 *
 * ```
 *            ┌──────────── policy: later ───────────┐
 *   (none) ──┼─ policy: no ──▶ suppressed           ▼
 *            └─ policy: send ─▶ queued ◀─ retryable, nothing went out ─┐   deferred ─▶ (policy again)
 *                                 │                                     │
 *                                 └─ claim (compare-and-set) ─▶ sending ─┴─▶ sent ─▶ delivered ─▶ read
 *                                                                 │             └──▶ failed (receipt)
 *                                                                 └─ rejected for good ─▶ failed
 * ```
 *
 * `sending` is written before the provider is called: a row found in `sending` by a retry means a worker died
 * (or timed out) while the provider had the message, so it is resolved by asking the provider, never resent.
 */
export type OutboundStatus =
  | 'queued'
  | 'deferred'
  | 'sending'
  | 'sent'
  | 'delivered'
  | 'read'
  | 'failed'
  | 'suppressed';

/** One change of an outbound message's status, kept on the message (so a deferral stays visible once sent). */
export interface OutboundEvent {
  status: OutboundStatus;
  reason?: string;
  at: string;
}

/** A message the journey sends, held in the outbox under its idempotency key. */
export interface OutboundMessage {
  idempotencyKey: string;
  journeyId: string;
  nodeId: string;
  customerId: string;
  flowId?: string;
  channel: string;
  provider: string;
  to: string;
  text: string;
  subject?: string;
  status: OutboundStatus;
  /** Why it is not (yet) sent, or how it was resolved: a stable code such as `quiet_hours` or `no_consent:sms`. */
  reason?: string;
  providerMessageId?: string;
  /** Transactional sends do not count toward frequency caps. */
  transactional?: boolean;
  /** For `deferred`: when the send may be tried again (ms since epoch). */
  retryAt?: number;
  history?: OutboundEvent[];
  createdAt: string;
  updatedAt: string;
}

/** The fields a status change may set; `reason: null` clears a reason left by an earlier attempt. */
export type OutboundPatch = Partial<
  Pick<OutboundMessage, 'status' | 'providerMessageId' | 'channel' | 'provider' | 'to' | 'retryAt'>
> & { reason?: string | null };

/** A customer's message to us, as a provider's webhook delivered it. */
export interface InboundMessage {
  customerId: string;
  channel: string;
  provider: string;
  /** The provider's id for it: a webhook delivered twice is stored once. */
  providerMessageId: string;
  from: string;
  text: string;
  subject?: string;
  journeyId?: string;
  receivedAt: string;
}

/** One entry of a customer's conversation across channels, oldest first. */
export interface TimelineEntry {
  direction: 'in' | 'out';
  channel: string;
  provider: string;
  text: string;
  subject?: string;
  status: OutboundStatus | 'received';
  reason?: string;
  journeyId?: string;
  at: string;
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

/** What opening a ticket takes: the record's fields, and the SLA as business time for stores that count it. */
export type NewTicket = Omit<TicketRecord, 'id' | 'notes' | 'createdAt' | 'updatedAt'> & { slaMs?: number };

/**
 * A frequency cap that a write checks atomically with itself: the customer's proactive messages counted as
 * `countProactiveSends(customerId, sinceMs, { excludeKey, atMost })` must be fewer than `atMost`, or nothing is
 * written. Of two sends racing for a customer's last slot, one is written.
 */
export interface CapLimit {
  sinceMs: number;
  atMost: number;
}

/** A write not made because the customer's frequency cap was reached: the proactive messages counted (≥ the cap). */
export interface CapReached {
  capped: number;
}

/** Whether a capped write was refused for the cap. */
export const isCapReached = (result: object | undefined): result is CapReached =>
  result !== undefined && 'capped' in result;

/** A knowledge-base search in one language (the activity has already decided which). */
export type { KnowledgeQuery } from '@ruta/policy';

/** Searches published knowledge-base articles; the database store runs PostgreSQL full-text search. */
export type KnowledgeSearch = (query: KnowledgeQuery) => Promise<KbSearchOutput>;

/**
 * What the worker's activities and sinks need to remember. Every write that stands for a side effect is
 * keyed by its idempotency key, so a retried activity or a replayed sink never writes twice.
 * It is also where the compiled plans that Temporal's history holds by reference are kept (`PlanBlobStore`: the
 * claim check of Ruta's data converter reads and writes them here).
 */
export interface WorkerStore extends PlanBlobStore {
  /** Writes journey steps; a step already stored (same journey and seq) is left as it is. */
  recordSteps(steps: StepRecord[]): Promise<void>;
  listSteps(journeyId: string): Promise<StepRecord[]>;
  /** Puts a message in the outbox unless one with the same key is there; returns the stored one. */
  claimOutbound(message: OutboundMessage): Promise<{ inserted: boolean; message: OutboundMessage }>;
  /** The same, unless the customer's frequency cap is reached (checked atomically with the write, see `CapLimit`). */
  claimOutbound(
    message: OutboundMessage,
    options: { cap: CapLimit | null },
  ): Promise<{ inserted: boolean; message: OutboundMessage } | CapReached>;
  /** The outbox row of an idempotency key, if any. */
  getOutbound(key: string): Promise<OutboundMessage | undefined>;
  /**
   * Compare-and-set: applies `patch` only if the row's status is one of `from`, atomically (across processes).
   * Returns the updated row, or undefined when the row is missing or in another status. The send path claims
   * `sending` this way, so two attempts racing on one key never both call the provider.
   */
  transitionOutbound(key: string, from: OutboundStatus[], patch: OutboundPatch): Promise<OutboundMessage | undefined>;
  /** The same, unless the customer's frequency cap is reached (checked atomically with the write, see `CapLimit`). */
  transitionOutbound(
    key: string,
    from: OutboundStatus[],
    patch: OutboundPatch,
    options: { cap: CapLimit | null },
  ): Promise<OutboundMessage | undefined | CapReached>;
  /** Unconditional update (no status check); prefer `transitionOutbound` on the send path. */
  updateOutbound(key: string, patch: OutboundPatch): Promise<void>;
  /**
   * A delivery receipt from a provider, by the provider's message id. Statuses only move forward
   * (sent → delivered → read; failed after sent), so a late `delivered` after `read` changes nothing.
   */
  updateOutboundByProviderId(
    provider: string,
    providerMessageId: string,
    update: { status: OutboundStatus; reason?: string },
  ): Promise<{ updated: boolean; message: OutboundMessage | undefined }>;
  listOutbound(filter?: { customerId?: string; journeyId?: string }): Promise<OutboundMessage[]>;
  /**
   * Frequency caps: proactive (non-transactional) messages to the customer that went out or are going out
   * (queued, sending, sent, delivered, read) since `sinceMs`, across all flows. `excludeKey` leaves out the
   * message being decided; `atMost` stops counting there (a cap only needs to know whether it is reached).
   */
  countProactiveSends(
    customerId: string,
    sinceMs: number,
    options?: { excludeKey?: string; atMost?: number },
  ): Promise<number>;
  /**
   * The reads a send decides on, in one round trip when the store can (the database store): the outbox row of
   * `key` and the customer. The frequency cap is counted by the capped write that follows, not here. Stores without
   * it are read twice.
   */
  readForSend?(
    key: string,
    customerId: string,
  ): Promise<{ existing: OutboundMessage | undefined; customer: CustomerProfile | undefined }>;
  /** Records a customer's message; unique per (provider, providerMessageId). */
  putInbound(message: InboundMessage): Promise<{ inserted: boolean }>;
  /** The customer's conversation across channels, oldest first (the newest `limit`, default 50). */
  listTimeline(customerId: string, options?: { limit?: number }): Promise<TimelineEntry[]>;
  getCustomer(id: string): Promise<CustomerProfile | undefined>;
  findCustomer(by: 'id' | 'phone' | 'email', value: string): Promise<CustomerProfile | undefined>;
  upsertCustomer(customer: CustomerProfile): Promise<void>;
  /** Creates a ticket or handoff once per key; later calls with the key return the first. */
  /** Opens a ticket once per idempotency key; `slaMs` lets a store with team calendars count the SLA deadline itself. */
  createTicket(ticket: NewTicket): Promise<TicketRecord>;
  updateTicket(
    id: string,
    patch: Partial<Pick<TicketRecord, 'subject' | 'priority' | 'queue' | 'status'>>,
  ): Promise<TicketRecord>;
  addNote(key: string, ticketId: string | null, customerId: string, text: string): Promise<{ id: string }>;
  getTicket(id: string): Promise<TicketRecord | undefined>;
  listTickets(filter?: { customerId?: string; kind?: TicketRecord['kind'] }): Promise<TicketRecord[]>;
  /** Published knowledge-base articles that answer a question, best first. */
  searchKnowledge: KnowledgeSearch;
}

/** Statuses that count toward frequency caps: the message went out, or is going out. */
export const COUNTED_STATUSES: readonly OutboundStatus[] = ['queued', 'sending', 'sent', 'delivered', 'read'];

/** Forward order of receipts: an update by provider id only moves a message to a higher rank. */
export const RECEIPT_RANK: Record<OutboundStatus, number> = {
  queued: 0,
  deferred: 0,
  sending: 1,
  sent: 2,
  failed: 3,
  delivered: 4,
  read: 5,
  suppressed: 6,
};
