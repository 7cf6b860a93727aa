import { and, asc, desc, eq, getTableColumns, ilike, isNull, or, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../db';
import { ConflictError, NotFoundError, sqlState } from '../errors';
import { newId } from '../ids';
import {
  type FlowAuditAction,
  type FlowAuditRow,
  type FlowRow,
  type FlowVersionRow,
  flowAudit,
  flows,
  flowVersions,
} from '../schema';
import type { Json } from '../schema/common';
import { JsonObject, Text } from '../validation';

/** Flow ids look like `f_` followed by letters, digits, `_` or `-` (as in the flow document). */
export const FlowId = z
  .string()
  .regex(/^f_[A-Za-z0-9_-]{1,64}$/, 'Flow ids look like f_ followed by letters, digits, _ or -');

/**
 * Who made a change: `{ id, name }` — `id` is `user:<id>` for a person or `key:<id>` for a system, `name` what people
 * read (the person's display name, the key's name). A bare string is an id without a name.
 */
export const Actor = z.union([
  z.string().max(200),
  z.object({ id: z.string().min(1).max(200), name: z.string().max(200) }),
]);
export type Actor = z.input<typeof Actor>;

/** The id and the name of an actor, as the columns store them. */
function who(actor: Actor | null | undefined): { id: string | null; name: string | null } {
  if (actor === null || actor === undefined) return { id: null, name: null };
  return typeof actor === 'string' ? { id: actor, name: null } : actor;
}

export const CreateFlowInput = z.object({
  id: FlowId.optional(),
  name: Text(200),
  description: z.string().max(2000).nullish(),
  /** The draft flow document. */
  document: JsonObject,
  actor: Actor.nullish(),
  /** Log the creation as `imported` instead of `created`. */
  imported: z.boolean().optional(),
});
export type CreateFlowInput = z.input<typeof CreateFlowInput>;

export const UpdateDraftInput = z.object({
  document: JsonObject,
  name: Text(200).optional(),
  description: z.string().max(2000).nullish(),
  /** The revision the caller edited; the update fails with a conflict if the flow has moved on. */
  expectedRevision: z.number().int().positive(),
  actor: Actor.nullish(),
});
export type UpdateDraftInput = z.input<typeof UpdateDraftInput>;

export const PublishInput = z.object({
  document: JsonObject,
  plan: JsonObject,
  hash: z.string().min(1).max(200),
  actor: Actor.nullish(),
  note: z.string().max(2000).nullish(),
});
export type PublishInput = z.input<typeof PublishInput>;

export type UpdateDraftResult =
  | { ok: true; flow: FlowRow }
  | { ok: false; reason: 'conflict'; current: FlowRow }
  | { ok: false; reason: 'not_found' };

/** A flow without its draft document, for lists. */
export type FlowSummary = Omit<FlowRow, 'draft'>;

/** A version without document and plan, for lists. */
export type FlowVersionSummary = Omit<FlowVersionRow, 'document' | 'plan'> & { isCurrent: boolean };

async function audit(
  db: Db,
  flowId: string,
  action: FlowAuditAction,
  actor: Actor | null | undefined,
  detail: { [key: string]: Json } = {},
) {
  const { id, name } = who(actor);
  await db.insert(flowAudit).values({ flowId, action, actor: id, actorName: name, detail });
}

/** Creates a flow with its draft document and logs `created` (or `imported`). Throws ConflictError if the id exists. */
export async function createFlow(db: Db, input: CreateFlowInput): Promise<FlowRow> {
  const data = CreateFlowInput.parse(input);
  const id = data.id ?? newId('f');
  try {
    return await db.transaction(async (tx) => {
      const [row] = await tx
        .insert(flows)
        .values({
          id,
          name: data.name,
          description: data.description ?? null,
          draft: data.document,
          createdBy: who(data.actor).id,
          createdByName: who(data.actor).name,
          updatedBy: who(data.actor).id,
          updatedByName: who(data.actor).name,
        })
        .returning();
      await audit(tx, id, data.imported ? 'imported' : 'created', data.actor, { name: data.name });
      return row!;
    });
  } catch (error) {
    if (sqlState(error) === '23505') throw new ConflictError(`Flow ${id} already exists`);
    throw error;
  }
}

/** A flow by id, or null if missing or deleted (unless `includeDeleted`). */
export async function getFlow(db: Db, id: string, options: { includeDeleted?: boolean } = {}): Promise<FlowRow | null> {
  const [row] = await db
    .select()
    .from(flows)
    .where(options.includeDeleted ? eq(flows.id, id) : and(eq(flows.id, id), eq(flows.deleted, false)));
  return row ?? null;
}

const summaryColumns = {
  id: flows.id,
  name: flows.name,
  description: flows.description,
  revision: flows.revision,
  currentVersion: flows.currentVersion,
  createdBy: flows.createdBy,
  createdByName: flows.createdByName,
  updatedBy: flows.updatedBy,
  updatedByName: flows.updatedByName,
  createdAt: flows.createdAt,
  updatedAt: flows.updatedAt,
  archivedAt: flows.archivedAt,
  deleted: flows.deleted,
  deletedAt: flows.deletedAt,
};

/** Flows that are not deleted, newest change first; `search` matches id, name or description (case-insensitive). */
export async function listFlows(
  db: Db,
  options: { search?: string; includeArchived?: boolean; limit?: number } = {},
): Promise<FlowSummary[]> {
  const conditions = [eq(flows.deleted, false)];
  if (!options.includeArchived) conditions.push(isNull(flows.archivedAt));
  const search = options.search?.trim();
  if (search) {
    const pattern = `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    conditions.push(or(ilike(flows.name, pattern), ilike(flows.description, pattern), ilike(flows.id, pattern))!);
  }
  return db
    .select(summaryColumns)
    .from(flows)
    .where(and(...conditions))
    .orderBy(desc(flows.updatedAt), asc(flows.id))
    .limit(Math.min(Math.max(options.limit ?? 200, 1), 1000));
}

/**
 * Replaces the draft if the flow is still at `expectedRevision` (optimistic concurrency); bumps the revision and
 * logs `updated`. Returns the conflict (with the current row) instead of overwriting someone else's change.
 */
export async function updateDraft(db: Db, id: string, input: UpdateDraftInput): Promise<UpdateDraftResult> {
  const data = UpdateDraftInput.parse(input);
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(flows)
      .set({
        draft: data.document,
        ...(data.name !== undefined ? { name: data.name } : {}),
        ...(data.description !== undefined ? { description: data.description } : {}),
        revision: sql`${flows.revision} + 1`,
        updatedAt: new Date(),
        updatedBy: who(data.actor).id,
        updatedByName: who(data.actor).name,
      })
      .where(and(eq(flows.id, id), eq(flows.revision, data.expectedRevision), eq(flows.deleted, false)))
      .returning();
    if (!row) {
      const current = await getFlow(tx, id);
      return current ? { ok: false, reason: 'conflict', current } : { ok: false, reason: 'not_found' };
    }
    await audit(tx, id, 'updated', data.actor, { revision: row.revision });
    return { ok: true, flow: row };
  });
}

/** Archives (hides from lists) or unarchives a flow; logs `updated`. Returns null if the flow is missing. */
export async function archiveFlow(
  db: Db,
  id: string,
  options: { archived: boolean; actor?: Actor | null },
): Promise<FlowRow | null> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(flows)
      .set({
        archivedAt: options.archived ? new Date() : null,
        updatedAt: new Date(),
        updatedBy: who(options.actor).id,
        updatedByName: who(options.actor).name,
      })
      .where(and(eq(flows.id, id), eq(flows.deleted, false)))
      .returning();
    if (row) await audit(tx, id, 'updated', options.actor, { archived: options.archived });
    return row ?? null;
  });
}

/** Soft-deletes a flow (versions stay for running journeys); logs `deleted`. False if missing or already deleted. */
export async function deleteFlow(db: Db, id: string, options: { actor?: Actor | null } = {}): Promise<boolean> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(flows)
      .set({
        deleted: true,
        deletedAt: new Date(),
        updatedAt: new Date(),
        updatedBy: who(options.actor).id,
        updatedByName: who(options.actor).name,
      })
      .where(and(eq(flows.id, id), eq(flows.deleted, false)))
      .returning({ id: flows.id });
    if (row) await audit(tx, id, 'deleted', options.actor);
    return row !== undefined;
  });
}

/**
 * Unpublishes a flow: no version is current, so no new journey starts on it (running ones finish on theirs);
 * publishing again makes a new version current. Logs `unpublished` with the version that was current. Returns
 * that version, or null when the flow is missing or was not published.
 */
export async function unpublishFlow(
  db: Db,
  id: string,
  options: { actor?: Actor | null } = {},
): Promise<number | null> {
  return db.transaction(async (tx) => {
    await lockFlow(tx, id);
    const [before] = await tx.select({ version: flows.currentVersion }).from(flows).where(eq(flows.id, id));
    if (before?.version === null || before?.version === undefined) return null;
    const by = who(options.actor);
    await tx
      .update(flows)
      .set({ currentVersion: null, updatedAt: new Date(), updatedBy: by.id, updatedByName: by.name })
      .where(eq(flows.id, id));
    await audit(tx, id, 'unpublished', options.actor, { version: before.version });
    return before.version;
  });
}

/** Locks the flow row for the rest of the transaction, so version numbers are assigned one publish at a time. */
async function lockFlow(tx: Db, flowId: string): Promise<void> {
  const [row] = await tx
    .select({ id: flows.id })
    .from(flows)
    .where(and(eq(flows.id, flowId), eq(flows.deleted, false)))
    .for('update');
  if (!row) throw new NotFoundError(`Flow ${flowId} not found`);
}

async function insertNextVersion(
  tx: Db,
  flowId: string,
  values: Pick<
    FlowVersionRow,
    'document' | 'plan' | 'hash' | 'publishedBy' | 'publishedByName' | 'note' | 'rolledBackFrom'
  >,
): Promise<FlowVersionRow> {
  const [last] = await tx
    .select({ max: sql<number | null>`max(${flowVersions.version})` })
    .from(flowVersions)
    .where(eq(flowVersions.flowId, flowId));
  const version = Number(last?.max ?? 0) + 1;
  const [row] = await tx
    .insert(flowVersions)
    .values({ flowId, version, ...values })
    .returning();
  await tx.update(flows).set({ currentVersion: version, updatedAt: new Date() }).where(eq(flows.id, flowId));
  return row!;
}

/**
 * Publishes a new immutable version (number = previous + 1, assigned under a row lock so concurrent publishes get
 * distinct sequential numbers), makes it current and logs `published`.
 */
export async function publishVersion(db: Db, flowId: string, input: PublishInput): Promise<FlowVersionRow> {
  const data = PublishInput.parse(input);
  return db.transaction(async (tx) => {
    await lockFlow(tx, flowId);
    const row = await insertNextVersion(tx, flowId, {
      document: data.document,
      plan: data.plan,
      hash: data.hash,
      publishedBy: who(data.actor).id,
      publishedByName: who(data.actor).name,
      note: data.note ?? null,
      rolledBackFrom: null,
    });
    await audit(tx, flowId, 'published', data.actor, { version: row.version, hash: row.hash, note: row.note });
    return row;
  });
}

/**
 * Rolls back by publishing a copy of `toVersion` as a new version (so versions only grow and the newest is always
 * current; running journeys keep the version they started on). Logs `rolled_back`. The draft is left as it is.
 */
export async function rollback(
  db: Db,
  flowId: string,
  options: { toVersion: number; actor?: Actor | null; note?: string | null },
): Promise<FlowVersionRow> {
  return db.transaction(async (tx) => {
    await lockFlow(tx, flowId);
    const source = await getVersion(tx, flowId, options.toVersion);
    if (!source) throw new NotFoundError(`Flow ${flowId} has no version ${options.toVersion}`);
    const row = await insertNextVersion(tx, flowId, {
      document: source.document,
      plan: source.plan,
      hash: source.hash,
      publishedBy: who(options.actor).id,
      publishedByName: who(options.actor).name,
      note: options.note ?? `Rollback to version ${options.toVersion}`,
      rolledBackFrom: options.toVersion,
    });
    await audit(tx, flowId, 'rolled_back', options.actor, { version: row.version, from: options.toVersion });
    return row;
  });
}

/** All versions of a flow, newest first, without documents and plans. */
export async function listVersions(db: Db, flowId: string): Promise<FlowVersionSummary[]> {
  const rows = await db
    .select({
      flowId: flowVersions.flowId,
      version: flowVersions.version,
      hash: flowVersions.hash,
      publishedBy: flowVersions.publishedBy,
      publishedByName: flowVersions.publishedByName,
      publishedAt: flowVersions.publishedAt,
      note: flowVersions.note,
      rolledBackFrom: flowVersions.rolledBackFrom,
      currentVersion: flows.currentVersion,
    })
    .from(flowVersions)
    .innerJoin(flows, eq(flows.id, flowVersions.flowId))
    .where(eq(flowVersions.flowId, flowId))
    .orderBy(desc(flowVersions.version));
  return rows.map(({ currentVersion, ...v }) => ({ ...v, isCurrent: v.version === currentVersion }));
}

/** One published version with its document and plan, or null. */
export async function getVersion(db: Db, flowId: string, version: number): Promise<FlowVersionRow | null> {
  const [row] = await db
    .select()
    .from(flowVersions)
    .where(and(eq(flowVersions.flowId, flowId), eq(flowVersions.version, version)));
  return row ?? null;
}

/** The version new journeys should run (the newest), or null before the first publish or if the flow is deleted. */
export async function currentVersion(db: Db, flowId: string): Promise<FlowVersionRow | null> {
  const [row] = await db
    .select(getTableColumns(flowVersions))
    .from(flows)
    .innerJoin(flowVersions, and(eq(flowVersions.flowId, flows.id), eq(flowVersions.version, flows.currentVersion)))
    .where(and(eq(flows.id, flowId), eq(flows.deleted, false)));
  return row ?? null;
}

/** The flow's audit log, oldest first. */
export async function listAudit(db: Db, flowId: string): Promise<FlowAuditRow[]> {
  return db.select().from(flowAudit).where(eq(flowAudit.flowId, flowId)).orderBy(asc(flowAudit.id));
}
