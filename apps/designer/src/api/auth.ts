/**
 * People's side of the API: signing in and out, who the person is (`GET /v1/me`: roles, permissions, language), and
 * managing people, through the typed client (./http): the session cookie goes along and changes carry the session's
 * CSRF token. The designer never holds an API key.
 */
import { ApiError } from './errors';
import { api, call, type Schemas, setCsrfToken, whenSessionEnds } from './http';

export { setCsrfToken, whenSessionEnds };

/** `GET /v1/me` for a person (the API answers keys too; the designer is used by people only). */
export type Me = Extract<Schemas['Me'], { kind: 'user' }>;
/** A permission, as the API names it (`flows:read`, `cases:write`…). */
export type Permission = Me['permissions'][number];
export type Role = Schemas['User']['roles'][number];
export const ROLES: Role[] = ['agent', 'supervisor', 'cx_manager', 'developer', 'admin'];

export type Providers = Schemas['AuthProviders'];
/** A person's account as admins see it. */
export type UserInfo = Schemas['User'];
export type QueueInfo = Schemas['Queue'];
export type TeamInfo = Schemas['Team'];
/** A case (an open handoff), as the cases list shows it. */
export type CaseInfo = Schemas['Ticket'];

/** The person behind `GET /v1/me` (or a sign-in); an API key's answer here means the page was not opened by a person. */
function person(me: Schemas['Me']): Me {
  if (me.kind === 'user') return me;
  throw new ApiError({ title: 'Signed in with an API key, not as a person', code: 'person-only', status: 401 });
}

const byId = (id: string) => ({ params: { path: { id } } });

/** The people's API, in one place. */
export const people = {
  providers: () => call(api.GET('/v1/auth/providers')),
  /** Who is signed in; a 401 here means nobody (not a session that ended mid-work). */
  me: async () => person(await call(api.GET('/v1/me'), { quiet401: true })),
  signIn: async (email: string, password: string) =>
    person(await call(api.POST('/v1/auth/sign-in', { body: { email, password } }), { quiet401: true })),
  signOut: async () => {
    await call(api.POST('/v1/auth/sign-out'));
  },
  updateMe: async (patch: Schemas['UpdateMe']) => person(await call(api.PATCH('/v1/me', { body: patch }))),
  changePassword: async (currentPassword: string, newPassword: string) =>
    person(await call(api.POST('/v1/me/password', { body: { currentPassword, newPassword } }))),
  users: async () => (await call(api.GET('/v1/users'))).users,
  createUser: (input: Schemas['CreateUser']) => call(api.POST('/v1/users', { body: input })),
  updateUser: (id: string, patch: Schemas['UpdateUser']) =>
    call(api.PATCH('/v1/users/{id}', { ...byId(id), body: patch })),
  queues: async () => (await call(api.GET('/v1/queues'))).queues,
  teams: async () => (await call(api.GET('/v1/teams'))).teams,
  cases: async () => (await call(api.GET('/v1/handoffs'))).handoffs,
  resolveCase: (id: string, resolution: string) =>
    call(api.POST('/v1/handoffs/{id}/resolve', { ...byId(id), body: { resolution } })),
};
