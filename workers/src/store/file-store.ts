import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { CustomerProfile, StepRecord } from '@ruta/flow';
import type { OutboundMessage, TicketRecord, WorkerStore } from './types';

const fileName = (key: string) => `${createHash('sha256').update(key).digest('hex').slice(0, 40)}.json`;

/**
 * A store on the file system, safe across processes: a record is created with an exclusive open (`wx`), so
 * two workers racing on one idempotency key write it once. It serves the engine's tests and the CLI; the
 * API's stack uses the database store with the same interface.
 */
export class FileStore implements WorkerStore {
  constructor(readonly dir: string) {}

  private async ensure(kind: string, sub = ''): Promise<string> {
    const path = join(this.dir, kind, sub);
    await mkdir(path, { recursive: true });
    return path;
  }

  /** Creates the file unless it exists; returns whether this call created it. */
  private async createOnce(path: string, value: unknown): Promise<boolean> {
    try {
      await writeFile(path, JSON.stringify(value), { flag: 'wx' });
      return true;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'EEXIST') return false;
      throw err;
    }
  }

  /** Replaces a file atomically (write then rename), so a reader never sees half a record. */
  private async replace(path: string, value: unknown): Promise<void> {
    const tmp = `${path}.${process.pid}.${Date.now()}.tmp`;
    await writeFile(tmp, JSON.stringify(value));
    await rename(tmp, path);
  }

  private async readAll<T>(dir: string): Promise<T[]> {
    let names: string[];
    try {
      names = await readdir(dir);
    } catch {
      return [];
    }
    const out: T[] = [];
    for (const name of names) {
      if (!name.endsWith('.json')) continue;
      try {
        out.push(JSON.parse(await readFile(join(dir, name), 'utf8')) as T);
      } catch {
        // A file being replaced right now: the next read sees it whole.
      }
    }
    return out;
  }

  async recordSteps(steps: StepRecord[]): Promise<void> {
    for (const step of steps) {
      const dir = await this.ensure('steps', fileName(step.journeyId).slice(0, 40));
      await this.createOnce(join(dir, `${String(step.seq).padStart(8, '0')}.json`), step);
    }
  }

  async listSteps(journeyId: string): Promise<StepRecord[]> {
    const steps = await this.readAll<StepRecord>(join(this.dir, 'steps', fileName(journeyId).slice(0, 40)));
    return steps.sort((a, b) => a.seq - b.seq);
  }

  async claimOutbound(message: OutboundMessage): Promise<{ inserted: boolean; message: OutboundMessage }> {
    const path = join(await this.ensure('outbox'), fileName(message.idempotencyKey));
    if (await this.createOnce(path, message)) return { inserted: true, message };
    return { inserted: false, message: JSON.parse(await readFile(path, 'utf8')) as OutboundMessage };
  }

  async updateOutbound(key: string, patch: Partial<Pick<OutboundMessage, 'status' | 'reason' | 'providerMessageId'>>) {
    const path = join(await this.ensure('outbox'), fileName(key));
    const current = JSON.parse(await readFile(path, 'utf8')) as OutboundMessage;
    await this.replace(path, { ...current, ...patch, updatedAt: new Date().toISOString() });
  }

  async listOutbound(filter: { customerId?: string; journeyId?: string } = {}): Promise<OutboundMessage[]> {
    const all = await this.readAll<OutboundMessage>(join(this.dir, 'outbox'));
    return all
      .filter(
        (m) =>
          (!filter.customerId || m.customerId === filter.customerId) &&
          (!filter.journeyId || m.journeyId === filter.journeyId),
      )
      .sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  }

  async getCustomer(id: string): Promise<CustomerProfile | undefined> {
    try {
      return JSON.parse(await readFile(join(this.dir, 'customers', fileName(id)), 'utf8')) as CustomerProfile;
    } catch {
      return undefined;
    }
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

  async createTicket(ticket: Omit<TicketRecord, 'id' | 'notes' | 'createdAt' | 'updatedAt'>): Promise<TicketRecord> {
    const now = new Date().toISOString();
    const id = `${ticket.kind === 'handoff' ? 'H' : 'T'}-${fileName(ticket.idempotencyKey).slice(0, 10).toUpperCase()}`;
    const record: TicketRecord = { ...ticket, id, notes: [], createdAt: now, updatedAt: now };
    const path = join(await this.ensure('tickets'), `${id}.json`);
    if (await this.createOnce(path, record)) return record;
    return JSON.parse(await readFile(path, 'utf8')) as TicketRecord;
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
    try {
      return JSON.parse(await readFile(join(this.dir, 'tickets', `${id}.json`), 'utf8')) as TicketRecord;
    } catch {
      return undefined;
    }
  }

  async listTickets(filter: { customerId?: string; kind?: TicketRecord['kind'] } = {}): Promise<TicketRecord[]> {
    const all = await this.readAll<TicketRecord>(join(this.dir, 'tickets'));
    return all.filter(
      (t) => (!filter.customerId || t.customerId === filter.customerId) && (!filter.kind || t.kind === filter.kind),
    );
  }
}
