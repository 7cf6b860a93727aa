import {
  claimTicket,
  createQueue,
  createTeam,
  createTicket,
  createUser,
  customerCases,
  getTicket,
  leastLoaded,
  nextInTurn,
  queuePeople,
  queueStats,
  setTeamCalendar,
  updateQueue,
  updateTicket,
} from '@ruta/db';
import { expect, it } from 'vitest';
import { ZodError } from 'zod';
import { describeDrivers } from './drivers';

const HOUR = 3_600_000;

describeDrivers('cases', (ctx) => {
  async function person(name: string, queues: string[]) {
    return createUser(ctx.db, { email: `${name}@example.cl`, displayName: name, roles: ['agent'], queues });
  }
  const open = (key: string, queue: string, extra: Record<string, unknown> = {}) =>
    createTicket(ctx.db, { idempotencyKey: key, customerId: 'c_1', queue, ...extra }).then((r) => r.ticket);

  it("counts the SLA in the queue's team calendar (time zone, hours), else keeps the flow's deadline", async () => {
    const team = await createTeam(ctx.db, { name: 'Soporte Madrid' });
    await createQueue(ctx.db, { id: 'support', teamId: team.id });
    const flowDeadline = '2030-01-01T00:00:00.000Z';
    // No calendar yet: the deadline the flow counted stays.
    const before = await open('k0', 'support', { slaDeadline: flowDeadline, slaMs: 2 * HOUR });
    expect(before.slaDeadline?.toISOString()).toBe(flowDeadline);

    // Every day 00:00–00:01 in Madrid: two business hours cannot fit in less than 120 days.
    await setTeamCalendar(ctx.db, team.id, {
      days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'],
      start: '00:00',
      end: '00:01',
      timeZone: 'Europe/Madrid',
    });
    const opened = Date.now();
    const ticket = await open('k1', 'support', { slaDeadline: flowDeadline, slaMs: 2 * HOUR });
    const deadline = ticket.slaDeadline!.getTime();
    // Whatever the hour it opens and whatever clock changes fall in between, the 120th open minute is 120 Madrid
    // calendar days after the day it opened (counted in dates, so a daylight-saving hour does not move it).
    const madridDay = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Madrid' });
    const days = (Date.parse(madridDay.format(deadline)) - Date.parse(madridDay.format(opened))) / (24 * HOUR);
    expect(days).toBe(120);
    // It lands on the calendar's open minute, in Madrid time.
    const madrid = new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Europe/Madrid',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    expect(madrid.format(ticket.slaDeadline!)).toMatch(/^00:0[01]$/);

    // A retried open returns the same case and deadline.
    const again = await open('k1', 'support', { slaDeadline: flowDeadline, slaMs: 2 * HOUR });
    expect(again.id).toBe(ticket.id);
    expect(again.slaDeadline?.getTime()).toBe(deadline);

    await expect(setTeamCalendar(ctx.db, team.id, { days: [], start: '09:00', end: '18:00' })).rejects.toBeInstanceOf(
      ZodError,
    );
    await expect(setTeamCalendar(ctx.db, team.id, { start: '18:00', end: '09:00' })).rejects.toBeInstanceOf(ZodError);
    expect(await setTeamCalendar(ctx.db, 'nobody', null)).toBe(false);
  });

  it('hands new cases out in turn, or to the least loaded, among active members; manual queues wait for a claim', async () => {
    await createQueue(ctx.db, { id: 'billing', assignment: 'round_robin' });
    const ana = await person('ana', ['billing']);
    const ben = await person('ben', ['billing']);
    const got = [];
    for (const k of ['r1', 'r2', 'r3']) got.push((await open(k, 'billing')).assignedTo);
    const [first, second] = [ana.id, ben.id].sort();
    expect(got).toEqual([first, second, first]);

    await updateQueue(ctx.db, 'billing', { assignment: 'least_loaded' });
    // `first` holds two open cases, `second` one: the next goes to `second`, then they are even and it rotates.
    expect((await open('l1', 'billing')).assignedTo).toBe(second);
    const tied = (await open('l2', 'billing')).assignedTo;
    expect([first, second]).toContain(tied);

    await updateQueue(ctx.db, 'billing', { assignment: 'manual' });
    const waiting = await open('m1', 'billing');
    expect(waiting.assignedTo).toBeNull();
    await expect(updateQueue(ctx.db, 'billing', { assignment: 'lottery' as 'manual' })).rejects.toBeInstanceOf(
      ZodError,
    );

    // Claims: the first wins, a second person is refused, the holder may claim again, a resolved case cannot be.
    expect((await claimTicket(ctx.db, waiting.id, ana.id))?.assignedTo).toBe(ana.id);
    expect(await claimTicket(ctx.db, waiting.id, ben.id)).toBeNull();
    expect((await claimTicket(ctx.db, waiting.id, ana.id))?.assignedTo).toBe(ana.id);
    await updateTicket(ctx.db, waiting.id, { status: 'resolved' });
    expect(await claimTicket(ctx.db, waiting.id, ana.id)).toBeNull();
    expect((await getTicket(ctx.db, waiting.id))?.status).toBe('resolved');

    const people = await queuePeople(ctx.db, ['billing']);
    expect(people.map((p) => p.displayName)).toEqual(['ana', 'ben']);
    const total = people.reduce((n, p) => n + p.open, 0);
    expect(total).toBe(5);
  });

  it('gives supervisors per-queue numbers and the customer’s earlier cases', async () => {
    const now = new Date();
    await open('s1', 'support', { slaDeadline: new Date(now.getTime() + 10 * 60_000) });
    await open('s2', 'support', { slaDeadline: new Date(now.getTime() + 10 * HOUR) });
    const done = await open('s3', 'support');
    await updateTicket(ctx.db, done.id, { status: 'resolved' });
    const [support, empty] = await queueStats(ctx.db, ['support', 'nothing'], now, HOUR);
    expect(support).toMatchObject({ queue: 'support', open: 2, unassigned: 2, nearBreach: 1 });
    expect(support?.oldestAt).toBeInstanceOf(Date);
    expect(empty).toEqual({ queue: 'nothing', open: 0, unassigned: 0, oldestAt: null, nearBreach: 0 });
    const earlier = await customerCases(ctx.db, 'c_1', done.id);
    expect(earlier).toHaveLength(2);
    expect(earlier.map((t) => t.id)).not.toContain(done.id);
  });

  it('picks turns and least loaded as pure functions', () => {
    expect(nextInTurn(['a', 'b', 'c'], null)).toBe('a');
    expect(nextInTurn(['a', 'b', 'c'], 'c')).toBe('a');
    expect(nextInTurn(['a', 'b', 'c'], 'gone')).toBe('a');
    const loads = new Map([
      ['a', 2],
      ['b', 1],
      ['c', 1],
    ]);
    expect(leastLoaded(['a', 'b', 'c'], loads, null)).toBe('b');
    expect(leastLoaded(['a', 'b', 'c'], loads, 'b')).toBe('c');
    expect(leastLoaded([], loads, null)).toBeUndefined();
  });
});
