// Errors as logs may show them: what went wrong and where, never the values involved. A database error keeps its SQL
// text and SQLSTATE but loses its parameters (drizzle puts them in the message: `Failed query: …\nparams: …`) and
// the driver's `detail` (`Key (email)=(ana@example.com) already exists`). Fields are kept by name (an allow-list),
// so a new field on some error type is left out until someone decides it is safe.

/** An error as it is logged. */
export interface SafeError {
  type: string;
  message: string;
  stack?: string;
  /** The SQL text of a failed query (never its parameters). */
  query?: string;
  cause?: SafeError;
  [field: string]: unknown;
}

/** Fields that say where and what, never with which values. */
const KEEP = [
  'code',
  'severity',
  'schema',
  'table',
  'column',
  'constraint',
  'routine',
  'type',
  'status',
  'slug',
  'workflowId',
  'runId',
  'activityType',
  'retryState',
  'nonRetryable',
] as const;

/** Parts of messages that carry values: drizzle's parameter list, and PostgreSQL's quoted input in type errors. */
const VALUE_PATTERNS: [RegExp, string][] = [
  [/\n\s*params: [\s\S]*$/, '\nparams: [redacted]'],
  [/((?:for type|for enum) [\w." ]+: )"(?:[^"\\]|\\.)*"/g, '$1"[redacted]"'],
  [/\bKey \(([^)]*)\)=\((?:[^()]|\([^)]*\))*\)/g, 'Key ($1)=([redacted])'],
];

/** A message with the values it quotes taken out. */
export function safeMessage(message: string): string {
  let out = message;
  for (const [pattern, replacement] of VALUE_PATTERNS) out = out.replace(pattern, replacement);
  return out;
}

/** Any thrown value as it may be logged: allow-listed fields, values out of messages and stacks, causes likewise. */
export function safeError(err: unknown, depth = 0): SafeError {
  if (!(err instanceof Error)) {
    return { type: typeof err, message: typeof err === 'string' ? safeMessage(err) : '[non-error value]' };
  }
  const message = safeMessage(err.message);
  const out: SafeError = { type: err.constructor?.name || err.name || 'Error', message };
  if (err.stack) {
    // The stack's head repeats the original message (with any values in it): rebuilt from the safe one and the frames.
    const frames = err.stack.split('\n').filter((line) => /^\s+at /.test(line));
    out.stack = [`${out.type}: ${message}`, ...frames].join('\n');
  }
  const fields = err as unknown as Record<string, unknown>;
  for (const key of KEEP) {
    const value = fields[key];
    // A failure's `type` (ApplicationFailure) must not replace the error's class name.
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
      (out as Record<string, unknown>)[key === 'type' ? 'failureType' : key] = value;
    }
  }
  if (typeof fields.query === 'string') out.query = fields.query;
  if (depth < 3 && fields.cause !== undefined && fields.cause !== null) out.cause = safeError(fields.cause, depth + 1);
  return out;
}
