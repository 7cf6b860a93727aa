/**
 * What the designer's Watch and trigger panels read: journeys found by part of the customer's id or name (with
 * the names), and the event types seen with the data of their newest events (to learn their fields).
 */
import {
  customerNames,
  listEventTypes,
  listJourneys,
  recentEventData,
  recordEventOnce,
  upsertCustomer,
  upsertJourney,
} from '@ruta/db';
import { expect, it } from 'vitest';
import { describeDrivers } from './drivers';

describeDrivers('search', (ctx) => {
  it('finds journeys by part of the customer id or name, case-insensitively, taking % and _ literally', async () => {
    await upsertCustomer(ctx.db, { id: 'c_ana', name: 'Ana Muñoz' });
    await upsertCustomer(ctx.db, { id: 'c_lucia', name: 'Lucía Pérez' });
    await upsertCustomer(ctx.db, { id: 'c_100%', name: null });
    for (const c of ['c_ana', 'c_lucia', 'c_100%'])
      await upsertJourney(ctx.db, { id: `wf-${c}`, flowId: 'f_a', flowVersion: 1, customerId: c });
    const ids = async (search: string) =>
      (await listJourneys(ctx.db, { flowId: 'f_a', search })).items.map((j) => j.customerId).sort();
    expect(await ids('muñ')).toEqual(['c_ana']);
    expect(await ids('LUC')).toEqual(['c_lucia']);
    expect(await ids('c_')).toEqual(['c_100%', 'c_ana', 'c_lucia']);
    expect(await ids('%')).toEqual(['c_100%']);
    expect(await ids('nadie')).toEqual([]);
    expect(await customerNames(ctx.db, ['c_ana', 'c_100%', 'c_ana', 'c_none'])).toEqual({ c_ana: 'Ana Muñoz' });
    expect(await customerNames(ctx.db, [])).toEqual({});
  });

  it('lists event types newest first and returns the data of the newest events of a type', async () => {
    await recordEventOnce(ctx.db, { id: 'e1', type: 'delivery.delayed', customerId: 'c', payload: { eta: 'hoy' } });
    await recordEventOnce(ctx.db, { id: 'e2', type: 'payment.failed', customerId: 'c', payload: { amount: 10 } });
    await new Promise((r) => setTimeout(r, 5));
    await recordEventOnce(ctx.db, { id: 'e3', type: 'delivery.delayed', customerId: 'c', payload: { eta: 'mañana' } });
    const types = await listEventTypes(ctx.db);
    expect(types.map((t) => [t.type, t.count])).toEqual([
      ['delivery.delayed', 2],
      ['payment.failed', 1],
    ]);
    expect(types[0]?.lastAt).toBeInstanceOf(Date);
    expect(await recentEventData(ctx.db, 'delivery.delayed')).toEqual([{ eta: 'mañana' }, { eta: 'hoy' }]);
    expect(await recentEventData(ctx.db, 'delivery.delayed', 1)).toEqual([{ eta: 'mañana' }]);
    expect(await recentEventData(ctx.db, 'unknown')).toEqual([]);
  });
});
