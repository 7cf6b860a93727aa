import { createRoute, type RouteConfig } from '@hono/zod-openapi';
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../context';
import { ApiError } from '../errors/api-error';
import type { Requirement } from '../middleware/auth';
import { AUTH_PROBLEMS, problems } from '../schemas/common';

/** Middleware that authenticates the caller (key or session), checks the permission, then rate-limits the caller. */
export type Guard = (needed: Requirement) => MiddlewareHandler<AppEnv>[];

/**
 * OpenAPI extension naming the permission a route needs — a key's scope, or a permission a person's roles give —, or
 * `signed-in` (any person or key). The reference page and the authorization tests read it.
 */
export const PERMISSION_EXTENSION = 'x-required-permission';
/** The same, for clients that read the older name (absent on `signed-in` routes). */
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
 * A route that needs a permission (or only a signed-in caller): the one place a route declares it. The guard runs
 * before body validation (401/403/429 come first) and accepts an API key holding the permission as a scope or a
 * person whose roles give it; the OpenAPI document says which permission and which problems to expect.
 *
 * @example
 * app.openapi(secure(guard, 'flows:read', { method: 'get', path: '/v1/flows', responses: { 200: ... } }), handler);
 */
export function secure<R extends RouteConfig>(
  guard: Guard,
  needed: Requirement,
  config: R,
  traits: RouteTraits = {},
): R & { middleware: MiddlewareHandler<AppEnv>[] } {
  const withAuth = { ...traits, problems: [...AUTH_PROBLEMS, ...(traits.problems ?? [])] };
  return route(
    {
      ...config,
      security: [{ bearer: [] }, { session: [] }],
      [PERMISSION_EXTENSION]: needed,
      ...(needed === 'signed-in' ? {} : { [SCOPE_EXTENSION]: needed }),
      middleware: guard(needed),
    },
    withAuth,
  ) as unknown as R & { middleware: MiddlewareHandler<AppEnv>[] };
}
