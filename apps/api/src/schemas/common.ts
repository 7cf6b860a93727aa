import { z } from '@hono/zod-openapi';
import { PROBLEM_CODES } from '../errors/problems';
import { jsonProblems, MAX_JSON_DEPTH } from '../lib/json-guard';
import { parseTimestamp, TIMESTAMP_PATTERN } from '../lib/timestamp';

// ---------------------------------------------------------------------------------------------------------------
// Building blocks of every request schema. They encode, once, what Ruta stores (see lib/json-guard.ts): text is kept
// as sent, except NUL and unpaired surrogates, which are refused naming the field; integers fit PostgreSQL's
// `integer`; times are RFC 3339 with an offset, within what timestamptz holds, and are normalised to UTC; free-form
// JSON is bounded in depth. Each constraint is also in the OpenAPI document (pattern, maximum, format, enum).

export { MAX_JSON_DEPTH };

/** Largest value of PostgreSQL's `integer` (versions, limits, revisions). */
/** Words a person reads, in Spanish and English (every message a business user reads comes in both). */
export const Localized = z.object({ es: z.string(), en: z.string() });

export const INT32_MAX = 2_147_483_647;

// biome-ignore lint/suspicious/noControlCharactersInRegex: refusing control characters is the point
const NO_NUL = /^[^\u0000]*$/;
const NUL_MESSAGE = 'NUL characters (\\u0000) are not allowed';
const LONE_SURROGATE = /\p{Cs}/u;
const SURROGATE_MESSAGE = 'Unpaired UTF-16 surrogates (e.g. \\ud800) are not allowed: send valid Unicode text';
/** Text with a character other than NUL and ASCII white space (explicit classes, so every regex engine agrees). */
// biome-ignore lint/suspicious/noControlCharactersInRegex: refusing control characters is the point
const NON_BLANK = /^[^\u0000]*[^\u0000\t\n\v\f\r ][^\u0000]*$/;
/**
 * Ids: no control characters, no leading or trailing space — ASCII or Unicode (what String.prototype.trim removes:
 * NBSP, the U+2000 spaces, ideographic space, BOM…), so an id never changes when some part of Ruta trims it.
 */
const EDGE = '\\u0000-\\u0020\\u007f\\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000\\ufeff';
const ID = new RegExp(`^[^${EDGE}](?:[^\\u0000-\\u001f\\u007f]*[^${EDGE}])?$`);

const wellFormed = <T extends z.ZodString>(s: T) =>
  s.refine((v) => !LONE_SURROGATE.test(v), SURROGATE_MESSAGE) as unknown as T;

/**
 * Free text (names, messages, notes), stored as sent: `max` characters, no NUL, no unpaired surrogates; with
 * `nonBlank`, at least one character that is not white space.
 *
 * @example
 * const Note = text({ max: 2000 });
 */
export function text({ max, min = 0, nonBlank = false }: { max: number; min?: number; nonBlank?: boolean }) {
  const base = z
    .string()
    .min(nonBlank ? Math.max(min, 1) : min)
    .max(max);
  return wellFormed(
    nonBlank
      ? base.regex(NON_BLANK, 'Must have a character other than white space (and no NUL)')
      : base.regex(NO_NUL, NUL_MESSAGE),
  );
}

/** An identifier chosen by a caller (customer, event, message ids): 1–`max` characters, no control characters, no leading or trailing space. */
export function id(max = 200) {
  return wellFormed(
    z
      .string()
      .min(1)
      .max(max)
      .regex(ID, 'Ids have no control characters (such as NUL) and no leading or trailing space'),
  );
}

/** An integer PostgreSQL's `integer` holds, at least `min`. */
export const int32 = (min = 1) => z.number().int().min(min).max(INT32_MAX);

/**
 * An integer in a path or query parameter, `min`–`max`: decimal digits only (no spaces, exponents or hex, which a
 * loose Number() would let through), so what the document calls an integer is exactly what is accepted.
 */
export const intParam = (min = 1, max = INT32_MAX) =>
  z.preprocess(
    (v) => (typeof v === 'string' && /^-?[0-9]{1,16}$/.test(v) ? Number(v) : v),
    z.number().int().min(min).max(max),
  );

/** A time: RFC 3339 with an offset (up to ±15:59), years 0001–9999; the value is normalised to UTC. */
export const Timestamp = z
  .string()
  .regex(
    new RegExp(TIMESTAMP_PATTERN),
    'Use an ISO 8601 (RFC 3339) time with an offset up to ±15:59, e.g. 2026-03-02T10:00:00-03:00',
  )
  .superRefine((value, ctx) => {
    const parsed = parseTimestamp(value);
    if (!parsed.ok && new RegExp(TIMESTAMP_PATTERN).test(value))
      ctx.addIssue({ code: 'custom', message: parsed.message });
  })
  .overwrite((value) => {
    const parsed = parseTimestamp(value);
    return parsed.ok ? parsed.iso : value;
  })
  .openapi({ format: 'date-time', example: '2026-03-02T10:00:00-03:00' });

