import type { Logger } from '@ruta/log';
import { MockActivityEnvironment } from '@temporalio/testing';
import type { ActivityDefinition, CallMeta } from '../define';
import { toTemporalActivities } from '../temporal';

/** How {@link runActivity} runs: the attempt, the details a previous attempt heartbeated, the journey's meta. */
export interface RunActivityOptions {
  attempt?: number;
  heartbeatDetails?: unknown;
  meta?: Partial<CallMeta>;
  /** Cancels the activity after this many heartbeats (to test that it stops). */
  cancelAfterHeartbeats?: number;
  logger?: Logger;
}

/** What came of running an activity alone. */
export interface RunActivityResult {
  /** The checked result, when it succeeded. */
  output?: unknown;
  /** The failure Temporal would record (an `ApplicationFailure`: `type`, `nonRetryable`, `nextRetryDelay`). */
  failure?: Error & { type?: string | null; nonRetryable?: boolean; nextRetryDelay?: unknown };
  heartbeats: unknown[];
}

/**
 * Runs one activity exactly as a worker would (input and output checked, faults turned into Temporal failures) inside
 * Temporal's `MockActivityEnvironment`: no server, but Temporal's own activity context, heartbeats and cancellation.
 *
 * @example
 * const { failure } = await runActivity(lookupOrder, { orderId: 'missing' });
 * expect(failure).toMatchObject({ type: 'OrderNotFound', nonRetryable: true });
 */
export async function runActivity(
  def: ActivityDefinition,
  input: unknown,
  options: RunActivityOptions = {},
): Promise<RunActivityResult> {
  const fn = toTemporalActivities([def], options.logger ? { logger: options.logger } : {})[def.ref ?? def.name]!;
  const env = new MockActivityEnvironment({
    attempt: options.attempt ?? 1,
    heartbeatDetails: options.heartbeatDetails,
    activityType: def.ref ?? def.name,
  });
  const heartbeats: unknown[] = [];
  env.on('heartbeat', (details: unknown) => {
    heartbeats.push(details);
    if (options.cancelAfterHeartbeats !== undefined && heartbeats.length >= options.cancelAfterHeartbeats) env.cancel();
  });
  const meta: CallMeta = {
    idempotencyKey: 'journey:f_test:c_test:e_test:n_test:1',
    journeyId: 'journey:f_test:c_test:e_test',
    nodeId: 'n_test',
    visit: 1,
    customerId: 'c_test',
    ...options.meta,
  };
  try {
    return { output: await env.run(fn, input, meta), heartbeats };
  } catch (err) {
    return { failure: err as RunActivityResult['failure'] & Error, heartbeats };
  }
}
