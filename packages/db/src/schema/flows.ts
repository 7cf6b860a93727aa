import { sql } from 'drizzle-orm';
import { bigint, boolean, check, index, integer, jsonb, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';
import { FLOW_AUDIT_ACTIONS, type Json } from './common';
import { oneOf, ts } from './helpers';

/** A flow as the designer edits it: the draft document plus bookkeeping. Never hard-deleted. */
export const flows = pgTable(
  'flows',
  {
    id: text('id').primaryKey(),
    name: text('name').notNull(),
    description: text('description'),
    /** The draft flow document (what the designer edits); published versions are copied into flow_versions. */
    draft: jsonb('draft').$type<object>().notNull(),
    /** Bumped on every draft change; updateDraft compares it for optimistic concurrency. */
    revision: integer('revision').notNull().default(1),
    /** The newest published version (the one new journeys run), or null before the first publish. */
    currentVersion: integer('current_version'),
    /** Who: `user:<id>` for a person, `key:<id>` for a system (older rows: `key:<name>`). */
    createdBy: text('created_by'),
    /** The person's display name or the key's name at the time, as people read it. */
    createdByName: text('created_by_name'),
    updatedBy: text('updated_by'),
    updatedByName: text('updated_by_name'),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
    archivedAt: ts('archived_at'),
    deleted: boolean('deleted').notNull().default(false),
    deletedAt: ts('deleted_at'),
  },
  (t) => [index('flows_updated_at_idx').on(t.updatedAt)],
);

/** Published versions. Rows are immutable (a trigger rejects UPDATE and DELETE). */
export const flowVersions = pgTable(
  'flow_versions',
  {
    flowId: text('flow_id')
      .notNull()
      .references(() => flows.id),
    version: integer('version').notNull(),
    document: jsonb('document').$type<object>().notNull(),
    plan: jsonb('plan').$type<object>().notNull(),
    hash: text('hash').notNull(),
    publishedBy: text('published_by'),
    publishedByName: text('published_by_name'),
    publishedAt: ts('published_at').notNull().defaultNow(),
    note: text('note'),
    /** Set when this version was created by a rollback: the version it copies. */
    rolledBackFrom: integer('rolled_back_from'),
  },
  (t) => [
    primaryKey({ name: 'flow_versions_pk', columns: [t.flowId, t.version] }),
    check('flow_versions_version_check', sql`${t.version} > 0`),
  ],
);

/** Append-only log of every change to a flow. */
export const flowAudit = pgTable(
  'flow_audit',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    flowId: text('flow_id').notNull(),
    actor: text('actor'),
    actorName: text('actor_name'),
    action: text('action', { enum: FLOW_AUDIT_ACTIONS }).notNull(),
    at: ts('at').notNull().defaultNow(),
    detail: jsonb('detail').$type<{ [key: string]: Json }>().notNull().default({}),
  },
  (t) => [
    index('flow_audit_flow_idx').on(t.flowId, t.id),
    check('flow_audit_action_check', oneOf(t.action, FLOW_AUDIT_ACTIONS)),
  ],
);

export type FlowRow = typeof flows.$inferSelect;
export type NewFlowRow = typeof flows.$inferInsert;
export type FlowVersionRow = typeof flowVersions.$inferSelect;
export type NewFlowVersionRow = typeof flowVersions.$inferInsert;
export type FlowAuditRow = typeof flowAudit.$inferSelect;
export type NewFlowAuditRow = typeof flowAudit.$inferInsert;
