/**
 * People's side of the API: signing in and out, who the person is (`GET /v1/me`: roles, permissions, language), and
 * managing people. Requests carry the session cookie (`credentials: 'same-origin'`) and, when they change something,
 * the session's CSRF token in `X-CSRF-Token`. The designer never holds an API key.
 */
import { ApiError } from './errors';
import type { Problem } from './types';

/** A permission, as the API names it (`flows:read`, `cases:write`…). */
export type Permission = string;
export type Role = 'agent' | 'supervisor' | 'cx_manager' | 'developer' | 'admin';
export const ROLES: Role[] = ['agent', 'supervisor', 'cx_manager', 'developer', 'admin'];

/** `GET /v1/me` for a person. */
export interface Me {
  kind: 'user';
  user: {
    id: string;
    email: string;
    displayName: string;
    roles: Role[];
    language: 'es' | 'en';
    mustChangePassword: boolean;
  };
  permissions: Permission[];
  limitedTo: Record<string, 'queues' | 'teams'>;
  queues: { id: string; name: string }[];
  teams: { id: string; name: string }[];
  session: { method: 'password' | 'oidc'; createdAt: string; expiresAt: string; idleMinutes: number };
  csrfToken: string;
}

export interface Providers {
  password: boolean;
  oidc: { name: string; startUrl: string } | null;
  /** A session cookie came with the request; without one there is nobody to ask `/v1/me` about. */
  session: boolean;
}

/** A person's account as admins see it. */
export interface UserInfo {
  id: string;
  email: string;
  displayName: string;
  roles: Role[];
  language: 'es' | 'en';
  active: boolean;
  mustChangePassword: boolean;
  queues: string[];
  teams: string[];
  lastSignInAt: string | null;
}

export interface QueueInfo {
  id: string;
  name: string;
  teamId: string | null;
  open: number;
}

export interface TeamInfo {
  id: string;
  name: string;
  queues: string[];
}

/** An open handoff, as the cases list shows it. */
export interface CaseInfo {
  id: string;
  customerId: string;
  queue: string;
  priority: 'low' | 'normal' | 'high' | 'urgent';
  status: string;
  subject: string | null;
  slaDeadline: string | null;
  assignedTo: string | null;
  createdAt: string;
}

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);
let csrfToken: string | null = null;

/** Remembers the session's CSRF token (from sign-in or `GET /v1/me`); null after signing out. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** The headers a request needs beyond its body: the CSRF token when it changes something. */
export function authHeaders(method: string): Record<string, string> {
  return !SAFE.has(method.toUpperCase()) && csrfToken ? { 'x-csrf-token': csrfToken } : {};
}

/** Called with the problem when the API answers 401 (the session ended): the app goes back to the sign-in page. */
let onSessionEnded: ((problem: Problem) => void) | undefined;
export function whenSessionEnds(fn: (problem: Problem) => void): void {
  onSessionEnded = fn;
}

/** Any 401 from the API: tells the app, unless the request was a sign-in attempt (its 401 is the form's to show). */
export function sessionEnded(problem: Problem): void {
  onSessionEnded?.(problem);
}

/** One request to the API with the session cookie; problem+json answers become {@link ApiError}s. */
export async function request<T>(method: string, path: string, body?: unknown, { quiet401 = false } = {}): Promise<T> {
  let res: Response;
  try {
    res = await fetch(path, {
      method,
      credentials: 'same-origin',
      headers: {
        accept: 'application/json, application/problem+json',
        ...authHeaders(method),
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
      },
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
  } catch (err) {
    throw new ApiError({ title: 'Network error', status: 0, detail: (err as Error).message });
  }
  const text = await res.text();
  let data: unknown;
  try {
    data = text ? JSON.parse(text) : undefined;
  } catch {
    data = undefined;
  }
  if (!res.ok) {
    const p = (data ?? {}) as Partial<Problem>;
    const problem = { ...p, title: p.title ?? res.statusText, status: res.status } as Problem;
    if (res.status === 401 && !quiet401) sessionEnded(problem);
    throw new ApiError(problem);
  }
  return data as T;
}

/** The people's API, in one place. */
export const people = {
  providers: () => request<Providers>('GET', '/v1/auth/providers'),
  /** Who is signed in; a 401 here means nobody (not a session that ended mid-work). */
  me: () => request<Me>('GET', '/v1/me', undefined, { quiet401: true }),
  signIn: (email: string, password: string) =>
    request<Me>('POST', '/v1/auth/sign-in', { email, password }, { quiet401: true }),
  signOut: () => request<void>('POST', '/v1/auth/sign-out'),
  updateMe: (patch: { language?: 'es' | 'en'; displayName?: string }) => request<Me>('PATCH', '/v1/me', patch),
  changePassword: (currentPassword: string, newPassword: string) =>
    request<Me>('POST', '/v1/me/password', { currentPassword, newPassword }),
  users: async () => (await request<{ users: UserInfo[] }>('GET', '/v1/users')).users,
  createUser: (input: {
    email: string;
    displayName: string;
    roles: Role[];
    language: 'es' | 'en';
    queues: string[];
    teams: string[];
  }) => request<{ user: UserInfo; oneTimePassword?: string }>('POST', '/v1/users', input),
  updateUser: (
    id: string,
    patch: Partial<Pick<UserInfo, 'roles' | 'active' | 'queues' | 'teams' | 'displayName'>> & { resetPassword?: true },
  ) => request<{ user: UserInfo; oneTimePassword?: string }>('PATCH', `/v1/users/${encodeURIComponent(id)}`, patch),
  queues: async () => (await request<{ queues: QueueInfo[] }>('GET', '/v1/queues')).queues,
  teams: async () => (await request<{ teams: TeamInfo[] }>('GET', '/v1/teams')).teams,
  cases: async () => (await request<{ handoffs: CaseInfo[] }>('GET', '/v1/handoffs')).handoffs,
  resolveCase: (id: string, resolution: string) =>
    request<CaseInfo>('POST', `/v1/handoffs/${encodeURIComponent(id)}/resolve`, { resolution }),
};
