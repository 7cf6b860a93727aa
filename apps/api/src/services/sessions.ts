import {
  createSession,
  deleteExpiredSessions,
  deleteSession,
  findSession,
  recordSignIn,
  type SessionRow,
  type SignInMethod,
  touchSession,
  type UserRow,
} from '@ruta/db';
import type { Context } from 'hono';
import { generateCookie, getCookie, setCookie } from 'hono/cookie';
import type { ApiConfig } from '../config';
import type { AppEnv } from '../context';
import { ApiError } from '../errors/api-error';
import { clientAddress } from '../lib/client-address';
import { grantsOfRoles } from '../middleware/auth/permissions';
import type { UserPrincipal } from '../middleware/auth/principal';
import type { Runtime } from './runtime';

/** The session cookie's name (`__Host-ruta_session` when Secure: bound to this host, path `/`, https only). */
export const SESSION_COOKIE = 'ruta_session';

/** `last_seen_at` is written at most once a minute (or a tenth of the idle timeout), so most requests only read. */
const touchResolutionMs = (idleMinutes: number) => Math.min(60_000, idleMinutes * 6_000);

/** Whether cookies get `Secure`: when Ruta is served over https, or behind an https RUTA_PUBLIC_URL. */
export function secureCookies(c: Context<AppEnv>, config: Pick<ApiConfig, 'publicUrl'>): boolean {
  if (config.publicUrl?.toLowerCase().startsWith('https:')) return true;
  return new URL(c.req.url).protocol === 'https:';
}

/** The origins a signed-in page may send state-changing requests from: this request's own and RUTA_PUBLIC_URL's. */
export function allowedOrigins(c: Context<AppEnv>, config: Pick<ApiConfig, 'publicUrl'>): string[] {
  const own = new URL(c.req.url).origin;
  if (!config.publicUrl) return [own];
  try {
    return [own, new URL(config.publicUrl).origin];
  } catch {
    return [own];
  }
}

/** The session token the request's cookie carries, if any. */
export function readSessionToken(c: Context<AppEnv>): string | undefined {
  return getCookie(c, SESSION_COOKIE, 'host') ?? getCookie(c, SESSION_COOKIE);
}

function writeSessionCookie(c: Context<AppEnv>, token: string, maxAgeSeconds: number, secure: boolean): void {
  const options = { httpOnly: true, sameSite: 'Strict', path: '/', maxAge: maxAgeSeconds } as const;
  if (secure) setCookie(c, SESSION_COOKIE, token, { ...options, secure: true, prefix: 'host' });
  else setCookie(c, SESSION_COOKIE, token, options);
}

/**
 * The `Set-Cookie` value that makes the browser forget the session cookie. A header value rather than a call on the
 * context, because problem answers (401) are new responses and must carry it themselves.
 */
export function clearedSessionCookie(c: Context<AppEnv>, config: Pick<ApiConfig, 'publicUrl'>): string {
  const options = { httpOnly: true, sameSite: 'Strict', path: '/', maxAge: 0 } as const;
  return secureCookies(c, config)
    ? generateCookie(SESSION_COOKIE, '', { ...options, secure: true, prefix: 'host' })
    : generateCookie(SESSION_COOKIE, '', options);
}

/** Whether a session is over at `now`, and why: idle for too long, or past its absolute end. */
export function sessionExpiry(
  session: Pick<SessionRow, 'lastSeenAt' | 'expiresAt'>,
  now: Date,
  config: Pick<ApiConfig, 'sessionIdleMinutes'>,
): { expired: false } | { expired: true; reason: 'idle' | 'absolute' } {
  if (now.getTime() >= session.expiresAt.getTime()) return { expired: true, reason: 'absolute' };
  if (now.getTime() - session.lastSeenAt.getTime() >= config.sessionIdleMinutes * 60_000) {
    return { expired: true, reason: 'idle' };
  }
  return { expired: false };
}

/** The person a session stands for, as the authorization check sees them. */
export function userPrincipal(user: UserRow, session: SessionRow, token: string): UserPrincipal {
  return {
    kind: 'user',
    id: user.id,
    email: user.email,
    displayName: user.displayName,
    roles: user.roles as UserPrincipal['roles'],
    language: user.language,
    mustChangePassword: user.mustChangePassword,
    session: {
      id: session.id,
      createdAt: session.createdAt,
      lastSeenAt: session.lastSeenAt,
      expiresAt: session.expiresAt,
      method: session.method,
    },
    sessionToken: token,
    grants: grantsOfRoles(user.roles),
  };
}

let housekeeping = 0;

/**
 * Opens a session for a person who just proved who they are: stores it (by the token's hash), sets the cookie
 * (httpOnly, SameSite=Strict, Secure over https), and records the sign-in. Returns the principal.
 */
export async function openSession(
  rt: Runtime,
  c: Context<AppEnv>,
  user: UserRow,
  method: SignInMethod,
): Promise<UserPrincipal> {
  const now = rt.now();
  const expiresAt = new Date(now.getTime() + rt.config.sessionMaxHours * 3_600_000);
  const { token, session } = await createSession(rt.db, {
    userId: user.id,
    method,
    now,
    expiresAt,
    userAgent: c.req.header('user-agent') ?? null,
    address: clientAddress(c),
  });
  await recordSignIn(rt.db, user.id, now);
  // Sessions nobody came back to are removed now and then, here rather than on a timer.
  if (++housekeeping % 50 === 1) await deleteExpiredSessions(rt.db, now);
  writeSessionCookie(c, token, Math.round(rt.config.sessionMaxHours * 3600), secureCookies(c, rt.config));
  return userPrincipal(user, session, token);
}

/**
 * The person behind the request's session cookie, or undefined when it carries none. An unknown session is 401; an
 * expired one is 401 `session-expired` with the reason (and the session is removed, the cookie cleared); a session of
 * a deactivated account is 401. A live session is marked as used (at most once a minute).
 */
export async function sessionPrincipal(rt: Runtime, c: Context<AppEnv>): Promise<UserPrincipal | undefined> {
  const token = readSessionToken(c);
  if (!token) return undefined;
  const found = await findSession(rt.db, token);
  const clear = { headers: { 'Set-Cookie': clearedSessionCookie(c, rt.config) } };
  if (!found) {
    throw new ApiError(
      'unauthorized',
      'The session is not valid any more (signed out elsewhere?); sign in again',
      clear,
    );
  }
  const now = rt.now();
  const expiry = sessionExpiry(found.session, now, rt.config);
  if (!found.user.active) {
    await deleteSession(rt.db, found.session.id);
    throw new ApiError('unauthorized', 'This account is deactivated', clear);
  }
  if (expiry.expired) {
    await deleteSession(rt.db, found.session.id);
    throw new ApiError(
      'session-expired',
      expiry.reason === 'idle'
        ? `The session ended after ${rt.config.sessionIdleMinutes} minutes without activity; sign in again`
        : `The session reached its maximum of ${rt.config.sessionMaxHours} hours; sign in again`,
      { ...clear, extensions: { reason: expiry.reason } },
    );
  }
  if (now.getTime() - found.session.lastSeenAt.getTime() >= touchResolutionMs(rt.config.sessionIdleMinutes)) {
    await touchSession(rt.db, found.session.id, now);
    found.session.lastSeenAt = now;
  }
  return userPrincipal(found.user, found.session, token);
}
