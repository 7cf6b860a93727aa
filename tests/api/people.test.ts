// People sign in: sessions (cookie flags, CSRF, expiry on a clock the test moves, sign-out), failed sign-ins (same
// answer whatever was wrong, limited per account and per address), one-time passwords, managing people, and what the
// role matrix lets each person reach (an agent's queues, a supervisor's teams).
import { createApp, csrfTokenFor } from '@ruta/api';
import { createQueue, createTeam, createTicket, getUser, listAudit, listVersions, upsertCustomer } from '@ruta/db';
import { beforeAll, describe, expect, it } from 'vitest';
import { orderFlow } from './flows-fixtures';
import { cookieFrom, expectProblem, type PersonSession, withApi } from './support';

let clock = new Date('2026-03-02T12:00:00Z').getTime();
const api = withApi({ worker: false, now: () => new Date(clock) });
const minutes = (n: number) => {
  clock += n * 60_000;
};

let team = '';
let otherTeam = '';

beforeAll(async () => {
  team = (await createTeam(api.db.db, { name: 'Soporte' })).id;
  otherTeam = (await createTeam(api.db.db, { name: 'Cobranza' })).id;
  await createQueue(api.db.db, { id: 'support', teamId: team });
  await createQueue(api.db.db, { id: 'vip', teamId: team });
  await createQueue(api.db.db, { id: 'collections', teamId: otherTeam });
});

const signIn = (email: string, password: string, headers: Record<string, string> = {}) =>
  api.call<Record<string, unknown>>('POST', '/v1/auth/sign-in', { key: null, body: { email, password }, headers });

