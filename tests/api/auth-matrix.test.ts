// Every route × every role and every key scope. Keys: a key with the route's permission (or one that includes it, or
// admin) gets through (no 401/403), any other key gets 403, no key gets 401. People: a person whose roles give the
// permission gets through, anyone else gets 403. The expectations below are written out by hand (the role matrix of
// the issue), not derived from the code under test, and the route table is checked against the OpenAPI document, so a
// new route cannot be left out.
import { createQueue, createTeam, createTicket, createUser } from '@ruta/db';
import { beforeAll, describe, expect, it } from 'vitest';
import { orderFlow } from './flows-fixtures';
import { type PersonSession, withApi } from './support';

const api = withApi({ worker: false });

const SCOPES = [
  'events:write',
  'flows:read',
  'flows:write',
  'flows:publish',
  'journeys:read',
  'journeys:write',
  'cases:read',
  'cases:write',
  'cases:assign',
  'customers:read',
  'kb:read',
  'kb:write',
  'keys:manage',
  'activities:publish',
  'users:read',
  'users:manage',
  'admin',
] as const;
type Scope = (typeof SCOPES)[number];
type Needed = Scope | 'signed-in';

const ROLES = ['agent', 'supervisor', 'cx_manager', 'developer', 'admin', 'nobody'] as const;
type RoleName = (typeof ROLES)[number];

/** Who may do what: the role matrix. */
const ROLE_MAY: Record<Needed, RoleName[]> = {
  'events:write': ['developer', 'admin'],
  'flows:read': ['cx_manager', 'developer', 'admin'],
  'flows:write': ['cx_manager', 'admin'],
  'flows:publish': ['cx_manager', 'admin'],
  'journeys:read': ['cx_manager', 'admin'],
  'journeys:write': ['cx_manager', 'admin'],
  'cases:read': ['agent', 'supervisor', 'cx_manager', 'admin'],
  'cases:write': ['agent', 'supervisor', 'cx_manager', 'admin'],
  'cases:assign': ['supervisor', 'admin'],
  'customers:read': ['agent', 'supervisor', 'cx_manager', 'admin'],
  'kb:read': ['cx_manager', 'admin'],
  'kb:write': ['cx_manager', 'admin'],
  'keys:manage': ['developer', 'admin'],
  'activities:publish': ['developer', 'admin'],
  'users:read': ['supervisor', 'admin'],
  'users:manage': ['admin'],
  admin: ['admin'],
  'signed-in': [...ROLES],
};

/** Which key scopes pass a permission: itself, admin, and the older scopes that include it. */
const SCOPE_MAY: Record<Needed, string[]> = {
  ...(Object.fromEntries(SCOPES.map((s) => [s, [s, 'admin']])) as Record<Scope, string[]>),
  'cases:read': ['cases:read', 'journeys:read', 'admin'],
  'customers:read': ['customers:read', 'journeys:read', 'admin'],
  'cases:write': ['cases:write', 'journeys:write', 'admin'],
  'users:read': ['users:read', 'users:manage', 'admin'],
  'signed-in': [...SCOPES, 'none'],
};

interface Route {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** The OpenAPI path. */
  path: string;
  needs: Needed;
  /** A concrete URL to call (a function when it names something made in beforeAll). */
  url: string | (() => string);
  body?: unknown;
  /** Each call ends the session it is made with: people call it with a session of its own. */
  endsSession?: boolean;
}

const J = encodeURIComponent('journey:f_auth:c_nobody');
let handoff = '';
let target = '';
let team = '';
let unique = 0;
const next = () => ++unique;

