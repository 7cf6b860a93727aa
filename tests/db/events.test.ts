import { getEvent, queryRows, recordEventOnce, setEventOutcome, sql } from '@ruta/db';
import { expect, it } from 'vitest';
import { ZodError } from 'zod';
import { describeDrivers } from './drivers';

describeDrivers('events', (ctx) => {
  it('stores an event once under 20 parallel inserts of the same id', async () => {
    const event = {
      id: 'evt_order_42',
      type: 'order.paid',
      customerId: 'c_1',
      occurredAt: '2026-01-02T03:04:05Z',
      payload: { amount: 42.5, items: ['a', 'b'], nested: { ok: true } },
      source: 'shop',
    };
    const results = await Promise.all(Array.from({ length: 20 }, () => recordEventOnce(ctx.db, event)));
    expect(results.filter((r) => r.inserted)).toHaveLength(1);
    const repeats = results.filter((r) => !r.inserted);
    expect(repeats).toHaveLength(19);
    for (const r of repeats)
      if (!r.inserted) expect(r.existing).toMatchObject({ id: 'evt_order_42', payload: event.payload });
    const rows = await queryRows<{ n: number }>(ctx.db, sql`select count(*)::int as n from events`);
    expect(rows[0]!.n).toBe(1);
    expect((await getEvent(ctx.db, 'evt_order_42'))?.occurredAt?.toISOString()).toBe('2026-01-02T03:04:05.000Z');
  });

  it('keeps the first response so a repeat gets the same answer', async () => {
    await recordEventOnce(ctx.db, { id: 'e1', type: 't', customerId: 'c' });
    const first = await setEventOutcome(ctx.db, 'e1', {
      outcome: { started: ['j1'], advanced: [] },
      response: { accepted: true, journeys: ['j1'] },
    });
    expect(first).toMatchObject({ outcome: { started: ['j1'] }, response: { accepted: true, journeys: ['j1'] } });
    expect(first?.respondedAt).toBeInstanceOf(Date);
    const second = await setEventOutcome(ctx.db, 'e1', {
      outcome: { started: ['j1'], advanced: ['j2'] },
      response: { accepted: true, journeys: ['other'] },
    });
    expect(second?.response).toEqual({ accepted: true, journeys: ['j1'] });
    expect(second?.outcome).toEqual({ started: ['j1'], advanced: ['j2'] });
    expect(second?.respondedAt?.getTime()).toBe(first?.respondedAt?.getTime());
    const repeat = await recordEventOnce(ctx.db, { id: 'e1', type: 't', customerId: 'c' });
    expect(repeat.inserted).toBe(false);
    if (!repeat.inserted) expect(repeat.existing.response).toEqual({ accepted: true, journeys: ['j1'] });
    expect(await setEventOutcome(ctx.db, 'missing', { response: {} })).toBeNull();
  });

  it('rejects malformed events without writing', async () => {
    await expect(recordEventOnce(ctx.db, { id: '', type: 't', customerId: 'c' })).rejects.toBeInstanceOf(ZodError);
    await expect(
      recordEventOnce(ctx.db, { id: 'x', type: 't', customerId: 'c', occurredAt: 'not a date' }),
    ).rejects.toBeInstanceOf(ZodError);
    await expect(
      recordEventOnce(ctx.db, { id: 'y', type: 't', customerId: 'c', payload: { f: (() => 1) as never } }),
    ).rejects.toBeInstanceOf(ZodError);
    const rows = await queryRows<{ n: number }>(ctx.db, sql`select count(*)::int as n from events`);
    expect(rows[0]!.n).toBe(0);
  });
});
