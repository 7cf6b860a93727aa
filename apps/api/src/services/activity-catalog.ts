import type { Db } from '@ruta/db';
import {
  type ActivityCatalogRow,
  type ActivityFlagRow,
  catalogStamp,
  currentPublishedVersions,
  flagActivityUsers,
  listActivityCatalog,
  type NewActivityFlag,
  putCatalogEntries,
} from '@ruta/db';
import {
  type ActivityCatalogEntry,
  activityRef,
  type CompileOptions,
  type ContractChange,
  type CustomActivitySpec,
  compile,
  compilerSpecs,
  type FlowDocument,
  migrateDocument,
} from '@ruta/flow';

/** What a worker publishes (validated at the route by the SDK's `CatalogPublication`). */
export interface Publication {
  worker: { identity: string; taskQueue: string | null; sdk?: string };
  activities: ActivityCatalogEntry[];
}

/** What a publication did: each activity's status, and the published nodes its incompatible changes flagged. */
export interface PublicationResult {
  activities: {
    ref: string;
    status: 'new' | 'unchanged' | 'changed';
    compatible: boolean;
    changes: ContractChange[];
  }[];
  flags: ActivityFlagRow[];
}

/**
 * The activity catalog as the API knows it: read from the store (workers publish to it), never from worker code. It is
 * reloaded when the store's catalog changed (a stamp over the contracts' hashes, one small query), so an activity a
 * new worker publishes is compiled against by every API process without a restart.
 */
export class ActivityCatalog {
  private loaded: { stamp: string; rows: ActivityCatalogRow[]; specs: Record<string, CustomActivitySpec> } | undefined;

  constructor(private readonly db: Db) {}

  /** The catalog's rows and the compiler's view of them, current as of this call. */
  async current(): Promise<{ rows: ActivityCatalogRow[]; specs: Record<string, CustomActivitySpec> }> {
    const stamp = await catalogStamp(this.db);
    if (this.loaded?.stamp !== stamp) {
      const rows = await listActivityCatalog(this.db);
      this.loaded = { stamp, rows, specs: compilerSpecs(rows.map((r) => r.entry)) };
    }
    return this.loaded;
  }

  /** Compile options with the current catalog's activities. */
  async compileOptions(base: Omit<CompileOptions, 'activities'>): Promise<CompileOptions> {
    return { ...base, activities: (await this.current()).specs };
  }

  /** Forgets what was loaded (after this process wrote the catalog). */
  invalidate(): void {
    this.loaded = undefined;
  }
}

/**
 * Stores a worker's catalog and, for each activity whose contract changed incompatibly, flags every node of every
 * published flow (the version new journeys take) that uses it, with what the compiler now says about the node. A
 * compatible change (a new optional input, a new output field) flags nothing. Activity versions are separate
 * references (`name@2`), so publishing a new version leaves flows on the old one untouched.
 */
export async function publishActivities(
  db: Db,
  catalog: ActivityCatalog,
  publication: Publication,
  publishedBy: string | null,
  base: Omit<CompileOptions, 'activities'>,
): Promise<PublicationResult> {
  const writes = await putCatalogEntries(db, {
    worker: publication.worker,
    publishedBy,
    entries: publication.activities,
  });
  catalog.invalidate();
  const flags: ActivityFlagRow[] = [];
  const broken = writes.filter((w) => w.status === 'changed' && w.changes.length > 0);
  if (broken.length > 0) {
    const options = await catalog.compileOptions(base);
    const published = await currentPublishedVersions(db);
    for (const write of broken) {
      const ref = refOf(write.entry);
      flags.push(...(await flagActivityUsers(db, ref, usersOf(ref, write.changes, published, options))));
    }
  }
  return {
    activities: writes.map((w) => ({
      ref: refOf(w.entry),
      status: w.status,
      compatible: w.changes.length === 0,
      changes: w.changes,
    })),
    flags,
  };
}

const refOf = (e: Pick<ActivityCatalogEntry, 'name' | 'version'>) => activityRef(e.name, e.version);

/** The nodes of published flows that call `ref`, each with the compiler's errors on it under the new contract. */
function usersOf(
  ref: string,
  changes: ContractChange[],
  published: { flowId: string; version: number; document: object }[],
  options: CompileOptions,
): NewActivityFlag[] {
  const out: NewActivityFlag[] = [];
  for (const flow of published) {
    const doc = migrateDocument(flow.document) as FlowDocument;
    const nodes = doc.nodes.filter(
      (n) => n.kind === 'custom' && (n.params as { activity?: unknown } | undefined)?.activity === ref,
    );
    if (nodes.length === 0) continue;
    const diagnostics = compile(doc, options).diagnostics.filter((d) => d.severity === 'error');
    for (const node of nodes) {
      out.push({
        flowId: flow.flowId,
        flowVersion: flow.version,
        nodeId: node.id,
        changes,
        // The version compiled without errors when it was published, so every error now comes from the catalog: the
        // node's own (an input field it lacks) and those of expressions elsewhere that read its output.
        diagnostics,
      });
    }
  }
  return out;
}
