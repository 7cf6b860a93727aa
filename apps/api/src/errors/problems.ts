/**
 * The catalogue of problem types the API answers with (RFC 9457). Each `type` is a relative URI that resolves to
 * the problem's entry on the reference page (`/docs#problem-<slug>`), so a client can always look one up.
 */
export const PROBLEMS = {
  'bad-request': {
    status: 400,
    title: 'Bad request',
    about: 'The request could not be read (malformed JSON, bad query).',
  },
  validation: {
    status: 422,
    title: 'Invalid request',
    about: 'The body, query or path failed validation; `errors[]` names each field (`path`) and what is wrong.',
  },
  unauthorized: {
    status: 401,
    title: 'Unauthorized',
    about: 'Not signed in and no API key, an unknown or revoked key, or a bad webhook signature.',
  },
  'session-expired': {
    status: 401,
    title: 'Session expired',
    about:
      'The session ended: idle for longer than RUTA_SESSION_IDLE_MINUTES, or older than RUTA_SESSION_MAX_HOURS (`reason`: `idle` or `absolute`). Sign in again.',
  },
  'sign-in-failed': {
    status: 401,
    title: 'Sign-in failed',
    about: 'The email or the password is not right (the answer never says which, nor whether the account exists).',
  },
  forbidden: {
    status: 403,
    title: 'Forbidden',
    about:
      'The API key or the person lacks the permission the operation needs (`requiredPermission`; keys: `requiredScope`).',
  },
  'password-change-required': {
    status: 403,
    title: 'Password change required',
    about: 'The account signed in with a one-time password: choose a new one with POST /v1/me/password first.',
  },
  'csrf-failed': {
    status: 403,
    title: 'Cross-site request refused',
    about:
      'A state-changing request with a session cookie must come from Ruta itself and carry the `X-CSRF-Token` header (from GET /v1/me). API keys need neither.',
  },
  'not-found': { status: 404, title: 'Not found', about: 'The resource does not exist (or was deleted).' },
  'method-not-allowed': {
    status: 405,
    title: 'Method not allowed',
    about: 'The path exists but not with this method.',
  },
  conflict: {
    status: 409,
    title: 'Conflict',
    about: 'The request conflicts with the current state (a stale revision, an id in use).',
  },
  'journey-not-running': {
    status: 409,
    title: 'Journey not running',
    about: 'The journey already ended; it cannot be changed.',
  },
  'journey-stuck': {
    status: 409,
    title: 'Journey stuck',
    about:
      "The journey's workflow task keeps failing in Temporal, so it cannot take a cancel, skip or retry. Terminate it with a reason (`terminate.href`), or cancel with `?force=true`.",
  },
  'nothing-to-retry': {
    status: 409,
    title: 'Nothing to retry',
    about: 'retry-step needs a running journey whose current activity has failed at least once.',
  },
  'nothing-to-skip': {
    status: 409,
    title: 'Nothing to skip',
    about: 'The journey is not waiting and no step can be skipped now.',
  },
  'step-not-skippable': {
    status: 409,
    title: 'Step cannot be skipped',
    about:
      'An activity that is running or retrying cannot be skipped from outside the journey; use retry-step or cancel.',
  },
  'flow-has-errors': {
    status: 409,
    title: 'The flow has errors',
    about:
      'The flow (its draft or the version asked for) does not compile, so it cannot be published or simulated yet; `diagnostics[]` lists each problem with its node and field.',
  },
  'not-published': { status: 409, title: 'Flow not published', about: 'The flow has no published version yet.' },
  'not-scheduled': {
    status: 409,
    title: 'Flow not scheduled',
    about: 'The flow has no schedule: it is not published, or its trigger is not a schedule.',
  },
  'payload-too-large': {
    status: 413,
    title: 'Payload too large',
    about: 'The body exceeds the size limit (`limit` bytes).',
  },
  'unsupported-media-type': {
    status: 415,
    title: 'Unsupported media type',
    about: 'Send `application/json` (or the documented type).',
  },
  'rate-limited': {
    status: 429,
    title: 'Too many requests',
    about: 'The key used up its request budget; retry after `Retry-After` seconds.',
  },
  'provider-not-configured': {
    status: 503,
    title: 'Channel provider not configured',
    about: 'The webhook secret of this provider is not set on the server, so no signature can be checked.',
  },
  unavailable: {
    status: 503,
    title: 'Service unavailable',
    about: 'A dependency (database or Temporal) does not answer.',
  },
  timeout: { status: 504, title: 'Timed out', about: 'Temporal did not answer in time (is a worker running?).' },
  internal: {
    status: 500,
    title: 'Internal error',
    about: 'An unexpected error; the `requestId` helps find it in the logs.',
  },
} as const satisfies Record<string, { status: number; title: string; about: string }>;

export type ProblemSlug = keyof typeof PROBLEMS;

/** The `type` URI of a problem. */
export const problemType = (slug: ProblemSlug): string => `/docs#problem-${slug}`;
