import type { ActivityCatalogEntry, ContractChange, Diagnostic } from '@ruta/flow';
import { sql } from 'drizzle-orm';
import { bigint, check, index, integer, jsonb, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';
import { ts } from './helpers';

/**
 * The activity catalog: one row per activity and version, as the worker that serves it last published it. The API
 * and the designer read activities from here (never from worker code), and the compiler checks flows against it.
 */
export const activityCatalog = pgTable(
  'activity_catalog',
  {
    name: text('name').notNull(),
    version: integer('version').notNull(),
    /** The whole entry as published (schemas as JSON Schema, timeouts, retry, task queue). */
    entry: jsonb('entry').$type<ActivityCatalogEntry>().notNull(),
    /** sha-256 of the entry's canonical JSON: an unchanged publication changes nothing. */
    hash: text('hash').notNull(),
    /** The queue whose workers serve it; null: the journeys' own queue. */
    taskQueue: text('task_queue'),
    /** The worker that published it last (`identity`, SDK), and who it authenticated as (`key:<id>`, `user:<id>`). */
    worker: jsonb('worker').$type<{ identity: string; taskQueue: string | null; sdk?: string }>().notNull(),
    publishedBy: text('published_by'),
    /** The incompatible changes of its last contract change (empty when the change was compatible). */
    changes: jsonb('changes').$type<ContractChange[]>().notNull().default([]),
    firstPublishedAt: ts('first_published_at').notNull().defaultNow(),
    /** When its contract last changed (not when it was last published unchanged). */
    changedAt: ts('changed_at').notNull().defaultNow(),
    /** When a worker last published it. */
    seenAt: ts('seen_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ name: 'activity_catalog_pk', columns: [t.name, t.version] }),
    check('activity_catalog_version_check', sql`${t.version} > 0`),
  ],
);

/**
 * A published flow's node whose activity changed incompatibly after the flow was published: what changed and what the
 * compiler now says about the node. Open until the flow is published again (against the new contract) or the activity
 * changes again (then the new change flags anew).
 */
export const activityFlags = pgTable(
  'activity_flags',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    /** The activity's reference (`name`, `name@2`). */
    activity: text('activity').notNull(),
    flowId: text('flow_id').notNull(),
    flowVersion: integer('flow_version').notNull(),
    nodeId: text('node_id').notNull(),
    changes: jsonb('changes').$type<ContractChange[]>().notNull(),
    /** The compiler's errors on the node against the new contract (empty when none, e.g. an unread output field). */
    diagnostics: jsonb('diagnostics').$type<Diagnostic[]>().notNull().default([]),
    flaggedAt: ts('flagged_at').notNull().defaultNow(),
    resolvedAt: ts('resolved_at'),
  },
  (t) => [
    index('activity_flags_open_idx').on(t.flowId, t.activity).where(sql`${t.resolvedAt} is null`),
    index('activity_flags_activity_idx').on(t.activity, t.id),
  ],
);

export type ActivityCatalogRow = typeof activityCatalog.$inferSelect;
export type ActivityFlagRow = typeof activityFlags.$inferSelect;
