import { randomUUID } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../../context';

const ACCEPTED = /^[A-Za-z0-9._:-]{1,100}$/;

/**
 * Gives every request an id: the caller's `X-Request-Id` when it is sane, else a new UUID.
 * It is echoed in the response header and in every problem body.
 *
 * @example
 * app.use(requestId());
 */
export function requestId(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const given = c.req.header('x-request-id');
    const id = given && ACCEPTED.test(given) ? given : randomUUID();
    c.set('requestId', id);
    c.header('X-Request-Id', id);
    await next();
  };
}