describe('signing in', () => {
  it('opens a session: httpOnly SameSite=Strict cookie, who you are, your permissions and a CSRF token', async () => {
    const ana = await api.person({
      roles: ['agent'],
      queues: ['support'],
      email: 'ana@example.cl',
      displayName: 'Ana',
    });
    const r = await signIn(' ANA@example.cl ', ana.password);
    expect(r.status, r.text).toBe(200);
    const setCookie = r.headers.getSetCookie().join('\n');
    expect(setCookie).toMatch(/^ruta_session=[A-Za-z0-9_-]{43}; Max-Age=43200; Path=\/; HttpOnly; SameSite=Strict$/);
    expect(setCookie).not.toContain('Secure');
    expect(r.body).toMatchObject({
      kind: 'user',
      user: {
        email: 'ana@example.cl',
        displayName: 'Ana',
        roles: ['agent'],
        language: 'es',
        mustChangePassword: false,
      },
      permissions: ['cases:read', 'cases:write', 'customers:read'],
      limitedTo: { 'cases:read': 'queues', 'cases:write': 'queues', 'customers:read': 'queues' },
      queues: [{ id: 'support', name: 'support' }],
      session: { method: 'password', idleMinutes: 30 },
    });
    const token = cookieFrom(r.headers)!.split('=')[1]!;
    expect(r.body.csrfToken).toBe(csrfTokenFor(token));
    // The session works with the cookie alone for reading.
    const me = await api.call('GET', '/v1/me', { key: null, headers: { cookie: cookieFrom(r.headers)! } });
    expect(me.status, me.text).toBe(200);
    expect((await getUser(api.db.db, ana.id))?.lastSignInAt).toBeInstanceOf(Date);
  });

  it('gives the same 401 for a wrong password, an unknown email and a deactivated account', async () => {
    const bea = await api.person({ roles: ['agent'], email: 'bea@example.cl' });
    const off = await api.person({ roles: ['agent'], email: 'off@example.cl' });
    expect((await api.call('PATCH', `/v1/users/${off.id}`, { body: { active: false } })).status).toBe(200);
    const answers = [
      await signIn('bea@example.cl', 'not her password at all'),
      await signIn('nobody-here@example.cl', bea.password),
      await signIn('off@example.cl', off.password),
    ];
    for (const a of answers) {
      const p = expectProblem(a, 401);
      expect(p).toMatchObject({
        type: '/docs#problem-sign-in-failed',
        detail: 'The email or the password is not right',
      });
      expect(cookieFrom(a.headers)).toBeUndefined();
    }
    const bodies = answers.map((a) => {
      const { requestId: _r, ...rest } = a.body;
      return rest;
    });
    expect(bodies[1]).toEqual(bodies[0]);
    expect(bodies[2]).toEqual(bodies[0]);
    // The deactivated account's session ended with it.
    expectProblem(await api.call('GET', '/v1/me', { as: off }), 401);
    expectProblem(await signIn('not-an-email', 'x'), 422);
  });

  it('refuses a sign-in posted from another site (login CSRF)', async () => {
    const p = await api.person({ roles: ['agent'] });
    expectProblem(await signIn(p.email, p.password, { origin: 'https://evil.example' }), 403);
    expectProblem(await signIn(p.email, p.password, { 'sec-fetch-site': 'cross-site' }), 403);
    expect(
      (await signIn(p.email, p.password, { 'sec-fetch-site': 'same-origin', origin: 'http://localhost' })).status,
    ).toBe(200);
  });

  it('limits failed sign-ins per account and per address, with Retry-After, the same for unknown accounts', async () => {
    const limited = createApp({
      db: api.db.db,
      temporal: { client: api.server.client, taskQueue: 'unused' },
      config: { authFailuresPerMinute: 7, signInFailuresPerAccount: 3, rateLimit: null, designerDir: undefined },
      log: () => {},
      // A clock that stands still, so no budget refills while the test runs however slow the machine is.
      now: () => new Date(clock),
    });
    const p = await api.person({ roles: ['agent'], email: 'limited@example.cl' });
    const post = (email: string, password: string) =>
      limited.request('/v1/auth/sign-in', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email, password }),
      });
    for (const email of ['limited@example.cl', 'ghost@example.cl']) {
      for (let i = 0; i < 3; i++) expect((await post(email, 'wrong password here')).status).toBe(401);
      const blocked = await post(email, email === 'ghost@example.cl' ? 'anything at all' : p.password);
      expect(blocked.status).toBe(429);
      expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(await blocked.json()).toMatchObject({ detail: expect.stringMatching(/for this account/) });
    }
    // Six failures from this address so far; the seventh uses up its budget, then the address is refused whatever
    // the account.
    expect((await post('someone-else@example.cl', 'wrong password here')).status).toBe(401);
    const other = await post('someone-else@example.cl', 'wrong password here');
    expect(other.status).toBe(429);
    expect(await other.json()).toMatchObject({ detail: expect.stringMatching(/from this address/) });
    // Bad keys count against the same per-address budget.
    const key = await limited.request('/v1/flows', { headers: { authorization: 'Bearer ruta_guess' } });
    expect(key.status).toBe(429);
  });

  it('marks the cookie Secure (as __Host-) behind an https RUTA_PUBLIC_URL, and checks Origin against it', async () => {
    const https = createApp({
      db: api.db.db,
      temporal: { client: api.server.client, taskQueue: 'unused' },
      config: { publicUrl: 'https://ruta.example.com', authFailuresPerMinute: null, rateLimit: null },
      log: () => {},
    });
    const p = await api.person({ roles: ['cx_manager'] });
    const r = await https.request('/v1/auth/sign-in', {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: 'https://ruta.example.com' },
      body: JSON.stringify({ email: p.email, password: p.password }),
    });
    expect(r.status).toBe(200);
    const cookie = r.headers.getSetCookie().join('\n');
    expect(cookie).toMatch(
      /^__Host-ruta_session=[A-Za-z0-9_-]{43}; Max-Age=43200; Path=\/; HttpOnly; Secure; SameSite=Strict$/,
    );
    const me = (await r.json()) as { csrfToken: string };
    const pair = cookie.split(';')[0]!;
    const put = (origin: string) =>
      https.request('/v1/me', {
        method: 'PATCH',
        headers: { 'content-type': 'application/json', cookie: pair, 'x-csrf-token': me.csrfToken, origin },
        body: JSON.stringify({ language: 'en' }),
      });
    expect((await put('https://ruta.example.com')).status).toBe(200);
    expect((await put('http://ruta.example.com')).status).toBe(403);
  });
});

