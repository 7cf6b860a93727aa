// OpenID Connect sign-in against a real (small) provider on 127.0.0.1: discovery, the authorization redirect with PKCE,
// state and nonce, the code exchange, RS256 ID tokens checked against the provider's JWKS, roles mapped from a claim,
// accounts created or linked, and every way it can fail sending the browser back to the sign-in page.
import { createApp, type RutaApp } from '@ruta/api';
import { createUser, findUserForSignIn, updateUser } from '@ruta/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ProviderPerson, startTestProvider, type TestProvider } from '../support/oidc-provider';
import { cookieFrom, withApi } from './support';

const api = withApi({ worker: false });
const CALLBACK = 'http://localhost/v1/auth/oidc/callback';
let provider: TestProvider;

beforeAll(async () => {
  provider = await startTestProvider(CALLBACK);
});
afterAll(async () => {
  await provider?.close();
});

function appWith(roleClaim: string | undefined): RutaApp {
  return createApp({
    db: api.db.db,
    temporal: { client: api.server.client, taskQueue: 'unused' },
    config: {
      rateLimit: null,
      authFailuresPerMinute: null,
      designerDir: undefined,
      oidc: {
        issuer: provider.issuer,
        clientId: provider.clientId,
        clientSecret: provider.clientSecret,
        name: 'Acme SSO',
        roleClaim,
        roleMap: { 'ruta-cx': ['cx_manager'], 'ruta-admins': ['admin'], support: ['agent'] },
        scopes: 'openid email profile',
      },
    },
    log: () => {},
  });
}

/** The browser's trip: Ruta → provider (who signs `person` in) → back to Ruta's callback. */
async function signInThroughProvider(app: RutaApp, person: ProviderPerson, tweak?: (callback: URL) => void) {
  provider.nextPerson = person;
  const start = await app.request('/v1/auth/oidc/start');
  expect(start.status).toBe(302);
  const flowCookie = cookieFrom(start.headers, 'ruta_oidc');
  expect(flowCookie).toBeDefined();
  expect(start.headers.getSetCookie().join()).toMatch(
    /ruta_oidc=.*; Max-Age=600; Path=\/v1\/auth\/oidc; HttpOnly; SameSite=Lax/,
  );
  const authorize = new URL(start.headers.get('location')!);
  expect(authorize.origin).toBe(provider.issuer);
  expect(Object.fromEntries(authorize.searchParams)).toMatchObject({
    client_id: provider.clientId,
    redirect_uri: CALLBACK,
    response_type: 'code',
    scope: 'openid email profile',
    code_challenge_method: 'S256',
    code_challenge: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/),
    state: expect.any(String),
    nonce: expect.any(String),
  });
  const atProvider = await fetch(authorize, { redirect: 'manual' });
  expect(atProvider.status, await atProvider.clone().text()).toBe(302);
  const callback = new URL(atProvider.headers.get('location')!);
  expect(callback.href.startsWith(CALLBACK)).toBe(true);
  tweak?.(callback);
  const back = await app.request(`${callback.pathname}${callback.search}`, { headers: { cookie: flowCookie! } });
  expect(back.status).toBe(302);
  return { location: back.headers.get('location'), session: cookieFrom(back.headers) };
}

const me = async (app: RutaApp, cookie: string) => {
  const r = await app.request('/v1/me', { headers: { cookie } });
  return { status: r.status, body: (await r.json()) as Record<string, unknown> };
};

