/**
 * How an activity says that a call failed, and what a retry can do about it. The worker turns a fault into Temporal's
 * `ApplicationFailure` (retryable, non-retryable, or retryable after a delay), so the activity's code does not depend
 * on a Temporal SDK. Any other error thrown is retried by the activity's policy.
 */
export type FaultKind = 'retryable' | 'non_retryable' | 'retry_after';

/** A failure an activity reports on purpose (see {@link retryable}, {@link nonRetryable}, {@link retryAfter}). */
export class ActivityFault extends Error {
  override readonly name = 'ActivityFault';
  constructor(
    readonly kind: FaultKind,
    message: string,
    /** A stable name for the failure (`OrderNotFound`): the journey's `failed` port and Watch show it. */
    readonly type: string,
    /** For `retry_after`: how long Temporal waits before the next attempt. */
    readonly retryAfterMs?: number,
    /** Facts for whoever reads the failure (kept in Temporal's history: no personal data). */
    readonly details?: unknown,
  ) {
    super(message);
  }
}

/**
 * A failure that a later attempt may not have (a timeout, a 5xx): retried by the activity's policy.
 *
 * @example
 * if (res.status >= 500) throw retryable(`The order service answered ${res.status}`, 'OrderServiceUnavailable');
 */
export function retryable(message: string, type = 'Retryable', details?: unknown): ActivityFault {
  return new ActivityFault('retryable', message, type, undefined, details);
}

/**
 * A failure no retry can fix (a 404, a refused card): the journey leaves the node by its `failed` port at once.
 *
 * @example
 * if (res.status === 404) throw nonRetryable(`Order ${input.orderId} does not exist`, 'OrderNotFound');
 */
export function nonRetryable(message: string, type = 'NonRetryable', details?: unknown): ActivityFault {
  return new ActivityFault('non_retryable', message, type, undefined, details);
}

/**
 * A failure to retry after a given delay, whatever the backoff says (a 429 with Retry-After).
 *
 * @example
 * throw retryAfter(Number(res.headers.get('retry-after') ?? 5) * 1000, 'Rate limited', 'RateLimited');
 */
export function retryAfter(delayMs: number, message: string, type = 'RetryAfter', details?: unknown): ActivityFault {
  if (!Number.isFinite(delayMs) || delayMs < 0) throw new Error(`retryAfter needs a delay in ms ≥ 0, not ${delayMs}`);
  return new ActivityFault('retry_after', message, type, Math.round(delayMs), details);
}
