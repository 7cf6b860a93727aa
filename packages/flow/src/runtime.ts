/**
 * The part of the flow language that runs inside a journey workflow: the interpreter and its state.
 * It imports neither the compiler nor zod, so the workflow bundle stays small and deterministic.
 */
export { type ActivityCallMeta, ActivityError, type Effects } from './effects';
export type * from './journey';
export type { ActivityOptions, Plan, PlanNode } from './plan';
export { ContinueAsNewNow, type RunResult, runJourney } from './runtime/interpreter';
export { ACTIVITY_FAILED_REASON } from './runtime/parking';
export { type RetryRequest, retryRefusal } from './runtime/retry';
export { deliver, initialState } from './runtime/state';
export type * from './schedule/run';
export { AUDIENCE_ACTIVITIES, audienceEventId, audienceWorkflowId } from './schedule/run';