describe('OpenID Connect sign-in', () => {
  it('offers the provider on the sign-in page, and answers 404 to start when it is not configured', async () => {
    const app = appWith('groups');
    expect(await (await app.request('/v1/auth/providers')).json()).toEqual({
      password: true,
      oidc: { name: 'Acme SSO', startUrl: '/v1/auth/oidc/start' },
      session: false,
    });
    expect(await (await api.app.request('/v1/auth/providers')).json()).toEqual({
      password: true,
      oidc: null,
      session: false,
    });
    // It only says whether a session cookie came along; `/v1/me` decides whether it is still good.
    const withCookie = await api.app.request('/v1/auth/providers', { headers: { cookie: 'ruta_session=stale' } });
    expect(await withCookie.json()).toMatchObject({ session: true });
    expect((await api.app.request('/v1/auth/oidc/start')).status).toBe(404);
  });

  it('creates the account of a new person with the roles their groups map to, and opens a session', async () => {
    const app = appWith('groups');
    const { location, session } = await signInThroughProvider(app, {
      sub: 'acme|1001',
      email: 'Paula@Acme.example',
      email_verified: true,
      name: 'Paula Soto',
      locale: 'en-US',
      groups: ['ruta-cx', 'unrelated'],
    });
    expect(location).toBe('/');
    expect(session).toMatch(/^ruta_session=/);
    const who = await me(app, session!);
    expect(who.status).toBe(200);
    expect(who.body).toMatchObject({
      kind: 'user',
      user: { email: 'paula@acme.example', displayName: 'Paula Soto', roles: ['cx_manager'], language: 'en' },
      session: { method: 'oidc' },
    });
    expect(await findUserForSignIn(api.db.db, { issuer: provider.issuer, subject: 'acme|1001' })).toMatchObject({
      passwordHash: null,
    });
    // The token request carried the PKCE verifier and the client's secret; the code was single-use.
    const token = provider.requests.filter((r) => r.path === '/token').at(-1)!;
    expect(token.body).toMatchObject({ grant_type: 'authorization_code', code_verifier: expect.any(String) });
  });

  it('links an existing account by its verified email, and keeps the provider’s roles in step on every sign-in', async () => {
    const existing = await createUser(api.db.db, { email: 'luis@acme.example', displayName: 'Luis', roles: ['agent'] });
    const app = appWith('groups');
    const first = await signInThroughProvider(app, {
      sub: 'acme|2002',
      email: 'luis@acme.example',
      email_verified: true,
      groups: ['ruta-admins'],
    });
    expect((await me(app, first.session!)).body).toMatchObject({ user: { id: existing.id, roles: ['admin'] } });
    const again = await signInThroughProvider(app, { sub: 'acme|2002', groups: ['support'] });
    expect((await me(app, again.session!)).body).toMatchObject({ user: { id: existing.id, roles: ['agent'] } });
  });

  it('refuses an unverified email match, a person with no mapped role, and a deactivated account', async () => {
    await createUser(api.db.db, { email: 'eva@acme.example', displayName: 'Eva', roles: ['agent'] });
    const app = appWith('groups');
    const unverified = await signInThroughProvider(app, {
      sub: 'acme|3003',
      email: 'eva@acme.example',
      email_verified: false,
      groups: ['support'],
    });
    expect(unverified).toEqual({ location: '/?signin_error=no-account', session: undefined });
    const noRole = await signInThroughProvider(app, {
      sub: 'acme|4004',
      email: 'ines@acme.example',
      email_verified: true,
      groups: ['marketing'],
    });
    expect(noRole).toEqual({ location: '/?signin_error=no-role', session: undefined });
    expect(await findUserForSignIn(api.db.db, { email: 'ines@acme.example' })).toBeNull();

    const linked = await signInThroughProvider(app, {
      sub: 'acme|5005',
      email: 'olga@acme.example',
      email_verified: true,
      groups: ['support'],
    });
    expect(linked.session).toBeDefined();
    const olga = await findUserForSignIn(api.db.db, { email: 'olga@acme.example' });
    await updateUser(api.db.db, olga!.id, { active: false });
    const inactive = await signInThroughProvider(app, { sub: 'acme|5005', groups: ['support'] });
    expect(inactive).toEqual({ location: '/?signin_error=inactive', session: undefined });
  });

  it('without a role claim: only existing accounts, with the roles Ruta gave them', async () => {
    const app = appWith(undefined);
    await createUser(api.db.db, { email: 'rita@acme.example', displayName: 'Rita', roles: ['supervisor'] });
    const known = await signInThroughProvider(app, {
      sub: 'acme|6006',
      email: 'rita@acme.example',
      email_verified: true,
      groups: ['ruta-admins'],
    });
    expect((await me(app, known.session!)).body).toMatchObject({ user: { roles: ['supervisor'] } });
    const stranger = await signInThroughProvider(app, {
      sub: 'acme|7007',
      email: 'x@acme.example',
      email_verified: true,
    });
    expect(stranger).toEqual({ location: '/?signin_error=no-account', session: undefined });
  });

  it('sends the browser back to sign in when the state, the signature, the audience or the nonce is wrong', async () => {
    const app = appWith('groups');
    const person = { sub: 'acme|8008', email: 'tomas@acme.example', email_verified: true, groups: ['support'] };
    const forged = await signInThroughProvider(app, person, (cb) => cb.searchParams.set('state', 'forged'));
    expect(forged).toEqual({ location: '/?signin_error=oidc-failed', session: undefined });
    for (const tamper of ['signature', 'audience', 'nonce'] as const) {
      provider.tamper = tamper;
      const r = await signInThroughProvider(app, person);
      expect(r, tamper).toEqual({ location: '/?signin_error=oidc-failed', session: undefined });
    }
    // Without the flow cookie (another browser, or an expired one): refused too.
    const noCookie = await app.request('/v1/auth/oidc/callback?code=x&state=y');
    expect(noCookie.headers.get('location')).toBe('/?signin_error=oidc-failed');
    expect(await findUserForSignIn(api.db.db, { email: 'tomas@acme.example' })).toBeNull();
    // And the real thing still works afterwards.
    expect((await signInThroughProvider(app, person)).session).toBeDefined();
  });
});
