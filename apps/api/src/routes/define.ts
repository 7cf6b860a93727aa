import { createRoute, type RouteConfig } from '@hono/zod-openapi';
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../context';
import type { Scope } from '../middleware/auth';
import { AUTH_PROBLEMS, problems } from '../schemas/common';

/** Middleware that authenticates a key with a scope, then rate-limits it. */
export type Guard = (scope: Scope) => MiddlewareHandler<AppEnv>[];

/** OpenAPI extension naming the scope a route needs (the reference page and the auth tests read it). */
export const SCOPE_EXTENSION = 'x-required-scope';

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
  route: R,
  extraProblems: number[] = [],
): R & { middleware: MiddlewareHandler<AppEnv>[] } {
  const config = {
    ...route,
    responses: { ...route.responses, ...problems(...AUTH_PROBLEMS, ...extraProblems) },
    security: [{ bearer: [] }],
    [SCOPE_EXTENSION]: scope,
    middleware: guard(scope),
  };
  return createRoute(config) as unknown as R & { middleware: MiddlewareHandler<AppEnv>[] };
}