describe('sessions', () => {
  it('refuses a state-changing request without the CSRF token, or with another session’s, and accepts it with its own', async () => {
    const cx = await api.person({ roles: ['cx_manager'] });
    const other = await api.person({ roles: ['cx_manager'] });
    const body = { document: orderFlow('f_csrf') };
    const without = await api.call('POST', '/v1/flows', { key: null, headers: { cookie: cx.cookie }, body });
    expect(expectProblem(without, 403)).toMatchObject({ type: '/docs#problem-csrf-failed' });
    const wrong = await api.call('POST', '/v1/flows', {
      key: null,
      headers: { cookie: cx.cookie, 'x-csrf-token': other.csrfToken },
      body,
    });
    expect(expectProblem(wrong, 403).detail).toMatch(/does not belong to this session/);
    const crossSite = await api.call('POST', '/v1/flows', {
      as: cx,
      headers: { 'sec-fetch-site': 'cross-site' },
      body,
    });
    expectProblem(crossSite, 403);
    const ok = await api.call('POST', '/v1/flows', {
      as: cx,
      headers: { origin: 'http://localhost', 'sec-fetch-site': 'same-origin' },
      body,
    });
    expect(ok.status, ok.text).toBe(201);
    // Reads need no token.
    expect((await api.call('GET', '/v1/flows/f_csrf', { key: null, headers: { cookie: cx.cookie } })).status).toBe(200);
    // A key request is not cookie-authenticated: no CSRF token needed, and a cookie alongside changes nothing.
    const key = await api.key('flows:write');
    const withKey = await api.call('PUT', '/v1/flows/f_csrf', {
      key,
      headers: { cookie: cx.cookie, 'sec-fetch-site': 'cross-site' },
      body: { document: orderFlow('f_csrf') },
    });
    expect(withKey.status, withKey.text).toBe(200);
  });

  it('ends after the idle time and after the absolute lifetime, saying which, and sends the person back to sign in', async () => {
    const idle = await api.person({ roles: ['agent'] });
    minutes(29);
    expect((await api.call('GET', '/v1/me', { as: idle })).status).toBe(200);
    minutes(29);
    expect((await api.call('GET', '/v1/me', { as: idle })).status).toBe(200);
    minutes(31);
    const expired = await api.call('GET', '/v1/me', { as: idle });
    expect(expectProblem(expired, 401)).toMatchObject({ type: '/docs#problem-session-expired', reason: 'idle' });
    expect(expired.headers.getSetCookie().join()).toMatch(
      /^ruta_session=; Max-Age=0; Path=\/; HttpOnly; SameSite=Strict$/,
    );
    // Gone for good: the same cookie is not accepted later either.
    expect(expectProblem(await api.call('GET', '/v1/me', { as: idle }), 401).type).toBe('/docs#problem-unauthorized');

    const busy = await api.person({ roles: ['agent'] });
    for (let h = 0; h < 12 * 4 - 1; h++) {
      minutes(15);
      expect((await api.call('GET', '/v1/me', { as: busy })).status, `after ${(h + 1) * 15} min`).toBe(200);
    }
    minutes(15);
    expect(expectProblem(await api.call('GET', '/v1/me', { as: busy }), 401)).toMatchObject({ reason: 'absolute' });
  });

  it('signs out: the session ends and the cookie is cleared', async () => {
    const p = await api.person({ roles: ['supervisor'] });
    const second = await api.signIn(p.email, p.password);
    const out = await api.call('POST', '/v1/auth/sign-out', { as: p });
    expect(out.status, out.text).toBe(204);
    expect(out.headers.getSetCookie().join()).toMatch(/^ruta_session=; Max-Age=0/);
    expectProblem(await api.call('GET', '/v1/me', { as: p }), 401);
    // Only that session: the other one goes on.
    expect((await api.call('GET', '/v1/me', { as: second })).status).toBe(200);
    expect(expectProblem(await api.call('POST', '/v1/auth/sign-out'), 409).detail).toMatch(/API key has no session/);
  });
});

