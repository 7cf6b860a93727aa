import { z } from '@hono/zod-openapi';

/** RFC 9457 problem details, as every error is answered. */
export const Problem = z
  .object({
    type: z.string().openapi({ example: '/docs#problem-validation' }),
    title: z.string(),
    status: z.number().int(),
    detail: z.string().optional(),
    instance: z.string().optional(),
    requestId: z.string().optional(),
    errors: z
      .array(z.object({ path: z.string(), message: z.string() }))
      .optional()
      .openapi({ description: 'Invalid fields (validation problems): dotted path and message' }),
  })
  .catchall(z.unknown())
  .openapi('Problem');

/** The problem responses most routes can give, for the OpenAPI document. */
export function problems(...statuses: number[]) {
  const text: Record<number, string> = {
    400: 'Unreadable request (malformed JSON)',
    401: 'Missing, unknown or revoked API key',
    403: 'The key lacks the required scope',
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

/** A JSON body. */
export const jsonBody = <T extends z.ZodType>(schema: T, description?: string, required = true) => ({
  required,
  ...(description ? { description } : {}),
  content: { 'application/json': { schema } },
});

/** Any JSON value (documents, plans, journey variables). */
export const AnyJson = z.unknown().openapi({ type: 'object', description: 'JSON' });
