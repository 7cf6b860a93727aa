import type { OpenAPIHono } from '@hono/zod-openapi';
import { z } from '@hono/zod-openapi';
import { deleteSession, findUserForSignIn } from '@ruta/db';
import type { Context } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import type { AppEnv } from '../context';
import { ApiError } from '../errors/api-error';
import { clientAddress } from '../lib/client-address';
import { crossSiteProblem } from '../middleware/csrf';
import { rateLimited } from '../middleware/rate-limit';
import { json, jsonBody, text } from '../schemas/common';
import { AuthProviders, Me, SignInBody } from '../schemas/people';
import { accountForClaims, type OidcFailure, type OidcFlow } from '../services/oidc';
import { verifyPassword } from '../services/passwords';
import { meDto } from '../services/people';
import type { Runtime } from '../services/runtime';
import {
  allowedOrigins,
  clearedSessionCookie,
  openSession,
  readSessionToken,
  secureCookies,
} from '../services/sessions';
import { type Guard, route, secure } from './define';

const OIDC_COOKIE = 'ruta_oidc';
const OIDC_PATH = '/v1/auth/oidc';
const REDIRECT = {
  description: 'Redirect',
  headers: z.object({ Location: z.string().openapi({ description: 'Where the browser goes next' }) }),
};

/** The same answer for every failed sign-in: it never says whether the account exists or which half was wrong. */
const signInFailed = () =>
  new ApiError('sign-in-failed', 'The email or the password is not right', {
    headers: { 'WWW-Authenticate': 'Bearer realm="ruta"' },
  });

/** Refuses a state-changing request a browser marks as coming from another site (login CSRF included). */
function sameSiteOnly(rt: Runtime, c: Context<AppEnv>): void {
  const problem = crossSiteProblem({
    method: c.req.method,
    origin: c.req.header('origin'),
    secFetchSite: c.req.header('sec-fetch-site'),
    allowedOrigins: allowedOrigins(c, rt.config),
  });
  if (problem) throw new ApiError('csrf-failed', problem);
}

/** 429 while the address or the account has used up its failed sign-ins (checked before the password is). */
function checkSignInBudget(rt: Runtime, address: string, account: string): void {
  for (const [limiter, key, what] of [
    [rt.failures.address, address, 'Too many failed sign-ins from this address'],
    [rt.failures.account, account, 'Too many failed sign-ins for this account'],
  ] as const) {
    const allowed = limiter?.allowed(key);
    if (limiter && allowed && !allowed.ok) throw rateLimited(what, allowed.retryAfterMs, limiter.limit);
  }
}

/** The URL the provider sends the browser back to (RUTA_PUBLIC_URL's when Ruta is behind a proxy). */
function oidcRedirectUri(rt: Runtime, c: Context<AppEnv>): string {
  const base = rt.config.publicUrl?.replace(/\/$/, '') ?? new URL(c.req.url).origin;
  return `${base}${OIDC_PATH}/callback`;
}

function oidcCookieOptions(rt: Runtime, c: Context<AppEnv>) {
  const secure = secureCookies(c, rt.config);
  return {
    httpOnly: true,
    // Lax: the provider sends the browser back with a top-level GET from its own site.
    sameSite: 'Lax',
    path: OIDC_PATH,
    ...(secure ? { secure: true, prefix: 'secure' as const } : {}),
  } as const;
}

const signInPage = (failure?: OidcFailure) => (failure ? `/?signin_error=${failure}` : '/');