const ROUTES: Route[] = [
  {
    method: 'POST',
    path: '/v1/events',
    needs: 'events:write',
    url: '/v1/events',
    body: { id: 'auth-evt', type: 'auth.nothing', customerId: 'c_auth' },
  },
  { method: 'GET', path: '/v1/flows', needs: 'flows:read', url: '/v1/flows' },
  { method: 'GET', path: '/v1/event-types', needs: 'flows:read', url: '/v1/event-types' },
  {
    method: 'GET',
    path: '/v1/event-types/{type}/schema',
    needs: 'flows:read',
    url: '/v1/event-types/order.delayed/schema',
  },
  {
    method: 'POST',
    path: '/v1/flows',
    needs: 'flows:write',
    url: '/v1/flows',
    body: { document: orderFlow('f_auth_new') },
  },
  {
    method: 'POST',
    path: '/v1/flows/import',
    needs: 'flows:write',
    url: '/v1/flows/import?replace=true',
    body: orderFlow('f_auth_imported'),
  },
  { method: 'GET', path: '/v1/flows/{id}', needs: 'flows:read', url: '/v1/flows/f_auth' },
  {
    method: 'PUT',
    path: '/v1/flows/{id}',
    needs: 'flows:write',
    url: '/v1/flows/f_auth',
    body: { document: orderFlow('f_auth') },
  },
  { method: 'DELETE', path: '/v1/flows/{id}', needs: 'flows:write', url: '/v1/flows/f_auth_missing' },
  { method: 'GET', path: '/v1/flows/{id}/export', needs: 'flows:read', url: '/v1/flows/f_auth/export' },
  { method: 'POST', path: '/v1/flows/{id}/validate', needs: 'flows:read', url: '/v1/flows/f_auth/validate' },
  {
    method: 'POST',
    path: '/v1/flows/{id}/simulate',
    needs: 'flows:read',
    url: '/v1/flows/f_auth/simulate',
    body: { scenario: { name: 's', event: { type: 'order.placed' }, customer: { id: 'c_sim' } } },
  },
  { method: 'POST', path: '/v1/flows/{id}/publish', needs: 'flows:publish', url: '/v1/flows/f_auth/publish', body: {} },
  { method: 'GET', path: '/v1/flows/{id}/versions', needs: 'flows:read', url: '/v1/flows/f_auth/versions' },
  { method: 'GET', path: '/v1/flows/{id}/versions/{version}', needs: 'flows:read', url: '/v1/flows/f_auth/versions/1' },
  {
    method: 'GET',
    path: '/v1/flows/{id}/versions/{a}/diff/{b}',
    needs: 'flows:read',
    url: '/v1/flows/f_auth/versions/1/diff/draft',
  },
  {
    method: 'POST',
    path: '/v1/flows/{id}/rollback',
    needs: 'flows:publish',
    url: '/v1/flows/f_auth/rollback',
    body: { version: 1 },
  },
  { method: 'GET', path: '/v1/flows/{id}/stats', needs: 'flows:read', url: '/v1/flows/f_auth/stats' },
  {
    method: 'POST',
    path: '/v1/flows/{id}/unpublish',
    needs: 'flows:publish',
    url: '/v1/flows/f_auth_missing/unpublish',
  },
  { method: 'GET', path: '/v1/flows/{id}/schedule', needs: 'flows:read', url: '/v1/flows/f_auth/schedule' },
  {
    method: 'POST',
    path: '/v1/flows/{id}/schedule/pause',
    needs: 'flows:publish',
    url: '/v1/flows/f_auth/schedule/pause',
    body: {},
  },
  {
    method: 'POST',
    path: '/v1/flows/{id}/schedule/resume',
    needs: 'flows:publish',
    url: '/v1/flows/f_auth/schedule/resume',
    body: {},
  },
  {
    method: 'POST',
    path: '/v1/flows/{id}/schedule/trigger',
    needs: 'flows:publish',
    url: '/v1/flows/f_auth/schedule/trigger',
  },
  {
    method: 'POST',
    path: '/v1/flows/{id}/start',
    needs: 'journeys:write',
    url: '/v1/flows/f_auth_missing/start',
    body: { customerId: 'c_auth' },
  },
  { method: 'GET', path: '/v1/journeys', needs: 'journeys:read', url: '/v1/journeys?status=running' },
  { method: 'GET', path: '/v1/journeys/{id}', needs: 'journeys:read', url: `/v1/journeys/${J}` },
  {
    method: 'POST',
    path: '/v1/journeys/{id}/cancel',
    needs: 'journeys:write',
    url: `/v1/journeys/${J}/cancel`,
    body: {},
  },
  {
    method: 'POST',
    path: '/v1/journeys/{id}/skip-wait',
    needs: 'journeys:write',
    url: `/v1/journeys/${J}/skip-wait`,
    body: {},
  },
  {
    method: 'POST',
    path: '/v1/journeys/{id}/retry-step',
    needs: 'journeys:write',
    url: `/v1/journeys/${J}/retry-step`,
  },
  { method: 'POST', path: '/v1/journeys/{id}/skip-step', needs: 'journeys:write', url: `/v1/journeys/${J}/skip-step` },
  {
    method: 'POST',
    path: '/v1/journeys/{id}/terminate',
    needs: 'journeys:write',
    url: `/v1/journeys/${J}/terminate`,
    body: { reason: 'auth matrix' },
  },
  { method: 'GET', path: '/v1/attention', needs: 'journeys:read', url: '/v1/attention' },
  {
    method: 'GET',
    path: '/v1/attention/journeys',
    needs: 'journeys:read',
    url: '/v1/attention/journeys?flowId=f_auth&reason=activity_failed',
  },
  {
    method: 'POST',
    path: '/v1/attention/bulk',
    needs: 'journeys:write',
    url: '/v1/attention/bulk',
    body: { flowId: 'f_auth_missing', reason: 'activity_failed', action: 'retry' },
  },
  { method: 'GET', path: '/v1/attention/bulk/{id}', needs: 'journeys:read', url: '/v1/attention/bulk/ba_missing' },
  {
    method: 'GET',
    path: '/v1/insights',
    needs: 'journeys:read',
    url: '/v1/insights?from=2026-03-02&to=2026-03-09&tz=UTC',
  },
  { method: 'POST', path: '/v1/insights/example', needs: 'admin', url: '/v1/insights/example' },
  { method: 'POST', path: '/codec/encode', needs: 'journeys:read', url: '/codec/encode', body: { payloads: [] } },
  { method: 'POST', path: '/codec/decode', needs: 'journeys:read', url: '/codec/decode', body: { payloads: [] } },
  {
    method: 'PUT',
    path: '/v1/customers/{id}',
    needs: 'events:write',
    url: '/v1/customers/c_auth',
    body: { name: 'Auth' },
  },
  { method: 'GET', path: '/v1/customers/{id}', needs: 'customers:read', url: '/v1/customers/c_auth' },
  { method: 'GET', path: '/v1/customers/{id}/timeline', needs: 'customers:read', url: '/v1/customers/c_auth/timeline' },
  { method: 'GET', path: '/v1/customers/{id}/export', needs: 'admin', url: '/v1/customers/c_auth/export' },
  { method: 'DELETE', path: '/v1/customers/{id}', needs: 'admin', url: '/v1/customers/c_auth_erased' },
  { method: 'GET', path: '/v1/handoffs', needs: 'cases:read', url: '/v1/handoffs' },
  { method: 'GET', path: '/v1/handoffs/{id}', needs: 'cases:read', url: () => `/v1/handoffs/${handoff}` },
  {
    method: 'GET',
    path: '/v1/handoffs/{id}/suggestions',
    needs: 'cases:read',
    url: '/v1/handoffs/t_missing/suggestions',
  },
  { method: 'GET', path: '/v1/kb/articles', needs: 'kb:read', url: '/v1/kb/articles' },
  {
    method: 'POST',
    path: '/v1/kb/articles',
    needs: 'kb:write',
    url: '/v1/kb/articles',
    body: { lang: 'es', title: 'Matriz', body: 'Texto' },
  },
  { method: 'GET', path: '/v1/kb/articles/{id}', needs: 'kb:read', url: '/v1/kb/articles/kb_missing' },
  {
    method: 'PUT',
    path: '/v1/kb/articles/{id}',
    needs: 'kb:write',
    url: '/v1/kb/articles/kb_missing',
    body: { lang: 'es', title: 'Matriz', body: 'Texto' },
  },
  { method: 'DELETE', path: '/v1/kb/articles/{id}', needs: 'kb:write', url: '/v1/kb/articles/kb_missing' },
  { method: 'GET', path: '/v1/kb/search', needs: 'kb:read', url: '/v1/kb/search?q=horario' },
  { method: 'POST', path: '/v1/kb/search', needs: 'kb:read', url: '/v1/kb/search', body: { text: 'horario' } },
  {
    method: 'POST',
    path: '/v1/handoffs/{id}/resolve',
    needs: 'cases:write',
    url: () => `/v1/handoffs/${handoff}/resolve`,
    body: {},
  },
  {
    method: 'POST',
    path: '/v1/handoffs/{id}/assign',
    needs: 'cases:assign',
    url: () => `/v1/handoffs/${handoff}/assign`,
    body: {},
  },
  {
    method: 'GET',
    path: '/v1/handoffs/{id}/context',
    needs: 'cases:read',
    url: () => `/v1/handoffs/${handoff}/context`,
  },
  { method: 'POST', path: '/v1/handoffs/{id}/claim', needs: 'cases:write', url: '/v1/handoffs/t_missing/claim' },
  {
    method: 'POST',
    path: '/v1/handoffs/{id}/notes',
    needs: 'cases:write',
    url: () => `/v1/handoffs/${handoff}/notes`,
    body: { body: 'Nota de la matriz' },
  },
  {
    method: 'POST',
    path: '/v1/handoffs/{id}/transfer',
    needs: 'cases:write',
    url: '/v1/handoffs/t_missing/transfer',
    body: { queue: 'support' },
  },
  {
    method: 'POST',
    path: '/v1/handoffs/{id}/reply',
    needs: 'cases:write',
    url: '/v1/handoffs/t_missing/reply',
    body: { text: 'Hola' },
  },
  { method: 'GET', path: '/v1/cases/overview', needs: 'cases:assign', url: '/v1/cases/overview' },
  { method: 'GET', path: '/v1/cases/stream', needs: 'cases:read', url: '/v1/cases/stream' },
  {
    method: 'POST',
    path: '/v1/sandbox/reply',
    needs: 'journeys:write',
    url: '/v1/sandbox/reply',
    body: { customerId: 'c_auth', text: 'hola' },
  },
  { method: 'GET', path: '/v1/activities', needs: 'flows:read', url: '/v1/activities' },
  { method: 'GET', path: '/v1/activities/flags', needs: 'flows:read', url: '/v1/activities/flags' },
  {
    method: 'POST',
    path: '/v1/activities/catalog',
    needs: 'activities:publish',
    url: '/v1/activities/catalog',
    body: {
      worker: { identity: 'auth-matrix', taskQueue: null },
      activities: [
        {
          name: 'auth.check',
          version: 1,
          label: { es: 'Prueba', en: 'Check' },
          description: { es: '', en: '' },
          input: { type: 'object', properties: {} },
          output: { type: 'object', properties: {} },
          startToCloseTimeoutMs: 1000,
          heartbeatTimeoutMs: null,
          retry: { maximumAttempts: 1, initialIntervalMs: 1000, backoffCoefficient: 2, maximumIntervalMs: 1000 },
          nonRetryableErrorTypes: [],
          taskQueue: null,
        },
      ],
    },
  },
  { method: 'GET', path: '/v1/templates', needs: 'flows:read', url: '/v1/templates' },
  { method: 'GET', path: '/v1/keys', needs: 'keys:manage', url: '/v1/keys' },
  {
    method: 'POST',
    path: '/v1/keys',
    needs: 'keys:manage',
    url: '/v1/keys',
    // Everyone allowed here holds keys:manage in full, so may hand it on.
    body: { name: 'made-in-matrix', scopes: ['keys:manage'] },
  },
  { method: 'DELETE', path: '/v1/keys/{id}', needs: 'keys:manage', url: '/v1/keys/k_missing' },
  { method: 'POST', path: '/v1/auth/sign-out', needs: 'signed-in', url: '/v1/auth/sign-out', endsSession: true },
  { method: 'GET', path: '/v1/me', needs: 'signed-in', url: '/v1/me' },
  { method: 'PATCH', path: '/v1/me', needs: 'signed-in', url: '/v1/me', body: { language: 'es' } },
  {
    method: 'POST',
    path: '/v1/me/password',
    needs: 'signed-in',
    url: '/v1/me/password',
    body: { currentPassword: 'not the password', newPassword: 'a brand new passphrase' },
  },
  { method: 'GET', path: '/v1/users', needs: 'users:read', url: '/v1/users' },
  { method: 'GET', path: '/v1/users/{id}', needs: 'users:read', url: () => `/v1/users/${target}` },
  {
    method: 'POST',
    path: '/v1/users',
    needs: 'users:manage',
    url: '/v1/users',
    body: () => ({ email: `made-${next()}@example.cl`, displayName: 'Made in the matrix', roles: ['agent'] }),
  },
  {
    method: 'PATCH',
    path: '/v1/users/{id}',
    needs: 'users:manage',
    url: () => `/v1/users/${target}`,
    body: { displayName: 'Target (renamed)' },
  },
  { method: 'GET', path: '/v1/teams', needs: 'users:read', url: '/v1/teams' },
  { method: 'POST', path: '/v1/teams', needs: 'users:manage', url: '/v1/teams', body: () => ({ name: `T${next()}` }) },
  {
    method: 'PUT',
    path: '/v1/teams/{id}/calendar',
    needs: 'users:manage',
    url: '/v1/teams/team_missing/calendar',
    body: { calendar: null },
  },
  { method: 'GET', path: '/v1/queues', needs: 'cases:read', url: '/v1/queues' },
  {
    method: 'POST',
    path: '/v1/queues',
    needs: 'users:manage',
    url: '/v1/queues',
    body: () => ({ id: `q-${next()}`, teamId: team }),
  },
  {
    method: 'PATCH',
    path: '/v1/queues/{id}',
    needs: 'users:manage',
    url: '/v1/queues/support',
    body: { name: 'Soporte' },
  },
];

