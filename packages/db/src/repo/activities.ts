import {
  type ActivityCatalogEntry,
  activityRef,
  type ContractChange,
  canonicalJson,
  contractChanges,
  type Diagnostic,
  sha256Hex,
} from '@ruta/flow';
import { and, asc, eq, inArray, isNull, lt, sql } from 'drizzle-orm';
import type { Db } from '../db';
import {
  type ActivityCatalogRow,
  type ActivityFlagRow,
  activityCatalog,
  activityFlags,
  flows,
  flowVersions,
} from '../schema';

/** What happened to one entry of a publication: new, the same as before, or a changed contract. */
export interface CatalogWrite {
  entry: ActivityCatalogEntry;
  status: 'new' | 'unchanged' | 'changed';
  /** For `changed`: the incompatible changes from the previous contract (empty: a compatible change). */
  changes: ContractChange[];
}

/** The worker a publication comes from. */
export interface CatalogWorker {
  identity: string;
  taskQueue: string | null;
  sdk?: string;
}

/**
 * Stores what a worker serves: each entry is inserted, left as it is when its contract did not change (only `seen_at`
 * moves), or replaced, with the incompatible changes from the previous contract kept on the row. One transaction, rows
 * locked in name order so two workers publishing at once cannot interleave.
 */
export async function putCatalogEntries(
  db: Db,
  input: { worker: CatalogWorker; publishedBy: string | null; entries: readonly ActivityCatalogEntry[] },
): Promise<CatalogWrite[]> {
  const sorted = [...input.entries].sort((a, b) => a.name.localeCompare(b.name) || a.version - b.version);
  return db.transaction(async (tx) => {
    const out: CatalogWrite[] = [];
    const now = new Date();
    for (const entry of sorted) {
      const hash = sha256Hex(canonicalJson(entry));
      const [before] = await tx
        .select()
        .from(activityCatalog)
        .where(and(eq(activityCatalog.name, entry.name), eq(activityCatalog.version, entry.version)))
        .for('update');
      const common = { worker: input.worker, publishedBy: input.publishedBy, seenAt: now };
      if (!before) {
        await tx.insert(activityCatalog).values({
          name: entry.name,
          version: entry.version,
          entry,
          hash,
          taskQueue: entry.taskQueue,
          ...common,
          firstPublishedAt: now,
          changedAt: now,
        });
        out.push({ entry, status: 'new', changes: [] });
        continue;
      }
      const where = and(eq(activityCatalog.name, entry.name), eq(activityCatalog.version, entry.version));
      if (before.hash === hash) {
        await tx.update(activityCatalog).set(common).where(where);
        out.push({ entry, status: 'unchanged', changes: [] });
        continue;
      }
      const changes = contractChanges(before.entry, entry);
      await tx
        .update(activityCatalog)
        .set({ entry, hash, taskQueue: entry.taskQueue, changes, changedAt: now, ...common })
        .where(where);
      out.push({ entry, status: 'changed', changes });
    }
    return out;
  });
}

/** Every activity of the catalog, by name then version. */
export async function listActivityCatalog(db: Db): Promise<ActivityCatalogRow[]> {
  return db.select().from(activityCatalog).orderBy(asc(activityCatalog.name), asc(activityCatalog.version));
}

/**
 * A stamp that changes whenever the catalog's contracts do (an entry added or changed), so a process can keep the
 * catalog it compiled with until then.
 */
export async function catalogStamp(db: Db): Promise<string> {
  // The hashes themselves, not a count and a time: two changes within one clock tick still change the stamp.
  const [row] = await db
    .select({
      stamp: sql<
        string | null
      >`md5(string_agg(${activityCatalog.hash}, ',' order by ${activityCatalog.name}, ${activityCatalog.version}))`,
    })
    .from(activityCatalog);
  return row?.stamp ?? 'empty';
}

/** The version new journeys of each published flow take (flows not deleted), with its document and plan. */
export async function currentPublishedVersions(
  db: Db,
): Promise<{ flowId: string; version: number; document: object; plan: object }[]> {
  return db
    .select({
      flowId: flowVersions.flowId,
      version: flowVersions.version,
      document: flowVersions.document,
      plan: flowVersions.plan,
    })
    .from(flowVersions)
    .innerJoin(flows, and(eq(flows.id, flowVersions.flowId), eq(flows.currentVersion, flowVersions.version)))
    .where(eq(flows.deleted, false))
    .orderBy(asc(flowVersions.flowId));
}

/** A node a contract change affects, to flag. */
export interface NewActivityFlag {
  flowId: string;
  flowVersion: number;
  nodeId: string;
  changes: ContractChange[];
  diagnostics: Diagnostic[];
}

/**
 * Flags the published nodes an activity's incompatible change affects. The activity's flags from an earlier change
 * are resolved first (this change supersedes them), in the same transaction.
 */
export async function flagActivityUsers(
  db: Db,
  activity: string,
  flags: readonly NewActivityFlag[],
): Promise<ActivityFlagRow[]> {
  return db.transaction(async (tx) => {
    await tx
      .update(activityFlags)
      .set({ resolvedAt: new Date() })
      .where(and(eq(activityFlags.activity, activity), isNull(activityFlags.resolvedAt)));
    if (flags.length === 0) return [];
    return tx
      .insert(activityFlags)
      .values(flags.map((f) => ({ activity, ...f })))
      .returning();
  });
}

/** Open flags (not resolved), optionally of some activities or one flow, oldest first. */
export async function listOpenActivityFlags(
  db: Db,
  filter: { activities?: readonly string[]; flowId?: string } = {},
): Promise<ActivityFlagRow[]> {
  const conditions = [isNull(activityFlags.resolvedAt)];
  if (filter.activities) conditions.push(inArray(activityFlags.activity, [...filter.activities]));
  if (filter.flowId) conditions.push(eq(activityFlags.flowId, filter.flowId));
  return db
    .select()
    .from(activityFlags)
    .where(and(...conditions))
    .orderBy(asc(activityFlags.id));
}

/** Resolves a flow's open flags on versions before `version` (it was published again, against the current catalog). */
export async function resolveFlowFlags(db: Db, flowId: string, version: number): Promise<number> {
  const rows = await db
    .update(activityFlags)
    .set({ resolvedAt: sql`now()` })
    .where(
      and(eq(activityFlags.flowId, flowId), lt(activityFlags.flowVersion, version), isNull(activityFlags.resolvedAt)),
    )
    .returning({ id: activityFlags.id });
  return rows.length;
}

/** The reference (`name`, `name@2`) of a catalog row. */
export const catalogRef = (row: Pick<ActivityCatalogRow, 'name' | 'version'>): string =>
  activityRef(row.name, row.version);
