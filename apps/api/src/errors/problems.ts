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

/**
 * Finer codes for situations a person meets in the designer, each answered as the problem type it belongs to. A
 * problem's `code` is one of these or its type's slug: a stable name a client phrases in its own language (the
 * designer in Spanish and English) from the code and the problem's other members, while `title` and `detail` stay in
 * English for systems and logs.
 */
export const PROBLEM_REASONS = {
  'case-held': { problem: 'conflict', about: 'Someone else took the case.' },
  'case-closed': { problem: 'conflict', about: 'The case is already closed (`caseStatus`).' },
  'not-a-case': { problem: 'conflict', about: 'The ticket is a CRM ticket, not a hand-off.' },
  'case-in-queue': { problem: 'conflict', about: 'The case is already in that queue (`queue`).' },
  'person-only': { problem: 'conflict', about: 'Only a signed-in person can do this, not an API key.' },
  'assignee-inactive': { problem: 'conflict', about: 'The person to assign is not active.' },
  'assignee-not-in-queue': { problem: 'conflict', about: 'The person to assign does not work the queue (`queue`).' },
  'customer-erased': { problem: 'conflict', about: "The customer's data was erased." },
  'no-reply-channel': {
    problem: 'conflict',
    about: 'The customer never wrote and their profile has no phone or email: say which channel to answer on.',
  },
  'stale-draft': {
    problem: 'conflict',
    about: 'The draft changed meanwhile (`currentRevision`): reload and edit again.',
  },
  'flow-exists': { problem: 'conflict', about: 'A flow with that id exists; import with `?replace=true`.' },
  'own-account': { problem: 'conflict', about: 'A person cannot deactivate their own account.' },
  'last-admin': { problem: 'conflict', about: 'The last active admin cannot stop being one.' },
  'wrong-password': { problem: 'validation', about: 'The current password is not right.' },
  'same-password': { problem: 'validation', about: 'The new password equals the current one.' },
  'weak-password': { problem: 'validation', about: 'The password breaks a rule (`passwordProblem`).' },
  'journey-ended': { problem: 'journey-not-running', about: 'The journey already ended (`journeyStatus`).' },
} as const satisfies Record<string, { problem: ProblemSlug; about: string }>;

export type ProblemReason = keyof typeof PROBLEM_REASONS;

/** A problem's machine `code`: the slug of its type, or a finer reason under it. */
export type ProblemCode = ProblemSlug | ProblemReason;

/** Every code the API can answer in a problem's `code`. */
export const PROBLEM_CODES = [...Object.keys(PROBLEMS), ...Object.keys(PROBLEM_REASONS)] as [
  ProblemCode,
  ...ProblemCode[],
];

/** The problem type a code is answered as. */
export const slugOf = (code: ProblemCode): ProblemSlug =>
  code in PROBLEM_REASONS ? PROBLEM_REASONS[code as ProblemReason].problem : (code as ProblemSlug);

/** The `type` URI of a problem. */
export const problemType = (slug: ProblemSlug): string => `/docs#problem-${slug}`;
