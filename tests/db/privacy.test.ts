import {
  addNote,
  applySteps,
  createTicket,
  ERASED,
  eraseCustomer,
  exportCustomer,
  getCustomer,
  putInbound,
  putOutbound,
  queryRows,
  recordEventOnce,
  sql,
  upsertCustomer,
  upsertJourney,
} from '@ruta/db';
import { expect, it } from 'vitest';
import { describeDrivers, dumpAllRows } from './drivers';

/** Personal strings of the customer to erase; the other customer has entirely different ones. */
const LUCIA = {
  name: 'Lucía Pérez',
  email: 'lucia@example.com',
  phone: '+34600111222',
  timeZone: 'Europe/Madrid',
  address: 'Calle Mayor 5',
  reply: 'mi pedido no llegó',
  body: 'Tu pedido 4711 está en camino',
  subject: 'Reembolso urgente',
  note: 'Llamó muy enfadada',
  dni: 'DNI 12345678Z',
  tier: 'gold-tier-secret',
};
const JOHN = {
  name: 'John Smith',
  email: 'john@example.org',
  phone: '+447700900123',
  timeZone: 'Europe/London',
  address: '221B Baker Street',
  reply: 'where is my parcel',
  body: 'Your order 9000 is on its way',
  subject: 'Refund please',
  note: 'Customer was polite',
  dni: 'NI QQ123456C',
  tier: 'silver-tier-secret',
};

async function seed(db: Parameters<typeof upsertCustomer>[0], id: string, p: typeof LUCIA) {
  await upsertCustomer(db, {
    id,
    name: p.name,
    email: p.email,
    phone: p.phone,
    locale: 'es',
    timeZone: p.timeZone,
    tier: p.tier,
    consent: { whatsapp: true, email: true },
    tags: ['vip'],
    attributes: { address: p.address, dni: p.dni },
  });
  await recordEventOnce(db, { id: `evt_${id}`, type: 'order.late', customerId: id, payload: { address: p.address } });
  await upsertJourney(db, { id: `wf_${id}`, flowId: 'f_a', flowVersion: 1, customerId: id, eventId: `evt_${id}` });
  await applySteps(db, [
    { journeyId: `wf_${id}`, seq: 1, type: 'leave', nodeId: 'n_send', port: 'out', at: Date.now() },
    { journeyId: `wf_${id}`, seq: 2, type: 'enter', nodeId: 'n_wait', at: Date.now(), detail: { reply: p.reply } },
  ]);
  await putOutbound(db, {
    idempotencyKey: `wf_${id}:n_send:1`,
    customerId: id,
    channel: 'whatsapp',
    journeyId: `wf_${id}`,
    body: `${p.body}, ${p.name}`,
    metadata: { to: p.phone },
  });
  await putOutbound(db, {
    idempotencyKey: `mail_${id}`,
    customerId: id,
    channel: 'email',
    subject: p.body,
    body: 'Hola',
  });
  await putInbound(db, {
    customerId: id,
    channel: 'whatsapp',
    provider: 'meta',
    providerMessageId: `in_${id}`,
    body: p.reply,
  });
  const { ticket } = await createTicket(db, {
    customerId: id,
    journeyId: `wf_${id}`,
    queue: 'care',
    subject: p.subject,
    detail: { phone: p.phone },
  });
  await addNote(db, ticket.id, { author: 'agent_1', body: p.note });
}

const COUNTS = sql`select
  (select count(*) from journeys where customer_id = 'c_1')::int as journeys,
  (select count(*) from journey_steps s join journeys j on j.id = s.journey_id where j.customer_id = 'c_1')::int as steps,
  (select count(*) from messages where customer_id = 'c_1' and channel = 'whatsapp')::int as whatsapp,
  (select count(*) from messages where customer_id = 'c_1' and channel = 'email')::int as email,
  (select count(*) from messages where customer_id = 'c_1' and direction = 'in')::int as inbound,
  (select count(*) from events where customer_id = 'c_1')::int as events,
  (select count(*) from tickets where customer_id = 'c_1')::int as tickets,
  (select count(*) from ticket_notes n join tickets t on t.id = n.ticket_id where t.customer_id = 'c_1')::int as notes,
  (select count(*) from customers where id = 'c_1')::int as customers,
  (select count(*) from messages)::int as all_messages`;

describeDrivers('privacy', (ctx) => {
  it('exports all of a customer’s data as JSON', async () => {
    await seed(ctx.db, 'c_1', LUCIA);
    await seed(ctx.db, 'c_2', JOHN);
    const data = await exportCustomer(ctx.db, 'c_1');
    expect(data.customer?.name).toBe('Lucía Pérez');
    expect(data.messages).toHaveLength(3);
    expect(data.journeys.map((j) => j.id)).toEqual(['wf_c_1']);
    expect(data.steps).toHaveLength(2);
    expect(data.tickets).toHaveLength(1);
    expect(data.notes.map((n) => n.body)).toEqual(['Llamó muy enfadada']);
    expect(data.events.map((e) => e.id)).toEqual(['evt_c_1']);
    const json = JSON.parse(JSON.stringify(data));
    expect(json.customer.email).toBe('lucia@example.com');
    expect(JSON.stringify(data)).not.toContain(JOHN.email);
    expect((await exportCustomer(ctx.db, 'nobody')).customer).toBeNull();
  });

  it('erases personal data but keeps aggregate counts, and leaves other customers alone', async () => {
    await seed(ctx.db, 'c_1', LUCIA);
    await seed(ctx.db, 'c_2', JOHN);
    const [before] = await queryRows<Record<string, number>>(ctx.db, COUNTS);
    const dumpBefore = [...(await dumpAllRows(ctx.database)).values()].flat().join('\n');
    for (const s of [...Object.values(LUCIA), ...Object.values(JOHN)]) expect(dumpBefore, s).toContain(s);

    const report = await eraseCustomer(ctx.db, 'c_1');
    expect(report).toEqual({ customers: 1, messages: 3, events: 1, journeys: 1, steps: 2, tickets: 1, notes: 1 });

    const [after] = await queryRows<Record<string, number>>(ctx.db, COUNTS);
    expect(after).toEqual(before);

    // Nothing personal about c_1 remains in any text or jsonb column of any table.
    const dump = await dumpAllRows(ctx.database);
    for (const [table, rows] of dump) {
      for (const s of Object.values(LUCIA)) {
        expect(
          rows.filter((row) => row.includes(s)),
          `${table} still holds "${s}"`,
        ).toEqual([]);
      }
    }
    const everything = [...dump.values()].flat().join('\n');
    for (const s of Object.values(JOHN)) expect(everything, `the other customer's "${s}" is gone`).toContain(s);
    const erased = await getCustomer(ctx.db, 'c_1');
    expect(erased).toMatchObject({ name: null, email: null, phone: null, consent: {}, tags: [], attributes: {} });
    expect(erased?.erasedAt).toBeInstanceOf(Date);
    const data = await exportCustomer(ctx.db, 'c_1');
    expect(data.messages.filter((m) => m.body !== null).every((m) => m.body === ERASED)).toBe(true);
    expect(data.messages.map((m) => m.status).sort()).toEqual(['queued', 'queued', 'received']);
    expect(data.tickets[0]?.subject).toBe(ERASED);
    expect(data.notes[0]?.body).toBe(ERASED);

    // The other customer is untouched.
    const other = await exportCustomer(ctx.db, 'c_2');
    expect(other.customer?.name).toBe(JOHN.name);
    expect(other.notes[0]?.body).toBe(JOHN.note);
    expect(other.steps[1]?.detail).toEqual({ reply: JOHN.reply });
  });
});
