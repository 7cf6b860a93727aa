/** An item waiting for its bulk call; `urgent` unless deferred. */
type Queued<I, O> = { item: I; resolve: (value: O) => void; reject: (err: unknown) => void; urgent: boolean };

/**
 * Groups calls into bulk calls, group-commit style: items wait while the previous bulk call runs, then go together
 * in the next one (at low load that is the very next turn of the event loop, so nothing waits for a timer). Under
 * load, concurrent requests share one database statement instead of each paying for its own — what lets the
 * embedded PGlite, which runs one statement at a time, keep up with Temporal.
 *
 * `inFlight` bulk calls may run at once (default 1, as PGlite runs one statement at a time). More than one was measured
 * on PostgreSQL (bench/api, December 2026) without a gain over the noise of a loaded machine, so the API keeps one;
 * the tests use several to play what two API processes do side by side.
 *
 * Each item succeeds or fails on its own: when a bulk call of several items fails, each item is run again alone, so
 * one bad item (a value the database refuses) fails only its own caller, never the others it happened to share a
 * statement with.
 *
 * @example
 * const byId = new MicroBatcher((ids: string[]) => loadMany(ids));
 * const [a, b] = await Promise.all([byId.add('a'), byId.add('b')]); // one loadMany(['a', 'b'])
 */
export class MicroBatcher<I, O> {
  private queue: Queued<I, O>[] = [];
  private scheduled = false;
  private running = 0;
  private lazy: ReturnType<typeof setTimeout> | null = null;
  /** Queued items added with `add` (those in a hurry). */
  private urgent = 0;
  /** The deferred items' time is up: they go in the next bulk call even with nothing urgent. */
  private due = false;

  constructor(
    private readonly run: (items: I[]) => Promise<O[]>,
    private readonly max = 500,
    private readonly inFlight = 1,
  ) {}

  /** Adds an item to the next bulk call and resolves with its result. */
  add(item: I): Promise<O> {
    return new Promise<O>((resolve, reject) => {
      this.queue.push({ item, resolve, reject, urgent: true });
      this.urgent += 1;
      this.schedule();
    });
  }

  /**
   * Adds an item that is in no hurry: it rides in the next bulk call that runs anyway, or in one of its own after
   * `withinMs` if none ran by then. Under load such items cost no statement of their own: a bulk call that ends with
   * only deferred items queued does not start another for them.
   */
  defer(item: I, withinMs: number): Promise<O> {
    return new Promise<O>((resolve, reject) => {
      this.queue.push({ item, resolve, reject, urgent: false });
      this.lazy ??= setTimeout(() => {
        this.lazy = null;
        this.due = true;
        this.schedule();
      }, withinMs);
    });
  }

  private schedule(): void {
    if (this.scheduled || this.running >= this.inFlight) return;
    this.scheduled = true;
    setImmediate(() => void this.flush());
  }

  /** After a failed bulk call: each item in a call of its own, one after the other. */
  private async runAlone(batch: Queued<I, O>[]) {
    for (const b of batch) {
      try {
        const [out] = await this.run([b.item]);
        b.resolve(out as O);
      } catch (err) {
        b.reject(err);
      }
    }
  }

  private async flush(): Promise<void> {
    this.scheduled = false;
    const batch = this.queue.splice(0, this.max);
    for (const b of batch) if (b.urgent) this.urgent -= 1;
    if (!this.queue.some((q) => !q.urgent)) {
      // Deferred items (if any) leave with this call: their timer has nothing left to flush.
      if (this.lazy) clearTimeout(this.lazy);
      this.lazy = null;
      this.due = false;
    }
    if (batch.length === 0) return;
    this.running += 1;
    try {
      const out = await this.run(batch.map((b) => b.item));
      for (const [i, b] of batch.entries()) b.resolve(out[i] as O);
    } catch (err) {
      if (batch.length === 1) batch[0]!.reject(err);
      else await this.runAlone(batch);
    } finally {
      this.running -= 1;
      if (this.urgent > 0 || (this.due && this.queue.length > 0)) this.schedule();
    }
  }
}
