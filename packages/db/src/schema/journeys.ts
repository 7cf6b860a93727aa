import { sql } from 'drizzle-orm';
import { check, index, integer, jsonb, pgTable, primaryKey, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { ATTENTION_KINDS, type AttentionKind, JOURNEY_STATUSES, type Json, STEP_TYPES } from './common';
import { oneOf, ts } from './helpers';

/** One journey = one Temporal workflow (the id is the workflow id, stable across continue-as-new). */
export const journeys = pgTable(
  'journeys',
  {
    id: text('id').primaryKey(),
    runId: text('run_id'),
    flowId: text('flow_id').notNull(),
    flowVersion: integer('flow_version').notNull(),
    customerId: text('customer_id').notNull(),
    /** The event that started the journey, when there was one. */
    eventId: text('event_id'),
    /**
     * Enforces the flow's re-entry rule in one unique index: `once:<flow>:<customer>` stays for good,
     * `run:<flow>:<customer>` is cleared when the journey ends; null for flows that run every time.
     */
    reentryKey: text('reentry_key'),
    status: text('status', { enum: JOURNEY_STATUSES }).notNull().default('running'),
    /** Node of the latest step (for an ended journey: the node it ended at). */
    currentNode: text('current_node'),
    outcome: text('outcome'),
    /** The highest step seq applied to this row (-1: none yet); progress only moves forward. */
    lastSeq: integer('last_seq').notNull().default(-1),
    /** The seq of the step current_node comes from, so a late step cannot move it back. */
    currentNodeSeq: integer('current_node_seq').notNull().default(-1),
    startedAt: ts('started_at').notNull().defaultNow(),
    endedAt: ts('ended_at'),
    updatedAt: ts('updated_at').notNull().defaultNow(),
    /** Why a person cancelled or terminated the journey (as they wrote it). */
    endReason: text('end_reason'),
    /**
     * Why the running journey needs a person, as last seen in Temporal (null: nothing wrong seen). Kept here so
     * listing the journeys that need attention is a query on this table, never a scan of Temporal.
     */
    attention: text('attention', { enum: ATTENTION_KINDS }),
    /** What was seen: attempts, the activity, the last failure's message. */
    attentionDetail: jsonb('attention_detail').$type<AttentionDetail>(),
    /** Since when the journey has needed attention (kept while the kind stays the same). */
    attentionSince: ts('attention_since'),
    /** When the API last looked at the journey in Temporal (the background check takes the oldest first). */
    checkedAt: ts('checked_at'),
  },
  (t) => [
    index('journeys_flow_idx').on(t.flowId, t.flowVersion, t.status),
    index('journeys_customer_idx').on(t.customerId, t.startedAt),
    index('journeys_started_idx').on(t.startedAt, t.id),
    uniqueIndex('journeys_reentry_key_idx').on(t.reentryKey),
    index('journeys_attention_idx').on(t.attentionSince).where(sql`${t.attention} is not null`),
    index('journeys_checked_idx').on(t.checkedAt).where(sql`${t.status} = 'running'`),
    check('journeys_status_check', oneOf(t.status, JOURNEY_STATUSES)),
    check('journeys_attention_check', oneOf(t.attention, ATTENTION_KINDS)),
  ],
);

/** What the API saw when it flagged a journey: how many attempts failed, where, and the last failure's message. */
export interface AttentionDetail {
  kind: AttentionKind;
  attempts: number;
  /** The activity that keeps failing (activity_failing). */
  activity?: string | null;
  /** The last failure's message as Temporal reports it (technical; may be null when it could not be read). */
  failure?: string | null;
}

/**
 * The path a journey took, as the interpreter records it (the flow package's StepRecord): `enter` and `leave` for
 * every node visit, `wait` when a node starts waiting, `end` (node null, visit 0) when the journey ends.
 * Keyed by (journey_id, seq) so the worker can write the same step twice.
 */
export const journeySteps = pgTable(
  'journey_steps',
  {
    journeyId: text('journey_id').notNull(),
    seq: integer('seq').notNull(),
    type: text('type', { enum: STEP_TYPES }).notNull(),
    nodeId: text('node_id'),
    kind: text('kind'),
    visit: integer('visit').notNull().default(1),
    port: text('port'),
    at: ts('at').notNull(),
    /** The journey's status right after this step. */
    status: text('status', { enum: JOURNEY_STATUSES }).notNull().default('running'),
    detail: jsonb('detail').$type<Json>(),
  },
  (t) => [
    primaryKey({ name: 'journey_steps_pk', columns: [t.journeyId, t.seq] }),
    check('journey_steps_type_check', oneOf(t.type, STEP_TYPES)),
    check('journey_steps_status_check', oneOf(t.status, JOURNEY_STATUSES)),
  ],
);

export type JourneyRow = typeof journeys.$inferSelect;
export type NewJourneyRow = typeof journeys.$inferInsert;
export type JourneyStepRow = typeof journeySteps.$inferSelect;
export type NewJourneyStepRow = typeof journeySteps.$inferInsert;
