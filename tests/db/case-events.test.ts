import {
  addNote,
  type CaseEvent,
  caseChannel,
  claimTicket,
  createTicket,
  parseCaseEvent,
  putInbound,
  updateTicket,
} from '@ruta/db';
import { expect, it } from 'vitest';
import { eventually } from '../support/eventually';
import { describeDrivers } from './drivers';

describeDrivers('case events (LISTEN/NOTIFY)', (ctx) => {
  it('announces created, changed and replied cases on the schema’s channel, and nothing for CRM tickets', async () => {
    const heard: CaseEvent[] = [];
    const stop = await ctx.database.listen(caseChannel(ctx.database.schema), (p) => {
      const e = parseCaseEvent(p);
      if (e) heard.push(e);
    });
    try {
      const { ticket } = await createTicket(ctx.db, { customerId: 'c_1', queue: 'support', idempotencyKey: 'k' });
      await createTicket(ctx.db, { customerId: 'c_1', queue: 'support', idempotencyKey: 'k' }); // a retry: silent
      await createTicket(ctx.db, { customerId: 'c_1', queue: 'crm', kind: 'crm' });
      await claimTicket(ctx.db, ticket.id, 'u_ana');
      await addNote(ctx.db, ticket.id, { body: 'nota' });
      await putInbound(ctx.db, {
        customerId: 'c_1',
        channel: 'whatsapp',
        provider: 'sandbox',
        providerMessageId: 'in-1',
        body: 'Hola?',
      });
      await putInbound(ctx.db, { customerId: 'c_2', channel: 'sms', provider: 'sandbox', providerMessageId: 'in-2' });
      await updateTicket(ctx.db, ticket.id, { status: 'resolved' });
      const expected = ['case.created', 'case.changed', 'case.changed', 'customer.replied', 'case.changed'];
      await eventually('the five case events', async () => (heard.length >= expected.length ? true : undefined), {
        timeoutMs: 20_000,
      });
      expect(heard.map((e) => e.type)).toEqual(expected);
      expect(new Set(heard.map((e) => e.caseId))).toEqual(new Set([ticket.id]));
      expect(heard[0]).toMatchObject({ queue: 'support', customerId: 'c_1' });
    } finally {
      await stop();
    }
    // Stopped: nothing more arrives.
    const before = heard.length;
    await createTicket(ctx.db, { customerId: 'c_1', queue: 'support' });
    await new Promise((r) => setTimeout(r, 200));
    expect(heard).toHaveLength(before);
  });

  it('ignores payloads that are not case events, and refuses channel names that are not identifiers', async () => {
    expect(parseCaseEvent('not json')).toBeNull();
    expect(parseCaseEvent('{"type":"other"}')).toBeNull();
    await expect(ctx.database.listen('bad channel"; drop table x; --', () => {})).rejects.toThrow(/Invalid channel/);
  });
});
