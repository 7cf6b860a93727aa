import { type Db, flows, flowVersions, queryRows, sql } from '@ruta/db';
import type { Plan } from '@ruta/flow';

/** A published flow whose trigger is a business event: the version new journeys take. */
export interface Trigger {
  flowId: string;
  version: number;
  plan: Plan;
}

/**
 * Which published flows start on which event type, kept in memory. It reloads when the flows table changed
 * (checked at most every `checkEveryMs`, and at once after a publish in this process), so a flow published
 * through another API process starts journeys here within a second.
 */
export class TriggerIndex {
  private byType = new Map<string, Trigger[]>();
  /** Event types some published version (current or older, journeys may still run on it) waits for. */
  private waited = new Set<string>();
  private stamp: string | null = null;
  private checkedAt = 0;
  private loading: Promise<void> | null = null;
  /** Bumped by invalidate(), so a reload that began before a publish does not count as fresh. */
  private generation = 0;

  constructor(
    private readonly db: Db,
    private readonly checkEveryMs = 1_000,
  ) {}

  /** Forgets what it knows (after a publish, rollback or delete). */
  invalidate(): void {
    this.stamp = null;
    this.checkedAt = 0;
    this.generation += 1;
  }

  /**
   * Whether any published version (current or not) has a wait for this event type; when none has, no running
   * journey can want the event and delivery is skipped without a query.
   */
  async isWaitedFor(eventType: string): Promise<boolean> {
    await this.matching(eventType);
    return this.waited.has(eventType);
  }

  /** The published flows whose trigger is `trigger.event` with this event type. */
  async matching(eventType: string): Promise<Trigger[]> {
    while (Date.now() - this.checkedAt >= this.checkEveryMs) {
      this.loading ??= this.refresh().finally(() => {
        this.loading = null;
      });
      await this.loading;
    }
    return this.byType.get(eventType) ?? [];
  }

  private async refresh(): Promise<void> {
    const generation = this.generation;
    const [row] = await queryRows<{ stamp: string }>(
      this.db,
      sql`select count(*)::text || '/' || coalesce(max(${flows.updatedAt})::text, '') as stamp from ${flows}`,
    );
    const stamp = row?.stamp ?? '';
    if (stamp !== this.stamp) {
      const rows = await this.db
        .select({ flowId: flowVersions.flowId, version: flowVersions.version, plan: flowVersions.plan })
        .from(flowVersions)
        .innerJoin(
          flows,
          sql`${flows.id} = ${flowVersions.flowId} and ${flows.currentVersion} = ${flowVersions.version}`,
        )
        .where(sql`${flows.deleted} = false and ${flows.archivedAt} is null`);
      const byType = new Map<string, Trigger[]>();
      for (const r of rows) {
        const plan = r.plan as Plan;
        if (plan.trigger.kind !== 'trigger.event') continue;
        const type = String(plan.trigger.params.eventType);
        byType.set(type, [...(byType.get(type) ?? []), { flowId: r.flowId, version: r.version, plan }]);
      }
      for (const list of byType.values()) list.sort((a, b) => a.flowId.localeCompare(b.flowId));
      const waited = await queryRows<{ type: string }>(
        this.db,
        sql`select distinct coalesce(n.value -> 'params' ->> 'eventType', o.value ->> 'eventType') as type
            from ${flowVersions} v
            cross join lateral jsonb_each(v.plan -> 'nodes') n
            left join lateral jsonb_array_elements(case when n.value ->> 'kind' = 'wait.first'
              then n.value -> 'params' -> 'options' else '[]'::jsonb end) o on true
            where n.value ->> 'kind' in ('wait.event', 'wait.first')`,
      );
      this.waited = new Set(
        waited.map((w) => w.type).filter((t): t is string => typeof t === 'string' && t !== 'reply'),
      );
      this.byType = byType;
      this.stamp = stamp;
    }
    if (generation === this.generation) this.checkedAt = Date.now();
  }
}
