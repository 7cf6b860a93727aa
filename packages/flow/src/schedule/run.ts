/**
 * The audience run: what a flow's Temporal Schedule starts each time it fires. Plain JSON types shared by the
 * workflow (which imports them as types only), the worker's activities and the API.
 */

/** The activities an audience run calls, by name. */
export const AUDIENCE_ACTIVITIES = {
  open: 'audience.open',
  batch: 'audience.batch',
  close: 'audience.close',
} as const;

/** The workflow id a flow's schedule starts its runs under; Temporal appends each run's time (`-<ISO time>`). */
export const audienceWorkflowId = (flowId: string): string => `audience:${flowId}`;

/**
 * The event id the journeys of a run start with: `schedule:<time>` for a run the schedule started (its workflow id
 * is `audience:<flow>-<time>`), else `schedule:<run id>`. With the flow and customer it makes each journey's
 * workflow id, so a run starts at most one journey per customer.
 */
export function audienceEventId(flowId: string, runId: string): string {
  const prefix = `${audienceWorkflowId(flowId)}-`;
  return `schedule:${runId.startsWith(prefix) ? runId.slice(prefix.length) : runId}`;
}

/** What the schedule's action passes to each run. */
export interface AudienceRunInput {
  flowId: string;
  flowVersion: number;
  /** Start journeys with Ruta's search attributes (the API knows whether the namespace has them). */
  searchAttributes: boolean;
  /** Customers per batch (one activity call); default 100. */
  batchSize?: number;
  /** Batches per workflow run before it continues as new; default 200. */
  batchesPerRun?: number;
  /** Carried across continue-as-new. */
  progress?: AudienceProgress;
}

/** Where a run is: the `progress` query's answer, and what it carries across continue-as-new. */
export interface AudienceProgress {
  /** The run's workflow id (stable across continue-as-new): the key of its row in the store. */
  runId: string;
  /** The event id every journey of this run starts with: with the customer id it makes the journey's id. */
  eventId: string;
  scheduledAt: string;
  flowId: string;
  flowVersion: number;
  /** The last customer id handled (customers are taken in id order). */
  after: string | null;
  batches: number;
  /** Customers of the segment seen. */
  matched: number;
  /** Journeys this run started (a retried batch counts its journeys once). */
  started: number;
  /** Customers the flow's re-entry rule kept out (a journey running, or one ever). */
  skipped: number;
  status: AudienceRunStatus;
  /** Why a run stopped early or failed. */
  reason?: string;
}

export type AudienceRunStatus = 'running' | 'completed' | 'stopped' | 'failed';

/** `audience.open`: records the run (idempotent on its id). */
export interface AudienceOpenInput {
  runId: string;
  flowId: string;
  flowVersion: number;
  scheduledAt: string;
}

/** `audience.batch`: one page of the segment, after `after`, and a journey for each customer on it. */
export interface AudienceBatchInput {
  runId: string;
  eventId: string;
  scheduledAt: string;
  flowId: string;
  flowVersion: number;
  /** The batch's number in the run, from 0 (progress is recorded once per number). */
  batch: number;
  after: string | null;
  limit: number;
  searchAttributes: boolean;
}

export interface AudienceBatchResult {
  matched: number;
  started: number;
  skipped: number;
  /** The last customer id of the page (the next batch's cursor); null for an empty page. */
  last: string | null;
  /** Whether the segment is done (the page was not full). */
  done: boolean;
  /** Set when the run must stop (the flow was unpublished or deleted meanwhile). */
  stop?: 'flow_unpublished';
}

/** `audience.close`: the run's final state. */
export interface AudienceCloseInput {
  progress: AudienceProgress;
}
