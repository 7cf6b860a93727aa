import {
  type CaseEvent,
  caseChannel,
  type Database,
  type Db,
  getTicket,
  parseCaseEvent,
  queryRows,
  sql,
} from '@ruta/db';
import { ticketDto } from './serialize';

/** What a connected agent receives: the event and the case as it is now (null if it vanished meanwhile). */
export interface FeedMessage {
  event: CaseEvent;
  case: ReturnType<typeof ticketDto> | null;
}

/** One connected agent: which queues they reach (null: all) and how to send them a message. */
export interface FeedSubscriber {
  queues: ReadonlySet<string> | null;
  send(message: FeedMessage): void;
  /** The feed is closing (the process stops): end the connection. */
  end?(): void;
}

export interface CaseFeedOptions {
  /** How long before its deadline a case's SLA warning goes out. */
  warnMs: number;
  /** How often the SLA warning sweep looks (one query per API process, while anyone is connected). */
  sweepMs?: number;
  now?: () => Date;
  log?: (message: string, err?: unknown) => void;
}

/**
 * The live cases feed of one API process: one LISTEN on the database, fanned out in memory to every connected agent
 * whose queues the case is in, with the case read once per event (not once per agent). SLA warnings come from a
 * sweep this process runs while anyone listens, since nothing writes when a deadline draws near.
 */
export class CaseFeed {
  private readonly subscribers = new Set<FeedSubscriber>();
  private listening: Promise<() => Promise<void>> | null = null;
  private sweepTimer: NodeJS.Timeout | null = null;
  /** Cases already warned about, with the deadline warned of (a new deadline warns again). */
  private readonly warned = new Map<string, number>();
  private queue: Promise<void> = Promise.resolve();

  constructor(
    private readonly db: Db,
    private readonly source: Pick<Database, 'listen' | 'schema'>,
    private readonly options: CaseFeedOptions,
  ) {}

  /** How many agents are connected to this process. */
  get size(): number {
    return this.subscribers.size;
  }

  /** Adds a connected agent; resolves once the feed listens. The result removes them. */
  async subscribe(sub: FeedSubscriber): Promise<() => void> {
    this.subscribers.add(sub);
    if (!this.listening) {
      this.listening = this.source.listen(caseChannel(this.source.schema), (payload) => this.received(payload));
      this.listening.catch((err) => {
        this.options.log?.('The cases feed could not listen', err);
        this.listening = null;
      });
    }
    await this.listening;
    this.startSweep();
    return () => {
      this.subscribers.delete(sub);
      if (this.subscribers.size === 0) this.stopSweep();
    };
  }

  /** Stops listening (the process is closing). */
  async close(): Promise<void> {
    this.stopSweep();
    for (const s of this.subscribers) s.end?.();
    this.subscribers.clear();
    const stop = await this.listening?.catch(() => null);
    this.listening = null;
    await stop?.();
  }

  /** Delivers one event to every agent who reaches its queue (in order of arrival). */
  publish(event: CaseEvent): Promise<void> {
    this.queue = this.queue.then(() => this.fanOut(event)).catch((err) => this.options.log?.('Case event lost', err));
    return this.queue;
  }

  private received(payload: string): void {
    const event = parseCaseEvent(payload);
    if (event) void this.publish(event);
  }

  private async fanOut(event: CaseEvent): Promise<void> {
    const reached = [...this.subscribers].filter((s) => s.queues === null || s.queues.has(event.queue));
    if (reached.length === 0) return;
    const row = await getTicket(this.db, event.caseId);
    const message: FeedMessage = { event, case: row ? ticketDto(row) : null };
    for (const s of reached) {
      try {
        s.send(message);
      } catch (err) {
        this.options.log?.('A live connection refused a case event', err);
      }
    }
  }

  private startSweep(): void {
    if (this.sweepTimer) return;
    this.sweepTimer = setInterval(() => void this.sweep(), this.options.sweepMs ?? 30_000);
    this.sweepTimer.unref();
    void this.sweep();
  }

  private stopSweep(): void {
    if (this.sweepTimer) clearInterval(this.sweepTimer);
    this.sweepTimer = null;
  }

  /** Warns once per case (and deadline) whose SLA ends within the warning window. */
  async sweep(): Promise<number> {
    const now = (this.options.now ?? (() => new Date()))();
    const limit = new Date(now.getTime() + this.options.warnMs).toISOString();
    const rows = await queryRows<{ id: string; queue: string; customer_id: string; sla_deadline: string | Date }>(
      this.db,
      sql`select id, queue, customer_id, sla_deadline from tickets
          where kind = 'handoff' and status in ('open', 'pending') and sla_deadline <= ${limit}`,
    ).catch((err) => {
      this.options.log?.('The SLA warning sweep failed', err);
      return null;
    });
    if (!rows) return 0;
    // Forget cases that left the window (resolved, or a new deadline further away), so the map stays the size of
    // the window and a case that comes back into it warns again.
    const inWindow = new Set(rows.map((r) => r.id));
    for (const id of this.warned.keys()) if (!inWindow.has(id)) this.warned.delete(id);
    let sent = 0;
    for (const r of rows) {
      const deadline = new Date(r.sla_deadline).getTime();
      if (this.warned.get(r.id) === deadline) continue;
      this.warned.set(r.id, deadline);
      sent++;
      await this.publish({
        type: 'sla.warning',
        caseId: r.id,
        queue: r.queue,
        customerId: r.customer_id,
        at: now.toISOString(),
      });
    }
    return sent;
  }
}
