import type { ValueType } from './catalog/types';
import type { FlowSettings } from './document';
import type { Program } from './expr/program';

/** Retry and timeout of one node's activity, resolved at compile time from kind defaults and node overrides. */
export interface ActivityOptions {
  startToCloseTimeoutMs: number;
  /**
   * When an attempt that stops heartbeating is given up on (retried elsewhere). Only activities that declare one have it,
   * so plans compiled before it hash and run as they did.
   */
  heartbeatTimeoutMs?: number;
  /** The task queue of the workers that serve the activity (a team's own worker); absent: the journey's own queue. */
  taskQueue?: string;
  retry: {
    maximumAttempts: number;
    initialIntervalMs: number;
    backoffCoefficient: number;
    maximumIntervalMs: number;
  };
}

/** A node as the interpreter runs it: validated params (defaults filled) and where each port leads. */
export interface PlanNode {
  id: string;
  kind: string;
  label?: string;
  /** Params after validation, with defaults filled in. */
  params: Record<string, unknown>;
  /** Port name → next node id, or null when the port is left unconnected (the journey ends there). */
  next: Record<string, string | null>;
  /** Present for nodes that call an activity. */
  activity?: { name: string; options: ActivityOptions };
  /** Options of the other activities a node calls, by name (a bot node searches with `activity`, then sends). */
  calls?: Record<string, ActivityOptions>;
}

/** The compiled, normalized, content-hashed form of a flow that journeys run. */
export interface Plan {
  planVersion: 1;
  flowId: string;
  name: string;
  /** sha-256 of the canonical JSON of everything below; equal plans have equal hashes. */
  hash: string;
  settings: FlowSettings;
  trigger: { nodeId: string; kind: string; params: Record<string, unknown> };
  /** The first node after the trigger, or null for a flow that does nothing. */
  start: string | null;
  nodes: Record<string, PlanNode>;
  /**
   * The types expressions were checked against: journey variables (from `logic.set` nodes) and node outputs.
   * The interpreter uses them to give a value not yet set its type's zero value ("", 0, false, []).
   */
  scope: { vars: Record<string, ValueType>; nodes: Record<string, ValueType> };
  /**
   * Every expression and template placeholder of the flow, by source, compiled for the workflow's evaluator
   * (expr/program.ts); null where only cel-js evaluates it. Plans compiled before this field evaluate
   * everything through cel-js.
   */
  exprs?: Record<string, Program | null>;
}
