import { ProviderError, type ProviderErrorType, parseRetryAfter, typeForStatus } from './errors';

/** A provider's HTTP answer, read whole. */
export interface HttpAnswer {
  status: number;
  headers: Headers;
  text: string;
  json: unknown;
}

/** Default time a provider has to answer one request. */
export const DEFAULT_TIMEOUT_MS = 10_000;

/** Network errors that happen before a request reaches the provider: the message certainly did not go out. */
const NOT_SENT_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH']);

function causeCode(err: unknown): string | undefined {
  let e: unknown = err;
  for (let i = 0; i < 4 && e && typeof e === 'object'; i++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string') return code;
    e = (e as { cause?: unknown }).cause;
  }
  return undefined;
}

/**
 * One HTTP request to a provider with a timeout. Network failures become `ProviderError`s that say whether the
 * request may have reached the provider (a timeout or a reset connection: `accepted: 'unknown'`). HTTP error
 * statuses are returned, not thrown: each provider reads its own error body.
 */
export async function request(
  url: string,
  init: { method: string; headers: Record<string, string>; body?: string },
  options: { signal?: AbortSignal; timeoutMs?: number } = {},
): Promise<HttpAnswer> {
  const timeout = AbortSignal.timeout(options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
  const signal = options.signal ? AbortSignal.any([options.signal, timeout]) : timeout;
  let res: Response;
  let text: string;
  try {
    res = await fetch(url, { ...init, signal });
    text = await res.text();
  } catch (err) {
    const code = causeCode(err);
    if (code && NOT_SENT_CODES.has(code)) {
      throw new ProviderError('ProviderUnavailable', `${new URL(url).host} is unreachable (${code})`, {
        accepted: 'no',
      });
    }
    const timedOut = timeout.aborted;
    throw new ProviderError(
      'ProviderTimeout',
      timedOut
        ? `${new URL(url).host} did not answer within ${options.timeoutMs ?? DEFAULT_TIMEOUT_MS} ms`
        : `The request to ${new URL(url).host} broke off: ${(err as Error).message}`,
      { accepted: 'unknown' },
    );
  }
  let json: unknown;
  try {
    json = text ? JSON.parse(text) : undefined;
  } catch {
    json = undefined;
  }
  return { status: res.status, headers: res.headers, text, json };
}

/** A `ProviderError` for an HTTP error answer, with `Retry-After` read for 429 (and 503). */
export function httpError(
  answer: HttpAnswer,
  message: string,
  type: ProviderErrorType = typeForStatus(answer.status),
  providerCode?: string | number,
): ProviderError {
  const retryAfterMs = parseRetryAfter(answer.headers.get('retry-after'));
  return new ProviderError(type, message, {
    accepted: 'no',
    httpStatus: answer.status,
    ...(retryAfterMs !== undefined ? { retryAfterMs } : {}),
    ...(providerCode !== undefined ? { providerCode } : {}),
  });
}

/** `application/x-www-form-urlencoded` body from fields, skipping undefined ones. */
export function formBody(fields: Record<string, string | undefined>): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(fields)) if (v !== undefined) params.append(k, v);
  return params.toString();
}
