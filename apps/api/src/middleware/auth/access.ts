import { customerHasTicketIn, type Db, reachOf } from '@ruta/db';
import type { Reach } from './permissions';
import type { Principal } from './principal';

/**
 * What the caller reaches with the permission a route needs, resolved from memberships on first use (once per
 * request). Routes over cases and customers ask it which queues they may show; `null` means everything.
 *
 * @example
 * const queues = await c.var.access.queues(); // null, or ['support', 'billing']
 * const rows = await listOpen(rt.db, queues ?? undefined);
 */
export class Access {
  private members: Promise<{ queues: string[]; teams: string[]; teamQueues: string[] }> | undefined;

  constructor(
    private readonly db: Db,
    readonly principal: Pick<Principal, 'kind' | 'id'>,
    readonly reach: Reach,
  ) {}

  /** Whether the grant reaches everything. */
  get all(): boolean {
    return this.reach.kind === 'all';
  }

  private load() {
    if (this.principal.kind !== 'user') return Promise.resolve({ queues: [], teams: [], teamQueues: [] });
    this.members ??= reachOf(this.db, this.principal.id);
    return this.members;
  }

  /** The queues whose cases the caller reaches: their own (agents) and their teams' (supervisors); null for all. */
  async queues(): Promise<string[] | null> {
    if (this.reach.kind === 'all') return null;
    const m = await this.load();
    return [...new Set([...(this.reach.own ? m.queues : []), ...(this.reach.team ? m.teamQueues : [])])].sort();
  }

  /** The teams whose members the caller reaches (supervisors); null for all. */
  async teams(): Promise<string[] | null> {
    if (this.reach.kind === 'all') return null;
    return this.reach.team ? (await this.load()).teams : [];
  }

  /** Whether a case in `queue` is within reach. */
  async reachesQueue(queue: string): Promise<boolean> {
    const queues = await this.queues();
    return queues === null || queues.includes(queue);
  }

  /** Whether a customer is within reach: everyone for `all`, else the customers of cases in the caller's queues. */
  async reachesCustomer(customerId: string): Promise<boolean> {
    const queues = await this.queues();
    return queues === null || customerHasTicketIn(this.db, customerId, queues);
  }
}
