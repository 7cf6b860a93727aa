/**
 * How a provider call failed, in the terms the send path needs: may it be retried, and did the message go out?
 * Types that a retry cannot fix are non-retryable in the `channel.send` contract.
 */
export type ProviderErrorType =
  /** The number or address does not exist or cannot receive on this channel. */
  | 'InvalidRecipient'
  /** The customer unsubscribed from this sender (e.g. replied STOP). */
  | 'OptedOut'
  /** A template was refused, missing, or is needed (WhatsApp outside the 24-hour window). */
  | 'TemplateRejected'
  /** Credentials or sender configuration are wrong: a retry cannot fix it. */
  | 'ProviderAuth'
  /** Any other permanent refusal (bad request). */
  | 'ProviderRejected'
  /** 429: try again after `retryAfterMs`. */
  | 'RateLimited'
  /** 5xx, connection refused, DNS: the provider did not take the message. */
  | 'ProviderUnavailable'
  /** No answer in time, or the connection broke after the request was sent: the message may have gone out. */
  | 'ProviderTimeout';

const NON_RETRYABLE = new Set<ProviderErrorType>([
  'InvalidRecipient',
  'OptedOut',
  'TemplateRejected',
  'ProviderAuth',
  'ProviderRejected',
]);

export interface ProviderErrorOptions {
  /** `no`: the provider certainly did not take the message; `unknown`: it may have. Default `no`. */
  accepted?: 'no' | 'unknown';
  retryAfterMs?: number;
  /** The provider's own error code (Twilio 21211, Meta 131026, SMTP 550). */
  providerCode?: string | number;
  httpStatus?: number;
}

/** A provider call that failed, classified. */
export class ProviderError extends Error {
  override readonly name = 'ProviderError';
  readonly retryable: boolean;
  readonly accepted: 'no' | 'unknown';
  readonly retryAfterMs: number | undefined;
  readonly providerCode: string | number | undefined;
  readonly httpStatus: number | undefined;

  constructor(
    readonly type: ProviderErrorType,
    message: string,
    options: ProviderErrorOptions = {},
  ) {
    super(message);
    this.retryable = !NON_RETRYABLE.has(type);
    this.accepted = options.accepted ?? 'no';
    this.retryAfterMs = options.retryAfterMs;
    this.providerCode = options.providerCode;
    this.httpStatus = options.httpStatus;
  }
}

/** `Retry-After` as milliseconds: delta-seconds or an HTTP date (relative to `now`). */
export function parseRetryAfter(value: string | null | undefined, now = Date.now()): number | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Math.round(Number(trimmed) * 1000);
  const at = Date.parse(trimmed);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

/** The usual meaning of an HTTP status when the provider's own error code says nothing more specific. */
export function typeForStatus(status: number): ProviderErrorType {
  if (status === 429) return 'RateLimited';
  if (status === 401 || status === 403) return 'ProviderAuth';
  if (status >= 500 || status === 408) return 'ProviderUnavailable';
  return 'ProviderRejected';
}