/** Signing in and out: email and password, OpenID Connect (when configured), and which of them the page offers. */
export function authRoutes(app: OpenAPIHono<AppEnv>, rt: Runtime, guard: Guard): void {
  app.openapi(
    route({
      method: 'get',
      path: '/v1/auth/providers',
      tags: ['People'],
      summary: 'How people can sign in here (for the sign-in page)',
      responses: { 200: json(AuthProviders, 'Password sign-in, and OpenID Connect when configured') },
    }),
    (c) =>
      c.json(
        {
          password: true,
          oidc: rt.oidc ? { name: rt.oidc.settings.name, startUrl: `${OIDC_PATH}/start` } : null,
          session: readSessionToken(c) !== undefined,
        },
        200,
      ),
  );

  app.openapi(
    route(
      {
        method: 'post',
        path: '/v1/auth/sign-in',
        tags: ['People'],
        summary: 'Sign in with email and password',
        description:
          'Opens a session: the answer sets an httpOnly, SameSite=Strict session cookie (Secure over https) and carries who you are (as `GET /v1/me`), with the `csrfToken` to send as `X-CSRF-Token` on state-changing requests. A wrong email, a wrong password and a deactivated account get the same 401. Failed sign-ins are limited per address (RUTA_AUTH_FAILURE_LIMIT a minute) and per account (RUTA_SIGNIN_ACCOUNT_LIMIT in 15 minutes): beyond, 429 with Retry-After.',
        request: { body: jsonBody(SignInBody) },
        responses: { 200: json(Me, 'Signed in (Set-Cookie: the session)') },
      },
      { problems: [401, 403, 429] },
    ),
    async (c) => {
      sameSiteOnly(rt, c);
      const { email, password } = c.req.valid('json');
      const account = email.trim().toLowerCase();
      const address = clientAddress(c);
      checkSignInBudget(rt, address, account);
      const user = await findUserForSignIn(rt.db, { email: account });
      // Checked against a dummy hash when there is no usable account, so timing says nothing either.
      const ok = await verifyPassword(user?.active ? user.passwordHash : null, password);
      if (!ok || !user?.active) {
        await Promise.all([rt.failures.address?.failed(address), rt.failures.account?.failed(account)]);
        throw signInFailed();
      }
      const principal = await openSession(rt, c, user, 'password');
      return c.json(await meDto(rt, principal), 200);
    },
  );

  app.openapi(
    secure(
      guard,
      'signed-in',
      {
        method: 'post',
        path: '/v1/auth/sign-out',
        tags: ['People'],
        summary: 'Sign out: ends this session and clears its cookie',
        description: 'An API key has no session: revoke it under /v1/keys instead (409).',
        responses: { 204: { description: 'Signed out' } },
      },
      { problems: [409] },
    ),
    async (c) => {
      const principal = c.get('principal');
      if (principal.kind !== 'user') {
        throw new ApiError('conflict', 'An API key has no session to end; revoke the key under /v1/keys instead');
      }
      await deleteSession(rt.db, principal.session.id);
      c.header('Set-Cookie', clearedSessionCookie(c, rt.config));
      return c.body(null, 204);
    },
  );

  app.openapi(
    route(
      {
        method: 'get',
        path: `${OIDC_PATH}/start`,
        tags: ['People'],
        summary: 'Sign in with the OpenID Connect provider (a browser redirect)',
        description:
          'Sends the browser to the provider (authorization code flow with PKCE S256, state and nonce). 404 when RUTA_OIDC_ISSUER is not set; 503 when the provider cannot be reached.',
        responses: { 302: REDIRECT },
      },
      { problems: [404, 503] },
    ),
    async (c) => {
      if (!rt.oidc) throw new ApiError('not-found', 'OpenID Connect sign-in is not configured (RUTA_OIDC_ISSUER)');
      let started: Awaited<ReturnType<NonNullable<Runtime['oidc']>['start']>>;
      try {
        started = await rt.oidc.start(oidcRedirectUri(rt, c));
      } catch (err) {
        rt.log('OpenID Connect provider unreachable', err);
        throw new ApiError('unavailable', 'The OpenID Connect provider does not answer; try again later');
      }
      setCookie(c, OIDC_COOKIE, Buffer.from(JSON.stringify(started.flow)).toString('base64url'), {
        ...oidcCookieOptions(rt, c),
        maxAge: 600,
      });
      return c.redirect(started.url, 302);
    },
  );

  app.openapi(
    route(
      {
        method: 'get',
        path: `${OIDC_PATH}/callback`,
        tags: ['People'],
        summary: 'Where the OpenID Connect provider sends the browser back',
        description:
          'Checks state, PKCE and the ID token, finds (or, with RUTA_OIDC_ROLE_CLAIM, creates) the account, opens a session and sends the browser to the designer; on failure to the sign-in page with `?signin_error=` (`oidc-failed`, `no-account`, `no-role`, `inactive`).',
        request: {
          query: z.object({
            code: text({ max: 4000 }).optional(),
            state: text({ max: 4000 }).optional(),
            iss: text({ max: 4000 }).optional(),
            error: text({ max: 4000 }).optional(),
            error_description: text({ max: 4000 }).optional(),
          }),
        },
        responses: { 302: REDIRECT },
      },
      { problems: [404] },
    ),
    async (c) => {
      if (!rt.oidc) throw new ApiError('not-found', 'OpenID Connect sign-in is not configured (RUTA_OIDC_ISSUER)');
      const options = oidcCookieOptions(rt, c);
      const raw = getCookie(c, OIDC_COOKIE, options.prefix) ?? getCookie(c, OIDC_COOKIE);
      setCookie(c, OIDC_COOKIE, '', { ...options, maxAge: 0 });
      let flow: OidcFlow;
      try {
        flow = JSON.parse(Buffer.from(raw ?? '', 'base64url').toString('utf8')) as OidcFlow;
        if (typeof flow.state !== 'string' || typeof flow.verifier !== 'string' || typeof flow.nonce !== 'string') {
          throw new Error('incomplete');
        }
      } catch {
        return c.redirect(signInPage('oidc-failed'), 302);
      }
      let result: Awaited<ReturnType<typeof accountForClaims>>;
      try {
        const claims = await rt.oidc.finish(oidcRedirectUri(rt, c), new URL(c.req.url).search, flow);
        result = await accountForClaims(rt.db, claims, rt.oidc.settings);
      } catch (err) {
        rt.log('OpenID Connect sign-in failed', err instanceof Error ? err.message : err);
        return c.redirect(signInPage('oidc-failed'), 302);
      }
      if (!result.ok) return c.redirect(signInPage(result.reason), 302);
      await openSession(rt, c, result.user, 'oidc');
      return c.redirect(signInPage(), 302);
    },
  );
}
