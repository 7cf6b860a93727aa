import { ActivityError } from '../effects';
import type { ActivityFailureInfo, Json } from '../journey';
import type { PlanNode } from '../plan';
import type { Journey, NodeResult } from './interpreter';

/**
 * Patch id: an activity that fails for good on a node whose `failed` port is not connected parks the journey at the
 * node (a durable wait for a person's decision) instead of failing it. Journeys recorded before keep failing there.
 */
export const ACTIVITY_FAILURE_PARKS = 'activity-failure-parks';
/** The wait reason of a journey parked because its node's activity failed for good. */
export const ACTIVITY_FAILED_REASON = 'activity_failed';

/** An activity's answer, or how the node ends when the activity failed for good. */
export type Called = { ok: true; value: unknown } | { ok: false; result: NodeResult };

/** Whether the journey is parked at this node and visit (its wait is the decision about a failed activity). */
export function parkedAt(j: Journey, node: PlanNode, visit: number): boolean {
  const w = j.state.wait;
  return w?.nodeId === node.id && w.visit === visit && w.reason === ACTIVITY_FAILED_REASON;
}

/** Whether a person asked (the `retryStep` update) to try the node at this visit again. */
export function retryAsked(j: Journey, node: PlanNode, visit: number): boolean {
  const { retry } = j.controls;
  return retry?.nodeId === node.id && retry.visit === visit;
}

/**
 * Takes the retry a person asked for: the node is entered again (same visit), so the step store shows the journey
 * is no longer waiting there (parked, or held for missing data).
 */
export function takeRetry(j: Journey, node: PlanNode, visit: number): void {
  j.controls.retry = null;
  j.record('enter', node, visit, null, { retry: true });
}

/**
 * The port a skipped node leaves by: the one it takes when nothing came of it. A survey or a handoff that did not
 * happen is like one whose wait ran out (`timeout`, `sla_breached`, as skip-wait does); a lookup finds nobody when
 * the flow says what to do then; every other node leaves by its main port.
 */
export function skipPort(node: PlanNode): string {
  switch (node.kind) {
    case 'message.send':
      return 'sent';
    case 'survey.csat':
      return 'timeout';
    case 'handoff':
      return 'sla_breached';
    case 'crm.lookup':
      return node.next.not_found !== undefined ? 'not_found' : 'found';
    default:
      return 'out';
  }
}

function failureOf(err: ActivityError): ActivityFailureInfo {
  return { activity: err.activity, message: err.message, ...(err.type ? { type: err.type } : {}) };
}

/**
 * Calls the node's activity. When it fails for good, the journey leaves by the node's `failed` port if one is
 * connected. Otherwise (behind ACTIVITY_FAILURE_PARKS) the journey parks at the node: a wait with reason
 * `activity_failed` and no deadline, until a person retries the activity (same idempotency key), skips the node (it
 * leaves by `skipPort` with an empty output) or cancels the journey. Journeys from before the patch fail there.
 * A journey resumed after continue-as-new while parked goes back to its decision without calling the activity.
 */
export function callOrPark(j: Journey, node: PlanNode, visit: number, input: unknown): Promise<Called> {
  const parked = parkedAt(j, node, visit) ? j.state.wait?.failure : undefined;
  if (parked) return decide(j, node, visit, input, parked);
  return j.callThen(
    node,
    visit,
    input,
    (value): Called => ({ ok: true, value }),
    (err) => afterFailure(j, node, visit, input, err),
  );
}

/**
 * What a node does once its activity failed for good: its `failed` port, parking (behind the patch) or failing the
 * journey. Synchronous unless the journey parks, so a call that fails with a connected port costs no extra promise.
 */
export function afterFailure(
  j: Journey,
  node: PlanNode,
  visit: number,
  input: unknown,
  err: unknown,
): Called | Promise<Called> {
  if (!(err instanceof ActivityError)) throw err;
  const detail = { error: err.message, ...(err.type ? { type: err.type } : {}) };
  if (node.next.failed) return { ok: false, result: { port: 'failed', detail } };
  if (!j.fx.patched(ACTIVITY_FAILURE_PARKS)) return { ok: false, result: failJourney(j, node, err.message, detail) };
  return decide(j, node, visit, input, failureOf(err));
}

/** Parks at the node; a retry calls the activity again (and may park again). */
async function decide(
  j: Journey,
  node: PlanNode,
  visit: number,
  input: unknown,
  failure: ActivityFailureInfo,
): Promise<Called> {
  const decided = await park(j, node, visit, failure);
  if (decided !== 'retry') return { ok: false, result: decided };
  return callOrPark(j, node, visit, input);
}

function failJourney(j: Journey, node: PlanNode, message: string, detail: Json): NodeResult {
  j.state.error = { nodeId: node.id, message };
  return { end: 'failed', outcome: 'failed', detail };
}

/** Waits at the node for a person's decision about its failed activity. */
async function park(
  j: Journey,
  node: PlanNode,
  visit: number,
  failure: ActivityFailureInfo,
): Promise<'retry' | NodeResult> {
  const end = await j.wait(node, visit, null, () => retryAsked(j, node, visit), {
    reason: ACTIVITY_FAILED_REASON,
    failure,
  });
  const detail = { error: failure.message, ...(failure.type ? { type: failure.type } : {}) };
  switch (end) {
    case 'ready':
      takeRetry(j, node, visit);
      return 'retry';
    case 'cancelled':
      return { end: 'cancelled', outcome: 'cancelled', detail };
    case 'skipped':
      j.state.outputs[node.id] = {};
      return { port: skipPort(node), detail: { ...detail, skipped: true } };
    case 'timeout':
      // A parked wait has no deadline; a driver that ends it by time anyway gets the old behaviour.
      return failJourney(j, node, failure.message, detail);
  }
}
