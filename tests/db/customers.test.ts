import {
  countProactiveSends,
  findCustomer,
  getCustomer,
  listTimeline,
  putInbound,
  putOutbound,
  queryRows,
  setConsent,
  sql,
  updateMessageStatus,
  upsertCustomer,
} from '@ruta/db';
import { expect, it } from 'vitest';
import { ZodError } from 'zod';
import { describeDrivers } from './drivers';

describeDrivers('customers and messages', (ctx) => {
  it('upserts customers, merging consent and attributes, and finds them by phone or email', async () => {
    const c = await upsertCustomer(ctx.db, {
      id: 'c_1',
      name: 'Lucía Pérez',
      email: ' Lucia@Example.COM ',
      phone: '+34 600-111-222',
      locale: 'es',
      timeZone: 'Europe/Madrid',
      consent: { whatsapp: true },
      tags: ['vip'],
      attributes: { plan: 'gold', visits: 3 },
    });
    expect(c).toMatchObject({ email: 'lucia@example.com', phone: '+34600111222', locale: 'es', tags: ['vip'] });
    const updated = await upsertCustomer(ctx.db, {
      id: 'c_1',
      consent: { email: false },
      attributes: { visits: 4 },
      locale: 'en',
    });
    expect(updated).toMatchObject({
      name: 'Lucía Pérez',
      locale: 'en',
      consent: { whatsapp: true, email: false },
      attributes: { plan: 'gold', visits: 4 },
      tags: ['vip'],
    });
    expect(updated.updatedAt.getTime()).toBeGreaterThanOrEqual(c.updatedAt.getTime());
    expect((await findCustomer(ctx.db, { phone: '+34 600 111 222' }))?.id).toBe('c_1');
    expect((await findCustomer(ctx.db, { email: 'LUCIA@example.com' }))?.id).toBe('c_1');
    expect((await findCustomer(ctx.db, { id: 'c_1' }))?.id).toBe('c_1');
    expect(await findCustomer(ctx.db, { email: 'nobody@example.com' })).toBeNull();

    expect((await setConsent(ctx.db, 'c_1', 'sms', true))?.consent).toEqual({
      whatsapp: true,
      email: false,
      sms: true,
    });
    expect((await setConsent(ctx.db, 'c_1', 'whatsapp', null))?.consent).toEqual({ email: false, sms: true });
    expect(await setConsent(ctx.db, 'nobody', 'sms', true)).toBeNull();
  });

  it('rejects bad input before writing (zod), and the database refuses it too (CHECK)', async () => {
    await expect(upsertCustomer(ctx.db, { id: 'c_bad', locale: 'fr' as never })).rejects.toBeInstanceOf(ZodError);
    await expect(upsertCustomer(ctx.db, { id: 'c_bad', email: 'not-an-email' })).rejects.toBeInstanceOf(ZodError);
    await expect(upsertCustomer(ctx.db, { id: 'c_bad', timeZone: 'Mars/Olympus' })).rejects.toBeInstanceOf(ZodError);
    await expect(upsertCustomer(ctx.db, { id: 'c_bad', phone: 'call me' })).rejects.toBeInstanceOf(ZodError);
    expect(await getCustomer(ctx.db, 'c_bad')).toBeNull();
    await expect(ctx.db.execute(sql`insert into customers (id, locale) values ('c_raw', 'fr')`)).rejects.toThrow();
    await expect(
      putOutbound(ctx.db, { idempotencyKey: 'k', customerId: 'c', channel: 'fax' as 'sms' }),
    ).rejects.toBeInstanceOf(ZodError);
    const rows = await queryRows<{ n: number }>(
      ctx.db,
      sql`select (select count(*) from customers)::int + (select count(*) from messages)::int as n`,
    );
    expect(rows[0]!.n).toBe(0);
  });

  it('stores an outbound message once per idempotency key under parallel puts', async () => {
    const put = (i: number) =>
      putOutbound(ctx.db, {
        idempotencyKey: 'wf-1:n_send:1',
        customerId: 'c_1',
        channel: 'whatsapp',
        provider: 'meta',
        journeyId: 'wf-1',
        flowId: 'f_a',
        nodeId: 'n_send',
        body: `Hola ${i}`,
      });
    const results = await Promise.all(Array.from({ length: 20 }, (_, i) => put(i)));
    expect(results.filter((r) => r.inserted)).toHaveLength(1);
    const ids = new Set(results.map((r) => r.message.id));
    expect(ids.size).toBe(1);
    const winner = results.find((r) => r.inserted)!.message;
    for (const r of results) expect(r.message.body).toBe(winner.body);
    const rows = await queryRows<{ n: number }>(ctx.db, sql`select count(*)::int as n from messages`);
    expect(rows[0]!.n).toBe(1);
  });

  it('moves delivery status forward only and finds messages by provider id', async () => {
    const { message } = await putOutbound(ctx.db, {
      idempotencyKey: 'k1',
      customerId: 'c_1',
      channel: 'sms',
      provider: 'twilio',
    });
    expect(message.status).toBe('queued');
    const claimed = await updateMessageStatus(ctx.db, { id: message.id }, { status: 'sending' });
    expect(claimed).toMatchObject({ updated: true, message: { status: 'sending', sentAt: null } });
    // A second claimer (or a late 'queued') does not move it.
    expect((await updateMessageStatus(ctx.db, { id: message.id }, { status: 'sending' })).updated).toBe(false);
    expect((await updateMessageStatus(ctx.db, { id: message.id }, { status: 'queued' })).updated).toBe(false);
    const sent = await updateMessageStatus(ctx.db, { id: message.id }, { status: 'sent', providerMessageId: 'SM1' });
    expect(sent).toMatchObject({ updated: true, message: { status: 'sent', providerMessageId: 'SM1' } });
    expect(sent.message?.sentAt).toBeInstanceOf(Date);
    const ref = { provider: 'twilio', providerMessageId: 'SM1' };
    expect((await updateMessageStatus(ctx.db, ref, { status: 'read' })).message?.status).toBe('read');
    const late = await updateMessageStatus(ctx.db, ref, { status: 'delivered' });
    expect(late).toMatchObject({ updated: false, message: { status: 'read' } });
    expect(await updateMessageStatus(ctx.db, { id: 'm_missing' }, { status: 'sent' })).toEqual({
      updated: false,
      message: null,
    });

    const other = await putOutbound(ctx.db, {
      idempotencyKey: 'k2',
      customerId: 'c_1',
      channel: 'email',
      subject: 'Hi',
    });
    const failed = await updateMessageStatus(ctx.db, { id: other.message.id }, { status: 'failed', reason: 'bounced' });
    expect(failed.message).toMatchObject({ status: 'failed', statusReason: 'bounced', sentAt: null });
  });

  it('stores inbound replies once per provider message id and lists one timeline', async () => {
    const at = Date.parse('2026-03-01T10:00:00Z');
    await putOutbound(ctx.db, { idempotencyKey: 'o1', customerId: 'c_1', channel: 'whatsapp', body: 'Hola' });
    const reply = {
      customerId: 'c_1',
      channel: 'whatsapp',
      provider: 'meta',
      providerMessageId: 'wamid.1',
      body: 'Sí',
      receivedAt: at,
    } as const;
    const [a, b] = await Promise.all([putInbound(ctx.db, reply), putInbound(ctx.db, reply)]);
    expect([a.inserted, b.inserted].sort()).toEqual([false, true]);
    expect(a.message.id).toBe(b.message.id);
    expect(a.message).toMatchObject({ direction: 'in', status: 'received', idempotencyKey: null });
    // Same provider id from another provider is another message.
    expect((await putInbound(ctx.db, { ...reply, provider: 'other', receivedAt: at + 1 })).inserted).toBe(true);
    await putInbound(ctx.db, { ...reply, customerId: 'c_2', providerMessageId: 'wamid.2' });
    const timeline = await listTimeline(ctx.db, 'c_1');
    expect(timeline.map((m) => [m.direction, m.body])).toEqual([
      ['in', 'Sí'],
      ['in', 'Sí'],
      ['out', 'Hola'],
    ]);
    expect(await listTimeline(ctx.db, 'c_1', { limit: 1 })).toHaveLength(1);
  });

  it('counts proactive sends for frequency caps', async () => {
    const base = { customerId: 'c_cap', channel: 'whatsapp', flowId: 'f_a' } as const;
    const since = Date.now() - 1000;
    await putOutbound(ctx.db, { ...base, idempotencyKey: 'a' });
    await putOutbound(ctx.db, { ...base, idempotencyKey: 'b', status: 'sent' });
    await putOutbound(ctx.db, { ...base, idempotencyKey: 'c', channel: 'sms', flowId: 'f_b' });
    await putOutbound(ctx.db, { ...base, idempotencyKey: 'd', transactional: true });
    await putOutbound(ctx.db, { ...base, idempotencyKey: 'e', status: 'suppressed' });
    const failed = await putOutbound(ctx.db, { ...base, idempotencyKey: 'f' });
    await updateMessageStatus(ctx.db, { id: failed.message.id }, { status: 'failed' });
    await putOutbound(ctx.db, { ...base, idempotencyKey: 'g', status: 'deferred' });
    await putInbound(ctx.db, { ...base, provider: 'meta', providerMessageId: 'in1' });
    await putOutbound(ctx.db, { ...base, customerId: 'someone_else', idempotencyKey: 'h' });
    const inFlight = await putOutbound(ctx.db, { ...base, idempotencyKey: 'i', channel: 'email', flowId: 'f_c' });
    await updateMessageStatus(ctx.db, { id: inFlight.message.id }, { status: 'sending' });

    expect(await countProactiveSends(ctx.db, 'c_cap', since)).toBe(4);
    expect(await countProactiveSends(ctx.db, 'c_cap', since, { channel: 'whatsapp' })).toBe(2);
    expect(await countProactiveSends(ctx.db, 'c_cap', since, { flowId: 'f_b' })).toBe(1);
    expect(await countProactiveSends(ctx.db, 'c_cap', Date.now() + 60_000)).toBe(0);
  });
});
