import {
  countActiveAdmins,
  createUser,
  deleteUserSessions,
  getUser,
  listQueues,
  listTeams,
  reachOf,
  type UserInfo,
  updateUser,
} from '@ruta/db';
import type { z } from 'zod';
import { ApiError } from '../errors/api-error';
import { type Grants, permissionList } from '../middleware/auth/permissions';
import type { Principal } from '../middleware/auth/principal';
import { csrfTokenFor } from '../middleware/csrf';
import type { CreateUserBody, Me, UpdateUserBody, User } from '../schemas/people';
import {
  hashPassword,
  oneTimePassword,
  PASSWORD_PROBLEM_TEXT,
  type PasswordProblem,
  passwordProblem,
} from './passwords';
import type { Runtime } from './runtime';

const iso = (d: Date | null | undefined) => (d ? d.toISOString() : null);

/** A person's account as the API shows it. */
export function userDto(u: UserInfo): z.infer<typeof User> {
  return {
    id: u.id,
    email: u.email,
    displayName: u.displayName,
    roles: u.roles as z.infer<typeof User>['roles'],
    language: u.language,
    active: u.active,
    mustChangePassword: u.mustChangePassword,
    hasPassword: u.hasPassword,
    oidc: u.oidcSubject !== null,
    queues: u.queues,
    teams: u.teams,
    createdAt: u.createdAt.toISOString(),
    updatedAt: u.updatedAt.toISOString(),
    lastSignInAt: iso(u.lastSignInAt),
    deactivatedAt: iso(u.deactivatedAt),
  };
}

/** The 422 of a password the policy refuses, naming the field and the problem (`passwordProblem`, for translation). */
export function weakPassword(problem: PasswordProblem, path = 'password'): ApiError {
  return new ApiError('weak-password', `${path}: ${PASSWORD_PROBLEM_TEXT[problem]}`, {
    extensions: { errors: [{ path, message: PASSWORD_PROBLEM_TEXT[problem] }], passwordProblem: problem },
  });
}

/** Hashes a new password after checking the policy (422 naming the problem). */
export async function acceptPassword(password: string, email: string, path = 'password'): Promise<string> {
  const problem = passwordProblem(password, email);
  if (problem) throw weakPassword(problem, path);
  return hashPassword(password);
}

/** Which permissions reach only part of the data, and through what (`queues` or `teams`). */
function limits(grants: Grants): Record<string, 'queues' | 'teams'> {
  const out: Record<string, 'queues' | 'teams'> = {};
  for (const [permission, reach] of grants) {
    if (reach.kind === 'all') continue;
    out[permission] = permission === 'users:read' ? 'teams' : 'queues';
  }
  return out;
}

/** `GET /v1/me`: who is calling, their roles and permissions (with what limits them), their queues and teams. */
export async function meDto(rt: Runtime, principal: Principal): Promise<z.infer<typeof Me>> {
  const permissions = permissionList(principal.grants);
  if (principal.kind === 'key') {
    return {
      kind: 'key',
      key: { id: principal.id, name: principal.name, prefix: principal.prefix, scopes: principal.scopes },
      permissions,
      limitedTo: limits(principal.grants),
    };
  }
  const reach = await reachOf(rt.db, principal.id);
  const caseReach = principal.grants.get('cases:read');
  const queueIds =
    caseReach?.kind === 'members'
      ? [...new Set([...(caseReach.own ? reach.queues : []), ...(caseReach.team ? reach.teamQueues : [])])]
      : reach.queues;
  const [queues, teams] = await Promise.all([listQueues(rt.db, queueIds), listTeams(rt.db, reach.teams)]);
  return {
    kind: 'user',
    user: {
      id: principal.id,
      email: principal.email,
      displayName: principal.displayName,
      roles: principal.roles,
      language: principal.language,
      mustChangePassword: principal.mustChangePassword,
    },
    permissions,
    limitedTo: limits(principal.grants),
    queues: queues.map((q) => ({ id: q.id, name: q.name })),
    teams: teams.map((t) => ({ id: t.id, name: t.name })),
    session: {
      method: principal.session.method,
      createdAt: principal.session.createdAt.toISOString(),
      expiresAt: principal.session.expiresAt.toISOString(),
      idleMinutes: rt.config.sessionIdleMinutes,
    },
    csrfToken: csrfTokenFor(principal.sessionToken),
  };
}

/**
 * An admin adds a person: with the password given (the policy applies), or with a one-time password that is answered
 * once and must be changed at first sign-in.
 */
export async function addUser(rt: Runtime, body: z.infer<typeof CreateUserBody>) {
  const email = body.email.trim().toLowerCase();
  const oneTime = body.password === undefined ? oneTimePassword() : undefined;
  const passwordHash = await acceptPassword(body.password ?? oneTime!, email);
  const user = await createUser(rt.db, {
    email,
    displayName: body.displayName,
    roles: body.roles,
    language: body.language,
    queues: body.queues,
    teams: body.teams,
    passwordHash,
    mustChangePassword: oneTime !== undefined,
  });
  return { user: userDto(user), ...(oneTime ? { oneTimePassword: oneTime } : {}) };
}

/**
 * An admin changes a person. Guards: nobody deactivates themselves, and no change leaves Ruta without an active
 * admin (409). A new password or a reset ends the account's sessions; a reset answers a one-time password once.
 */
export async function changeUser(rt: Runtime, principal: Principal, id: string, body: z.infer<typeof UpdateUserBody>) {
  const before = await getUser(rt.db, id);
  if (!before) throw new ApiError('not-found', `User ${id} does not exist`);
  if (body.password !== undefined && body.resetPassword) {
    throw new ApiError('validation', 'Send either password or resetPassword, not both', {
      extensions: { errors: [{ path: 'resetPassword', message: 'Send either password or resetPassword' }] },
    });
  }
  if (principal.kind === 'user' && principal.id === id && body.active === false) {
    throw new ApiError('own-account', 'You cannot deactivate your own account; another admin can');
  }
  const wasAdmin = before.active && before.roles.includes('admin');
  const staysAdmin = (body.active ?? before.active) && (body.roles ?? before.roles).includes('admin');
  if (wasAdmin && !staysAdmin && (await countActiveAdmins(rt.db)) <= 1) {
    throw new ApiError('last-admin', 'This is the last active admin: make someone else an admin first');
  }
  const email = body.email?.trim().toLowerCase() ?? before.email;
  const oneTime = body.resetPassword ? oneTimePassword() : undefined;
  const newPassword = body.password ?? oneTime;
  const passwordHash = newPassword === undefined ? undefined : await acceptPassword(newPassword, email);
  const updated = await updateUser(rt.db, id, {
    ...(body.email !== undefined ? { email } : {}),
    ...(body.displayName !== undefined ? { displayName: body.displayName } : {}),
    ...(body.roles !== undefined ? { roles: body.roles } : {}),
    ...(body.language !== undefined ? { language: body.language } : {}),
    ...(body.queues !== undefined ? { queues: body.queues } : {}),
    ...(body.teams !== undefined ? { teams: body.teams } : {}),
    ...(body.active !== undefined ? { active: body.active } : {}),
    ...(passwordHash !== undefined ? { passwordHash, mustChangePassword: oneTime !== undefined } : {}),
  });
  if (!updated) throw new ApiError('not-found', `User ${id} does not exist`);
  if (passwordHash !== undefined) await deleteUserSessions(rt.db, id);
  return { user: userDto(updated), ...(oneTime ? { oneTimePassword: oneTime } : {}) };
}
