import { createRoute, type RouteConfig } from '@hono/zod-openapi';
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../context';
import { ApiError } from '../errors/api-error';
import type { Scope } from '../middleware/auth';
import { AUTH_PROBLEMS, problems } from '../schemas/common';

/** Middleware that authenticates a key with a scope, then rate-limits it. */
export type Guard = (scope: Scope) => MiddlewareHandler<AppEnv>[];

/** OpenAPI extension naming the scope a route needs (the reference page and the auth tests read it). */
export const SCOPE_EXTENSION = 'x-required-scope';

/** What a route does beyond its inputs, for the statuses it can answer. */
export interface RouteTraits {
  /** Statuses the handler itself answers (404, 409…). */
  problems?: number[];
  /** The route calls Temporal: it may answer 503 (unavailable) and 504 (no answer in time). */
  temporal?: boolean;
}

/**
 * Every status a route can answer, derived from what it takes, so the OpenAPI document never leaves one out: 422
 * for invalid path, query or body; 400 (unreadable), 413 (too large) and 415 (wrong media type) for a body; 503/504
 * when it calls Temporal; 500 always (an unexpected error, with a request id to find it in the logs).
 */
export function routeProblems(route: RouteConfig, traits: RouteTraits = {}): number[] {
  const statuses = new Set<number>(traits.problems ?? []);
  const request = route.request;
  if (request?.params || request?.query || request?.headers) statuses.add(422);
  if (request?.body) for (const s of [400, 413, 415, 422]) statuses.add(s);
  if (traits.temporal) for (const s of [503, 504]) statuses.add(s);
  statuses.add(500);
  return [...statuses].sort((a, b) => a - b);
}

/**
 * A public route (no API key): its config with every problem it can answer (see {@link routeProblems}).
 *
 * @example
 * app.openapi(route({ method: 'get', path: '/healthz', responses: { 200: ... } }), handler);
 */
export function route<R extends RouteConfig>(config: R, traits: RouteTraits = {}): R {
  const own = config.middleware === undefined ? [] : [config.middleware].flat();
  return createRoute({
    ...config,
    ...(config.request?.body?.required ? { middleware: [...own, requireBody] } : {}),
    responses: { ...problems(...routeProblems(config, traits)), ...config.responses },
  }) as unknown as R;
}

/** A route whose body is required: a request without one (no Content-Type, nothing sent) is 400, not read as `{}`. */
const requireBody: MiddlewareHandler<AppEnv> = async (c, next) => {
  const length = c.req.header('content-length');
  if (!c.req.header('content-type') && (!length || length === '0') && !c.req.header('transfer-encoding')) {
    throw new ApiError('bad-request', 'This operation needs a body: send JSON with Content-Type: application/json');
  }
  await next();
};

/**
 * A route that needs an API key with `scope`: the guard runs before body validation (401/403/429 come first),
 * and the OpenAPI document says which scope and which problems to expect.
 *
 * @example
 * app.openapi(secure(guard, 'flows:read', { method: 'get', path: '/v1/flows', responses: { 200: ... } }), handler);
 */
export function secure<R extends RouteConfig>(
  guard: Guard,
  scope: Scope,
  config: R,
  traits: RouteTraits = {},
): R & { middleware: MiddlewareHandler<AppEnv>[] } {
  const withAuth = { ...traits, problems: [...AUTH_PROBLEMS, ...(traits.problems ?? [])] };
  return route(
    { ...config, security: [{ bearer: [] }], [SCOPE_EXTENSION]: scope, middleware: guard(scope) },
    withAuth,
  ) as unknown as R & { middleware: MiddlewareHandler<AppEnv>[] };
}
