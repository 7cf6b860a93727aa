import {
  addNote,
  applySteps,
  type CapCheck,
  claimOutbound,
  createTicket,
  customerProfile,
  type Db,
  findCustomer,
  getCustomer,
  getPlanBlob,
  getSteps,
  getTicket,
  listTimeline,
  lockCapOfMessage,
  MESSAGE_STATUSES,
  type MessageRow,
  messages,
  putInbound,
  putPlanBlob,
  queryRows,
  STEP_TYPES,
  type StepInput,
  searchKb,
  sendContext,
  sql,
  type TicketRow,
  ticketNotes,
  tickets,
  updateTicket,
  upsertCustomer,
} from '@ruta/db';
import type { CustomerProfile, Json, StepRecord } from '@ruta/flow';
import { kbSearchOutput } from '../activities/kb';
import {
  type CapLimit,
  type CapReached,
  COUNTED_STATUSES,
  type InboundMessage,
  type KnowledgeQuery,
  type NewTicket,
  type OutboundEvent,
  type OutboundMessage,
  type OutboundPatch,
  type OutboundStatus,
  RECEIPT_RANK,
  type TicketRecord,
  type TimelineEntry,
  type WorkerStore,
} from './types';

type Channel = 'whatsapp' | 'sms' | 'email' | 'voice';
const CHANNELS = new Set<string>(['whatsapp', 'sms', 'email', 'voice']);

/**
 * Whether the database has a `wait` step type. Until it does, a wait is stored as a second `enter` row of the same
 * node and visit with `detail.wait = true` (the canvas counts visits, so nothing is counted twice, and "waiting
 * now" still means "the last step is an enter"); `listSteps` and the API turn it back into `wait`.
 */
const NATIVE_WAIT = (STEP_TYPES as readonly string[]).includes('wait');

function toStepInput(step: StepRecord): StepInput {
  const base = {
    journeyId: step.journeyId,
    seq: step.seq,
    nodeId: step.nodeId,
    kind: step.kind,
    visit: step.visit,
    port: step.port,
    at: step.at,
    status: step.status,
  };
  if (step.type === 'wait' && !NATIVE_WAIT) {
    const detail = step.detail && typeof step.detail === 'object' && !Array.isArray(step.detail) ? step.detail : {};
    return { ...base, type: 'enter', detail: { ...detail, wait: true } };
  }
  return {
    ...base,
    type: step.type as StepInput['type'],
    ...(step.detail !== undefined ? { detail: step.detail } : {}),
  };
}

function fromStepRow(row: Awaited<ReturnType<typeof getSteps>>[number]): StepRecord {
  const detail = row.detail as Json | null;
  const encodedWait =
    row.type === 'enter' &&
    detail !== null &&
    typeof detail === 'object' &&
    !Array.isArray(detail) &&
    detail.wait === true;
  let shown: Json | null = detail;
  if (encodedWait) {
    const { wait: _wait, ...rest } = detail as Record<string, Json>;
    shown = rest;
  }
  return {
    journeyId: row.journeyId,
    seq: row.seq,
    type: encodedWait ? 'wait' : (row.type as StepRecord['type']),
    nodeId: row.nodeId,
    kind: row.kind,
    visit: row.visit,
    port: row.port,
    at: row.at.getTime(),
    // The interpreter never ends a journey as terminated (only a person does, from outside): it reads as cancelled.
    status: row.status === 'terminated' ? 'cancelled' : row.status,
    ...(shown !== null ? { detail: shown } : {}),
  };
}

/**
 * Whether the database knows the `sending` status. Until it does, `sending` is stored as `queued` with
 * `metadata.sending = true` (still counted by frequency caps like `queued`), and read back as `sending`.
 */
const NATIVE_SENDING = (MESSAGE_STATUSES as readonly string[]).includes('sending');

type DbMessageStatus = MessageRow['status'];
type Meta = { to?: string; history?: OutboundEvent[]; retryAt?: number; sending?: boolean; [k: string]: unknown };

/** The outbox status a row stands for. */
function statusOf(row: MessageRow): OutboundStatus {
  const meta = row.metadata as Meta;
  if (row.status === 'queued' && meta.sending === true) return 'sending';
  return row.status === 'received' ? 'delivered' : (row.status as OutboundStatus);
}

/** How a status is stored: the column value and whether the `sending` flag is set. */
function storedStatus(status: OutboundStatus): { status: DbMessageStatus; sending: boolean } {
  if (status === 'sending' && !NATIVE_SENDING) return { status: 'queued', sending: true };
  return { status: status as DbMessageStatus, sending: false };
}

