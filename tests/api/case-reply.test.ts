// An agent answers the customer from a case through the journeys' own send path (sandbox channel, real worker and
// Temporal dev server): at most once per request, on the customer's channel, through quiet hours only inside
// WhatsApp's 24-hour window.
import { createQueue, createTicket, listTimeline, putInbound, upsertCustomer } from '@ruta/db';
import { beforeAll, describe, expect, it } from 'vitest';
import { expectProblem, type PersonSession, withApi } from './support';

// The suite turns quiet hours off (vitest.config.ts); this file is about them: the default 21:00–09:00, no caps.
process.env.RUTA_CONTACT_RULES = '{"frequencyCap":null}';
const api = withApi();

/** A time zone where it is night now (00:00–06:59), so quiet hours (21:00–09:00) hold a proactive message. */
function nightZone(): string {
  const zones = [
    'Pacific/Kiritimati',
    'Pacific/Auckland',
    'Asia/Tokyo',
    'Asia/Shanghai',
    'Asia/Bangkok',
    'Asia/Kolkata',
    'Asia/Dubai',
    'Europe/Moscow',
    'Europe/Athens',
    'Europe/Madrid',
    'Europe/London',
    'Atlantic/Azores',
    'America/Noronha',
    'America/Sao_Paulo',
    'America/Santiago',
    'America/New_York',
    'America/Chicago',
    'America/Denver',
    'America/Los_Angeles',
    'America/Anchorage',
    'Pacific/Honolulu',
    'Pacific/Pago_Pago',
  ];
  const hour = (tz: string) =>
    Number(new Intl.DateTimeFormat('en-GB', { timeZone: tz, hour: '2-digit', hourCycle: 'h23' }).format(new Date()));
  const zone = zones.find((z) => hour(z) <= 6);
  if (!zone) throw new Error('No listed time zone is at night now');
  return zone;
}

let agent: PersonSession;
let zone = '';

beforeAll(async () => {
  await createQueue(api.db.db, { id: 'support' });
  agent = await api.person({ roles: ['agent'], queues: ['support'] });
  zone = nightZone();
});

async function caseFor(customerId: string, wrote: { channel: 'whatsapp' | 'sms'; hoursAgo: number } | null) {
  await upsertCustomer(api.db.db, { id: customerId, name: 'Camila', phone: '+56911112222', timeZone: zone });
  if (wrote) {
    await putInbound(api.db.db, {
      customerId,
      channel: wrote.channel,
      provider: 'sandbox',
      providerMessageId: `in-${customerId}`,
      body: 'Llevo una hora esperando',
      receivedAt: new Date(Date.now() - wrote.hoursAgo * 3_600_000),
    });
  }
  return (await createTicket(api.db.db, { customerId, queue: 'support' })).ticket.id;
}

const outbound = async (customerId: string) =>
  (await listTimeline(api.db.db, customerId)).filter((m) => m.direction === 'out');

describe('replying to the customer from a case', () => {
  it("answers the customer's WhatsApp message at night, inside the 24-hour window, once per request", async () => {
    const id = await caseFor('c_wa', { channel: 'whatsapp', hoursAgo: 1 });
    const body = { text: 'Hola Camila, ya lo estoy revisando', requestId: 'r-1' };
    const r = await api.call<{ status: string; channel: string; inReplyTo: unknown }>(
      'POST',
      `/v1/handoffs/${id}/reply`,
      { as: agent, body },
    );
    expect(r.status, r.text).toBe(200);
    expect(r.body).toMatchObject({ status: 'sent', channel: 'whatsapp' });
    expect(r.body.inReplyTo).not.toBeNull();
    const again = await api.call('POST', `/v1/handoffs/${id}/reply`, { as: agent, body });
    expect(again.status, again.text).toBe(200);
    const out = await outbound('c_wa');
    expect(out.map((m) => [m.channel, m.body, m.status])).toEqual([
      ['whatsapp', 'Hola Camila, ya lo estoy revisando', 'sent'],
    ]);
    expect(out[0]?.nodeId).toBe(`case:${id}`);
  });

  it('waits for the morning outside the window (an SMS at night, or WhatsApp after 24 hours)', async () => {
    for (const [customer, wrote] of [
      ['c_sms', { channel: 'sms', hoursAgo: 1 }],
      ['c_old', { channel: 'whatsapp', hoursAgo: 30 }],
    ] as const) {
      const id = await caseFor(customer, wrote);
      const r = await api.call<{ status: string; reason: string; retryAt: string }>(
        'POST',
        `/v1/handoffs/${id}/reply`,
        { as: agent, body: { text: 'Le escribimos mañana' } },
      );
      expect(r.status, r.text).toBe(202);
      expect(r.body).toMatchObject({ status: 'deferred', reason: 'quiet_hours' });
      expect(Date.parse(r.body.retryAt)).toBeGreaterThan(Date.now());
      const out = await outbound(customer);
      expect(out.map((m) => [m.channel, m.status])).toEqual([[wrote.channel, 'deferred']]);
    }
  });

  it('answers on the profile channel when the customer never wrote, asks for one when there is none', async () => {
    const id = await caseFor('c_silent', null);
    const r = await api.call<{ channel: string; inReplyTo: unknown }>('POST', `/v1/handoffs/${id}/reply`, {
      as: agent,
      body: { text: 'Hola' },
    });
    expect([200, 202], r.text).toContain(r.status);
    expect(r.body).toMatchObject({ channel: 'whatsapp', inReplyTo: null });
    await upsertCustomer(api.db.db, { id: 'c_nocontact', name: 'Sin datos' });
    const lone = (await createTicket(api.db.db, { customerId: 'c_nocontact', queue: 'support' })).ticket.id;
    expect(
      expectProblem(await api.call('POST', `/v1/handoffs/${lone}/reply`, { as: agent, body: { text: 'Hola' } }), 409)
        .detail,
    ).toMatch(/which channel/);
    expectProblem(await api.call('POST', `/v1/handoffs/${id}/reply`, { as: agent, body: { text: '  ' } }), 422);
    await api.call('POST', `/v1/handoffs/${id}/resolve`, { as: agent, body: {} });
    expectProblem(
      await api.call('POST', `/v1/handoffs/${id}/reply`, { as: agent, body: { text: 'Hola', channel: 'sms' } }),
      409,
    );
  });
});
