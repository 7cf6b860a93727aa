import type { IncomingMessage } from 'node:http';
import type { Context, MiddlewareHandler } from 'hono';
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
 * Served by Node (`@hono/node-server`), a body of declared length is read straight from Node's request (see
 * readNodeBody) instead of through a web `Request` and its stream, which cost more CPU than the event route's own
 * work; GET and HEAD bodies are never read. Elsewhere (`app.request()`, other runtimes) Hono's body limit does it.
 *
 * @example
 * app.use(bodyLimit({ defaultBytes: 1 << 20, routes: [{ method: 'POST', path: '/v1/events', bytes: 5 << 20 }] }));
 */
export function bodyLimit(options: BodyLimitOptions): MiddlewareHandler<AppEnv> {
  const tooLarge = (bytes: number) => () => {
    throw new ApiError('payload-too-large', `The body is larger than ${bytes} bytes`, {
      extensions: { limit: bytes },
    });
  };
  const make = (bytes: number) => {
    const onError = tooLarge(bytes);
    return { bytes, onError, hono: honoBodyLimit({ maxSize: bytes, onError }) };
  };
  const fallback = make(options.defaultBytes);
  const special = new Map((options.routes ?? []).map((r) => [`${r.method.toUpperCase()} ${r.path}`, make(r.bytes)]));
  return async (c, next) => {
    const method = c.req.method;
    if (method === 'GET' || method === 'HEAD') return next();
    const limit = special.get(`${method} ${c.req.path}`) ?? fallback;
    const incoming = nodeRequest(c);
    const length = incoming?.headers['content-length'];
    if (!incoming || length === undefined || incoming.headers['transfer-encoding'] !== undefined) {
      return limit.hono(c, next);
    }
    if (Number(length) > limit.bytes) return limit.onError();
    readNodeBody(c, incoming);
    await next();
  };
}

/** Node's request under this one, while nothing has read its body yet (the web `Request` was never made). */
function nodeRequest(c: Context): IncomingMessage | null {
  const incoming = (c.env as { incoming?: IncomingMessage } | undefined)?.incoming;
  return incoming && typeof incoming.on === 'function' && !incoming.readableDidRead ? incoming : null;
}

/** UTF-8 with a leading BOM dropped and bad bytes as U+FFFD, as `Request.text()` decodes. */
const utf8 = new TextDecoder();

/**
 * Puts the body of Node's request (its length is declared and within the limit, and Node's parser holds it to that
 * length) in Hono's body cache, raw bytes first so every other form (form data, blob) comes from the bytes:
 * `c.req.json()`, `text()` and `arrayBuffer()` then answer from it, as they would from the `Request`. Read on the first
 * ask only, so a request refused before (401, 429) is not buffered; a connection that breaks midway fails the reads,
 * as it fails the `Request`'s.
 */
function readNodeBody(c: Context, incoming: IncomingMessage): void {
  let bytes: Promise<Buffer> | undefined;
  const read = () =>
    (bytes ??= new Promise<Buffer>((resolve, reject) => {
      const closed = () => reject(new Error('The client closed the connection before sending the body'));
      if (incoming.readableAborted || incoming.destroyed) return closed();
      const chunks: Buffer[] = [];
      incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
      incoming.once('end', () => resolve(chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks)));
      incoming.once('error', reject);
      incoming.once('aborted', closed);
    }));
  // Hono keeps promises in its body cache (its type names what they resolve to); the first key is what others derive
  // from. Each is made when first asked for; Hono may also store a value of its own there.
  const forms = {
    arrayBuffer: () => read().then((b) => new Uint8Array(b).buffer),
    text: () => read().then((b) => utf8.decode(b)),
  };
  const cache = c.req.bodyCache;
  for (const [key, make] of Object.entries(forms)) {
    let value: Promise<unknown> | undefined;
    Object.defineProperty(cache, key, {
      enumerable: true,
      configurable: true,
      get: () => (value ??= make()),
      set: (v: unknown) => Object.defineProperty(cache, key, { value: v, writable: true, enumerable: true }),
    });
  }
}
