import type { CustomerProfile, PendingWait } from '../journey';
import { MISSING_DATA_REASON } from './nodes';
import { ACTIVITY_FAILED_REASON } from './parking';

/** What the `retryStep` update asks: the node it expects the journey at, and for a held send a fresh profile. */
export interface RetryRequest {
  nodeId?: string;
  /** The customer's profile as it is now (a send held for missing data renders with it). */
  customer?: CustomerProfile;
}

const STRING_FIELDS = ['name', 'email', 'phone', 'timeZone', 'tier'] as const;

/**
 * Why a journey waiting at `wait` cannot take this retry, or null when it can (pure: the update's validator). A
 * journey is retried when it is parked at a failed step or holds a send for missing data; a fresh profile is taken
 * only for the latter (a parked activity runs again with the input it had) and only for the journey's own customer.
 */
export function retryRefusal(
  wait: PendingWait | null,
  customerId: string,
  request: RetryRequest | undefined,
): string | null {
  const reason = wait?.reason;
  if (!wait || (reason !== ACTIVITY_FAILED_REASON && reason !== MISSING_DATA_REASON)) {
    return 'The journey is not parked at a failed step nor holding a message for missing data';
  }
  if (request?.nodeId && request.nodeId !== wait.nodeId) {
    return `The journey waits at ${wait.nodeId}, not at ${request.nodeId}`;
  }
  const c = request?.customer;
  if (c === undefined) return null;
  if (reason !== MISSING_DATA_REASON) {
    return 'A fresh customer profile is only taken by a journey holding a message for missing data';
  }
  if (typeof c !== 'object' || c === null || typeof c.id !== 'string') return 'The customer profile has no id';
  if (c.id !== customerId) return `The profile is of customer ${c.id}, not of this journey's customer ${customerId}`;
  const wrong = STRING_FIELDS.find((f) => c[f] !== undefined && typeof c[f] !== 'string');
  if (wrong) return `The customer profile's ${wrong} is not text`;
  if (c.locale !== undefined && c.locale !== 'es' && c.locale !== 'en')
    return "The customer profile's locale is not es or en";
  return null;
}
