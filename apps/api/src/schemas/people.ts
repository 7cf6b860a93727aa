import { z } from '@hono/zod-openapi';
import { BusinessHours } from '@ruta/flow';
import { PERMISSIONS, ROLES } from '../middleware/auth/permissions';
import { PASSWORD_MAX_LENGTH } from '../services/passwords';
import { AssignmentMode } from './cases';
import { id, text } from './common';

/** A role a person can have. */
export const RoleName = z.enum(ROLES).openapi({ description: 'agent, supervisor, cx_manager, developer or admin' });
/** A permission (what a route needs; a key's scope). */
export const PermissionName = z.enum(PERMISSIONS);
export const Language = z.enum(['es', 'en']);

/** An email as people type it (any case, surrounding spaces allowed); stored lowercased. */
export const EmailField = z
  .string()
  .max(320)
  .regex(/^\s*[^\s@]+@[^\s@]+\.[^\s@]+\s*$/, 'Write an email address like ana@example.com')
  .openapi({ format: 'email', example: 'ana@example.com' });

/** A password as sent; the policy (12–256 characters…) is checked where a new one is set. */
const PasswordField = z
  .string()
  .min(1)
  .max(PASSWORD_MAX_LENGTH * 4);

export const SignInBody = z
  .object({ email: EmailField, password: PasswordField })
  .openapi('SignIn', { description: 'Email and password of a person (systems use API keys instead)' });

const QueueRef = z.object({ id: z.string(), name: z.string() });
const TeamRef = z.object({ id: z.string(), name: z.string() });

/** Who the caller is and what they may do. */
export const Me = z
  .discriminatedUnion('kind', [
    z.object({
      kind: z.literal('user'),
      user: z.object({
        id: z.string(),
        email: z.string(),
        displayName: z.string(),
        roles: z.array(RoleName),
        language: Language,
        mustChangePassword: z
          .boolean()
          .openapi({ description: 'Signed in with a one-time password: only changing it is allowed until then' }),
      }),
      permissions: z
        .array(PermissionName)
        .openapi({ description: 'Every permission the roles give (with implied ones)' }),
      limitedTo: z.record(z.string(), z.enum(['queues', 'teams'])).openapi({
        description:
          'Permissions that reach only part of the data: `queues` — cases in `queues` and their customers; `teams` — members of `teams`. Others reach everything.',
      }),
      queues: z.array(QueueRef).openapi({ description: 'Queues whose cases the person reaches (own and teams’)' }),
      teams: z.array(TeamRef),
      session: z.object({
        method: z.enum(['password', 'oidc']),
        createdAt: z.string(),
        expiresAt: z.string().openapi({ description: 'The absolute end of the session' }),
        idleMinutes: z.number().int().openapi({ description: 'The session ends after this long without a request' }),
      }),
      csrfToken: z.string().openapi({ description: 'Send it as X-CSRF-Token on every state-changing request' }),
    }),
    z.object({
      kind: z.literal('key'),
      key: z.object({ id: z.string(), name: z.string(), prefix: z.string(), scopes: z.array(z.string()) }),
      permissions: z.array(PermissionName),
      limitedTo: z.record(z.string(), z.enum(['queues', 'teams'])),
    }),
  ])
  .openapi('Me');

export const UpdateMeBody = z
  .object({
    displayName: text({ min: 1, max: 200, nonBlank: true }).optional(),
    language: Language.optional(),
  })
  .openapi('UpdateMe');

export const ChangePasswordBody = z
  .object({
    currentPassword: PasswordField,
    newPassword: z.string().max(PASSWORD_MAX_LENGTH * 4),
  })
  .openapi('ChangePassword', {
    description:
      'The new password: 12–256 characters, not the email, not a repeated character, keyboard row or well-known password. Other sessions of the account end.',
  });

export const AuthProviders = z
  .object({
    password: z.boolean(),
    oidc: z
      .object({ name: z.string(), startUrl: z.string() })
      .nullable()
      .openapi({ description: 'OpenID Connect sign-in, when configured: send the browser to `startUrl`' }),
    session: z.boolean().openapi({
      description:
        'Whether this request carried a session cookie (`GET /v1/me` says whether it is still valid): without one, a page shows the sign-in at once',
    }),
  })
  .openapi('AuthProviders');