function toOutbound(row: MessageRow): OutboundMessage {
  const meta = row.metadata as Meta;
  return {
    idempotencyKey: row.idempotencyKey ?? '',
    journeyId: row.journeyId ?? '',
    nodeId: row.nodeId ?? '',
    customerId: row.customerId,
    ...(row.flowId ? { flowId: row.flowId } : {}),
    channel: row.channel,
    provider: row.provider ?? '',
    to: meta.to ?? '',
    text: row.body ?? '',
    ...(row.subject ? { subject: row.subject } : {}),
    status: statusOf(row),
    ...(row.statusReason ? { reason: row.statusReason } : {}),
    ...(row.providerMessageId ? { providerMessageId: row.providerMessageId } : {}),
    transactional: row.transactional,
    ...(meta.retryAt !== undefined ? { retryAt: meta.retryAt } : {}),
    history: meta.history ?? [],
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** The first moment a message went (or started going) out: what frequency caps count by. */
const SENT_LIKE = new Set<OutboundStatus>(['sending', 'sent', 'delivered', 'read']);

/** The column values of a patched outbox message (history appended when the status changes). */
function patchRow(current: MessageRow, patch: OutboundPatch) {
  const meta = { ...(current.metadata as Meta) };
  const was = statusOf(current);
  const now = new Date();
  const next = patch.status ?? was;
  if (patch.status && patch.status !== was) {
    meta.history = [
      ...(meta.history ?? []),
      { status: patch.status, ...(patch.reason ? { reason: patch.reason } : {}), at: now.toISOString() },
    ];
  }
  if (patch.to !== undefined) meta.to = patch.to;
  if (patch.retryAt !== undefined) meta.retryAt = patch.retryAt;
  if (patch.status && patch.status !== 'deferred') delete meta.retryAt;
  const stored = storedStatus(next);
  if (stored.sending) meta.sending = true;
  else delete meta.sending;
  return {
    status: stored.status,
    metadata: meta as { [key: string]: Json },
    updatedAt: now,
    ...(patch.reason !== undefined ? { statusReason: patch.reason } : {}),
    ...(patch.providerMessageId !== undefined ? { providerMessageId: patch.providerMessageId } : {}),
    ...(patch.channel !== undefined && CHANNELS.has(patch.channel) ? { channel: patch.channel as Channel } : {}),
    ...(patch.provider !== undefined ? { provider: patch.provider } : {}),
    ...(SENT_LIKE.has(next) && !current.sentAt ? { sentAt: now } : {}),
  };
}

/** The column values a status list stands for (for a `status in (…)` condition; needs the native `sending`). */
function storedStatuses(statuses: OutboundStatus[]): DbMessageStatus[] {
  return [
    ...new Set(statuses.flatMap((st): DbMessageStatus[] => (st === 'delivered' ? ['delivered', 'received'] : [st]))),
  ];
}

/**
 * `patchRow` as SQL over the row being updated, for a single-statement update: the history grows when the status
 * changes, `to` and `retryAt` are set in the metadata (`retryAt` dropped once the message leaves `deferred`), and
 * `sent_at` is set once, when the message first goes out. Needs the native `sending` status.
 */
function patchSql(patch: OutboundPatch) {
  const now = new Date();
  const at = now.toISOString();
  const dropRetry = patch.status !== undefined && patch.status !== 'deferred';
  const extra: Record<string, Json> = {
    ...(patch.to !== undefined ? { to: patch.to } : {}),
    ...(patch.retryAt !== undefined && !dropRetry ? { retryAt: patch.retryAt } : {}),
  };
  const base = dropRetry
    ? sql`(${messages.metadata} - 'sending' - 'retryAt')`
    : sql`(${messages.metadata} - 'sending')`;
  const history = patch.status
    ? sql`case when ${messages.status} <> ${patch.status} then jsonb_build_object('history', coalesce(${messages.metadata}->'history', '[]'::jsonb) || ${JSON.stringify([{ status: patch.status, ...(patch.reason ? { reason: patch.reason } : {}), at }])}::jsonb) else '{}'::jsonb end`
    : sql`'{}'::jsonb`;
  return {
    ...(patch.status ? { status: patch.status as DbMessageStatus } : {}),
    metadata: sql`${base} || ${JSON.stringify(extra)}::jsonb || ${history}`,
    updatedAt: now,
    ...(patch.reason !== undefined ? { statusReason: patch.reason } : {}),
    ...(patch.providerMessageId !== undefined ? { providerMessageId: patch.providerMessageId } : {}),
    ...(patch.channel !== undefined && CHANNELS.has(patch.channel) ? { channel: patch.channel as Channel } : {}),
    ...(patch.provider !== undefined ? { provider: patch.provider } : {}),
    ...(patch.status && SENT_LIKE.has(patch.status)
      ? { sentAt: sql`coalesce(${messages.sentAt}, ${at}::timestamptz)` }
      : {}),
  };
}

/** The column values the statuses counted by frequency caps are stored as. */
const COUNTED_STORED = [...new Set(COUNTED_STATUSES.map((st) => storedStatus(st).status))];

/** A cap as the database checks it. */
const capCheck = (cap: CapLimit): CapCheck => ({
  since: new Date(cap.sinceMs),
  atMost: cap.atMost,
  statuses: COUNTED_STORED,
});

/**
 * Compare-and-set in one UPDATE (the row is locked for the statement), so two racing attempts never both move a
 * message out of `queued`. The send path does this per message, so it is one round trip, not a transaction.
 */
async function transition(
  db: Db,
  key: string,
  from: OutboundStatus[],
  patch: OutboundPatch,
): Promise<OutboundMessage | undefined> {
  if (NATIVE_SENDING) {
    const [updated] = await db
      .update(messages)
      .set(patchSql(patch))
      .where(sql`${messages.idempotencyKey} = ${key} and ${messages.status} in ${storedStatuses(from)}`)
      .returning();
    return updated ? toOutbound(updated) : undefined;
  }
  return db.transaction(async (tx) => {
    const [row] = await tx.select().from(messages).where(sql`${messages.idempotencyKey} = ${key}`).for('update');
    if (!row || !from.includes(statusOf(row))) return undefined;
    const [updated] = await tx
      .update(messages)
      .set(patchRow(row, patch))
      .where(sql`${messages.id} = ${row.id}`)
      .returning();
    return updated ? toOutbound(updated) : undefined;
  });
}

/** The SDK's ticket statuses (`solved`) and the database's (`resolved`, `closed`). */
const toDbStatus = (s: string) => (s === 'solved' ? 'resolved' : (s as 'open' | 'pending' | 'resolved' | 'closed'));
const fromDbStatus = (s: string) => (s === 'resolved' || s === 'closed' ? 'solved' : s);
const PRIORITIES = new Set(['low', 'normal', 'high', 'urgent']);

async function toTicket(db: Db, row: TicketRow): Promise<TicketRecord> {
  const notes = await db
    .select()
    .from(ticketNotes)
    .where(sql`${ticketNotes.ticketId} = ${row.id}`)
    .orderBy(ticketNotes.id);
  const detail = row.detail as { context?: Record<string, unknown> };
  return {
    id: row.id,
    idempotencyKey: row.idempotencyKey ?? '',
    customerId: row.customerId,
    journeyId: row.journeyId ?? '',
    kind: row.kind === 'handoff' ? 'handoff' : 'ticket',
    subject: row.subject ?? '',
    queue: row.queue,
    priority: row.priority,
    status: fromDbStatus(row.status),
    ...(row.slaDeadline ? { slaDeadline: row.slaDeadline.toISOString() } : {}),
    ...(detail.context ? { context: detail.context } : {}),
    notes: notes.map((n) => ({ id: String(n.id), text: n.body, at: n.createdAt.toISOString() })),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/**
 * The worker's store on Ruta's database (PGlite or PostgreSQL): journey steps go to `journey_steps` (so the API
 * lists journeys and canvas counts without Temporal visibility), sends to the message timeline under their
 * idempotency key (at most once), handoffs and CRM tickets to `tickets`. Same interface as the FileStore.
 */
export class DbStore implements WorkerStore {
  constructor(readonly db: Db) {}

  putPlanBlob(sha256: string, bytes: Uint8Array): Promise<void> {
    return putPlanBlob(this.db, sha256, bytes);
  }

  getPlanBlob(sha256: string): Promise<Uint8Array | undefined> {
    return getPlanBlob(this.db, sha256);
  }

  async recordSteps(steps: StepRecord[]): Promise<void> {
    await applySteps(this.db, steps.map(toStepInput));
  }

  async listSteps(journeyId: string): Promise<StepRecord[]> {
    return (await getSteps(this.db, journeyId)).map(fromStepRow);
  }

  claimOutbound(message: OutboundMessage): Promise<{ inserted: boolean; message: OutboundMessage }>;
  claimOutbound(
    message: OutboundMessage,
    options: { cap: CapLimit | null },
  ): Promise<{ inserted: boolean; message: OutboundMessage } | CapReached>;
  /** One statement (`ruta_claim_outbound`); with a cap, the count and the insert hold the customer's cap lock. */
  async claimOutbound(
    message: OutboundMessage,
    options?: { cap: CapLimit | null },
  ): Promise<{ inserted: boolean; message: OutboundMessage } | CapReached> {
    const stored = storedStatus(message.status);
    const history = message.history ?? [
      { status: message.status, ...(message.reason ? { reason: message.reason } : {}), at: message.createdAt },
    ];
    const initial =
      stored.status === 'queued' ||
      stored.status === 'sending' ||
      stored.status === 'sent' ||
      stored.status === 'failed' ||
      stored.status === 'suppressed' ||
      stored.status === 'deferred'
        ? stored.status
        : 'sent';
    const claim = await claimOutbound(
      this.db,
      {
        idempotencyKey: message.idempotencyKey,
        customerId: message.customerId,
        channel: CHANNELS.has(message.channel) ? (message.channel as Channel) : 'whatsapp',
        provider: message.provider,
        providerMessageId: message.providerMessageId ?? null,
        journeyId: message.journeyId || null,
        flowId: message.flowId ?? null,
        nodeId: message.nodeId || null,
        body: message.text,
        subject: message.subject ?? null,
        status: initial,
        statusReason: message.reason ?? null,
        transactional: message.transactional ?? false,
        metadata: {
          to: message.to,
          history: history as unknown as Json,
          ...(message.retryAt !== undefined ? { retryAt: message.retryAt } : {}),
          ...(stored.sending ? { sending: true } : {}),
        },
      },
      options?.cap ? capCheck(options.cap) : null,
    );
    if (claim.outcome === 'capped') return { capped: claim.counted };
    return { inserted: claim.outcome === 'inserted', message: toOutbound(claim.message) };
  }

  async getOutbound(key: string): Promise<OutboundMessage | undefined> {
    const [row] = await this.db.select().from(messages).where(sql`${messages.idempotencyKey} = ${key}`);
    return row ? toOutbound(row) : undefined;
  }

  /** Compare-and-set in one UPDATE (see `transition`). */
  transitionOutbound(key: string, from: OutboundStatus[], patch: OutboundPatch): Promise<OutboundMessage | undefined>;
  transitionOutbound(
    key: string,
    from: OutboundStatus[],
    patch: OutboundPatch,
    options: { cap: CapLimit | null },
  ): Promise<OutboundMessage | undefined | CapReached>;
  /** With a cap: a transaction that takes the customer's cap lock, counts, then moves the row (a retry's path). */
  async transitionOutbound(
    key: string,
    from: OutboundStatus[],
    patch: OutboundPatch,
    options?: { cap: CapLimit | null },
  ): Promise<OutboundMessage | undefined | CapReached> {
    const cap = options?.cap;
    if (!cap) return transition(this.db, key, from, patch);
    return this.db.transaction(async (tx) => {
      const counted = await lockCapOfMessage(tx, key, capCheck(cap));
      if (counted === undefined) return undefined;
      if (counted >= cap.atMost) return { capped: counted };
      return transition(tx, key, from, patch);
    });
  }

  async updateOutbound(key: string, patch: OutboundPatch): Promise<void> {
    await this.db.transaction(async (tx) => {
      const [row] = await tx.select().from(messages).where(sql`${messages.idempotencyKey} = ${key}`).for('update');
      if (!row) throw new Error(`No outbound message with key ${key}`);
      await tx.update(messages).set(patchRow(row, patch)).where(sql`${messages.id} = ${row.id}`);
    });
  }

  async updateOutboundByProviderId(
    provider: string,
    providerMessageId: string,
    update: { status: OutboundStatus; reason?: string },
  ): Promise<{ updated: boolean; message: OutboundMessage | undefined }> {
    return this.db.transaction(async (tx) => {
      const [row] = await tx
        .select()
        .from(messages)
        .where(
          sql`${messages.provider} = ${provider} and ${messages.providerMessageId} = ${providerMessageId} and ${messages.direction} = 'out'`,
        )
        .for('update');
      if (!row) return { updated: false, message: undefined };
      const current = statusOf(row);
      const moves =
        current !== 'queued' && current !== 'deferred' && RECEIPT_RANK[current] < RECEIPT_RANK[update.status];
      if (!moves) return { updated: false, message: toOutbound(row) };
      const patch: OutboundPatch = { status: update.status, ...(update.reason ? { reason: update.reason } : {}) };
      const [updated] = await tx
        .update(messages)
        .set(patchRow(row, patch))
        .where(sql`${messages.id} = ${row.id}`)
        .returning();
      return { updated: true, message: updated ? toOutbound(updated) : undefined };
    });
  }

  async listOutbound(filter: { customerId?: string; journeyId?: string } = {}): Promise<OutboundMessage[]> {
    const rows = await this.db
      .select()
      .from(messages)
      .where(
        sql`${messages.direction} = 'out'
          ${filter.customerId ? sql`and ${messages.customerId} = ${filter.customerId}` : sql``}
          ${filter.journeyId ? sql`and ${messages.journeyId} = ${filter.journeyId}` : sql``}`,
      )
      .orderBy(messages.createdAt, messages.id);
    return rows.map(toOutbound);
  }

  async countProactiveSends(
    customerId: string,
    sinceMs: number,
    options: { excludeKey?: string; atMost?: number } = {},
  ): Promise<number> {
    // A range of messages_caps_sent_idx (same expression, same partial condition), stopped at `atMost` rows.
    const [row] = await queryRows<{ n: number }>(
      this.db,
      sql`select count(*)::int as n from (
        select 1 from ${messages}
        where ${messages.customerId} = ${customerId} and ${messages.direction} = 'out' and ${messages.transactional} = false
          and coalesce(${messages.sentAt}, ${messages.createdAt}) >= ${new Date(sinceMs).toISOString()}::timestamptz
          and ${messages.status} in ${COUNTED_STORED}
          ${options.excludeKey ? sql`and ${messages.idempotencyKey} <> ${options.excludeKey}` : sql``}
        ${options.atMost !== undefined ? sql`limit ${options.atMost}` : sql``}
      ) capped`,
    );
    return Number(row?.n ?? 0);
  }

  async readForSend(key: string, customerId: string) {
    const read = await sendContext(this.db, { key, customerId });
    return {
      existing: read.message ? toOutbound(read.message) : undefined,
      customer: read.customer && !read.customer.erasedAt ? customerProfile(read.customer) : undefined,
    };
  }

  async putInbound(message: InboundMessage): Promise<{ inserted: boolean }> {
    const { inserted } = await putInbound(this.db, {
      customerId: message.customerId,
      channel: CHANNELS.has(message.channel) ? (message.channel as Channel) : 'whatsapp',
      provider: message.provider,
      providerMessageId: message.providerMessageId,
      journeyId: message.journeyId ?? null,
      body: message.text,
      subject: message.subject ?? null,
      receivedAt: message.receivedAt,
      metadata: { from: message.from },
    });
    return { inserted };
  }

  async listTimeline(customerId: string, options: { limit?: number } = {}): Promise<TimelineEntry[]> {
    const rows = await listTimeline(this.db, customerId, { limit: options.limit ?? 50 });
    return rows.map(
      (row): TimelineEntry => ({
        direction: row.direction,
        channel: row.channel,
        provider: row.provider ?? '',
        text: row.body ?? '',
        ...(row.subject ? { subject: row.subject } : {}),
        status: row.direction === 'in' ? 'received' : statusOf(row),
        ...(row.statusReason ? { reason: row.statusReason } : {}),
        ...(row.journeyId ? { journeyId: row.journeyId } : {}),
        at: (row.direction === 'out' ? (row.sentAt ?? row.createdAt) : row.createdAt).toISOString(),
      }),
    );
  }

  async getCustomer(id: string): Promise<CustomerProfile | undefined> {
    const row = await getCustomer(this.db, id);
    return row && !row.erasedAt ? customerProfile(row) : undefined;
  }

  async findCustomer(by: 'id' | 'phone' | 'email', value: string): Promise<CustomerProfile | undefined> {
    try {
      const row = await findCustomer(
        this.db,
        by === 'id' ? { id: value } : by === 'phone' ? { phone: value } : { email: value },
      );
      return row && !row.erasedAt ? customerProfile(row) : undefined;
    } catch {
      // Not a phone number or email address at all: nobody has it.
      return undefined;
    }
  }

  async upsertCustomer(customer: CustomerProfile): Promise<void> {
    await upsertCustomer(this.db, {
      id: customer.id,
      ...(customer.name !== undefined ? { name: customer.name } : {}),
      ...(customer.email !== undefined ? { email: customer.email } : {}),
      ...(customer.phone !== undefined ? { phone: customer.phone } : {}),
      ...(customer.locale !== undefined ? { locale: customer.locale } : {}),
      ...(customer.timeZone !== undefined ? { timeZone: customer.timeZone } : {}),
      ...(customer.tier !== undefined ? { tier: customer.tier } : {}),
      ...(customer.tags !== undefined ? { tags: customer.tags } : {}),
      ...(customer.consent !== undefined ? { consent: customer.consent } : {}),
      ...(customer.attributes !== undefined ? { attributes: customer.attributes } : {}),
    });
  }

  async createTicket(ticket: NewTicket): Promise<TicketRecord> {
    const { inserted, ticket: row } = await createTicket(this.db, {
      idempotencyKey: ticket.idempotencyKey,
      kind: ticket.kind === 'handoff' ? 'handoff' : 'crm',
      customerId: ticket.customerId,
      journeyId: ticket.journeyId || null,
      nodeId: ticket.idempotencyKey.split(':').at(-2) ?? null,
      queue: ticket.queue,
      priority: PRIORITIES.has(ticket.priority) ? (ticket.priority as 'normal') : 'normal',
      subject: ticket.subject,
      slaDeadline: ticket.slaDeadline ?? null,
      slaMs: ticket.slaMs ?? null,
      detail: ticket.context ? { context: ticket.context as Record<string, Json> } : {},
    });
    let stored = row;
    if (inserted && ticket.status && toDbStatus(ticket.status) !== row.status) {
      stored = (await updateTicket(this.db, row.id, { status: toDbStatus(ticket.status) })) ?? row;
    }
    return toTicket(this.db, stored);
  }

  async updateTicket(
    id: string,
    patch: Partial<Pick<TicketRecord, 'subject' | 'priority' | 'queue' | 'status'>>,
  ): Promise<TicketRecord> {
    const row = await updateTicket(this.db, id, {
      ...(patch.subject !== undefined ? { subject: patch.subject } : {}),
      ...(patch.priority !== undefined && PRIORITIES.has(patch.priority)
        ? { priority: patch.priority as 'normal' }
        : {}),
      ...(patch.queue !== undefined ? { queue: patch.queue } : {}),
      ...(patch.status !== undefined ? { status: toDbStatus(patch.status) } : {}),
    });
    if (!row) throw new Error(`Ticket ${id} does not exist`);
    return toTicket(this.db, row);
  }

  /**
   * A note, once per key (the key is kept as the note's author, so a retried activity finds it). A note without a
   * ticket goes on the customer's closed `notes` ticket, so it is kept and shows up in the customer's export.
   */
  async addNote(key: string, ticketId: string | null, customerId: string, text: string): Promise<{ id: string }> {
    const author = `journey:${key}`.slice(0, 200);
    const target =
      ticketId ??
      (
        await createTicket(this.db, {
          idempotencyKey: `notes:${customerId}`,
          kind: 'crm',
          customerId,
          queue: 'notes',
          subject: 'Notes',
        })
      ).ticket.id;
    const [existing] = await this.db
      .select({ id: ticketNotes.id })
      .from(ticketNotes)
      .where(sql`${ticketNotes.ticketId} = ${target} and ${ticketNotes.author} = ${author}`);
    if (existing) return { id: String(existing.id) };
    const note = await addNote(this.db, target, { author, body: text });
    if (!ticketId) await updateTicket(this.db, target, { status: 'closed' });
    return { id: String(note.id) };
  }

  async getTicket(id: string): Promise<TicketRecord | undefined> {
    const row = await getTicket(this.db, id);
    return row ? toTicket(this.db, row) : undefined;
  }

  async searchKnowledge(query: KnowledgeQuery) {
    return kbSearchOutput(await searchKb(this.db, query));
  }

  async listTickets(filter: { customerId?: string; kind?: TicketRecord['kind'] } = {}): Promise<TicketRecord[]> {
    const kind = filter.kind === undefined ? undefined : filter.kind === 'handoff' ? 'handoff' : 'crm';
    const rows = await this.db
      .select()
      .from(tickets)
      .where(
        sql`true
          ${filter.customerId ? sql`and ${tickets.customerId} = ${filter.customerId}` : sql``}
          ${kind ? sql`and ${tickets.kind} = ${kind}` : sql``}`,
      )
      .orderBy(tickets.createdAt, tickets.id);
    return Promise.all(rows.map((r) => toTicket(this.db, r)));
  }
}
