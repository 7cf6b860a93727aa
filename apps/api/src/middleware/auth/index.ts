import type { Context, MiddlewareHandler } from 'hono';
import type { AppEnv } from '../../context';
import { ApiError } from '../../errors/api-error';
import { clientAddress } from '../../lib/client-address';
import type { Runtime } from '../../services/runtime';
import { allowedOrigins, sessionPrincipal } from '../../services/sessions';
import { CSRF_HEADER, csrfProblem, csrfTokenFor } from '../csrf';
import { rateLimited } from '../rate-limit';
import { Access } from './access';
import { authorize, grantsOfScopes, type Requirement } from './permissions';
import type { KeyPrincipal, Principal } from './principal';

export { Access } from './access';
export { KeyVerifier } from './key-cache';
export {
  allows,
  authorize,
  type Grants,
  grantsOfRoles,
  grantsOfScopes,
  IMPLIES,
  notFullyHeld,
  PERMISSIONS,
  type Permission,
  permissionList,
  type Reach,
  type Requirement,
  ROLE_GRANTS,
  ROLES,
  type Role,
} from './permissions';
export { actorOf, type KeyPrincipal, type Principal, type UserPrincipal } from './principal';
export { SCOPES, type Scope } from './scopes';

const BEARER = /^Bearer\s+(\S+)\s*$/i;
const CHALLENGE = { 'WWW-Authenticate': 'Bearer realm="ruta"' };

/** The API key of `Authorization: Bearer <key>`; 401 for a malformed header or an unknown or revoked key. */
async function keyPrincipal(rt: Runtime, header: string, failed: () => Promise<void>): Promise<KeyPrincipal> {
  const plain = BEARER.exec(header)?.[1];
  if (!plain) {
    await failed();
    throw new ApiError('unauthorized', 'Send an API key as Authorization: Bearer <key>', { headers: CHALLENGE });
  }
  const key = await rt.keys.verify(plain);
  if (!key) {
    await failed();
    throw new ApiError('unauthorized', 'The API key is unknown or revoked', { headers: CHALLENGE });
  }
  return {
    kind: 'key',
    id: key.id,
    name: key.name,
    prefix: key.prefix,
    scopes: key.scopes,
    grants: grantsOfScopes(key.scopes),
  };
}

/**
 * Who is calling. A request with an `Authorization` header is a system and is judged by its API key alone (its
 * cookies are ignored, so it needs no CSRF token); otherwise the session cookie names a person, and a state-changing
 * request must pass the CSRF check. 401 when neither is there.
 */
async function authenticate(rt: Runtime, c: Context<AppEnv>, failed: () => Promise<void>): Promise<Principal> {
  const header = c.req.header('authorization');
  if (header !== undefined) return keyPrincipal(rt, header, failed);
  let person: Principal | undefined;
  try {
    person = await sessionPrincipal(rt, c);
  } catch (err) {
    // An unknown session token counts as a failed authentication; an expired one does not.
    if (err instanceof ApiError && err.slug === 'unauthorized') await failed();
    throw err;
  }
  if (!person) {
    await failed();
    throw new ApiError('unauthorized', 'Sign in, or send an API key as Authorization: Bearer <key>', {
      headers: CHALLENGE,
    });
  }
  const problem = csrfProblem({
    method: c.req.method,
    origin: c.req.header('origin'),
    secFetchSite: c.req.header('sec-fetch-site'),
    allowedOrigins: allowedOrigins(c, rt.config),
    token: c.req.header(CSRF_HEADER),
    expected: csrfTokenFor(person.sessionToken),
  });
  if (problem) throw new ApiError('csrf-failed', problem);
  return person;
}

/**
 * The one authorization check of every route that is not public: authenticates the caller (API key or session,
 * see {@link authenticate}), then asks {@link authorize} whether the caller's grants allow `needed`. 403 names the
 * permission. Sets `c.var.principal` and `c.var.access` (how far the grant reaches: everything, or the person's queues
 * and teams). A client address that failed to authenticate too often is answered 429 until its budget refills.
 *
 * @example
 * app.openapi(createRoute({ ..., middleware: [requirePermission(rt, 'cases:read')] }), handler);
 */
export function requirePermission(rt: Runtime, needed: Requirement): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const failures = rt.config.authFailuresPerMinute ? rt.failures.address : null;
    const address = failures ? clientAddress(c) : '';
    const allowed = failures?.allowed(address);
    if (failures && allowed && !allowed.ok) {
      throw rateLimited('Too many failed authentications from this address', allowed.retryAfterMs, failures.limit);
    }
    const principal = await authenticate(rt, c, async () => failures?.failed(address));
    if (principal.kind === 'user' && principal.mustChangePassword && needed !== 'signed-in') {
      throw new ApiError(
        'password-change-required',
        'Choose a new password first (POST /v1/me/password): this account signed in with a one-time password',
      );
    }
    const reach = authorize(principal.grants, needed);
    if (!reach) {
      const permission = needed as Exclude<Requirement, 'signed-in'>;
      throw new ApiError(
        'forbidden',
        principal.kind === 'key'
          ? `This operation needs the ${permission} scope`
          : `This operation needs the ${permission} permission, which your roles (${principal.roles.join(', ') || 'none'}) do not give`,
        {
          extensions:
            principal.kind === 'key'
              ? { requiredPermission: permission, requiredScope: permission, keyScopes: principal.scopes }
              : { requiredPermission: permission, roles: principal.roles },
        },
      );
    }
    c.set('principal', principal);
    c.set('access', new Access(rt.db, principal, reach));
    await next();
  };
}