/** A person's account as admins and supervisors see it (never a password or its hash). */
export const User = z
  .object({
    id: z.string(),
    email: z.string(),
    displayName: z.string(),
    roles: z.array(RoleName),
    language: Language,
    active: z.boolean(),
    mustChangePassword: z.boolean(),
    hasPassword: z.boolean(),
    oidc: z.boolean().openapi({ description: 'Linked to an OpenID Connect account' }),
    queues: z.array(z.string()),
    teams: z.array(z.string()),
    createdAt: z.string(),
    updatedAt: z.string(),
    lastSignInAt: z.string().nullable(),
    deactivatedAt: z.string().nullable(),
  })
  .openapi('User');

const Membership = z.array(id(100)).max(200);

export const CreateUserBody = z
  .object({
    email: EmailField,
    displayName: text({ min: 1, max: 200, nonBlank: true }),
    roles: z.array(RoleName).max(ROLES.length).default([]),
    language: Language.default('es'),
    queues: Membership.default([]).openapi({ description: 'Queues the person works (agents)' }),
    teams: Membership.default([]).openapi({ description: 'Teams the person belongs to (supervisors oversee theirs)' }),
    password: z
      .string()
      .max(PASSWORD_MAX_LENGTH * 4)
      .optional()
      .openapi({
        description:
          'Set a password (the policy applies). Without one, a one-time password is made and answered once: the person chooses their own at first sign-in.',
      }),
  })
  .openapi('CreateUser');

export const UpdateUserBody = z
  .object({
    email: EmailField.optional(),
    displayName: text({ min: 1, max: 200, nonBlank: true }).optional(),
    roles: z.array(RoleName).max(ROLES.length).optional(),
    language: Language.optional(),
    queues: Membership.optional().openapi({ description: 'Replaces the queues the person works' }),
    teams: Membership.optional().openapi({ description: 'Replaces the teams the person belongs to' }),
    active: z.boolean().optional().openapi({ description: 'false deactivates the account and ends its sessions' }),
    password: z
      .string()
      .max(PASSWORD_MAX_LENGTH * 4)
      .optional()
      .openapi({ description: 'Set a new password (the policy applies); the account’s sessions end' }),
    resetPassword: z
      .literal(true)
      .optional()
      .openapi({ description: 'Make a new one-time password (answered once); the account’s sessions end' }),
  })
  .openapi('UpdateUser');

export const UserResult = z
  .object({
    user: User,
    oneTimePassword: z
      .string()
      .optional()
      .openapi({ description: 'Shown only now: give it to the person; they choose their own when they sign in' }),
  })
  .openapi('UserResult');

/** A team's business calendar: the flow's business-hours shape (days, start, end, timeZone, holidays). */
export const TeamCalendar = BusinessHours;

export const Team = z
  .object({
    id: z.string(),
    name: z.string(),
    queues: z.array(z.string()),
    calendar: TeamCalendar.nullable().openapi({
      description: "SLAs of the team's cases count in it (null: the flow's hours)",
    }),
    createdAt: z.string(),
  })
  .openapi('Team');
export const TeamCalendarBody = z.object({ calendar: TeamCalendar.nullable() }).openapi('SetTeamCalendar');
export const CreateTeamBody = z.object({ name: text({ min: 1, max: 200, nonBlank: true }) }).openapi('CreateTeam');

export const Queue = z
  .object({
    id: z.string().openapi({ description: 'The name tickets and handoff nodes use' }),
    name: z.string(),
    teamId: z.string().nullable(),
    assignment: AssignmentMode,
    open: z.number().int().openapi({ description: 'Open and pending cases' }),
    createdAt: z.string(),
  })
  .openapi('Queue');
export const CreateQueueBody = z
  .object({
    id: id(100).openapi({ example: 'billing' }),
    name: text({ min: 1, max: 200, nonBlank: true }).optional(),
    teamId: id(100).nullable().optional(),
    assignment: AssignmentMode.optional(),
  })
  .openapi('CreateQueue');
export const UpdateQueueBody = z
  .object({
    name: text({ min: 1, max: 200, nonBlank: true }).optional(),
    teamId: id(100).nullable().optional(),
    assignment: AssignmentMode.optional(),
  })
  .openapi('UpdateQueue');

export const AssignBody = z
  .object({
    assignee: id(100)
      .nullable()
      .optional()
      .openapi({ description: 'A person who works the (new) queue; null leaves the case unassigned' }),
    queue: id(100).optional().openapi({ description: 'Move the case to this queue (one within your reach)' }),
  })
  .openapi('AssignHandoff');
