import { type Db, getVersion } from '@ruta/db';
import type { Plan } from '@ruta/flow';
import { type PlanWaits, planWaits } from '../lib/waits';

interface Entry {
  plan: Plan;
  waits: PlanWaits;
}

/**
 * Published plans by flow and version. Versions are immutable, so an entry never goes stale; the cache only
 * bounds its size (oldest entry out first).
 */
export class PlanCache {
  private readonly entries = new Map<string, Promise<Entry | null>>();

  constructor(
    private readonly db: Db,
    private readonly max = 500,
  ) {}

  /** The plan of a published version and what it waits for, or null if there is no such version. */
  get(flowId: string, version: number): Promise<Entry | null> {
    const key = `${flowId}@${version}`;
    let entry = this.entries.get(key);
    if (!entry) {
      entry = getVersion(this.db, flowId, version).then((row) => {
        if (!row) {
          this.entries.delete(key);
          return null;
        }
        const plan = row.plan as Plan;
        return { plan, waits: planWaits(plan) };
      });
      entry.catch(() => this.entries.delete(key));
      this.entries.set(key, entry);
      if (this.entries.size > this.max) this.entries.delete(this.entries.keys().next().value!);
    }
    return entry;
  }
}