const ZONES = new Set(['UTC', ...Intl.supportedValuesOf('timeZone')]);

/**
 * An IANA time zone name as the server's ICU knows it (canonical names, and UTC). The document says `string` with
 * format `timezone`, not an enum of this server's list: another ICU (a browser's, a newer server's) names zones its
 * own way, and a generated client must not be typed by this machine's list.
 */
export const TimeZone = z
  .string()
  .refine((tz) => ZONES.has(tz), 'Use an IANA time zone by its canonical name, e.g. America/Santiago')
  .openapi({
    format: 'timezone',
    description: 'An IANA time zone (canonical name), e.g. America/Santiago',
    example: 'America/Santiago',
  });

/** Adds an issue for each value of a parsed JSON value that Ruta cannot store. */
function guardJson(value: unknown, ctx: z.RefinementCtx): void {
  for (const p of jsonProblems(value)) ctx.addIssue({ code: 'custom', path: p.path, message: p.message });
}

/** Free-form JSON object (event data, custom attributes): any JSON, nested at most MAX_JSON_DEPTH deep, no NUL. */
export const JsonObject = z
  .record(z.string(), z.unknown())
  .superRefine(guardJson)
  .openapi({
    type: 'object',
    description: `Any JSON object, nested at most ${MAX_JSON_DEPTH} deep; strings and keys without NUL or unpaired surrogates`,
  });

/**
 * A request body schema behind the JSON guard: the whole parsed body is checked once (depth, NUL, surrogates,
 * overflowing numbers) before `schema` sees it, so every route that takes JSON refuses what Ruta cannot store, even
 * in fields its schema leaves free.
 */
export const guarded = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value, ctx) => {
    guardJson(value, ctx as unknown as z.RefinementCtx);
    return value;
  }, schema);

/** RFC 9457 problem details, as every error is answered. */
export const Problem = z
  .object({
    type: z.string().openapi({ example: '/docs#problem-validation' }),
    title: z.string(),
    code: z.enum(PROBLEM_CODES).openapi({
      description:
        "A stable machine code: the type's slug or a finer reason under it (see /docs#problems). Clients phrase the problem in their language from it and the other members; `title` and `detail` are English.",
    }),
    status: z.number().int(),
    detail: z.string().optional(),
    instance: z.string().optional(),
    requestId: z.string().optional(),
    errors: z
      .array(
        z.object({
          path: z.string(),
          message: z.string(),
          code: z.string().optional().openapi({ description: '`required`, or the check that failed (`too_small`…)' }),
          limit: z.number().optional().openapi({ description: 'The bound of a size or range check' }),
        }),
      )
      .optional()
      .openapi({ description: 'Invalid fields (validation problems): dotted path, message and code' }),
  })
  .catchall(z.unknown())
  .openapi('Problem');

/** The problem responses most routes can give, for the OpenAPI document. */
export function problems(...statuses: number[]) {
  const text: Record<number, string> = {
    400: 'Unreadable request (malformed JSON)',
    401: 'Not signed in (or the session expired), or a missing, unknown or revoked API key',
    403: 'The key or the person lacks the required permission, or a cross-site request',
    404: 'Not found',
    409: 'Conflict with the current state',
    413: 'Body too large',
    415: 'Unsupported media type',
    422: 'Invalid request: `errors[]` names the fields',
    429: 'Rate limited: see Retry-After',
    503: 'A dependency is unavailable',
    504: 'Temporal did not answer in time',
  };
  return Object.fromEntries(
    statuses.map((s) => [
      s,
      { description: text[s] ?? 'Error', content: { 'application/problem+json': { schema: Problem } } },
    ]),
  );
}

/** The responses every authenticated route may give. */
export const AUTH_PROBLEMS = [401, 403, 429] as const;

export const json = <T extends z.ZodType>(schema: T, description: string) => ({
  description,
  content: { 'application/json': { schema } },
});

/** A JSON body, behind the JSON guard (see {@link guarded}). */
export const jsonBody = <T extends z.ZodType>(schema: T, description?: string, required = true) => ({
  required,
  ...(description ? { description } : {}),
  content: { 'application/json': { schema: guarded(schema) } },
});

/** Any JSON value (documents, plans, journey variables). */
export const AnyJson = z.unknown().openapi({ type: 'object', description: 'JSON' });
