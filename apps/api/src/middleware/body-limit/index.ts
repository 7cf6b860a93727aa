import type { MiddlewareHandler } from 'hono';
import { bodyLimit as honoBodyLimit } from 'hono/body-limit';
import type { AppEnv } from '../../context';
import { ApiError } from '../../errors/api-error';

export interface BodyLimitOptions {
  /** Bytes allowed for any body. */
  defaultBytes: number;
  /** Larger (or smaller) limits for some routes, matched by method and exact path. */
  routes?: { method: string; path: string; bytes: number }[];
}

/**
 * Refuses bodies over the limit with 413 problem+json before any route reads them, so nothing is stored.
 * Works with and without Content-Length (a streamed body is counted as it is read).
 *
 * @example
 * app.use(bodyLimit({ defaultBytes: 1 << 20, routes: [{ method: 'POST', path: '/v1/events', bytes: 5 << 20 }] }));
 */
export function bodyLimit(options: BodyLimitOptions): MiddlewareHandler<AppEnv> {
  const make = (bytes: number) =>
    honoBodyLimit({
      maxSize: bytes,
      onError: () => {
        throw new ApiError('payload-too-large', `The body is larger than ${bytes} bytes`, {
          extensions: { limit: bytes },
        });
      },
    });
  const fallback = make(options.defaultBytes);
  const special = new Map((options.routes ?? []).map((r) => [`${r.method.toUpperCase()} ${r.path}`, make(r.bytes)]));
  return (c, next) => (special.get(`${c.req.method} ${c.req.path}`) ?? fallback)(c, next);
}
