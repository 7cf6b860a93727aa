// Keys (including the first admin key), customers (profile, export, erasure), and the limits: rate, body size.
import { createApp, ensureAdminKey, ensureAdminUser } from '@ruta/api';
import { listApiKeys } from '@ruta/db';
import { createTestDatabase } from '@ruta/db/testing';
import { describe, expect, it } from 'vitest';
import { expectProblem, withApi } from './support';

const api = withApi({ worker: false });

describe('API keys', () => {
  it('creates a key shown once, which works with its scopes only, until it is revoked', async () => {
    const created = await api.call<{ key: string; apiKey: { id: string; scopes: string[]; prefix: string } }>(
      'POST',
      '/v1/keys',
      {
        body: { name: 'billing', scopes: ['events:write'] },
      },
    );
    expect(created.status, created.text).toBe(201);
    const { key, apiKey } = created.body;
    expect(key.startsWith(apiKey.prefix)).toBe(true);
    const listed = await api.call<{ keys: Record<string, unknown>[] }>('GET', '/v1/keys');
    expect(JSON.stringify(listed.body)).not.toContain(key);
    expect(listed.body.keys).toContainEqual(
      expect.objectContaining({ id: apiKey.id, scopes: ['events:write'], revokedAt: null }),
    );

    expect((await api.call('PUT', '/v1/customers/c_k', { key, body: { name: 'K' } })).status).toBe(200);
    expectProblem(await api.call('GET', '/v1/flows', { key }), 403);
    expect((await api.call('DELETE', `/v1/keys/${apiKey.id}`)).status).toBe(204);
    expectProblem(await api.call('PUT', '/v1/customers/c_k', { key, body: { name: 'K' } }), 401);
    expectProblem(await api.call('DELETE', `/v1/keys/${apiKey.id}`), 404);
  });

  it('refuses unknown scopes naming the field', async () => {
    const p = expectProblem(await api.call('POST', '/v1/keys', { body: { name: 'x', scopes: ['everything'] } }), 422);
    expect(p.errors).toContainEqual(expect.objectContaining({ path: 'scopes.0', message: expect.any(String) }));
  });

  it('creates the first admin person once when two API processes start on a new database at the same moment', async () => {
    const fresh = await createTestDatabase();
    try {
      const results = await Promise.all([ensureAdminUser(fresh.db, {}), ensureAdminUser(fresh.db, {})]);
      expect(results.filter((r) => r.created && r.password)).toHaveLength(1);
      expect(results.filter((r) => !r.created && r.password === null)).toHaveLength(1);
    } finally {
      await fresh.close();
    }
  });

  it('creates the first admin key once: RUTA_ADMIN_KEY when set, else a generated one', async () => {
    const fresh = await createTestDatabase();
    try {
      const first = await ensureAdminKey(fresh.db, undefined);
      expect(first).toMatchObject({ created: true, fromEnv: false, key: expect.stringMatching(/^ruta_/) });
      expect(await ensureAdminKey(fresh.db, undefined)).toMatchObject({ created: false, key: null });
      const fromEnv = await ensureAdminKey(fresh.db, 'automation-admin-key-0123456789abcdef');
      expect(fromEnv).toMatchObject({ created: true, fromEnv: true, key: null });
      expect(await ensureAdminKey(fresh.db, 'automation-admin-key-0123456789abcdef')).toMatchObject({ created: false });
      await expect(ensureAdminKey(fresh.db, 'short-admin-key')).rejects.toThrow(
        /RUTA_ADMIN_KEY is 15 characters long; it must have at least 32.*randomBytes/,
      );
      const keys = await listApiKeys(fresh.db);
      expect(keys.map((k) => k.scopes)).toEqual([['admin'], ['admin']]);
      const app = createApp({
        db: fresh.db,
        temporal: { client: api.server.client, taskQueue: 'unused' },
        log: () => {},
      });
      const res = await app.request('/v1/keys', {
        headers: { authorization: 'Bearer automation-admin-key-0123456789abcdef' },
      });
      expect(res.status).toBe(200);
    } finally {
      await fresh.close();
    }
  });
});

