import {
  ConflictError,
  countActiveAdmins,
  createFlow,
  createQueue,
  createSession,
  createTeam,
  createTicket,
  createUser,
  customerHasTicketIn,
  deleteExpiredSessions,
  deleteSession,
  deleteUserSessions,
  findSession,
  findUserForSignIn,
  getUser,
  listAudit,
  listOpen,
  listQueues,
  listUsers,
  listVersions,
  migrate,
  NotFoundError,
  publishVersion,
  queryRows,
  queueStaffing,
  reachOf,
  sql,
  updateQueue,
  updateTicket,
  updateUser,
} from '@ruta/db';
import { openTestDatabaseAt } from '@ruta/db/testing';
import { expect, it } from 'vitest';
import { ZodError } from 'zod';
import { describeDrivers, SKIP_NOTE, skipPostgres } from './drivers';

const HASH = '$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHRzYWx0$aGFzaGhhc2hoYXNoaGFzaGhhc2g';

describeDrivers('people', (ctx) => {
  it('creates accounts with lowercased unique emails, roles and memberships, never returning the hash', async () => {
    const team = await createTeam(ctx.db, { name: 'Soporte Santiago' });
    await createQueue(ctx.db, { id: 'support', name: 'Soporte', teamId: team.id });
    const ana = await createUser(ctx.db, {
      email: ' Ana@Example.CL ',
      displayName: 'Ana Pérez',
      passwordHash: HASH,
      roles: ['agent', 'agent'],
      language: 'es',
      queues: ['support'],
      teams: [team.id],
    });
    expect(ana).toMatchObject({
      email: 'ana@example.cl',
      roles: ['agent'],
      queues: ['support'],
      teams: [team.id],
      hasPassword: true,
      active: true,
      mustChangePassword: false,
    });
    expect(ana).not.toHaveProperty('passwordHash');
    await expect(createUser(ctx.db, { email: 'ANA@example.cl', displayName: 'Otra' })).rejects.toBeInstanceOf(
      ConflictError,
    );
    await expect(createUser(ctx.db, { email: 'not-an-email', displayName: 'X' })).rejects.toBeInstanceOf(ZodError);
    await expect(
      createUser(ctx.db, { email: 'x@example.cl', displayName: 'X', roles: ['owner' as never] }),
    ).rejects.toBeInstanceOf(ZodError);
    await expect(createUser(ctx.db, { email: 'y@example.cl', displayName: 'Y', queues: ['nowhere'] })).rejects.toThrow(
      /Unknown queue: nowhere/,
    );
    expect(await findUserForSignIn(ctx.db, { email: 'y@example.cl' })).toBeNull();

    const row = await findUserForSignIn(ctx.db, { email: 'ANA@EXAMPLE.CL' });
    expect(row?.passwordHash).toBe(HASH);
    // The database refuses what the repository would never write.
    await expect(
      ctx.db.execute(sql`insert into users (id, email, display_name) values ('u_x', 'Upper@x.cl', 'U')`),
    ).rejects.toThrow();
    await expect(
      ctx.db.execute(sql`insert into users (id, email, display_name, roles) values ('u_y', 'y@x.cl', 'Y', '{root}')`),
    ).rejects.toThrow();
  });

  it('updates roles and memberships, deactivates (ending sessions) and counts active admins', async () => {
    const t1 = await createTeam(ctx.db, { name: 'Cobranza' });
    await expect(createTeam(ctx.db, { name: 'Cobranza' })).rejects.toBeInstanceOf(ConflictError);
    await createQueue(ctx.db, { id: 'collections', teamId: t1.id });
    await createQueue(ctx.db, { id: 'billing' });
    await expect(createQueue(ctx.db, { id: 'billing' })).rejects.toBeInstanceOf(ConflictError);
    await expect(createQueue(ctx.db, { id: 'q2', teamId: 'tm_missing' })).rejects.toBeInstanceOf(NotFoundError);
    const admin = await createUser(ctx.db, { email: 'root@example.cl', displayName: 'Root', roles: ['admin'] });
    const sup = await createUser(ctx.db, { email: 'sup@example.cl', displayName: 'Sofía', roles: ['supervisor'] });
    expect(await countActiveAdmins(ctx.db)).toBe(1);

    const changed = await updateUser(ctx.db, sup.id, { roles: ['supervisor', 'admin'], teams: [t1.id], queues: [] });
    expect(changed).toMatchObject({ roles: ['supervisor', 'admin'], teams: [t1.id], queues: [] });
    expect(await countActiveAdmins(ctx.db)).toBe(2);
    expect(await reachOf(ctx.db, sup.id)).toEqual({ queues: [], teams: [t1.id], teamQueues: ['collections'] });
    await updateQueue(ctx.db, 'billing', { teamId: t1.id, name: 'Facturación' });
    expect((await reachOf(ctx.db, sup.id)).teamQueues).toEqual(['billing', 'collections']);
    expect((await listQueues(ctx.db, ['billing']))[0]).toMatchObject({ name: 'Facturación', teamId: t1.id });
    expect(await updateQueue(ctx.db, 'missing', { name: 'x' })).toBeNull();

    const now = new Date('2026-03-02T10:00:00Z');
    const s1 = await createSession(ctx.db, {
      userId: sup.id,
      method: 'password',
      now,
      expiresAt: new Date(now.getTime() + 3600_000),
    });
    await createSession(ctx.db, { userId: sup.id, method: 'password', now, expiresAt: new Date(now.getTime() + 1) });
    const off = await updateUser(ctx.db, sup.id, { active: false });
    expect(off?.active).toBe(false);
    expect(off?.deactivatedAt).toBeInstanceOf(Date);
    expect(await findSession(ctx.db, s1.token)).toBeNull();
    expect(await countActiveAdmins(ctx.db)).toBe(1);
    expect((await updateUser(ctx.db, sup.id, { active: true }))?.deactivatedAt).toBeNull();
    expect(await updateUser(ctx.db, 'u_missing', { displayName: 'x' })).toBeNull();
    await expect(updateUser(ctx.db, sup.id, { email: 'root@example.cl' })).rejects.toBeInstanceOf(ConflictError);

    expect((await listUsers(ctx.db)).map((u) => u.displayName)).toEqual(['Root', 'Sofía']);
    expect((await listUsers(ctx.db, { teamIds: [t1.id] })).map((u) => u.id)).toEqual([sup.id]);
    expect(await listUsers(ctx.db, { teamIds: [] })).toEqual([]);
    expect((await getUser(ctx.db, admin.id))?.hasPassword).toBe(false);
  });

  it('counts the active people who work each queue, for the hand-offs that name it', async () => {
    await createQueue(ctx.db, { id: 'ventas', name: 'Ventas' });
    await createQueue(ctx.db, { id: 'reclamos' });
    const ana = await createUser(ctx.db, {
      email: 'ana@example.cl',
      displayName: 'Ana',
      roles: ['agent'],
      queues: ['ventas', 'reclamos'],
    });
    await createUser(ctx.db, { email: 'beto@example.cl', displayName: 'Beto', roles: ['agent'], queues: ['ventas'] });
    expect(await queueStaffing(ctx.db)).toEqual([
      { id: 'reclamos', name: 'reclamos', people: 1 },
      { id: 'ventas', name: 'Ventas', people: 2 },
    ]);
    // A deactivated person works no queue.
    await updateUser(ctx.db, ana.id, { active: false });
    expect(await queueStaffing(ctx.db)).toEqual([
      { id: 'reclamos', name: 'reclamos', people: 0 },
      { id: 'ventas', name: 'Ventas', people: 1 },
    ]);
  });

  it('stores only the hash of a session token, finds it with its account, and ends sessions', async () => {
    const u = await createUser(ctx.db, { email: 'a@example.cl', displayName: 'A', roles: ['agent'] });
    const now = new Date('2026-03-02T10:00:00Z');
    const later = new Date(now.getTime() + 8 * 3600_000);
    const a = await createSession(ctx.db, {
      userId: u.id,
      method: 'password',
      now,
      expiresAt: later,
      address: '10.0.0.1',
    });
    const b = await createSession(ctx.db, {
      userId: u.id,
      method: 'oidc',
      now,
      expiresAt: new Date(now.getTime() + 1000),
    });
    expect(a.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const rows = await queryRows<{ row: string }>(ctx.db, sql`select s::text as row from sessions s`);
    expect(rows.map((r) => r.row).join('\n')).not.toContain(a.token);
    const found = await findSession(ctx.db, a.token);
    expect(found?.user.id).toBe(u.id);
    expect(found?.session).toMatchObject({ method: 'password', address: '10.0.0.1', expiresAt: later });
    expect(await findSession(ctx.db, `${a.token}x`)).toBeNull();
    expect(await findSession(ctx.db, '')).toBeNull();

    expect(await deleteExpiredSessions(ctx.db, new Date(now.getTime() + 2000))).toBe(1);
    expect(await findSession(ctx.db, b.token)).toBeNull();
    const c = await createSession(ctx.db, { userId: u.id, method: 'password', now, expiresAt: later });
    expect(await deleteUserSessions(ctx.db, u.id, c.session.id)).toBe(1);
    expect(await findSession(ctx.db, a.token)).toBeNull();
    expect(await findSession(ctx.db, c.token)).not.toBeNull();
    await deleteSession(ctx.db, c.session.id);
    expect(await findSession(ctx.db, c.token)).toBeNull();
  });

  it('gives every ticket a queue: new queue names are created, and agents see tickets and customers of theirs', async () => {
    await createTicket(ctx.db, { customerId: 'c_1', queue: 'vip' });
    await createTicket(ctx.db, { customerId: 'c_2', queue: 'billing' });
    const t = await createTicket(ctx.db, { customerId: 'c_3', queue: 'billing' });
    expect((await listQueues(ctx.db)).map((q) => [q.id, q.name])).toEqual([
      ['billing', 'billing'],
      ['vip', 'vip'],
    ]);
    await updateTicket(ctx.db, t.ticket.id, { queue: 'escalations' });
    expect((await listQueues(ctx.db)).map((q) => q.id)).toContain('escalations');
    expect((await listOpen(ctx.db, ['vip', 'escalations'])).map((x) => x.customerId).sort()).toEqual(['c_1', 'c_3']);
    expect(await listOpen(ctx.db, [])).toEqual([]);
    expect(await customerHasTicketIn(ctx.db, 'c_3', ['escalations'])).toBe(true);
    expect(await customerHasTicketIn(ctx.db, 'c_3', ['billing'])).toBe(false);
    expect(await customerHasTicketIn(ctx.db, 'c_3', [])).toBe(false);
    await expect(ctx.db.execute(sql`update tickets set queue = 'nowhere'`)).rejects.toThrow();
  });

  it('names the person on versions and in the audit log', async () => {
    await createFlow(ctx.db, { id: 'f_who', name: 'Who', document: {}, actor: { id: 'user:u_1', name: 'Ana Pérez' } });
    await publishVersion(ctx.db, 'f_who', {
      document: {},
      plan: {},
      hash: 'h',
      actor: { id: 'key:k_1', name: 'billing-system' },
    });
    const [v] = await listVersions(ctx.db, 'f_who');
    expect(v).toMatchObject({ publishedBy: 'key:k_1', publishedByName: 'billing-system' });
    const audit = await listAudit(ctx.db, 'f_who');
    expect(audit.map((a) => [a.action, a.actor, a.actorName])).toEqual([
      ['created', 'user:u_1', 'Ana Pérez'],
      ['published', 'key:k_1', 'billing-system'],
    ]);
  });
});

it.each(['pglite', 'postgres'] as const)(
  'migration 0007 makes a queue of every queue name tickets already carry [%s]',
  async (driver) => {
    if (driver === 'postgres' && skipPostgres) return void console.warn(SKIP_NOTE);
    const database = await openTestDatabaseAt(driver, '0004_journeys_reentry_key');
    try {
      await database.db.execute(sql`insert into tickets (id, customer_id, queue) values
        ('t_1', 'c_1', 'support'), ('t_2', 'c_2', 'support'), ('t_3', 'c_3', 'Cobranza Norte')`);
      await migrate(database.db, { schema: database.schema });
      const queues = await queryRows<{ id: string; name: string; team_id: string | null }>(
        database.db,
        sql`select id, name, team_id from queues order by id`,
      );
      expect(queues).toEqual([
        { id: 'Cobranza Norte', name: 'Cobranza Norte', team_id: null },
        { id: 'support', name: 'support', team_id: null },
      ]);
      const tickets = await queryRows<{ id: string; queue: string }>(
        database.db,
        sql`select id, queue from tickets order by id`,
      );
      expect(tickets.map((t) => t.queue)).toEqual(['support', 'support', 'Cobranza Norte']);
      // Renaming a queue's id carries its tickets along (ON UPDATE CASCADE).
      await database.db.execute(sql`update queues set id = 'collections-north' where id = 'Cobranza Norte'`);
      expect(
        (await queryRows<{ queue: string }>(database.db, sql`select queue from tickets where id = 't_3'`))[0],
      ).toEqual({
        queue: 'collections-north',
      });
    } finally {
      await database.close();
    }
  },
  60_000,
);