describe('passwords', () => {
  it('invites with a one-time password that only lets the person choose their own', async () => {
    const made = await api.call<{ user: { id: string; mustChangePassword: boolean }; oneTimePassword: string }>(
      'POST',
      '/v1/users',
      { body: { email: 'Nueva@Example.cl', displayName: 'Nueva', roles: ['cx_manager'], language: 'en' } },
    );
    expect(made.status, made.text).toBe(201);
    expect(made.body.oneTimePassword).toMatch(/^[A-Za-z2-9]{5}(-[A-Za-z2-9]{5}){3}$/);
    expect(made.body.user).toMatchObject({ mustChangePassword: true });
    const listed = await api.call('GET', '/v1/users');
    expect(listed.text).not.toContain(made.body.oneTimePassword);
    expect(listed.text).not.toContain('argon2');

    const p = await api.signIn('nueva@example.cl', made.body.oneTimePassword);
    const me = await api.call<{ user: { mustChangePassword: boolean }; permissions: string[] }>('GET', '/v1/me', {
      as: p,
    });
    expect(me.body.user.mustChangePassword).toBe(true);
    expect(me.body.permissions).toContain('flows:read');
    expect(expectProblem(await api.call('GET', '/v1/flows', { as: p }), 403).type).toBe(
      '/docs#problem-password-change-required',
    );
    const weak = await api.call('POST', '/v1/me/password', {
      as: p,
      body: { currentPassword: made.body.oneTimePassword, newPassword: 'corta' },
    });
    expect(expectProblem(weak, 422)).toMatchObject({
      passwordProblem: 'too-short',
      errors: [{ path: 'newPassword', message: expect.stringMatching(/12 characters/) }],
    });
    const wrongCurrent = await api.call('POST', '/v1/me/password', {
      as: p,
      body: { currentPassword: 'not the one-time one', newPassword: 'mi frase larga y propia' },
    });
    expect(expectProblem(wrongCurrent, 422).errors).toEqual([
      { path: 'currentPassword', message: 'The current password is not right' },
    ]);
    const other = await api.signIn('nueva@example.cl', made.body.oneTimePassword);
    const changed = await api.call('POST', '/v1/me/password', {
      as: p,
      body: { currentPassword: made.body.oneTimePassword, newPassword: 'mi frase larga y propia' },
    });
    expect(changed.status, changed.text).toBe(200);
    expect((await api.call('GET', '/v1/flows', { as: p })).status).toBe(200);
    // Other sessions of the account ended; the old password opens nothing now.
    expectProblem(await api.call('GET', '/v1/me', { as: other }), 401);
    expectProblem(await signIn('nueva@example.cl', made.body.oneTimePassword), 401);
    expect((await signIn('nueva@example.cl', 'mi frase larga y propia')).status).toBe(200);
  });

  it('applies the policy to passwords an admin sets, and a reset ends the person’s sessions', async () => {
    const weak = await api.call('POST', '/v1/users', {
      body: { email: 'weak@example.cl', displayName: 'Weak', password: 'Password1234' },
    });
    expect(expectProblem(weak, 422)).toMatchObject({ passwordProblem: 'too-common' });
    const same = await api.call('POST', '/v1/users', {
      body: { email: 'longname-person@example.cl', displayName: 'X', password: 'LongName-Person@example.cl' },
    });
    expect(expectProblem(same, 422)).toMatchObject({ passwordProblem: 'same-as-email' });
    const set = await api.call<{ user: { id: string }; oneTimePassword?: string }>('POST', '/v1/users', {
      body: { email: 'set@example.cl', displayName: 'Set', roles: ['agent'], password: 'una frase bastante larga' },
    });
    expect(set.status, set.text).toBe(201);
    expect(set.body.oneTimePassword).toBeUndefined();
    const p = await api.signIn('set@example.cl', 'una frase bastante larga');
    const reset = await api.call<{ oneTimePassword: string }>('PATCH', `/v1/users/${set.body.user.id}`, {
      body: { resetPassword: true },
    });
    expect(reset.status, reset.text).toBe(200);
    expectProblem(await api.call('GET', '/v1/me', { as: p }), 401);
    expect((await signIn('set@example.cl', reset.body.oneTimePassword)).status).toBe(200);
  });
});

