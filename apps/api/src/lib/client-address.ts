import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';

/**
 * The address of the peer that sent the request (the TCP connection's remote address), or `local` for requests that
 * came with no socket (`app.request()` in tests and in-process calls). Headers such as X-Forwarded-For are not
 * trusted: anyone can write them.
 */
export function clientAddress(c: Context): string {
  try {
    return getConnInfo(c).remote.address ?? 'local';
  } catch {
    return 'local';
  }
}
