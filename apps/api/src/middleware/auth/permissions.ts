import { ROLES, type Role } from '@ruta/db';

export { ROLES, type Role };

/**
 * Every permission an operation can need. API keys hold them as scopes; people get them through their roles. A route
 * names the one it needs in `secure(...)` (routes/define.ts), and one check ({@link authorize}) answers for both.
 */
export const PERMISSIONS = [
  'events:write',
  'flows:read',
  'flows:write',
  'flows:publish',
  'journeys:read',
  'journeys:write',
  /** Handoffs and tickets: read them, reply and resolve, move them between queues and people. */
  'cases:read',
  'cases:write',
  'cases:assign',
  'customers:read',
  /** The knowledge base (its routes come with it). */
  'kb:read',
  'kb:write',
  'keys:manage',
  /** Workers publish the activities they serve (the catalog the designer and the compiler read). */
  'activities:publish',
  'users:read',
  'users:manage',
  /** Everything. */
  'admin',
] as const;

export type Permission = (typeof PERMISSIONS)[number];

/** What an operation requires: a permission, or only a signed-in person or a valid key (`signed-in`). */
export type Requirement = Permission | 'signed-in';

/**
 * Permissions that include others. `journeys:*` came first and covered handoffs and customers; keys made then keep
 * working now that cases and customers have permissions of their own.
 */
export const IMPLIES: Readonly<Partial<Record<Permission, readonly Permission[]>>> = {
  'journeys:read': ['cases:read', 'customers:read'],
  'journeys:write': ['cases:write'],
  'users:manage': ['users:read'],
};

/**
 * How far a grant reaches: `all`, or only through the person's memberships — `own`, the queues they work (and the
 * customers of those queues' cases); `team`, the queues of their teams and the members of their teams.
 */
export type ReachKind = 'all' | 'own' | 'team';

/**
 * The role matrix: what each role may do, and how far. Agents work their queues' cases; supervisors oversee their
 * teams' queues and agents and reassign; CX managers own flows, journeys and the knowledge base; developers manage
 * API keys, read flows and publish the activities their workers serve; admins may do everything.
 */
export const ROLE_GRANTS: Readonly<Record<Role, Readonly<Partial<Record<Permission, ReachKind>>>>> = {
  agent: { 'cases:read': 'own', 'cases:write': 'own', 'customers:read': 'own' },
  supervisor: {
    'cases:read': 'team',
    'cases:write': 'team',
    'cases:assign': 'team',
    'customers:read': 'team',
    'users:read': 'team',
  },
  cx_manager: {
    'flows:read': 'all',
    'flows:write': 'all',
    'flows:publish': 'all',
    'journeys:read': 'all',
    'journeys:write': 'all',
    'kb:read': 'all',
    'kb:write': 'all',
  },
  developer: { 'flows:read': 'all', 'events:write': 'all', 'keys:manage': 'all', 'activities:publish': 'all' },
  admin: { admin: 'all' },
};

/** A grant's reach: everything, or what the person's memberships open (`own` queues, `team` queues and members). */
export type Reach = { kind: 'all' } | { kind: 'members'; own: boolean; team: boolean };

/** What a principal may do: each permission it holds, with how far it reaches. */
export type Grants = ReadonlyMap<Permission, Reach>;

const ALL: Reach = { kind: 'all' };

function widest(a: Reach | undefined, b: Reach): Reach {
  if (!a) return b;
  if (a.kind === 'all' || b.kind === 'all') return ALL;
  return { kind: 'members', own: a.own || b.own, team: a.team || b.team };
}

const toReach = (kind: ReachKind): Reach =>
  kind === 'all' ? ALL : { kind: 'members', own: kind === 'own', team: kind === 'team' };

/** Adds a grant and what it implies (with the same reach); `admin` implies every permission. */
function add(grants: Map<Permission, Reach>, permission: Permission, reach: Reach): void {
  grants.set(permission, widest(grants.get(permission), reach));
  const implied = permission === 'admin' ? PERMISSIONS.filter((p) => p !== 'admin') : (IMPLIES[permission] ?? []);
  for (const p of implied) add(grants, p, reach);
}

/** The grants of an API key's scopes (a key reaches everything its scopes allow). Unknown scopes grant nothing. */
export function grantsOfScopes(scopes: readonly string[]): Grants {
  const grants = new Map<Permission, Reach>();
  for (const s of scopes) if ((PERMISSIONS as readonly string[]).includes(s)) add(grants, s as Permission, ALL);
  return grants;
}

/** The grants of a person's roles: the widest reach wins where roles overlap. Unknown roles grant nothing. */
export function grantsOfRoles(roles: readonly string[]): Grants {
  const grants = new Map<Permission, Reach>();
  for (const role of roles) {
    const table = ROLE_GRANTS[role as Role];
    if (!table) continue;
    for (const [permission, kind] of Object.entries(table) as [Permission, ReachKind][]) {
      add(grants, permission, toReach(kind));
    }
  }
  return grants;
}

/**
 * The one authorization check: whether grants allow what an operation requires, and how far. `signed-in` needs no
 * permission (it is met by being authenticated at all). Null when not allowed.
 *
 * @example
 * authorize(grantsOfRoles(['agent']), 'cases:read'); // { kind: 'members', own: true, team: false }
 */
export function authorize(grants: Grants, needed: Requirement): Reach | null {
  if (needed === 'signed-in') return ALL;
  return grants.get(needed) ?? null;
}

/** Whether API key scopes allow `needed` (the key side of {@link authorize}). */
export function allows(held: readonly string[], needed: Permission): boolean {
  return authorize(grantsOfScopes(held), needed) !== null;
}

/** The permissions a grant set holds, in the catalog's order (what `GET /v1/me` lists). */
export function permissionList(grants: Grants): Permission[] {
  return PERMISSIONS.filter((p) => grants.has(p));
}

/** The permissions of `wanted` not held with reach `all` (a key can only be given what its maker holds fully). */
export function notFullyHeld(grants: Grants, wanted: readonly Permission[]): Permission[] {
  return wanted.filter((p) => grants.get(p)?.kind !== 'all');
}
