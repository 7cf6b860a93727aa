import { createUser, findUserForSignIn, ROLES, type Role, type UserRow, updateUser } from '@ruta/db';
import * as client from 'openid-client';
import type { OidcConfig } from '../config';

/** Why an OpenID Connect sign-in did not open a session; the sign-in page says it in Spanish or English. */
export type OidcFailure = 'oidc-failed' | 'no-account' | 'no-role' | 'inactive';

/** What the browser keeps between leaving for the provider and coming back (an httpOnly cookie, 10 minutes). */
export interface OidcFlow {
  state: string;
  nonce: string;
  verifier: string;
}

/** Issuers on this machine may speak plain http (a provider under test, a local Keycloak); any other needs https. */
function isLoopback(url: URL): boolean {
  return ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);
}

/**
 * OpenID Connect sign-in with the authorization code flow and PKCE (S256), a state and a nonce, through
 * `openid-client`. The provider's discovery document is read on first use (and again after a failure).
 */
export class OidcSignIn {
  private configuration: Promise<client.Configuration> | undefined;

  constructor(readonly settings: OidcConfig) {}

  private config(): Promise<client.Configuration> {
    this.configuration ??= (async () => {
      const issuer = new URL(this.settings.issuer);
      const insecure = issuer.protocol === 'http:' && isLoopback(issuer);
      return client.discovery(
        issuer,
        this.settings.clientId,
        undefined,
        this.settings.clientSecret ? client.ClientSecretPost(this.settings.clientSecret) : client.None(),
        {
          // The ID token's signature is checked against the provider's JWKS even though it comes straight from the
          // token endpoint (which OpenID Connect allows to skip over TLS): no forged token gets through, TLS or not.
          execute: [client.enableNonRepudiationChecks, ...(insecure ? [client.allowInsecureRequests] : [])],
        },
      );
    })();
    this.configuration.catch(() => {
      this.configuration = undefined;
    });
    return this.configuration;
  }

  /** Where to send the browser, and what to keep for the way back. */
  async start(redirectUri: string): Promise<{ url: string; flow: OidcFlow }> {
    const config = await this.config();
    const flow = {
      state: client.randomState(),
      nonce: client.randomNonce(),
      verifier: client.randomPKCECodeVerifier(),
    };
    const url = client.buildAuthorizationUrl(config, {
      redirect_uri: redirectUri,
      scope: this.settings.scopes,
      response_type: 'code',
      code_challenge: await client.calculatePKCECodeChallenge(flow.verifier),
      code_challenge_method: 'S256',
      state: flow.state,
      nonce: flow.nonce,
    });
    return { url: url.href, flow };
  }

  /**
   * Exchanges the code the provider sent back (checking state, PKCE and the ID token's signature, issuer, audience,
   * expiry and nonce) and returns the ID token's claims.
   */
  async finish(redirectUri: string, search: string, flow: OidcFlow): Promise<client.IDToken> {
    const config = await this.config();
    const current = new URL(redirectUri);
    current.search = search;
    const tokens = await client.authorizationCodeGrant(config, current, {
      pkceCodeVerifier: flow.verifier,
      expectedState: flow.state,
      expectedNonce: flow.nonce,
      idTokenExpected: true,
    });
    const claims = tokens.claims();
    if (!claims) throw new Error('The provider sent no ID token');
    return claims;
  }
}

/** The value at a dotted path of the claims (`groups`, `realm_access.roles`). */
function claimAt(claims: Record<string, unknown>, path: string): unknown {
  let v: unknown = claims;
  for (const part of path.split('.')) v = v && typeof v === 'object' ? (v as Record<string, unknown>)[part] : undefined;
  return v;
}

/** The Ruta roles the role claim's values map to (unknown values and unknown roles are ignored). */
export function rolesFromClaims(
  claims: Record<string, unknown>,
  settings: Pick<OidcConfig, 'roleClaim' | 'roleMap'>,
): Role[] {
  if (!settings.roleClaim) return [];
  const raw = claimAt(claims, settings.roleClaim);
  const values = (Array.isArray(raw) ? raw : [raw]).filter((v): v is string => typeof v === 'string');
  const roles = values.flatMap((v) => settings.roleMap[v] ?? []);
  return ROLES.filter((r) => roles.includes(r));
}

/**
 * The account an ID token signs in: found by issuer and subject, else by a verified email (and linked). With a role
 * claim configured, the provider decides the roles on every sign-in (an account it gives no role is refused) and new
 * people get an account; without one, only existing accounts may sign in, with the roles Ruta gave them.
 */
export async function accountForClaims(
  db: Parameters<typeof findUserForSignIn>[0],
  claims: client.IDToken,
  settings: OidcConfig,
): Promise<{ ok: true; user: UserRow } | { ok: false; reason: OidcFailure }> {
  const issuer = claims.iss;
  const subject = claims.sub;
  const email = typeof claims.email === 'string' ? claims.email.trim().toLowerCase() : undefined;
  const verified = claims.email_verified === true;
  const managed = Boolean(settings.roleClaim);
  const roles = rolesFromClaims(claims, settings);
  let user = await findUserForSignIn(db, { issuer, subject });
  if (!user && email && verified) {
    const byEmail = await findUserForSignIn(db, { email });
    // An account already linked to another subject of this provider is not taken over by a second one.
    if (byEmail && !(byEmail.oidcIssuer === issuer && byEmail.oidcSubject && byEmail.oidcSubject !== subject)) {
      user = byEmail;
    }
  }
  if (managed && roles.length === 0) return { ok: false, reason: 'no-role' };
  if (!user) {
    if (!managed || !email || !verified) return { ok: false, reason: 'no-account' };
    const name = typeof claims.name === 'string' && claims.name.trim() ? claims.name.trim().slice(0, 200) : email;
    const locale = typeof claims.locale === 'string' && claims.locale.toLowerCase().startsWith('en') ? 'en' : 'es';
    await createUser(db, {
      email,
      displayName: name,
      roles,
      language: locale,
      oidcIssuer: issuer,
      oidcSubject: subject,
    });
  } else {
    if (!user.active) return { ok: false, reason: 'inactive' };
    await updateUser(db, user.id, {
      oidcIssuer: issuer,
      oidcSubject: subject,
      ...(managed ? { roles } : {}),
    });
  }
  const signedIn = await findUserForSignIn(db, { issuer, subject });
  return signedIn?.active ? { ok: true, user: signedIn } : { ok: false, reason: 'inactive' };
}
