import { sql } from 'drizzle-orm';
import { check, index, integer, pgTable, text } from 'drizzle-orm/pg-core';
import { SCHEDULE_RUN_STATUSES } from './common';
import { oneOf, ts } from './helpers';

/**
 * One run of a flow's schedule (an audience run): which version it started journeys on, how far through the
 * segment it is and what it did. Written by the worker's audience activities; `batches` moves forward once per
 * batch number, so a retried batch is not counted twice.
 */
export const scheduleRuns = pgTable(
  'schedule_runs',
  {
    /** The run's workflow id (stable across continue-as-new). */
    id: text('id').primaryKey(),
    flowId: text('flow_id').notNull(),
    flowVersion: integer('flow_version').notNull(),
    status: text('status', { enum: SCHEDULE_RUN_STATUSES }).notNull().default('running'),
    /** Why it stopped early or failed. */
    reason: text('reason'),
    scheduledAt: ts('scheduled_at').notNull(),
    startedAt: ts('started_at').notNull().defaultNow(),
    endedAt: ts('ended_at'),
    /** Batches recorded (the next batch number expected). */
    batches: integer('batches').notNull().default(0),
    /** The last customer id handled. */
    cursor: text('cursor'),
    matched: integer('matched').notNull().default(0),
    started: integer('started').notNull().default(0),
    skipped: integer('skipped').notNull().default(0),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [
    index('schedule_runs_flow_idx').on(t.flowId, t.scheduledAt),
    check('schedule_runs_status_check', oneOf(t.status, SCHEDULE_RUN_STATUSES)),
    check('schedule_runs_counts_check', sql`${t.batches} >= 0 and ${t.matched} >= 0`),
  ],
);

export type ScheduleRunRow = typeof scheduleRuns.$inferSelect;
export type NewScheduleRunRow = typeof scheduleRuns.$inferInsert;