describe('managing people', () => {
  it('sets roles, queues and teams; refuses unknown ones, duplicates, self-deactivation and losing the last admin', async () => {
    const made = await api.call<{ user: { id: string; queues: string[]; teams: string[]; roles: string[] } }>(
      'POST',
      '/v1/users',
      {
        body: { email: 'carla@example.cl', displayName: 'Carla', roles: ['agent'], queues: ['support'], teams: [team] },
      },
    );
    expect(made.status, made.text).toBe(201);
    expect(made.headers.get('location')).toBe(`/v1/users/${made.body.user.id}`);
    expect(made.body.user).toMatchObject({ roles: ['agent'], queues: ['support'], teams: [team] });
    expectProblem(await api.call('POST', '/v1/users', { body: { email: 'CARLA@example.cl', displayName: 'C' } }), 409);
    expect(
      expectProblem(
        await api.call('POST', '/v1/users', {
          body: { email: 'x1@example.cl', displayName: 'X', queues: ['nowhere'] },
        }),
        404,
      ).detail,
    ).toMatch(/nowhere/);
    expectProblem(
      await api.call('POST', '/v1/users', { body: { email: 'x2@example.cl', displayName: 'X', roles: ['owner'] } }),
      422,
    );
    const moved = await api.call<{ user: { roles: string[]; queues: string[] } }>(
      'PATCH',
      `/v1/users/${made.body.user.id}`,
      {
        body: { roles: ['agent', 'supervisor'], queues: ['vip'] },
      },
    );
    expect(moved.body.user).toMatchObject({ roles: ['agent', 'supervisor'], queues: ['vip'] });
    expectProblem(await api.call('PATCH', '/v1/users/u_missing', { body: { displayName: 'x' } }), 404);

    const admin = await api.person({ roles: ['admin'] });
    expect(
      expectProblem(await api.call('PATCH', `/v1/users/${admin.id}`, { as: admin, body: { active: false } }), 409)
        .detail,
    ).toMatch(/your own account/);
    // Two admins: one may step down; the last may not.
    const second = await api.person({ roles: ['admin'] });
    expect(
      (await api.call('PATCH', `/v1/users/${second.id}`, { as: admin, body: { roles: ['developer'] } })).status,
    ).toBe(200);
    expect(
      expectProblem(
        await api.call('PATCH', `/v1/users/${admin.id}`, { as: admin, body: { roles: ['developer'] } }),
        409,
      ).detail,
    ).toMatch(/last active admin/);
    // The demoted admin's session now carries the developer's permissions only.
    expect((await api.call('GET', '/v1/users', { as: second })).status).toBe(403);
    expect((await api.call('GET', '/v1/keys', { as: second })).status).toBe(200);
  });

  it('manages teams and queues; a queue created by a new handoff shows up', async () => {
    const t = await api.call<{ id: string; queues: string[] }>('POST', '/v1/teams', { body: { name: 'Ventas' } });
    expect(t.status, t.text).toBe(201);
    expectProblem(await api.call('POST', '/v1/teams', { body: { name: 'Ventas' } }), 409);
    expect(
      (await api.call('POST', '/v1/queues', { body: { id: 'sales', name: 'Ventas', teamId: t.body.id } })).status,
    ).toBe(201);
    expectProblem(await api.call('POST', '/v1/queues', { body: { id: 'sales' } }), 409);
    expectProblem(await api.call('POST', '/v1/queues', { body: { id: 'x', teamId: 'tm_missing' } }), 404);
    await createTicket(api.db.db, { customerId: 'c_q', queue: 'brand-new' });
    const queues = await api.call<{ queues: { id: string; open: number; teamId: string | null }[] }>(
      'GET',
      '/v1/queues',
    );
    expect(queues.body.queues.find((q) => q.id === 'brand-new')).toMatchObject({ open: 1, teamId: null });
    const patched = await api.call('PATCH', '/v1/queues/brand-new', { body: { teamId: t.body.id, name: 'Nueva' } });
    expect(patched.body).toMatchObject({ id: 'brand-new', name: 'Nueva', teamId: t.body.id });
    const teams = await api.call<{ teams: { name: string; queues: string[] }[] }>('GET', '/v1/teams');
    expect(teams.body.teams.find((x) => x.name === 'Ventas')?.queues).toEqual(['brand-new', 'sales']);
    expectProblem(await api.call('PATCH', '/v1/queues/missing', { body: { name: 'x' } }), 404);
  });
});