const keys = new Map<string, string>();
const people = new Map<RoleName, PersonSession>();

beforeAll(async () => {
  for (const scope of SCOPES) keys.set(scope, await api.key(scope));
  keys.set('none', await api.key());
  team = (await createTeam(api.db.db, { name: 'Soporte Santiago' })).id;
  await createQueue(api.db.db, { id: 'support', teamId: team });
  handoff = (await createTicket(api.db.db, { customerId: 'c_auth', queue: 'support', subject: 'Auth matrix' })).ticket
    .id;
  target = (
    await createUser(api.db.db, { email: 'target@example.cl', displayName: 'Target', roles: ['agent'], teams: [team] })
  ).id;
  for (const role of ROLES) {
    people.set(
      role,
      await api.person({
        roles: role === 'nobody' ? [] : [role],
        queues: role === 'agent' ? ['support'] : [],
        teams: role === 'supervisor' ? [team] : [],
      }),
    );
  }
  const created = await api.call('POST', '/v1/flows', { body: { document: orderFlow('f_auth') } });
  expect(created.status, created.text).toBe(201);
  const published = await api.call('POST', '/v1/flows/f_auth/publish');
  expect(published.status, published.text).toBe(201);
}, 120_000);

describe('the route table covers the API', () => {
  it('lists every operation of the OpenAPI document that needs a permission, with the one it declares', async () => {
    const doc = await api.call<{ paths: Record<string, Record<string, { 'x-required-permission'?: string }>> }>(
      'GET',
      '/openapi.json',
      { key: null },
    );
    const operations = Object.entries(doc.body.paths).flatMap(([path, ops]) =>
      Object.entries(ops).map(
        ([method, op]) => [`${method.toUpperCase()} ${path}`, op['x-required-permission']] as const,
      ),
    );
    const documented = operations.filter(([, needs]) => needs !== undefined).sort();
    const table = ROUTES.map((r) => [`${r.method} ${r.path}`, r.needs] as const).sort();
    expect(table).toEqual(documented);
    // What answers without any key or session, on purpose: health, docs, signing in, signed webhooks.
    expect(
      operations
        .filter(([, needs]) => needs === undefined)
        .map(([op]) => op)
        .sort(),
    ).toEqual(
      [
        'GET /healthz',
        'GET /readyz',
        'GET /v1/auth/providers',
        'POST /v1/auth/sign-in',
        'GET /v1/auth/oidc/start',
        'GET /v1/auth/oidc/callback',
        'POST /v1/channels/sandbox/inbound',
        'POST /v1/channels/twilio/inbound',
        'GET /v1/channels/whatsapp/inbound',
        'POST /v1/channels/whatsapp/inbound',
      ].sort(),
    );
  });
});

