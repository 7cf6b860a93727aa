import type { Role, SessionRow, SignInMethod } from '@ruta/db';
import type { Grants } from './permissions';

/** A system calling with an API key: its scopes are its permissions, reaching everything they name. */
export interface KeyPrincipal {
  kind: 'key';
  id: string;
  name: string;
  prefix: string;
  scopes: string[];
  grants: Grants;
}

/** A person signed in with a session cookie: their roles give their permissions, some limited by memberships. */
export interface UserPrincipal {
  kind: 'user';
  id: string;
  email: string;
  displayName: string;
  roles: Role[];
  language: 'es' | 'en';
  /** Signed in with a one-time password: nothing but changing it (and signing out) is allowed until then. */
  mustChangePassword: boolean;
  session: Pick<SessionRow, 'id' | 'createdAt' | 'lastSeenAt' | 'expiresAt'> & { method: SignInMethod };
  /** The session token from the cookie (to derive the CSRF token); never stored. */
  sessionToken: string;
  grants: Grants;
}

/** Who is calling: a system (API key) or a person (session). */
export type Principal = KeyPrincipal | UserPrincipal;

/**
 * How versions and audit rows name who did something: `user:<id>` with the person's display name, or `key:<id>` with
 * the key's name.
 */
export function actorOf(principal: Principal): { id: string; name: string } {
  switch (principal.kind) {
    case 'key':
      return { id: `key:${principal.id}`, name: principal.name };
    case 'user':
      return { id: `user:${principal.id}`, name: principal.displayName };
  }
}