describe('what each role reaches', () => {
  let agent: PersonSession;
  let supervisor: PersonSession;
  let mine = '';
  let teamCase = '';
  let elsewhere = '';

  beforeAll(async () => {
    agent = await api.person({ roles: ['agent'], queues: ['support'], teams: [team] });
    supervisor = await api.person({ roles: ['supervisor'], teams: [team] });
    await upsertCustomer(api.db.db, { id: 'c_mine', name: 'Mía' });
    await upsertCustomer(api.db.db, { id: 'c_other', name: 'Ajena' });
    mine = (await createTicket(api.db.db, { customerId: 'c_mine', queue: 'support', priority: 'high' })).ticket.id;
    teamCase = (await createTicket(api.db.db, { customerId: 'c_other', queue: 'vip' })).ticket.id;
    elsewhere = (await createTicket(api.db.db, { customerId: 'c_other', queue: 'collections' })).ticket.id;
  });

  it('agents: the cases of their queues and those cases’ customers, nothing else', async () => {
    const list = await api.call<{ handoffs: { id: string }[] }>('GET', '/v1/handoffs', { as: agent });
    expect(list.body.handoffs.map((h) => h.id)).toEqual([mine]);
    expect(
      (await api.call<{ handoffs: unknown[] }>('GET', '/v1/handoffs?queue=collections', { as: agent })).body.handoffs,
    ).toEqual([]);
    expect((await api.call('GET', `/v1/handoffs/${mine}`, { as: agent })).status).toBe(200);
    expectProblem(await api.call('GET', `/v1/handoffs/${teamCase}`, { as: agent }), 404);
    expectProblem(await api.call('POST', `/v1/handoffs/${elsewhere}/resolve`, { as: agent, body: {} }), 404);
    expect((await api.call('GET', '/v1/customers/c_mine', { as: agent })).status).toBe(200);
    expect((await api.call('GET', '/v1/customers/c_mine/timeline', { as: agent })).status).toBe(200);
    expectProblem(await api.call('GET', '/v1/customers/c_other', { as: agent }), 404);
    expectProblem(await api.call('GET', '/v1/customers/c_other/timeline', { as: agent }), 404);
    expect(
      (await api.call<{ queues: { id: string }[] }>('GET', '/v1/queues', { as: agent })).body.queues.map((q) => q.id),
    ).toEqual(['support']);
    const me = await api.call<{ permissions: string[] }>('GET', '/v1/me', { as: agent });
    expect(me.body.permissions).toEqual(['cases:read', 'cases:write', 'customers:read']);
  });

  it('supervisors: their teams’ queues and agents, and reassigning within them', async () => {
    const list = await api.call<{ handoffs: { id: string }[] }>('GET', '/v1/handoffs', { as: supervisor });
    expect(list.body.handoffs.map((h) => h.id).sort()).toEqual([mine, teamCase].sort());
    expectProblem(await api.call('GET', `/v1/handoffs/${elsewhere}`, { as: supervisor }), 404);
    const outsider = await api.person({ roles: ['agent'], queues: ['collections'], teams: [otherTeam] });
    const people = await api.call<{ users: { id: string; teams: string[] }[] }>('GET', '/v1/users', { as: supervisor });
    expect(people.body.users.map((u) => u.id)).toEqual(expect.arrayContaining([agent.id, supervisor.id]));
    expect(people.body.users.map((u) => u.id)).not.toContain(outsider.id);
    for (const u of people.body.users) expect(u.teams).toContain(team);
    expectProblem(await api.call('GET', `/v1/users/${outsider.id}`, { as: supervisor }), 404);
    expect((await api.call('GET', `/v1/users/${agent.id}`, { as: supervisor })).status).toBe(200);
    expect(
      (await api.call<{ teams: { id: string }[] }>('GET', '/v1/teams', { as: supervisor })).body.teams.map((t) => t.id),
    ).toEqual([team]);

    // The agent works support, not vip: assigning the vip case to them is refused until it moves to support.
    const refused = await api.call('POST', `/v1/handoffs/${teamCase}/assign`, {
      as: supervisor,
      body: { assignee: agent.id },
    });
    expect(expectProblem(refused, 409).detail).toMatch(/does not work queue vip/);
    const moved = await api.call('POST', `/v1/handoffs/${teamCase}/assign`, {
      as: supervisor,
      body: { assignee: agent.id, queue: 'support' },
    });
    expect(moved.status, moved.text).toBe(200);
    expect(moved.body).toMatchObject({ queue: 'support', assignedTo: agent.id });
    // Out of the supervisor's reach: another team's queue, another team's agent.
    expectProblem(
      await api.call('POST', `/v1/handoffs/${teamCase}/assign`, { as: supervisor, body: { queue: 'collections' } }),
      404,
    );
    expectProblem(
      await api.call('POST', `/v1/handoffs/${teamCase}/assign`, { as: supervisor, body: { assignee: outsider.id } }),
      409,
    );
    // Now in the agent's queue, so the agent sees it and resolves it as themselves.
    const resolved = await api.call('POST', `/v1/handoffs/${teamCase}/resolve`, {
      as: agent,
      body: { resolution: 'refunded', note: 'Devolución hecha', agent: 'someone else' },
    });
    expect(resolved.status, resolved.text).toBe(200);
    expect(resolved.body).toMatchObject({
      status: 'resolved',
      assignedTo: agent.id,
      notes: [{ body: 'Devolución hecha' }],
    });
    expect((resolved.body.notes as { author: string }[])[0]!.author).not.toBe('someone else');
  });

  it('keys can only be given what their maker holds in full', async () => {
    const dev = await api.person({ roles: ['developer'] });
    const ok = await api.call<{ key: string }>('POST', '/v1/keys', {
      as: dev,
      body: { name: 'crm', scopes: ['events:write'] },
    });
    expect(ok.status, ok.text).toBe(201);
    const wider = await api.call('POST', '/v1/keys', {
      as: dev,
      body: { name: 'escalate', scopes: ['admin', 'flows:read'] },
    });
    expect(expectProblem(wider, 403)).toMatchObject({ notHeld: ['admin'] });
    const keyMaker = await api.key('keys:manage');
    expect(
      expectProblem(
        await api.call('POST', '/v1/keys', { key: keyMaker, body: { name: 'x', scopes: ['events:write'] } }),
        403,
      ).notHeld,
    ).toEqual(['events:write']);
  });
});

