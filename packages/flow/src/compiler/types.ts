import type { z } from 'zod';
import type { Localized } from '../i18n';
import type { ActivityOptions, Plan } from '../plan';

/** Every problem the compiler reports, one code per kind of mistake. */
export const DIAGNOSTIC_CODES = [
  'unsupported_schema_version',
  'invalid_document',
  'duplicate_node_id',
  'duplicate_edge_id',
  'unknown_kind',
  'invalid_params',
  'duplicate_port_name',
  'split_percent_sum',
  'dangling_edge',
  'unknown_port',
  'port_multiple_edges',
  'edge_into_trigger',
  'unconnected_port',
  'missing_trigger',
  'multiple_triggers',
  'unreachable_node',
  'cycle_without_wait',
  'unbounded_loop',
  'expr_syntax',
  'expr_type',
  'expr_unknown_variable',
  'expr_regex',
  'expr_too_costly',
  'template_syntax',
  'template_type',
  'unknown_template_variable',
  'event_field_unknown',
  'template_no_fallback',
  'node_reference_not_before',
  'set_type_conflict',
  'unknown_activity',
  'invalid_activity_input',
  'invalid_retry',
  'retry_ignored',
  'schedule_timing',
  'invalid_cron',
  'invalid_interval',
  'invalid_segment',
  'audience_everyone',
  'bot_handoff_without_person',
  'handoff_queue_unstaffed',
  'internal_error',
] as const;
export type DiagnosticCode = (typeof DIAGNOSTIC_CODES)[number];

export type Severity = 'error' | 'warning';

/**
 * One problem found in a flow, written for the CX manager who drew it.
 *
 * `path` is relative to what the diagnostic points at: to the edge when `edgeId` is set
 * (e.g. `['to']`), else to the node when `nodeId` is set (e.g. `['params', 'timeout']`,
 * `['ports', 'timeout']` for a port), else to the document (e.g. `['nodes', 3, 'id']`).
 */
export interface Diagnostic {
  code: DiagnosticCode;
  severity: Severity;
  nodeId?: string;
  edgeId?: string;
  path: (string | number)[];
  message: Localized;
  /** Every node involved (a cycle's nodes, the two nodes sharing an id, …), in flow order. */
  nodes?: string[];
  /** How the node is called on the canvas (its label, or its kind's label), for terminals and lists. */
  nodeLabel?: Localized;
}

export type CompileResult =
  | { ok: true; plan: Plan; diagnostics: Diagnostic[] }
  | { ok: false; diagnostics: Diagnostic[] };

/** A custom activity a `custom` node may call, as registered by the development team (see @ruta/sdk). */
export interface CustomActivitySpec {
  name: string;
  /** Schema of the node's `input` (after templates are rendered). */
  input: z.ZodType;
  /** Schema of what the activity returns; gives `nodes.<id>.…` its types. */
  output?: z.ZodType;
  label?: Localized;
  description?: Localized;
  startToCloseTimeoutMs?: number;
  /** From the catalog: set when the activity heartbeats (see ActivityOptions). */
  heartbeatTimeoutMs?: number;
  retry?: Partial<ActivityOptions['retry']>;
  /** From the catalog: the queue of the workers that serve it, when it is not the journeys' own. */
  taskQueue?: string;
}

export interface CompileOptions {
  /** Custom activities by name. A `custom` node naming any other activity does not compile. */
  activities?: Record<string, CustomActivitySpec>;
  /** The shortest interval (`every`) a schedule trigger may run at; default 1 minute. */
  minScheduleIntervalMs?: number;
  /**
   * The queues that exist, with how many active people work each. When given, a hand-off to a queue that does not
   * exist or that nobody works is a warning: its cases would wait unseen by any agent. Unknown when left out.
   */
  queues?: Record<string, { people: number }>;
}
