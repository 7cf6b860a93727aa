import { OpenAPIHono } from '@hono/zod-openapi';
import { takeToken } from '@ruta/db';
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from './context';
import { validationError } from './errors/api-error';
import { catchAll, errorHandler, methodNotAllowed, notFoundHandler } from './errors/handler';
import { fieldErrors } from './errors/zod-issues';
import { type Requirement, requirePermission } from './middleware/auth';
import { bodyLimit } from './middleware/body-limit';
import { rateLimit } from './middleware/rate-limit';
import { requestId } from './middleware/request-id';
import { requestLog } from './middleware/request-log';
import { traceRequests } from './middleware/trace';
import { attentionRoutes } from './routes/attention';
import { authRoutes } from './routes/auth';
import { caseRoutes } from './routes/cases';
import { catalogRoutes } from './routes/catalog';
import { channelRoutes } from './routes/channels';
import { codecRoutes } from './routes/codec';
import { customerRoutes } from './routes/customers';
import { designerRoutes } from './routes/designer';
import { eventTypeRoutes } from './routes/event-types';
import { eventRoutes } from './routes/events';
import { flowRoutes } from './routes/flows';
import { handoffRoutes } from './routes/handoffs';
import { insightRoutes } from './routes/insights';
import { journeyRoutes } from './routes/journeys';
import { kbRoutes } from './routes/kb';
import { keyRoutes } from './routes/keys';
import { meRoutes } from './routes/me';
import { scheduleRoutes } from './routes/schedules';
import { systemRoutes } from './routes/system';
import { userRoutes } from './routes/users';
import { type ApiDeps, createRuntime, type Runtime } from './services/runtime';
import { SESSION_COOKIE } from './services/sessions';

/** The Hono app of the API, with the runtime it shares across routes (tests reach caches and config through it). */
export type RutaApp = OpenAPIHono<AppEnv> & { runtime: Runtime };

/**
 * Builds the API: middleware (request id, body limit), every route with its permission, OpenAPI 3.1 at /openapi.json,
 * the reference page at /docs, and one error handler that answers problem+json. No server is started: use
 * `app.request()` in tests, or `serve({ fetch: app.fetch })`.
 *
 * @example
 * const app = createApp({ db: database.db, temporal: { client, taskQueue: 'ruta-journeys' } });
 * const res = await app.request('/healthz');
 */
export function createApp(deps: ApiDeps): RutaApp {
  const rt = createRuntime(deps);
  const app = new OpenAPIHono<AppEnv>({
    defaultHook: (result) => {
      if (result.success) return;
      const prefix = result.target === 'json' || result.target === 'form' ? [] : [result.target];
      throw validationError(fieldErrors(result.error.issues, prefix));
    },
  });
  const onError = errorHandler(rt.log);
  app.onError(onError);
  app.notFound(notFoundHandler((path) => allowedMethods(app, path)));
  app.use(catchAll(onError));
  // Outside the request log, so its line carries the request's trace id.
  if (deps.tracer) app.use(traceRequests(deps.tracer));
  app.use(requestId());
  app.use(fixedPathMethods(app));
  app.use(requestLog(rt.logger));
  app.use(
    bodyLimit({
      defaultBytes: rt.config.bodyLimitBytes,
      routes: [{ method: 'POST', path: '/v1/events', bytes: rt.config.eventsBodyLimitBytes }],
    }),
  );

  const limit = rt.config.rateLimit;
  const limiter: MiddlewareHandler<AppEnv> = limit
    ? rateLimit({
        ...limit,
        ...(limit.store !== 'memory' ? { take: (key: string) => takeToken(rt.db, key, limit) } : {}),
      })
    : (_c, next) => next();
  const guard = (needed: Requirement) => [requirePermission(rt, needed), limiter];
  warnUnconfiguredProviders(rt);

  systemRoutes(app, rt);
  eventRoutes(app, rt, guard);
  eventTypeRoutes(app, rt, guard);
  flowRoutes(app, rt, guard);
  scheduleRoutes(app, rt, guard);
  journeyRoutes(app, rt, guard);
  attentionRoutes(app, rt, guard);
  insightRoutes(app, rt, guard);
  customerRoutes(app, rt, guard);
  handoffRoutes(app, rt, guard);
  caseRoutes(app, rt, guard);
  kbRoutes(app, rt, guard);
  channelRoutes(app, rt, guard);
  catalogRoutes(app, rt, guard);
  keyRoutes(app, rt, guard);
  codecRoutes(app, rt, guard);
  authRoutes(app, rt, guard);
  meRoutes(app, rt, guard);
  userRoutes(app, rt, guard);
  app.openAPIRegistry.registerComponent('securitySchemes', 'bearer', {
    type: 'http',
    scheme: 'bearer',
    description:
      'An API key for systems (see /v1/keys); its scopes are permissions. The admin key is printed on first start',
  });
  app.openAPIRegistry.registerComponent('securitySchemes', 'session', {
    type: 'apiKey',
    in: 'cookie',
    name: SESSION_COOKIE,
    description:
      'A person signed in (POST /v1/auth/sign-in or OpenID Connect); their roles give permissions. Named `__Host-ruta_session` over https. State-changing requests also send `X-CSRF-Token` (from GET /v1/me)',
  });
  designerRoutes(app, rt.config.designerDir);
  return Object.assign(app, { runtime: rt });
}