describe('who did it', () => {
  it('versions and the audit log name the person (id and display name) or the key', async () => {
    const cx = await api.person({ roles: ['cx_manager'], displayName: 'Camila Rojas' });
    expect((await api.call('POST', '/v1/flows', { as: cx, body: { document: orderFlow('f_who') } })).status).toBe(201);
    const published = await api.call('POST', '/v1/flows/f_who/publish', { as: cx, body: { note: 'v1' } });
    expect(published.status, published.text).toBe(201);
    expect(published.body).toMatchObject({ publishedBy: `user:${cx.id}`, publishedByName: 'Camila Rojas' });
    const flow = await api.call('GET', '/v1/flows/f_who', { as: cx });
    expect(flow.body).toMatchObject({ createdBy: `user:${cx.id}`, createdByName: 'Camila Rojas' });
    const rolled = await api.call('POST', '/v1/flows/f_who/rollback', { body: { version: 1 } });
    expect(rolled.body).toMatchObject({ publishedBy: expect.stringMatching(/^key:k_/), publishedByName: 'test-admin' });
    expect((await listVersions(api.db.db, 'f_who')).map((v) => v.publishedByName)).toEqual([
      'test-admin',
      'Camila Rojas',
    ]);
    expect((await listAudit(api.db.db, 'f_who')).map((a) => [a.action, a.actorName])).toEqual([
      ['created', 'Camila Rojas'],
      ['published', 'Camila Rojas'],
      ['rolled_back', 'test-admin'],
    ]);
  });
});
