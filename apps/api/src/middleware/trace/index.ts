import { context, propagation, SpanKind, SpanStatusCode, type Tracer, trace } from '@opentelemetry/api';
import type { MiddlewareHandler } from 'hono';
import { matchedRoutes } from 'hono/route';
import type { AppEnv } from '../../context';

/** Reads W3C `traceparent` / `tracestate` / `baggage` from a request's headers. */
const headerGetter = {
  keys: (headers: Headers) => [...headers.keys()],
  get: (headers: Headers, key: string) => headers.get(key) ?? undefined,
};

/** The route a request matched (`/v1/journeys/:id`), not its path, so span names stay few and hold no ids. */
function routeOf(c: Parameters<MiddlewareHandler<AppEnv>>[0]): string | undefined {
  const routes = matchedRoutes(c).filter((r) => r.path !== '*' && r.path !== '/*');
  return routes.at(-1)?.path;
}

/**
 * A server span per request, active while the request runs: the Temporal client's StartWorkflow span (and so the
 * journey's workflow and activity spans) becomes its child, and log lines written meanwhile carry its trace id. A
 * caller's `traceparent` header is honored. Attributes: method, route and status only, never the query or the body.
 *
 * @example
 * app.use(traceRequests(tracing.tracer));
 */
export function traceRequests(tracer: Tracer): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const parent = propagation.extract(context.active(), c.req.raw.headers, headerGetter);
    const span = tracer.startSpan(
      c.req.method,
      { kind: SpanKind.SERVER, attributes: { 'http.request.method': c.req.method } },
      parent,
    );
    try {
      await context.with(trace.setSpan(parent, span), next);
    } catch (err) {
      span.recordException(err as Error);
      span.setStatus({ code: SpanStatusCode.ERROR });
      throw err;
    } finally {
      const route = routeOf(c);
      if (route) {
        span.updateName(`${c.req.method} ${route}`);
        span.setAttribute('http.route', route);
      }
      span.setAttribute('http.response.status_code', c.res.status);
      if (c.res.status >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
      span.end();
    }
  };
}
