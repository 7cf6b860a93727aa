import { createLogger } from '@ruta/log';
import type { ActivityContext } from '../define';
import { activityLogger } from '../temporal';

/** A context an activity's own test builds, with what the activity did to it kept for the test to read. */
export interface TestActivityContext extends ActivityContext {
  /** Each `heartbeat(details)` call, in order. */
  heartbeats: unknown[];
  /** The log lines, as the worker would write them (JSON, personal data already redacted). */
  logs: Record<string, unknown>[];
  /** Aborts `signal`, as Temporal's cancellation would. */
  cancel(): void;
}

/**
 * A call context for running a handler directly in a unit test: a journey-like idempotency key and ids, a logger that
 * redacts exactly like the worker's (lines kept in `logs`), heartbeats kept in `heartbeats`, and a `cancel()`.
 *
 * @example
 * const ctx = testActivityContext({ attempt: 2, heartbeatDetails: { page: 3 } });
 * await lookupOrder.handler({ orderId: 'A-1' }, ctx);
 * expect(ctx.heartbeats).toEqual([{ page: 4 }]);
 */
export function testActivityContext(over: Partial<ActivityContext> = {}): TestActivityContext {
  const journeyId = over.journeyId ?? 'journey:f_test:c_test:e_test';
  const nodeId = over.nodeId ?? 'n_test';
  const visit = over.visit ?? 1;
  const logs: Record<string, unknown>[] = [];
  const heartbeats: unknown[] = [];
  const abort = new AbortController();
  const base = createLogger({
    component: 'activity',
    level: 'debug',
    destination: { write: (line: string) => logs.push(JSON.parse(line) as Record<string, unknown>) },
  });
  const log = activityLogger(base, { journeyId, nodeId });
  return {
    idempotencyKey: over.idempotencyKey ?? `${journeyId}:${nodeId}:${visit}`,
    journeyId,
    customerId: over.customerId ?? 'c_test',
    nodeId,
    visit,
    attempt: over.attempt ?? 1,
    signal: over.signal ?? abort.signal,
    heartbeat: (details) => {
      heartbeats.push(details);
      over.heartbeat?.(details);
    },
    heartbeatDetails: over.heartbeatDetails,
    logger: over.logger ?? log,
    heartbeats,
    logs,
    cancel: () => abort.abort(),
  };
}
