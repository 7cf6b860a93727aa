import type { OpenAPIHono } from '@hono/zod-openapi';
import { deleteUserSessions, findUserForSignIn, updateUser } from '@ruta/db';
import type { Context } from 'hono';
import type { AppEnv } from '../context';
import { ApiError } from '../errors/api-error';
import type { UserPrincipal } from '../middleware/auth';
import { rateLimited } from '../middleware/rate-limit';
import { json, jsonBody } from '../schemas/common';
import { ChangePasswordBody, Me, UpdateMeBody } from '../schemas/people';
import { verifyPassword } from '../services/passwords';
import { acceptPassword, meDto } from '../services/people';
import type { Runtime } from '../services/runtime';
import { type Guard, secure } from './define';

/** The person behind the request; an API key gets 409 (it has no account to change). */
function person(c: Context<AppEnv>): UserPrincipal {
  const principal = c.get('principal');
  if (principal.kind !== 'user') {
    throw new ApiError('person-only', 'This changes a person’s account; an API key has none');
  }
  return principal;
}

/** Who is calling and what they may do; a person's own name, language and password. */
export function meRoutes(app: OpenAPIHono<AppEnv>, rt: Runtime, guard: Guard): void {
  app.openapi(
    secure(guard, 'signed-in', {
      method: 'get',
      path: '/v1/me',
      tags: ['People'],
      summary: 'Who is calling: the person (roles, language) or the key, with their permissions',
      description:
        '`permissions` lists everything the roles (or the key’s scopes) give, implied ones included; `limitedTo` says which reach only the person’s `queues` (cases and their customers) or `teams` (members). A person also gets the `csrfToken` to send as `X-CSRF-Token`, and when the session ends. The designer shows only what `permissions` allows.',
      responses: { 200: json(Me, 'The caller') },
    }),
    async (c) => c.json(await meDto(rt, c.get('principal')), 200),
  );

  app.openapi(
    secure(
      guard,
      'signed-in',
      {
        method: 'patch',
        path: '/v1/me',
        tags: ['People'],
        summary: 'Change your display name or language',
        request: { body: jsonBody(UpdateMeBody) },
        responses: { 200: json(Me, 'The caller, changed') },
      },
      { problems: [409] },
    ),
    async (c) => {
      const principal = person(c);
      const body = c.req.valid('json');
      const user = await updateUser(rt.db, principal.id, body);
      if (!user) throw new ApiError('not-found', 'Your account does not exist any more');
      return c.json(
        await meDto(rt, {
          ...principal,
          displayName: user.displayName,
          language: user.language,
        }),
        200,
      );
    },
  );

  app.openapi(
    secure(
      guard,
      'signed-in',
      {
        method: 'post',
        path: '/v1/me/password',
        tags: ['People'],
        summary: 'Change your password',
        description:
          'Needs the current password (the one-time one, after an invitation or a reset). The new one must follow the policy (422 `passwordProblem`: too-short, too-long, same-as-email, too-common). Your other sessions end; this one goes on.',
        request: { body: jsonBody(ChangePasswordBody) },
        responses: { 200: json(Me, 'Changed') },
      },
      { problems: [409] },
    ),
    async (c) => {
      const principal = person(c);
      const { currentPassword, newPassword } = c.req.valid('json');
      // Guessing the current password from a session someone left open is limited like signing in.
      const allowed = rt.failures.account?.allowed(principal.email);
      if (rt.failures.account && allowed && !allowed.ok) {
        throw rateLimited('Too many wrong passwords for this account', allowed.retryAfterMs, rt.failures.account.limit);
      }
      const row = await findUserForSignIn(rt.db, { email: principal.email });
      if (!row || !(await verifyPassword(row.passwordHash, currentPassword))) {
        await rt.failures.account?.failed(principal.email);
        throw new ApiError('wrong-password', 'currentPassword: the current password is not right', {
          extensions: { errors: [{ path: 'currentPassword', message: 'The current password is not right' }] },
        });
      }
      if (await verifyPassword(row.passwordHash, newPassword)) {
        throw new ApiError('same-password', 'newPassword: choose a password different from the current one', {
          extensions: {
            errors: [{ path: 'newPassword', message: 'Choose a password different from the current one' }],
            passwordProblem: 'same-as-current',
          },
        });
      }
      const passwordHash = await acceptPassword(newPassword, principal.email, 'newPassword');
      await updateUser(rt.db, principal.id, { passwordHash, mustChangePassword: false });
      await deleteUserSessions(rt.db, principal.id, principal.session.id);
      return c.json(await meDto(rt, { ...principal, mustChangePassword: false }), 200);
    },
  );
}
