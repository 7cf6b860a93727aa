import { metrics, safeMessage } from '@ruta/log';
import type { ActivityDefinition, CallMeta } from '@ruta/sdk';
import { Context } from '@temporalio/activity';
import { ApplicationFailure } from '@temporalio/common';
import { z } from 'zod';
import { audienceActivities } from './activities/audience';
import { channelSendActivity } from './activities/channel';
import { crmActivities } from './activities/crm';
import { handoffActivity } from './activities/handoff';
import { kbSearchActivity } from './activities/kb';
import { sentimentActivity } from './activities/sentiment';
import { DbStore } from './store/db-store';
import type { WorkerStore } from './store/types';

type TemporalActivity = (input: unknown, meta?: CallMeta) => Promise<unknown>;

/** Every built-in activity, implemented on a store (audience runs need the database store). */
export function builtinActivities(store: WorkerStore): ActivityDefinition[] {
  return [
    channelSendActivity(store),
    sentimentActivity,
    ...crmActivities(store),
    handoffActivity(store),
    ...audienceActivities(store instanceof DbStore ? store.db : null),
    kbSearchActivity(store),
  ] as unknown as ActivityDefinition[];
}

/**
 * Wraps definitions as Temporal activities: input checked against the zod schema (bad input fails at once,
 * without retries, naming the field), the call context built, and the output checked too.
 */
export function toTemporalActivities(definitions: ActivityDefinition[]): Record<string, TemporalActivity> {
  const out: Record<string, TemporalActivity> = {};
  for (const def of definitions) {
    if (out[def.name]) throw new Error(`Two activities are named "${def.name}"; names must be unique`);
    out[def.name] = (raw, meta) => measured(def.name, () => run(raw, meta));
    const run: TemporalActivity = async (raw, meta) => {
      const parsed = def.input.safeParse(raw);
      if (!parsed.success) {
        throw ApplicationFailure.nonRetryable(
          `Input of ${def.name} is invalid: ${z.prettifyError(parsed.error)}`,
          'InvalidActivityInput',
        );
      }
      const ctx = Context.current();
      const info = ctx.info;
      const workflowId = info.workflowExecution?.workflowId ?? 'standalone';
      const result = await withSafeFailure(() =>
        def.handler(parsed.data, {
          idempotencyKey: meta?.idempotencyKey ?? `${workflowId}:${info.activityId}`,
          journeyId: meta?.journeyId ?? workflowId,
          nodeId: meta?.nodeId ?? info.activityId,
          visit: meta?.visit ?? 1,
          attempt: info.attempt,
          signal: ctx.cancellationSignal,
          heartbeat: (details) => ctx.heartbeat(details),
        }),
      );
      const output = def.output.safeParse(result);
      if (!output.success) {
        throw ApplicationFailure.nonRetryable(
          `${def.name} returned an invalid result: ${z.prettifyError(output.error)}`,
          'InvalidActivityOutput',
        );
      }
      return output.data;
    };
  }
  return out;
}

/** Times an activity attempt and counts its failure by kind (the ApplicationFailure type, else the error's name). */
async function measured<T>(activity: string, attempt: () => Promise<T>): Promise<T> {
  const counters = metrics();
  const timer = counters.activityDuration.startTimer({ activity });
  try {
    const result = await attempt();
    timer({ outcome: 'ok' });
    return result;
  } catch (err) {
    timer({ outcome: 'failed' });
    const kind =
      err instanceof ApplicationFailure
        ? (err.type ?? 'ApplicationFailure')
        : err instanceof Error
          ? err.name
          : 'unknown';
    counters.activityFailures.inc({ activity, kind });
    throw err;
  }
}

/**
 * Runs a handler so that an unexpected error leaves as a failure without the values it quotes: a failure's message
 * is kept in Temporal's history (and logged by the worker) in clear, and a database error's message holds its query
 * parameters (names, phones, message text). Failures the handler chose (ApplicationFailure) pass as they are.
 */
async function withSafeFailure<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (err) {
    if (err instanceof ApplicationFailure || !(err instanceof Error)) throw err;
    const safe = safeMessage(err.message);
    if (safe === err.message && !hasValues(err)) throw err;
    throw ApplicationFailure.create({ message: safe, type: err.name === 'Error' ? err.constructor.name : err.name });
  }
}

/** Whether an error (or its cause) carries driver details or parameters, which must not reach a failure. */
function hasValues(err: Error): boolean {
  const e = err as Error & { params?: unknown; detail?: unknown; cause?: unknown };
  if (e.params !== undefined || e.detail !== undefined) return true;
  return e.cause instanceof Error ? hasValues(e.cause) : false;
}
