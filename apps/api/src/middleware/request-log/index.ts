import type { Logger } from '@ruta/log';
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../../context';
import { actorOf } from '../auth/principal';

/**
 * One log line per request: method, path (without the query string), status, duration, request id and the API
 * key's name. Never bodies, headers or query values, which may hold personal data.
 *
 * @example
 * app.use(requestLog(logger));
 */
export function requestLog(logger: Logger): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const started = performance.now();
    try {
      await next();
    } finally {
      logger.info(
        {
          requestId: c.get('requestId'),
          method: c.req.method,
          path: c.req.path,
          status: c.res.status,
          ms: Math.round((performance.now() - started) * 10) / 10,
          // Who, by id only (a person's name or email would be personal data in the logs).
          actor: c.get('principal') ? actorOf(c.get('principal')).id : undefined,
        },
        'request',
      );
    }
  };
}