/** Says once, at start, which channel webhooks answer 503 for want of a secret (instead of a log line per request). */
function warnUnconfiguredProviders(rt: Runtime): void {
  const missing = [
    !rt.config.twilioAuthToken && 'Twilio (TWILIO_AUTH_TOKEN)',
    !rt.config.whatsappAppSecret && 'WhatsApp Cloud API (WHATSAPP_APP_SECRET)',
    !rt.config.whatsappVerifyToken && 'WhatsApp handshake (WHATSAPP_VERIFY_TOKEN)',
  ].filter(Boolean);
  if (missing.length > 0) {
    rt.logger.warn(
      { providers: missing },
      'channel webhooks not configured: they answer 503 until their secrets are set',
    );
  }
}

type RouteTable = {
  routes: { path: string; pattern: RegExp; method: string }[];
  /** The methods of each fixed path (every request asks, so a lookup instead of a scan of all routes). */
  byPath: Map<string, string[]>;
};

const routeTables = new WeakMap<object, RouteTable>();

/**
 * The methods the app's routes answer on `path` (for 405 and its Allow header). A fixed path (`/v1/flows/import`)
 * answers only its own methods, even where a path with a parameter (`/v1/flows/{id}`) would match it too.
 */
function allowedMethods(app: OpenAPIHono<AppEnv>, path: string, fixedOnly = false): string[] {
  let table = routeTables.get(app);
  if (!table) {
    const routes = app.routes
      .filter((r) => r.method !== 'ALL' && !r.path.includes('*'))
      .map((r) => ({
        path: r.path,
        method: r.method,
        pattern: new RegExp(`^${r.path.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/:[A-Za-z0-9_]+/g, '[^/]+')}/?$`),
      }));
    const byPath = new Map<string, string[]>();
    for (const r of routes) {
      const methods = byPath.get(r.path) ?? [];
      if (!methods.includes(r.method)) methods.push(r.method);
      byPath.set(r.path, methods);
    }
    table = { routes, byPath };
    routeTables.set(app, table);
  }
  const fixed = table.byPath.get(path);
  if (fixed || fixedOnly) return fixed ?? [];
  return [...new Set(table.routes.filter((r) => r.pattern.test(path)).map((r) => r.method))];
}

/** 405 before routing for a fixed path asked with a method it does not answer (else `/v1/flows/{id}` would take it). */
function fixedPathMethods(app: OpenAPIHono<AppEnv>): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    // A CORS preflight is answered by the CORS middleware of the paths that allow it (the codec's).
    if (c.req.method === 'OPTIONS' && c.req.header('access-control-request-method')) return next();
    const methods = allowedMethods(app, c.req.path, true);
    const method = c.req.method === 'HEAD' ? 'GET' : c.req.method;
    if (methods.length > 0 && !methods.includes(method)) throw methodNotAllowed(c.req.method, c.req.path, methods);
    await next();
  };
}
