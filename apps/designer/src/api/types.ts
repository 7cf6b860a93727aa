import type { FlowDocument, FlowDocumentInput, ScenarioInputDoc } from '@ruta/flow';

/** A custom activity registered by the development team, as GET /v1/activities lists it. */
export interface CustomActivityInfo {
  /** What a custom node names in `params.activity`: the activity's name, `name@<version>` after version 1. */
  name: string;
  /** The name without the version, and the version (absent from older APIs: version 1). */
  activity?: string;
  version?: number;
  label?: { es: string; en: string };
  description?: { es: string; en: string };
  /** JSON Schema of the node's `input`. */
  input: Record<string, unknown>;
  output?: Record<string, unknown>;
  startToCloseTimeoutMs?: number;
  heartbeatTimeoutMs?: number | null;
  retry?: { maximumAttempts: number; initialIntervalMs: number; backoffCoefficient: number; maximumIntervalMs: number };
  nonRetryableErrorTypes?: string[];
  /** The queue its workers poll; null: the journeys' own. */
  taskQueue?: string | null;
}

/** A built-in node kind as GET /v1/activities lists it. */
export interface KindInfo {
  kind: string;
  group: string;
  label: { es: string; en: string };
  description: { es: string; en: string };
  params: Record<string, unknown>;
}

/**
 * A published flow's block whose activity changed incompatibly after it was published (GET /v1/activities `flags`):
 * open until the flow is fixed and published again.
 */
export interface ActivityFlagInfo {
  id: number;
  activity: string;
  flowId: string;
  flowVersion: number;
  nodeId: string;
  changes: { message: { es: string; en: string } }[];
}

export interface ActivitiesInfo {
  kinds: KindInfo[];
  custom: CustomActivityInfo[];
  flags: ActivityFlagInfo[];
  /** The queues a hand-off may name, with how many people work each; unknown offline. */
  queues?: QueueStaffing[];
}

/** A queue and how many active people work it. */
export interface QueueStaffing {
  id: string;
  name: string;
  people: number;
}

/** A sample flow with its scenarios, for the templates gallery. */
export interface TemplateInfo {
  id: string;
  name: string;
  description?: string;
  document: FlowDocumentInput;
  scenarios: ScenarioInputDoc[];
}

/** A flow as the flow list shows it. */
export interface FlowSummary {
  id: string;
  name: string;
  description?: string;
  updatedAt: string;
  /** Newest published version, or null for a draft never published. */
  publishedVersion: number | null;
}

/** A flow with its draft document. */
export interface FlowRecord extends FlowSummary {
  document: FlowDocument;
}

export interface VersionInfo {
  version: number;
  note: string;
  publishedAt: string;
  hash?: string;
  /** The version's document, when the API includes it. */
  document?: FlowDocument;
}

export interface NodeStats {
  entered: number;
  waitingNow: number;
  completed: number;
  failed: number;
}

/** Journeys per node and per edge for one version. Edges are keyed by edge id. */
export interface FlowStats {
  version: number | null;
  nodes: Record<string, NodeStats>;
  edges: Record<string, number>;
}

export type JourneyStatus = 'running' | 'completed' | 'failed' | 'cancelled' | 'terminated';

/** Why a running journey needs a person, as the API last saw it in Temporal. */
export interface JourneyAttention {
  /** `workflow_task_failing`: stuck, only terminate ends it; `activity_failing`: a step keeps failing. */
  kind: 'workflow_task_failing' | 'activity_failing';
  attempts: number;
  failure: string | null;
  /** What is wrong and what to do, in both languages. */
  message: { es: string; en: string };
  /** The controls that help, most fitting first (`terminate`, `retry-step`, `cancel`). */
  actions: string[];
  since: string | null;
}

export interface JourneySummary {
  id: string;
  workflowId: string;
  flowId: string;
  version: number;
  customerId: string;
  /** The customer's name when the profile has one. */
  customerName?: string | null;
  status: JourneyStatus;
  startedAt: string;
  endedAt?: string | null;
  currentNodeId?: string | null;
  outcome?: string | null;
  /** Why a person cancelled or terminated it. */
  endReason?: string | null;
  attention?: JourneyAttention | null;
}

export interface JourneyStep {
  nodeId: string | null;
  type: string;
  port: string | null;
  at: string;
  /** What the step recorded (a send's status, a sentiment's label and score, a wait's reason). */
  detail?: Record<string, unknown> | null;
}

export interface JourneyMessage {
  at: string;
  direction: 'in' | 'out';
  channel: string;
  text: string;
  subject?: string;
  nodeId?: string;
  /** queued, sending, sent, delivered, read, failed, suppressed, deferred… */
  status?: string;
  /** Why a message was not sent (yet): quiet_hours, frequency_cap, no_consent… */
  statusReason?: string;
}

export interface JourneyTimer {
  nodeId: string;
  kind?: string;
  since?: string;
  deadline: string | null;
  /** Why the journey waits when the flow did not ask to: `quiet_hours` (a deferred send), `missing_data`. */
  reason?: string;
  /** For `missing_data`: the placeholders without a value. */
  missing?: string[];
  /** For `activity_failed` (parked at a failed step): why, and what a person can do, in words. */
  message?: { es: string; en: string };
}

export interface JourneyDetail extends JourneySummary {
  steps: JourneyStep[];
  messages: JourneyMessage[];
  timers: JourneyTimer[];
  wait: JourneyTimer | null;
  vars?: Record<string, unknown>;
}

/** RFC 9457 problem details, as the API answers errors. */
export interface Problem {
  type?: string;
  title: string;
  /** The API's stable code (see i18n/problems.ts); `network` when the request never reached it. */
  code?: string;
  status: number;
  detail?: string;
  requestId?: string;
  errors?: { path: string; message: string; code?: string; limit?: number }[];
}

/** The fields of an event type learned from the newest events of that type. */
export interface LearnedEventSchema {
  type: string;
  samples: number;
  fields: import('@ruta/flow').EventSchema['fields'];
}

/** One run of a flow's schedule and what it did. */
export interface ScheduleRunInfo {
  id: string;
  flowVersion: number;
  status: 'running' | 'completed' | 'stopped' | 'failed';
  reason: string | null;
  scheduledAt: string;
  startedAt: string;
  endedAt: string | null;
  matched: number;
  started: number;
  skipped: number;
}

/** A schedule flow's Temporal Schedule, as GET /v1/flows/{id}/schedule shows it. */
export interface ScheduleInfo {
  version: number;
  currentVersion: number | null;
  inSync: boolean;
  paused: boolean;
  note: string | null;
  timing: { cron?: string; every?: string; timeZone: string; overlap: string } | null;
  audienceText: { es: string; en: string } | null;
  nextRuns: string[];
  recentRuns: ScheduleRunInfo[];
}
