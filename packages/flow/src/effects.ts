import type { StepRecord } from './journey';
import type { ActivityOptions } from './plan';

/** What an activity call is about, for idempotency keys and error reports. */
export interface ActivityCallMeta {
  nodeId: string;
  visit: number;
  /** `<journey id>:<node id>:<visit>`: the same across retries and continue-as-new. */
  idempotencyKey: string;
}

/**
 * Everything the interpreter needs from the world and from time. The Temporal driver implements it with
 * activities, durable timers and conditions; the simulator with a virtual clock and scripted results.
 */
export interface Effects {
  /** The journey's id (the workflow id in Temporal): stable across continue-as-new. */
  readonly journeyId: string;
  /** The current time in ms since the epoch (deterministic in both drivers). */
  now(): number;
  /**
   * Resolves `true` as soon as `ready()` holds, or `false` once the clock reaches `deadline`
   * (null: no deadline). `ready` is re-checked whenever something arrives.
   */
  waitUntil(ready: () => boolean, deadline: number | null): Promise<boolean>;
  /**
   * Runs an activity with the node's retry policy; rejects when it fails for good, with an ActivityError or with
   * what `activityError` turns into one.
   */
  callActivity(name: string, input: unknown, options: ActivityOptions, meta: ActivityCallMeta): Promise<unknown>;
  /**
   * Turns what `callActivity` rejected with into an ActivityError (other errors as they are). For drivers whose calls
   * reject with their own failures: the interpreter translates where it handles the failure, so a call costs no
   * continuation of its own. Absent: calls already reject with ActivityError.
   */
  activityError?(activity: string, err: unknown): unknown;
  /** Writes a step to the step store, outside the workflow history. */
  record(step: StepRecord): void;
  /** True when the history has grown enough that the journey should continue as new. */
  continueAsNewSuggested(): boolean;
  /**
   * Guards an interpreter change that alters the commands of plans already running: true for journeys that
   * reach this point after the change, false while replaying a history recorded before it. Name patches
   * after what changed (`send-defers-quiet-hours`), never reuse a name, and keep the old branch until no
   * journey started before the change is still running.
   */
  patched(id: string): boolean;
}

/** An activity that failed for good (retries exhausted or a non-retryable error); drivers throw it. */
export class ActivityError extends Error {
  constructor(
    readonly activity: string,
    message: string,
    readonly type?: string,
  ) {
    super(message);
    this.name = 'ActivityError';
  }
}
