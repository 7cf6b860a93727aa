// Every route × every scope: a key with the route's scope (or admin) gets through (no 401/403), any other key gets
// 403, no key gets 401. The table below is checked against the OpenAPI document, so a new route cannot be left out.
import { SCOPES } from '@ruta/api';
import { beforeAll, describe, expect, it } from 'vitest';
import { orderFlow } from './flows-fixtures';
import { withApi } from './support';

const api = withApi({ worker: false });

interface Route {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** The OpenAPI path. */
  path: string;
  scope: (typeof SCOPES)[number];
  /** A concrete URL to call. */
  url: string;
  body?: unknown;
}

const J = encodeURIComponent('journey:f_auth:c_nobody');

const ROUTES: Route[] = [
  {
    method: 'POST',
    path: '/v1/events',
    scope: 'events:write',
    url: '/v1/events',
    body: { id: 'auth-evt', type: 'auth.nothing', customerId: 'c_auth' },
  },
  { method: 'GET', path: '/v1/flows', scope: 'flows:read', url: '/v1/flows' },
  {
    method: 'POST',
    path: '/v1/flows',
    scope: 'flows:write',
    url: '/v1/flows',
    body: { document: orderFlow('f_auth_new') },
  },
  {
    method: 'POST',
    path: '/v1/flows/import',
    scope: 'flows:write',
    url: '/v1/flows/import?replace=true',
    body: orderFlow('f_auth_imported'),
  },
  { method: 'GET', path: '/v1/flows/{id}', scope: 'flows:read', url: '/v1/flows/f_auth' },
  {
    method: 'PUT',
    path: '/v1/flows/{id}',
    scope: 'flows:write',
    url: '/v1/flows/f_auth',
    body: { document: orderFlow('f_auth') },
  },
  { method: 'DELETE', path: '/v1/flows/{id}', scope: 'flows:write', url: '/v1/flows/f_auth_missing' },
  { method: 'GET', path: '/v1/flows/{id}/export', scope: 'flows:read', url: '/v1/flows/f_auth/export' },
  { method: 'POST', path: '/v1/flows/{id}/validate', scope: 'flows:read', url: '/v1/flows/f_auth/validate' },
  {
    method: 'POST',
    path: '/v1/flows/{id}/simulate',
    scope: 'flows:read',
    url: '/v1/flows/f_auth/simulate',
    body: { scenario: { name: 's', event: { type: 'order.placed' }, customer: { id: 'c_sim' } } },
  },
  { method: 'POST', path: '/v1/flows/{id}/publish', scope: 'flows:publish', url: '/v1/flows/f_auth/publish', body: {} },
  { method: 'GET', path: '/v1/flows/{id}/versions', scope: 'flows:read', url: '/v1/flows/f_auth/versions' },
  { method: 'GET', path: '/v1/flows/{id}/versions/{version}', scope: 'flows:read', url: '/v1/flows/f_auth/versions/1' },
  {
    method: 'GET',
    path: '/v1/flows/{id}/versions/{a}/diff/{b}',
    scope: 'flows:read',
    url: '/v1/flows/f_auth/versions/1/diff/draft',
  },
  {
    method: 'POST',
    path: '/v1/flows/{id}/rollback',
    scope: 'flows:publish',
    url: '/v1/flows/f_auth/rollback',
    body: { version: 1 },
  },
  { method: 'GET', path: '/v1/flows/{id}/stats', scope: 'flows:read', url: '/v1/flows/f_auth/stats' },
  {
    method: 'POST',
    path: '/v1/flows/{id}/start',
    scope: 'journeys:write',
    url: '/v1/flows/f_auth_missing/start',
    body: { customerId: 'c_auth' },
  },
  { method: 'GET', path: '/v1/journeys', scope: 'journeys:read', url: '/v1/journeys?status=running' },
  { method: 'GET', path: '/v1/journeys/{id}', scope: 'journeys:read', url: `/v1/journeys/${J}` },
  {
    method: 'POST',
    path: '/v1/journeys/{id}/cancel',
    scope: 'journeys:write',
    url: `/v1/journeys/${J}/cancel`,
    body: {},
  },
  {
    method: 'POST',
    path: '/v1/journeys/{id}/skip-wait',
    scope: 'journeys:write',
    url: `/v1/journeys/${J}/skip-wait`,
    body: {},
  },
  {
    method: 'POST',
    path: '/v1/journeys/{id}/retry-step',
    scope: 'journeys:write',
    url: `/v1/journeys/${J}/retry-step`,
  },
  { method: 'POST', path: '/v1/journeys/{id}/skip-step', scope: 'journeys:write', url: `/v1/journeys/${J}/skip-step` },
  {
    method: 'PUT',
    path: '/v1/customers/{id}',
    scope: 'events:write',
    url: '/v1/customers/c_auth',
    body: { name: 'Auth' },
  },
  { method: 'GET', path: '/v1/customers/{id}', scope: 'journeys:read', url: '/v1/customers/c_auth' },
  { method: 'GET', path: '/v1/customers/{id}/timeline', scope: 'journeys:read', url: '/v1/customers/c_auth/timeline' },
  { method: 'GET', path: '/v1/customers/{id}/export', scope: 'admin', url: '/v1/customers/c_auth/export' },
  { method: 'DELETE', path: '/v1/customers/{id}', scope: 'admin', url: '/v1/customers/c_auth_erased' },
  { method: 'GET', path: '/v1/handoffs', scope: 'journeys:read', url: '/v1/handoffs' },
  { method: 'GET', path: '/v1/handoffs/{id}', scope: 'journeys:read', url: '/v1/handoffs/t_missing' },
  {
    method: 'GET',
    path: '/v1/handoffs/{id}/suggestions',
    scope: 'journeys:read',
    url: '/v1/handoffs/t_missing/suggestions',
  },
  { method: 'GET', path: '/v1/kb/articles', scope: 'kb:read', url: '/v1/kb/articles' },
  {
    method: 'POST',
    path: '/v1/kb/articles',
    scope: 'kb:write',
    url: '/v1/kb/articles',
    body: { lang: 'es', title: 'Matriz', body: 'Texto' },
  },
  { method: 'GET', path: '/v1/kb/articles/{id}', scope: 'kb:read', url: '/v1/kb/articles/kb_missing' },
  {
    method: 'PUT',
    path: '/v1/kb/articles/{id}',
    scope: 'kb:write',
    url: '/v1/kb/articles/kb_missing',
    body: { lang: 'es', title: 'Matriz', body: 'Texto' },
  },
  { method: 'DELETE', path: '/v1/kb/articles/{id}', scope: 'kb:write', url: '/v1/kb/articles/kb_missing' },
  { method: 'GET', path: '/v1/kb/search', scope: 'kb:read', url: '/v1/kb/search?q=horario' },
  { method: 'POST', path: '/v1/kb/search', scope: 'kb:read', url: '/v1/kb/search', body: { text: 'horario' } },
  {
    method: 'POST',
    path: '/v1/handoffs/{id}/resolve',
    scope: 'journeys:write',
    url: '/v1/handoffs/t_missing/resolve',
    body: {},
  },
  {
    method: 'POST',
    path: '/v1/sandbox/reply',
    scope: 'journeys:write',
    url: '/v1/sandbox/reply',
    body: { customerId: 'c_auth', text: 'hola' },
  },
  { method: 'GET', path: '/v1/activities', scope: 'flows:read', url: '/v1/activities' },
  { method: 'GET', path: '/v1/templates', scope: 'flows:read', url: '/v1/templates' },
  { method: 'GET', path: '/v1/keys', scope: 'admin', url: '/v1/keys' },
  {
    method: 'POST',
    path: '/v1/keys',
    scope: 'admin',
    url: '/v1/keys',
    body: { name: 'made-in-matrix', scopes: ['flows:read'] },
  },
  { method: 'DELETE', path: '/v1/keys/{id}', scope: 'admin', url: '/v1/keys/k_missing' },
];