describe.each(ROUTES)('$method $path ($needs)', (route) => {
  const send = (who: { key: string | null } | { as: PersonSession }) => {
    const body = typeof route.body === 'function' ? (route.body as () => unknown)() : route.body;
    const url = typeof route.url === 'function' ? route.url() : route.url;
    return api.call(route.method, url, { ...who, ...(body !== undefined ? { body } : {}) });
  };
  const passes = (r: { status: number; text: string }, who: string) => {
    expect([401, 403], `${who} should pass: ${r.status} ${r.text}`).not.toContain(r.status);
    expect(r.status, `${who}: ${r.text}`).toBeLessThan(500);
  };

  it('refuses no key, an unknown key and an unknown session with 401 problem+json', async () => {
    for (const who of [
      { key: null },
      { key: 'ruta_not-a-real-key' },
      { key: null, headers: { cookie: 'ruta_session=not-a-session' } },
    ]) {
      const r = await api.call(route.method, typeof route.url === 'function' ? route.url() : route.url, who);
      expect(r.status, r.text).toBe(401);
      expect(r.headers.get('content-type')).toContain('application/problem+json');
    }
  });

  it('lets the scopes that include the permission through, and answers 403 to every other key', async () => {
    for (const scope of [...SCOPES, 'none']) {
      const r = await send({ key: keys.get(scope)! });
      if (SCOPE_MAY[route.needs].includes(scope)) passes(r, `key ${scope}`);
      else {
        expect(r.status, `key ${scope}: ${r.text}`).toBe(403);
        expect(r.body).toMatchObject({ type: '/docs#problem-forbidden', requiredPermission: route.needs });
      }
    }
  });

  it('lets the roles that may through, and answers 403 to every other person', async () => {
    for (const role of ROLES) {
      const who = route.endsSession
        ? await api.signIn(people.get(role)!.email, people.get(role)!.password)
        : people.get(role)!;
      const r = await send({ as: who });
      if (ROLE_MAY[route.needs].includes(role)) passes(r, role);
      else {
        expect(r.status, `${role}: ${r.text}`).toBe(403);
        expect(r.body).toMatchObject({ type: '/docs#problem-forbidden', requiredPermission: route.needs });
      }
    }
  });
});
