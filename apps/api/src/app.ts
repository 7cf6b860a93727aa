import { OpenAPIHono } from '@hono/zod-openapi';
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from './context';
import { validationError } from './errors/api-error';
import { errorHandler, notFoundHandler } from './errors/handler';
import { fieldErrors } from './errors/zod-issues';
import { requireScope, type Scope } from './middleware/auth';
import { bodyLimit } from './middleware/body-limit';
import { rateLimit } from './middleware/rate-limit';
import { requestId } from './middleware/request-id';
import { catalogRoutes } from './routes/catalog';
import { channelRoutes } from './routes/channels';
import { customerRoutes } from './routes/customers';
import { designerRoutes } from './routes/designer';
import { eventRoutes } from './routes/events';
import { flowRoutes } from './routes/flows';
import { handoffRoutes } from './routes/handoffs';
import { journeyRoutes } from './routes/journeys';
import { kbRoutes } from './routes/kb';
import { keyRoutes } from './routes/keys';
import { systemRoutes } from './routes/system';
import { type ApiDeps, createRuntime, type Runtime } from './services/runtime';

/** The Hono app of the API, with the runtime it shares across routes (tests reach caches and config through it). */
export type RutaApp = OpenAPIHono<AppEnv> & { runtime: Runtime };

/**
 * Builds the API: middleware (request id, body limit), every route with its scope, OpenAPI 3.1 at /openapi.json,
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
  app.onError(errorHandler(rt.log));
  app.notFound(notFoundHandler);
  app.use(requestId());
  app.use(
    bodyLimit({
      defaultBytes: rt.config.bodyLimitBytes,
      routes: [{ method: 'POST', path: '/v1/events', bytes: rt.config.eventsBodyLimitBytes }],
    }),
  );

  const limiter: MiddlewareHandler<AppEnv> = rt.config.rateLimit
    ? rateLimit(rt.config.rateLimit)
    : (_c, next) => next();
  const guard = (scope: Scope) => [requireScope(rt.keys, scope), limiter];

  systemRoutes(app, rt);
  eventRoutes(app, rt, guard);
  flowRoutes(app, rt, guard);
  journeyRoutes(app, rt, guard);
  customerRoutes(app, rt, guard);
  handoffRoutes(app, rt, guard);
  kbRoutes(app, rt, guard);
  channelRoutes(app, rt, guard);
  catalogRoutes(app, rt, guard);
  keyRoutes(app, rt, guard);
  app.openAPIRegistry.registerComponent('securitySchemes', 'bearer', {
    type: 'http',
    scheme: 'bearer',
    description: 'An API key (see /v1/keys); the admin key is printed on first start',
  });
  designerRoutes(app, rt.config.designerDir);
  return Object.assign(app, { runtime: rt });
}