const keys = new Map<string, string>();

beforeAll(async () => {
  for (const scope of SCOPES) keys.set(scope, await api.key(scope));
  keys.set('none', await api.key());
  const created = await api.call('POST', '/v1/flows', { body: { document: orderFlow('f_auth') } });
  expect(created.status, created.text).toBe(201);
  const published = await api.call('POST', '/v1/flows/f_auth/publish');
  expect(published.status, published.text).toBe(201);
});

describe('the route table covers the API', () => {
  it('lists every authenticated operation of the OpenAPI document with the scope it declares', async () => {
    const doc = await api.call<{ paths: Record<string, Record<string, { 'x-required-scope'?: string }>> }>(
      'GET',
      '/openapi.json',
      { key: null },
    );
    const documented = Object.entries(doc.body.paths)
      .flatMap(([path, ops]) =>
        Object.entries(ops).map(([method, op]) => [`${method.toUpperCase()} ${path}`, op['x-required-scope']] as const),
      )
      .filter(([, scope]) => scope !== undefined)
      .sort();
    const table = ROUTES.map((r) => [`${r.method} ${r.path}`, r.scope] as const).sort();
    expect(table).toEqual(documented);
  });
});

describe.each(ROUTES)('$method $path ($scope)', (route) => {
  const send = (key: string | null) =>
    api.call(route.method, route.url, { key, ...(route.body !== undefined ? { body: route.body } : {}) });

  it('refuses a missing or unknown key with 401 problem+json', async () => {
    for (const key of [null, 'ruta_not-a-real-key']) {
      const r = await send(key);
      expect(r.status, r.text).toBe(401);
      expect(r.headers.get('content-type')).toContain('application/problem+json');
      expect(r.headers.get('www-authenticate')).toContain('Bearer');
    }
  });

  it("lets the route's scope and admin through, and answers 403 to every other scope", async () => {
    for (const scope of [...SCOPES, 'none']) {
      const r = await send(keys.get(scope)!);
      const allowed = scope === route.scope || scope === 'admin';
      if (allowed) {
        expect([401, 403], `${scope} should pass: ${r.status} ${r.text}`).not.toContain(r.status);
        expect(r.status, `${scope}: ${r.text}`).toBeLessThan(500);
      } else {
        expect(r.status, `${scope}: ${r.text}`).toBe(403);
        expect(r.body).toMatchObject({ type: '/docs#problem-forbidden', requiredScope: route.scope });
      }
    }
  });
});
