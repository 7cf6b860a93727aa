import { createLogger, type Logger, metrics, safeMessage } from '@ruta/log';
import { Context } from '@temporalio/activity';
import { ApplicationFailure } from '@temporalio/common';
import { z } from 'zod';
import type { ActivityDefinition, ActivityLogger, CallMeta } from '../define';
import { ActivityFault } from '../errors';

/** An activity as a Temporal worker registers it: `(input, meta)` in, the checked result out. */
export type TemporalActivity = (input: unknown, meta?: CallMeta) => Promise<unknown>;

export interface TemporalActivitiesOptions {
  /** The logger each activity's `ctx.logger` is a child of; a new one on stderr by default. */
  logger?: Logger;
}

/**
 * Wraps definitions as Temporal activities, registered under their reference (`name`, or `name@<version>`): input
 * checked against the zod schema (bad input fails at once, without retries, naming the field), the call context built
 * (idempotency key, journey and customer, heartbeat and the details to resume from, cancellation, a redacting logger),
 * faults mapped to Temporal's failures, error types the contract lists as non-retryable stopped at once, and the
 * output checked too.
 *
 * @example
 * const worker = await Worker.create({ taskQueue: 'orders', activities: toTemporalActivities([lookupOrder]), … });
 */
export function toTemporalActivities(
  definitions: readonly ActivityDefinition[],
  options: TemporalActivitiesOptions = {},
): Record<string, TemporalActivity> {
  const out: Record<string, TemporalActivity> = {};
  let base = options.logger;
  for (const def of definitions) {
    const ref = def.ref ?? def.name;
    if (out[ref]) throw new Error(`Two activities are registered as "${ref}"; name and version must be unique`);
    const run: TemporalActivity = async (raw, meta) => {
      const parsed = def.input.safeParse(raw);
      if (!parsed.success) {
        throw ApplicationFailure.nonRetryable(
          `Input of ${ref} is invalid: ${z.prettifyError(parsed.error)}`,
          'InvalidActivityInput',
        );
      }
      const ctx = Context.current();
      const info = ctx.info;
      const workflowId = info.workflowExecution?.workflowId ?? 'standalone';
      base ??= createLogger({ component: 'activity' });
      const journeyId = meta?.journeyId ?? workflowId;
      const nodeId = meta?.nodeId ?? info.activityId;
      const result = await withFailures(def.nonRetryableErrorTypes, () =>
        def.handler(parsed.data, {
          idempotencyKey: meta?.idempotencyKey ?? `${workflowId}:${info.activityId}`,
          journeyId,
          customerId: meta?.customerId ?? '',
          nodeId,
          visit: meta?.visit ?? 1,
          attempt: info.attempt,
          signal: ctx.cancellationSignal,
          heartbeat: (details) => ctx.heartbeat(details),
          heartbeatDetails: info.heartbeatDetails,
          logger: activityLogger(base as Logger, { activity: ref, journeyId, nodeId, attempt: info.attempt }),
        }),
      );
      const output = def.output.safeParse(result);
      if (!output.success) {
        throw ApplicationFailure.nonRetryable(
          `${ref} returned an invalid result: ${z.prettifyError(output.error)}`,
          'InvalidActivityOutput',
        );
      }
      return output.data;
    };
    out[ref] = (raw, meta) => measured(ref, () => run(raw, meta));
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

/** An activity's `ctx.logger`: a child of `base` with the call's bindings (redaction is the base logger's). */
export function activityLogger(base: Logger, bindings: Record<string, unknown>): ActivityLogger {
  const child = base.child(bindings);
  return {
    debug: (fields, message) => child.debug(fields, message),
    info: (fields, message) => child.info(fields, message),
    warn: (fields, message) => child.warn(fields, message),
    error: (fields, message) => child.error(fields, message),
  };
}

/** Turns what a handler throws into the failure Temporal should see (see {@link withSafeFailure}). */
async function withFailures<T>(nonRetryableTypes: readonly string[], run: () => Promise<T>): Promise<T> {
  try {
    return await withSafeFailure(run);
  } catch (err) {
    if (err instanceof ActivityFault) throw faultToFailure(err);
    if (err instanceof ApplicationFailure) {
      if (err.nonRetryable || !err.type || !nonRetryableTypes.includes(err.type)) throw err;
      throw ApplicationFailure.create({
        message: err.message,
        type: err.type,
        nonRetryable: true,
        details: err.details ?? undefined,
      });
    }
    if (err instanceof Error && nonRetryableTypes.includes(err.name)) {
      throw ApplicationFailure.create({ message: err.message, type: err.name, nonRetryable: true });
    }
    throw err;
  }
}

/** An {@link ActivityFault} as Temporal's failure: retryable, non-retryable, or retried after its delay. */
export function faultToFailure(fault: ActivityFault): ApplicationFailure {
  const details = fault.details === undefined ? undefined : [fault.details];
  switch (fault.kind) {
    case 'retryable':
      return ApplicationFailure.create({ message: fault.message, type: fault.type, details });
    case 'non_retryable':
      return ApplicationFailure.create({ message: fault.message, type: fault.type, nonRetryable: true, details });
    case 'retry_after':
      return ApplicationFailure.create({
        message: fault.message,
        type: fault.type,
        nextRetryDelay: fault.retryAfterMs ?? 0,
        details,
      });
    default: {
      const never: never = fault.kind;
      throw new Error(`Unknown fault kind ${String(never)}`);
    }
  }
}

/**
 * Runs a handler so that an unexpected error leaves as a failure without the values it quotes: a failure's message
 * is kept in Temporal's history (and logged by the worker) in clear, and a database error's message holds its query
 * parameters (names, phones, message text). Failures the handler chose (ApplicationFailure, ActivityFault) pass as
 * they are.
 */
async function withSafeFailure<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (err) {
    if (err instanceof ApplicationFailure || err instanceof ActivityFault || !(err instanceof Error)) throw err;
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
