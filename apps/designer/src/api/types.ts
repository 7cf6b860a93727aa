import type { FlowDocument, FlowDocumentInput, ScenarioInputDoc } from '@ruta/flow';

/** A custom activity registered by the development team, as GET /v1/activities lists it. */
export interface CustomActivityInfo {
  name: string;
  label?: { es: string; en: string };
  description?: { es: string; en: string };
  /** JSON Schema of the node's `input`. */
  input: Record<string, unknown>;
  output?: Record<string, unknown>;
}

/** A built-in node kind as GET /v1/activities lists it. */
export interface KindInfo {
  kind: string;
  group: string;
  label: { es: string; en: string };
  description: { es: string; en: string };
  params: Record<string, unknown>;
}

export interface ActivitiesInfo {
  kinds: KindInfo[];
  custom: CustomActivityInfo[];
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

export type JourneyStatus = 'running' | 'completed' | 'failed' | 'cancelled';

export interface JourneySummary {
  id: string;
  workflowId: string;
  flowId: string;
  version: number;
  customerId: string;
  status: JourneyStatus;
  startedAt: string;
  endedAt?: string | null;
  currentNodeId?: string | null;
  outcome?: string | null;
}

export interface JourneyStep {
  nodeId: string | null;
  type: string;
  port: string | null;
  at: string;
}

export interface JourneyMessage {
  at: string;
  direction: 'in' | 'out';
  channel: string;
  text: string;
  subject?: string;
  nodeId?: string;
  status?: string;
}

export interface JourneyTimer {
  nodeId: string;
  kind?: string;
  since?: string;
  deadline: string | null;
  /** Why the journey waits when the flow did not ask to, e.g. `quiet_hours` (a deferred send). */
  reason?: string;
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
  status: number;
  detail?: string;
  errors?: { path: string; message: string }[];
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
