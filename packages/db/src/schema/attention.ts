import { sql } from 'drizzle-orm';
import { check, index, integer, jsonb, pgTable, text } from 'drizzle-orm/pg-core';
import type { Json } from './common';
import { oneOf, ts } from './helpers';

/** What a bulk action does to each journey that needs attention. */
export const BULK_ACTIONS = ['retry', 'skip', 'cancel'] as const;
export type BulkActionKind = (typeof BULK_ACTIONS)[number];
export const BULK_STATUSES = ['running', 'done'] as const;
export type BulkStatus = (typeof BULK_STATUSES)[number];
/** One journey a bulk action could not finish: it failed, or (a retry) its message held again for missing data. */
export type BulkActionError = { journeyId: string; error: string; heldAgain?: true };

/**
 * One bulk action over journeys that need attention (retry, skip or cancel thousands at once): the journeys chosen
 * when it was asked for, and how far it got. The API works through `journey_ids` from `done` on, so a restarted
 * API resumes it; the designer polls `done`/`total`.
 */
export const bulkActions = pgTable(
  'bulk_actions',
  {
    id: text('id').primaryKey(),
    action: text('action', { enum: BULK_ACTIONS }).notNull(),
    status: text('status', { enum: BULK_STATUSES }).notNull().default('running'),
    /** The group it was asked for (flow, version, node, reason), as the person chose it. */
    filter: jsonb('filter').$type<Json>().notNull(),
    journeyIds: jsonb('journey_ids').$type<string[]>().notNull(),
    total: integer('total').notNull(),
    /** Journeys handled so far (succeeded or not), in order. */
    done: integer('done').notNull().default(0),
    succeeded: integer('succeeded').notNull().default(0),
    failed: integer('failed').notNull().default(0),
    /** Retries whose held message held again (still missing a value): not failures, but still someone's to do. */
    heldAgain: integer('held_again').notNull().default(0),
    /** The first failures and held-again journeys, with the journey and the reason (a bounded list). */
    errors: jsonb('errors').$type<BulkActionError[]>().notNull().default([]),
    requestedBy: text('requested_by').notNull(),
    reason: text('reason'),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
    endedAt: ts('ended_at'),
  },
  (t) => [
    index('bulk_actions_created_idx').on(t.createdAt),
    check('bulk_actions_action_check', oneOf(t.action, BULK_ACTIONS)),
    check('bulk_actions_status_check', oneOf(t.status, BULK_STATUSES)),
    check('bulk_actions_progress_check', sql`${t.done} >= 0 and ${t.done} <= ${t.total}`),
  ],
);

export type BulkActionRow = typeof bulkActions.$inferSelect;
