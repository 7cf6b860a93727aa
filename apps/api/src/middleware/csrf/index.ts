import { createHmac, timingSafeEqual } from 'node:crypto';

/** The header a signed-in page sends its CSRF token in (the token comes with `GET /v1/me` and sign-in). */
export const CSRF_HEADER = 'x-csrf-token';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * The CSRF token of a session: an HMAC of the session token, so it needs no storage, differs per session, and cannot be
 * made by a page that cannot read the (httpOnly) session cookie. Knowing it reveals nothing about the session token.
 */
export function csrfTokenFor(sessionToken: string): string {
  return createHmac('sha256', sessionToken).update('ruta-csrf-v1').digest('base64url');
}

/** What the check looks at in a request. */
export interface CsrfInput {
  method: string;
  /** The `Origin` header, if any. */
  origin: string | null | undefined;
  /** The `Sec-Fetch-Site` header, if any (browsers send it on every request). */
  secFetchSite: string | null | undefined;
  /** Origins the designer is served from (this request's own, and RUTA_PUBLIC_URL's). */
  allowedOrigins: readonly string[];
}

/**
 * Whether a request may come from a browser page at all: refuses what a browser marks as coming from another site
 * (`Sec-Fetch-Site: cross-site` / `same-site`, or an `Origin` that is not Ruta's). Requests without these headers are
 * not from a modern browser page and pass (they cannot carry a victim's cookies cross-site anyway, and the per-session
 * token still applies). Returns the reason to refuse, or null. Safe methods (GET, HEAD, OPTIONS) always pass.
 */
export function crossSiteProblem(input: CsrfInput): string | null {
  if (SAFE_METHODS.has(input.method.toUpperCase())) return null;
  const site = input.secFetchSite?.toLowerCase();
  if (site && site !== 'same-origin' && site !== 'none') {
    return `A request from another site (Sec-Fetch-Site: ${site}) cannot change anything in Ruta`;
  }
  if (input.origin !== undefined && input.origin !== null) {
    const origin = input.origin.toLowerCase();
    if (!input.allowedOrigins.some((o) => o.toLowerCase() === origin)) {
      return `A request from ${input.origin} cannot change anything in Ruta (set RUTA_PUBLIC_URL when Ruta is served behind a proxy)`;
    }
  }
  return null;
}

/**
 * The CSRF check of a state-changing request authenticated by a session cookie: the cross-site check, then the
 * session's token in the `X-CSRF-Token` header, compared in constant time. Returns the reason to refuse, or null.
 *
 * @example
 * csrfProblem({ ...input, token: c.req.header(CSRF_HEADER), expected: csrfTokenFor(sessionToken) });
 */
export function csrfProblem(input: CsrfInput & { token: string | null | undefined; expected: string }): string | null {
  if (SAFE_METHODS.has(input.method.toUpperCase())) return null;
  const crossSite = crossSiteProblem(input);
  if (crossSite) return crossSite;
  if (!input.token) return 'Send the X-CSRF-Token header (its value comes with GET /v1/me and with signing in)';
  const given = Buffer.from(input.token);
  const expected = Buffer.from(input.expected);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    return 'The X-CSRF-Token header does not belong to this session; read it again from GET /v1/me';
  }
  return null;
}
