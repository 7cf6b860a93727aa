import { addNote, createTicket, getTicket, listOpen, NotFoundError, updateTicket } from '@ruta/db';
import { expect, it } from 'vitest';
import { ZodError } from 'zod';
import { describeDrivers } from './drivers';

describeDrivers('tickets', (ctx) => {
  it('creates tickets idempotently by key', async () => {
    const input = {
      idempotencyKey: 'wf-1:n_handoff:1',
      customerId: 'c_1',
      journeyId: 'wf-1',
      queue: 'billing',
      subject: 'Refund',
    };
    const results = await Promise.all(Array.from({ length: 10 }, () => createTicket(ctx.db, input)));
    expect(results.filter((r) => r.inserted)).toHaveLength(1);
    expect(new Set(results.map((r) => r.ticket.id)).size).toBe(1);
    // Without a key every call is a new ticket.
    const a = await createTicket(ctx.db, { customerId: 'c_1', queue: 'billing' });
    const b = await createTicket(ctx.db, { customerId: 'c_1', queue: 'billing' });
    expect(a.ticket.id).not.toBe(b.ticket.id);
    expect(a.ticket).toMatchObject({ kind: 'handoff', priority: 'normal', status: 'open' });
    await expect(createTicket(ctx.db, { customerId: 'c_1', queue: '' })).rejects.toBeInstanceOf(ZodError);
  });

  it('updates, resolves, reopens, takes notes and lists open tickets by urgency', async () => {
    const soon = new Date(Date.now() + 3600_000);
    const later = new Date(Date.now() + 7200_000);
    const low = (await createTicket(ctx.db, { customerId: 'c', queue: 'q', priority: 'low' })).ticket;
    const high2 = (await createTicket(ctx.db, { customerId: 'c', queue: 'q', priority: 'high', slaDeadline: later }))
      .ticket;
    const high1 = (
      await createTicket(ctx.db, { customerId: 'c', queue: 'q', priority: 'high', slaDeadline: soon.toISOString() })
    ).ticket;
    const other = (await createTicket(ctx.db, { customerId: 'c', queue: 'other', priority: 'urgent' })).ticket;
    expect((await listOpen(ctx.db, 'q')).map((t) => t.id)).toEqual([high1.id, high2.id, low.id]);
    expect((await listOpen(ctx.db)).map((t) => t.id)).toEqual([other.id, high1.id, high2.id, low.id]);

    const assigned = await updateTicket(ctx.db, low.id, { assignedTo: 'agent_7', status: 'pending' });
    expect(assigned).toMatchObject({ assignedTo: 'agent_7', status: 'pending', resolvedAt: null });
    const resolved = await updateTicket(ctx.db, low.id, { status: 'resolved', resolution: 'refunded' });
    expect(resolved?.resolvedAt).toBeInstanceOf(Date);
    expect((await listOpen(ctx.db, 'q')).map((t) => t.id)).toEqual([high1.id, high2.id]);
    const closed = await updateTicket(ctx.db, low.id, { status: 'closed' });
    expect(closed?.resolvedAt?.getTime()).toBe(resolved?.resolvedAt?.getTime());
    expect((await updateTicket(ctx.db, low.id, { status: 'open' }))?.resolvedAt).toBeNull();
    expect(await updateTicket(ctx.db, 't_missing', { status: 'open' })).toBeNull();

    await addNote(ctx.db, low.id, { author: 'agent_7', body: 'Called the customer' });
    await addNote(ctx.db, low.id, { body: 'Second note' });
    const full = await getTicket(ctx.db, low.id);
    expect(full?.notes.map((n) => n.body)).toEqual(['Called the customer', 'Second note']);
    await expect(addNote(ctx.db, 't_missing', { body: 'x' })).rejects.toBeInstanceOf(NotFoundError);
    expect(await getTicket(ctx.db, 't_missing')).toBeNull();
  });
});
