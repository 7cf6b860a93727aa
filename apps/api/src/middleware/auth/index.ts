import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../../context';
import { ApiError } from '../../errors/api-error';
import { clientAddress } from '../../lib/client-address';
import { type FailureLimiter, rateLimited } from '../rate-limit';
import type { KeyVerifier } from './key-cache';
import { allows, type Scope } from './scopes';

export { KeyVerifier } from './key-cache';
export { allows, SCOPES, type Scope } from './scopes';

const BEARER = /^Bearer\s+(\S+)\s*$/i;

/**
 * Requires `Authorization: Bearer <key>` with a key holding `scope` (or `admin`): 401 without a valid key,
 * 403 with a key that lacks the scope. Sets `c.var.apiKey`. With `failures`, a client address that failed to
 * authenticate too often is answered 429 (before its key is even looked up) until its budget refills.
 *
 * @example
 * app.openapi(createRoute({ ..., middleware: [requireScope(keys, 'flows:read')] }), handler);
 */
export function requireScope(
  keys: KeyVerifier,
  scope: Scope,
  failures: FailureLimiter | null = null,
): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const address = failures ? clientAddress(c) : '';
    const allowed = failures?.allowed(address);
    if (failures && allowed && !allowed.ok) {
      throw rateLimited('Too many failed authentications from this address', allowed.retryAfterMs, failures.perMinute);
    }
    const header = c.req.header('authorization');
    const plain = header ? BEARER.exec(header)?.[1] : undefined;
    const challenge = { 'WWW-Authenticate': 'Bearer realm="ruta"' };
    if (!plain) {
      failures?.failed(address);
      throw new ApiError('unauthorized', 'Send an API key as Authorization: Bearer <key>', { headers: challenge });
    }
    const key = await keys.verify(plain);
    if (!key) {
      failures?.failed(address);
      throw new ApiError('unauthorized', 'The API key is unknown or revoked', { headers: challenge });
    }
    if (!allows(key.scopes, scope)) {
      throw new ApiError('forbidden', `This operation needs the ${scope} scope`, {
        extensions: { requiredScope: scope, keyScopes: key.scopes },
      });
    }
    c.set('apiKey', key);
    await next();
  };
}
