import { createHash } from 'node:crypto';
import { link, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { CustomerProfile, StepRecord } from '@ruta/flow';
import { createRecord, readRecord, replaceRecord, withLock } from './record-files';
import {
  type CapLimit,
  type CapReached,
  COUNTED_STATUSES,
  type InboundMessage,
  type KnowledgeQuery,
  type KnowledgeSearch,
  type NewTicket,
  type OutboundMessage,
  type OutboundPatch,
  type OutboundStatus,
  RECEIPT_RANK,
  type TicketRecord,
  type TimelineEntry,
  type WorkerStore,
} from './types';

const fileName = (key: string) => `${createHash('sha256').update(key).digest('hex').slice(0, 40)}.json`;
/** How many files a listing reads at once. */
const READ_BATCH = 64;

/**
 * A store on the file system, safe across processes and crashes: a record is created with an exclusive hard link
 * of a fully written temp file (see record-files.ts), so two workers racing on one idempotency key write it once
 * and a worker killed mid-write leaves the whole record or none. It serves the engine's tests and the CLI; the
 * API's stack uses the database store with the same interface.
 */
export class FileStore implements WorkerStore {
  /** Directories already created, so a busy worker does not ask the file system again for each record. */
  private readonly made = new Set<string>();

  /**
   * @param options.knowledge how to search a knowledge base; without one the file store has none, so every
   *   question finds nothing (a bot node hands off). Tests pass a search over a real database here.
   */
  constructor(
    readonly dir: string,
    private readonly options: { knowledge?: KnowledgeSearch } = {},
  ) {}

  /** Plans by content (the claim check): `plans/<sha-256>.bin`, written once with an exclusive hard link. */
  async putPlanBlob(sha256: string, bytes: Uint8Array): Promise<void> {
    const dir = await this.ensure('plans');
    const path = join(dir, `${sha256}.bin`);
    const tmp = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
    await writeFile(tmp, bytes);
    try {
      await link(tmp, path);
    } catch (err) {
      // Another writer stored it first: the same hash holds the same bytes.
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    } finally {
      await rm(tmp, { force: true });
    }
  }

  async getPlanBlob(sha256: string): Promise<Uint8Array | undefined> {
    if (!/^[0-9a-f]{64}$/.test(sha256)) return undefined;
    try {
      return new Uint8Array(await readFile(join(this.dir, 'plans', `${sha256}.bin`)));
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw err;
    }
  }

  private async ensure(kind: string, sub = ''): Promise<string> {
    const path = join(this.dir, kind, sub);
    if (!this.made.has(path)) {
      await mkdir(path, { recursive: true });
      this.made.add(path);
    }
    return path;
  }

  /** Creates the record unless a whole one exists; returns whether this call created it. */
  private createOnce(path: string, value: unknown): Promise<boolean> {
    return createRecord(path, value);
  }

  /** Replaces a record atomically, so a reader never sees half of it. */
  private replace(path: string, value: unknown): Promise<void> {
    return replaceRecord(path, value);
  }

  private async readAll<T>(dir: string): Promise<T[]> {
    let names: string[];
    try {
      names = await readdir(dir);
    } catch {
      return [];
    }
    const out: T[] = [];
    const files = names.filter((name) => name.endsWith('.json'));
    // Reads in parallel, a bounded batch at a time (the thread pool does the work; order is kept).
    for (let i = 0; i < files.length; i += READ_BATCH) {
      const batch = await Promise.all(
        // A record left empty by an older version's crash reads as absent.
        files.slice(i, i + READ_BATCH).map((name) => readRecord<T>(join(dir, name))),
      );
      for (const item of batch) if (item !== undefined) out.push(item);
    }
    return out;
  }

  async recordSteps(steps: StepRecord[]): Promise<void> {
    await Promise.all(
      steps.map(async (step) => {
        const dir = await this.ensure('steps', fileName(step.journeyId).slice(0, 40));
        await this.createOnce(join(dir, `${String(step.seq).padStart(8, '0')}.json`), step);
      }),
    );
  }

  async listSteps(journeyId: string): Promise<StepRecord[]> {
    const steps = await this.readAll<StepRecord>(join(this.dir, 'steps', fileName(journeyId).slice(0, 40)));
    return steps.sort((a, b) => a.seq - b.seq);
  }

  claimOutbound(message: OutboundMessage): Promise<{ inserted: boolean; message: OutboundMessage }>;
  claimOutbound(
    message: OutboundMessage,
    options: { cap: CapLimit | null },
  ): Promise<{ inserted: boolean; message: OutboundMessage } | CapReached>;
  async claimOutbound(
    message: OutboundMessage,
    options?: { cap: CapLimit | null },
  ): Promise<{ inserted: boolean; message: OutboundMessage } | CapReached> {
    const cap = options?.cap;
    if (!cap) return this.claim(message);
    return this.underCap(message.customerId, message.idempotencyKey, cap, () => this.claim(message));
  }

  /**
   * Runs `write` holding the customer's cap lock (a lock file, so across processes too) unless their proactive
   * messages other than `key` already reach the cap: of two sends racing for the last slot, the second counts the
   * first.
   */
  private async underCap<T>(
    customerId: string,
    key: string,
    cap: CapLimit,
    write: () => Promise<T>,
  ): Promise<T | CapReached> {
    const lock = join(await this.ensure('cap-locks'), fileName(customerId));
    return withLock(lock, async () => {
      const counted = await this.countProactiveSends(customerId, cap.sinceMs, { excludeKey: key });
      return counted >= cap.atMost ? { capped: counted } : write();
    });
  }

  private async claim(message: OutboundMessage): Promise<{ inserted: boolean; message: OutboundMessage }> {
    const path = join(await this.ensure('outbox'), fileName(message.idempotencyKey));
    const stored: OutboundMessage = {
      ...message,
      history: message.history ?? [
        { status: message.status, ...(message.reason ? { reason: message.reason } : {}), at: message.createdAt },
      ],
    };
    if (await this.createOnce(path, stored)) {
      const byCustomer = await this.ensure('outbox-by-customer', fileName(message.customerId).slice(0, 40));
      await this.createOnce(join(byCustomer, fileName(message.idempotencyKey)), {
        idempotencyKey: message.idempotencyKey,
      });
      if (stored.providerMessageId) await this.indexProviderId(stored);
      return { inserted: true, message: stored };
    }
    // createOnce said a whole record is there (it repairs a broken one), so this read finds it.
    const existing = await readRecord<OutboundMessage>(path);
    if (!existing) throw new Error(`Outbox record ${message.idempotencyKey} vanished after it was claimed`);
    return { inserted: false, message: existing };
  }

  async getOutbound(key: string): Promise<OutboundMessage | undefined> {
    return readRecord<OutboundMessage>(join(this.dir, 'outbox', fileName(key)));
  }

  private applyPatch(current: OutboundMessage, patch: OutboundPatch): OutboundMessage {
    const at = new Date().toISOString();
    const { reason, ...rest } = patch;
    const next: OutboundMessage = { ...current, ...rest, updatedAt: at };
    if (reason === null) delete next.reason;
    else if (reason !== undefined) next.reason = reason;
    if (patch.status && patch.status !== 'deferred') delete next.retryAt;
    if (patch.status && patch.status !== current.status) {
      next.history = [
        ...(current.history ?? []),
        { status: patch.status, ...(patch.reason ? { reason: patch.reason } : {}), at },
      ];
    }
    return next;
  }

  transitionOutbound(key: string, from: OutboundStatus[], patch: OutboundPatch): Promise<OutboundMessage | undefined>;
  transitionOutbound(
    key: string,
    from: OutboundStatus[],
    patch: OutboundPatch,
    options: { cap: CapLimit | null },
  ): Promise<OutboundMessage | undefined | CapReached>;
  async transitionOutbound(
    key: string,
    from: OutboundStatus[],
    patch: OutboundPatch,
    options?: { cap: CapLimit | null },
  ): Promise<OutboundMessage | undefined | CapReached> {
    const cap = options?.cap;
    if (!cap) return this.transition(key, from, patch);
    const current = await this.getOutbound(key);
    if (!current) return undefined;
    return this.underCap(current.customerId, key, cap, () => this.transition(key, from, patch));
  }

  private async transition(
    key: string,
    from: OutboundStatus[],
    patch: OutboundPatch,
  ): Promise<OutboundMessage | undefined> {
    const path = join(await this.ensure('outbox'), fileName(key));
    const next = await withLock(path, async () => {
      const current = await this.getOutbound(key);
      if (!current || !from.includes(current.status)) return undefined;
      const updated = this.applyPatch(current, patch);
      await this.replace(path, updated);
      return updated;
    });
    if (next && patch.providerMessageId) await this.indexProviderId(next);
    return next;
  }

  async updateOutbound(key: string, patch: OutboundPatch): Promise<void> {
    const path = join(await this.ensure('outbox'), fileName(key));
    const next = await withLock(path, async () => {
      const current = await readRecord<OutboundMessage>(path);
      if (!current) throw new Error(`Outbox record ${key} does not exist`);
      const updated = this.applyPatch(current, patch);
      await this.replace(path, updated);
      return updated;
    });
    if (patch.providerMessageId) await this.indexProviderId(next);
  }

  /** Remembers which key a provider's message id belongs to, for delivery receipts. */
  private async indexProviderId(message: OutboundMessage): Promise<void> {
    const dir = await this.ensure('outbox-by-provider');
    const path = join(dir, fileName(`${message.provider}:${message.providerMessageId}`));
    await this.createOnce(path, { idempotencyKey: message.idempotencyKey });
  }

  async updateOutboundByProviderId(
    provider: string,
    providerMessageId: string,
    update: { status: OutboundStatus; reason?: string },
  ): Promise<{ updated: boolean; message: OutboundMessage | undefined }> {
    const path = join(this.dir, 'outbox-by-provider', fileName(`${provider}:${providerMessageId}`));
    const key = (await readRecord<{ idempotencyKey: string }>(path))?.idempotencyKey;
    if (!key) return { updated: false, message: undefined };
    const rank = RECEIPT_RANK[update.status];
    const lower = (Object.keys(RECEIPT_RANK) as OutboundStatus[]).filter(
      (s) => RECEIPT_RANK[s] < rank && s !== 'deferred' && s !== 'queued',
    );
    const moved = await this.transitionOutbound(key, lower, {
      status: update.status,
      ...(update.reason ? { reason: update.reason } : {}),
    });
    return moved ? { updated: true, message: moved } : { updated: false, message: await this.getOutbound(key) };
  }

  /** A customer's outbox rows, through the per-customer index (frequency caps read this on every send). */
  private async customerOutbound(customerId: string): Promise<OutboundMessage[]> {
    let names: string[];
    try {
      names = await readdir(join(this.dir, 'outbox-by-customer', fileName(customerId).slice(0, 40)));
    } catch {
      return [];
    }
    // An index entry has the outbox file's own name, so the rows are read directly.
    const rows: OutboundMessage[] = [];
    for (let i = 0; i < names.length; i += READ_BATCH) {
      const batch = await Promise.all(
        names.slice(i, i + READ_BATCH).map((name) => readRecord<OutboundMessage>(join(this.dir, 'outbox', name))),
      );
      for (const m of batch) if (m && m.customerId === customerId) rows.push(m);
    }
    return rows;
  }

  async listOutbound(filter: { customerId?: string; journeyId?: string } = {}): Promise<OutboundMessage[]> {
    const all = filter.customerId
      ? await this.customerOutbound(filter.customerId)
      : await this.readAll<OutboundMessage>(join(this.dir, 'outbox'));
    return all
      .filter(
        (m) =>
          (!filter.customerId || m.customerId === filter.customerId) &&
          (!filter.journeyId || m.journeyId === filter.journeyId),
      )
      .sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  }

  async countProactiveSends(customerId: string, sinceMs: number, options: { excludeKey?: string } = {}) {
    const mine = await this.listOutbound({ customerId });
    return mine.filter(
      (m) =>
        !m.transactional &&
        m.idempotencyKey !== options.excludeKey &&
        COUNTED_STATUSES.includes(m.status) &&
        Date.parse(sentAt(m)) >= sinceMs,
    ).length;
  }

  async putInbound(message: InboundMessage): Promise<{ inserted: boolean }> {
    const path = join(await this.ensure('inbox'), fileName(`${message.provider}:${message.providerMessageId}`));
    return { inserted: await this.createOnce(path, message) };
  }

  async listTimeline(customerId: string, options: { limit?: number } = {}): Promise<TimelineEntry[]> {
    const limit = Math.min(Math.max(options.limit ?? 50, 1), 1000);
    const inbound = (await this.readAll<InboundMessage>(join(this.dir, 'inbox'))).filter(
      (m) => m.customerId === customerId,
    );
    const entries: TimelineEntry[] = [
      ...(await this.listOutbound({ customerId })).map(
        (m): TimelineEntry => ({
          direction: 'out',
          channel: m.channel,
          provider: m.provider,
          text: m.text,
          ...(m.subject ? { subject: m.subject } : {}),
          status: m.status,
          ...(m.reason ? { reason: m.reason } : {}),
          journeyId: m.journeyId,
          at: sentAt(m),
        }),
      ),
      ...inbound.map(
        (m): TimelineEntry => ({
          direction: 'in',
          channel: m.channel,
          provider: m.provider,
          text: m.text,
          ...(m.subject ? { subject: m.subject } : {}),
          status: 'received',
          ...(m.journeyId ? { journeyId: m.journeyId } : {}),
          at: m.receivedAt,
        }),
      ),
    ];
    return entries.sort((a, b) => a.at.localeCompare(b.at)).slice(-limit);
  }

  async getCustomer(id: string): Promise<CustomerProfile | undefined> {
    return readRecord<CustomerProfile>(join(this.dir, 'customers', fileName(id)));
  }

  async findCustomer(by: 'id' | 'phone' | 'email', value: string): Promise<CustomerProfile | undefined> {
    if (by === 'id') return this.getCustomer(value);
    const all = await this.readAll<CustomerProfile>(join(this.dir, 'customers'));
    const norm = (v: string | undefined) => (by === 'email' ? v?.trim().toLowerCase() : v?.replace(/[^\d+]/g, ''));
    return all.find((c) => norm(c[by]) === norm(value));
  }

  async upsertCustomer(customer: CustomerProfile): Promise<void> {
    await this.replace(join(await this.ensure('customers'), fileName(customer.id)), customer);
  }

  async createTicket({ slaMs: _teamCalendarsAreTheDatabaseStores, ...ticket }: NewTicket): Promise<TicketRecord> {
    const now = new Date().toISOString();
    const id = `${ticket.kind === 'handoff' ? 'H' : 'T'}-${fileName(ticket.idempotencyKey).slice(0, 10).toUpperCase()}`;
    const record: TicketRecord = { ...ticket, id, notes: [], createdAt: now, updatedAt: now };
    const path = join(await this.ensure('tickets'), `${id}.json`);
    if (await this.createOnce(path, record)) return record;
    const existing = await readRecord<TicketRecord>(path);
    if (!existing) throw new Error(`Ticket ${id} vanished after it was created`);
    return existing;
  }

  async updateTicket(id: string, patch: Partial<Pick<TicketRecord, 'subject' | 'priority' | 'queue' | 'status'>>) {
    const current = await this.getTicket(id);
    if (!current) throw new Error(`Ticket ${id} does not exist`);
    const next = { ...current, ...patch, updatedAt: new Date().toISOString() };
    await this.replace(join(this.dir, 'tickets', `${id}.json`), next);
    return next;
  }

  async addNote(key: string, ticketId: string | null, customerId: string, text: string): Promise<{ id: string }> {
    const id = `note-${fileName(key).slice(0, 12)}`;
    const created = await this.createOnce(join(await this.ensure('notes'), `${id}.json`), {
      id,
      ticketId,
      customerId,
      text,
      at: new Date().toISOString(),
    });
    if (created && ticketId) {
      const ticket = await this.getTicket(ticketId);
      if (ticket) {
        ticket.notes.push({ id, text, at: new Date().toISOString() });
        await this.replace(join(this.dir, 'tickets', `${ticketId}.json`), ticket);
      }
    }
    return { id };
  }

  async getTicket(id: string): Promise<TicketRecord | undefined> {
    return readRecord<TicketRecord>(join(this.dir, 'tickets', `${id}.json`));
  }

  async searchKnowledge(query: KnowledgeQuery) {
    if (this.options.knowledge) return this.options.knowledge(query);
    return { lang: query.lang, query: query.text, terms: 0, hits: [] };
  }

  async listTickets(filter: { customerId?: string; kind?: TicketRecord['kind'] } = {}): Promise<TicketRecord[]> {
    const all = await this.readAll<TicketRecord>(join(this.dir, 'tickets'));
    return all.filter(
      (t) => (!filter.customerId || t.customerId === filter.customerId) && (!filter.kind || t.kind === filter.kind),
    );
  }
}

/** When a message went out (its first `sending`/`sent`), else when it was created. */
function sentAt(m: OutboundMessage): string {
  return m.history?.find((h) => h.status === 'sending' || h.status === 'sent')?.at ?? m.createdAt;
}