describe('customers', () => {
  it('creates, reads, exports and erases a customer', async () => {
    const put = await api.call<{ phone: string; email: string; consent: Record<string, boolean> }>(
      'PUT',
      '/v1/customers/c_priv',
      {
        body: {
          name: 'Lucía',
          email: ' Lucia@Example.CL ',
          phone: '+56 9 5555 6666',
          consent: { sms: false },
          attributes: { plan: 'gold' },
        },
      },
    );
    expect(put.status, put.text).toBe(200);
    expect(put.body).toMatchObject({ email: 'lucia@example.cl', phone: '+56955556666', consent: { sms: false } });
    expect((await api.call('GET', '/v1/customers/c_priv')).body).toMatchObject({
      name: 'Lucía',
      attributes: { plan: 'gold' },
    });
    const bad = expectProblem(
      await api.call('PUT', '/v1/customers/c_priv', { body: { timeZone: 'Mars/Base', locale: 'fr' } }),
      422,
    );
    expect((bad.errors as { path: string }[]).map((e) => e.path)).toContain('locale');

    const exported = await api.call<{ customer: { name: string } }>('GET', '/v1/customers/c_priv/export');
    expect(exported.body.customer.name).toBe('Lucía');
    const erased = await api.call<{ erased: { customers: number } }>('DELETE', '/v1/customers/c_priv');
    expect(erased.status).toBe(200);
    expect(erased.body.erased.customers).toBe(1);
    // Erased: the profile, its timeline and its export are gone (404), as for an id never seen.
    for (const path of ['/v1/customers/c_priv', '/v1/customers/c_priv/timeline', '/v1/customers/c_priv/export']) {
      expectProblem(await api.call('GET', path), 404);
    }
    for (const path of ['/v1/customers/c_nobody', '/v1/customers/c_nobody/timeline', '/v1/customers/c_nobody/export']) {
      expectProblem(await api.call('GET', path), 404);
    }
    expectProblem(await api.call('DELETE', '/v1/customers/c_nobody'), 404);
    // A later upsert starts a fresh profile.
    expect((await api.call('PUT', '/v1/customers/c_priv', { body: { name: 'Lucía' } })).status).toBe(200);
    expect((await api.call('GET', '/v1/customers/c_priv')).body).toMatchObject({ name: 'Lucía', erasedAt: null });
  });
});

describe('limits and errors', () => {
  it('rate-limits each key with a token bucket: 429 problem+json with Retry-After; other keys are unaffected', async () => {
    const app = createApp({
      db: api.db.db,
      temporal: { client: api.server.client, taskQueue: 'unused' },
      config: { rateLimit: { perSecond: 0.5, burst: 3 } },
      log: () => {},
    });
    const other = await api.key('flows:read');
    const get = (key: string) => app.request('/v1/flows', { headers: { authorization: `Bearer ${key}` } });
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) statuses.push((await get(api.adminKey)).status);
    expect(statuses).toEqual([200, 200, 200, 429]);
    const limited = await get(api.adminKey);
    expect(limited.status).toBe(429);
    expect(limited.headers.get('content-type')).toContain('application/problem+json');
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(await limited.json()).toMatchObject({ type: '/docs#problem-rate-limited', retryAfter: expect.any(Number) });
    expect((await get(other)).status).toBe(200);
  });

  it('refuses bodies over 1 MiB on ordinary routes with 413, before anything is stored', async () => {
    const big = { name: 'x'.repeat((1 << 20) + 10) };
    const p = expectProblem(await api.call('PUT', '/v1/customers/c_big', { body: big }), 413);
    expect(p.limit).toBe(1 << 20);
    expectProblem(await api.call('GET', '/v1/customers/c_big'), 404);
  });

  it('answers unknown routes and bad query parameters with problem+json', async () => {
    expectProblem(await api.call('GET', '/v1/nothing-here'), 404);
    const q = expectProblem(await api.call('GET', '/v1/journeys?status=sleeping&limit=0'), 422);
    const paths = (q.errors as { path: string }[]).map((e) => e.path);
    expect(paths).toEqual(expect.arrayContaining(['query.status', 'query.limit']));
    // An id no flow can have names no resource: 404; one Ruta cannot even store is 422.
    expectProblem(await api.call('GET', '/v1/flows/not-a-flow-id'), 404);
    const id = expectProblem(await api.call('GET', '/v1/flows/a%00b'), 422);
    expect(id.errors).toContainEqual(expect.objectContaining({ path: 'param.id', message: expect.any(String) }));
  });

  it('echoes the request id', async () => {
    const r = await api.call('GET', '/v1/flows/f_missing', { headers: { 'x-request-id': 'req-123' } });
    expect(r.headers.get('x-request-id')).toBe('req-123');
    expect(r.body).toMatchObject({ requestId: 'req-123', instance: '/v1/flows/f_missing' });
  });
});
