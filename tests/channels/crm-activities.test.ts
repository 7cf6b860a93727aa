import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ActivityContext, ActivityDefinition } from '@ruta/sdk';
import { testActivityContext } from '@ruta/sdk/testing';
import { crmActivities, FileStore, hubspotCrm } from '@ruta/workers';
import { afterAll, describe, expect, it } from 'vitest';
import { fakeServer, rejection } from './support';

const dir = mkdtempSync(join(tmpdir(), 'ruta-crm-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const store = new FileStore(dir);

const ctx = (key: string): ActivityContext =>
  testActivityContext({ idempotencyKey: key, journeyId: key.split(':')[0]!, nodeId: key.split(':')[1]! });

function byName(defs: ActivityDefinition[]) {
  return (name: string) => {
    const def = defs.find((d) => d.name === name);
    if (!def) throw new Error(`no activity ${name}`);
    return (input: unknown, key = 'j_crm:n:1') =>
      def.handler(def.input.parse(input), ctx(key)) as Promise<Record<string, unknown>>;
  };
}

describe('CRM activities on the built-in store', () => {
  const act = byName(crmActivities(store) as unknown as ActivityDefinition[]);

  it('upserts a customer (consent merged per channel) and finds them by id, phone and email', async () => {
    expect(
      await act('crm.upsertCustomer')({
        id: 'c_camila',
        name: 'Camila Rojas',
        phone: '+56912345678',
        email: 'camila@example.cl',
        locale: 'es',
        timeZone: 'America/Santiago',
        tags: ['vip'],
        consent: { whatsapp: true, email: false },
      }),
    ).toEqual({ customerId: 'c_camila', created: true });
    expect(await act('crm.upsertCustomer')({ id: 'c_camila', tier: 'gold', consent: { sms: true } })).toEqual({
      customerId: 'c_camila',
      created: false,
    });
    expect((await store.getCustomer('c_camila'))?.consent).toEqual({ whatsapp: true, email: false, sms: true });
    for (const [by, value] of [
      ['id', 'c_camila'],
      ['phone', '+56 9 1234 5678'],
      ['email', ' Camila@Example.cl'],
    ]) {
      expect(await act('crm.lookupCustomer')({ by, value })).toMatchObject({
        found: true,
        id: 'c_camila',
        name: 'Camila Rojas',
        tier: 'gold',
        tags: ['vip'],
        openTickets: 0,
      });
    }
    expect(await act('crm.lookupCustomer')({ by: 'email', value: 'nadie@example.cl' })).toEqual({ found: false });
  });

  it('creates a ticket once per key, updates it, adds a note; open tickets are counted', async () => {
    const create = {
      customerId: 'c_camila',
      journeyId: 'j_crm',
      action: 'create',
      subject: 'Pedido dañado',
      priority: 'high',
      queue: 'reclamos',
      status: 'open',
    };
    const first = await act('crm.upsertTicket')(create, 'j_crm:n_ticket:1');
    const again = await act('crm.upsertTicket')(create, 'j_crm:n_ticket:1');
    expect(again.ticketId).toBe(first.ticketId);
    expect(await act('crm.lookupCustomer')({ by: 'id', value: 'c_camila' })).toMatchObject({ openTickets: 1 });
    const note = await act('crm.addNote')(
      { customerId: 'c_camila', ticketId: first.ticketId, text: 'Pidió reembolso' },
      'j_crm:n_note:1',
    );
    expect((await store.getTicket(first.ticketId as string))?.notes.map((n) => n.id)).toEqual([note.noteId]);
    expect(
      await act('crm.upsertTicket')({ ...create, action: 'update', ticketId: first.ticketId, status: 'solved' }),
    ).toEqual({
      ticketId: first.ticketId,
      status: 'solved',
    });
    expect(await act('crm.lookupCustomer')({ by: 'id', value: 'c_camila' })).toMatchObject({ openTickets: 0 });
    expect(await rejection(act('crm.upsertTicket')({ ...create, action: 'update', ticketId: null }))).toMatchObject({
      type: 'NoTicket',
      nonRetryable: true,
    });
  });

  it('reads a conversation summary across channels so the customer never repeats themselves', async () => {
    const t0 = Date.parse('2026-06-10T14:00:00Z');
    await store.claimOutbound({
      idempotencyKey: 'j_conv:n_1:1',
      journeyId: 'j_conv',
      nodeId: 'n_1',
      customerId: 'c_camila',
      channel: 'whatsapp',
      provider: 'sandbox',
      to: '+56912345678',
      text: '¿Cómo llegó tu pedido?',
      status: 'sent',
      createdAt: new Date(t0).toISOString(),
      updatedAt: new Date(t0).toISOString(),
    });
    await store.putInbound({
      customerId: 'c_camila',
      channel: 'whatsapp',
      provider: 'sandbox',
      providerMessageId: 'in-1',
      from: 'c_camila',
      text: 'Llegó roto, quiero mi plata de vuelta',
      receivedAt: new Date(t0 + 60_000).toISOString(),
    });
    await store.claimOutbound({
      idempotencyKey: 'j_conv:n_2:1',
      journeyId: 'j_conv',
      nodeId: 'n_2',
      customerId: 'c_camila',
      channel: 'email',
      provider: 'smtp',
      to: 'camila@example.cl',
      text: 'Te escribimos por correo',
      status: 'suppressed',
      reason: 'opted_out',
      createdAt: new Date(t0 + 120_000).toISOString(),
      updatedAt: new Date(t0 + 120_000).toISOString(),
    });
    const s = await act('crm.conversationSummary')({ customerId: 'c_camila', lang: 'es' });
    expect(s).toMatchObject({
      customerId: 'c_camila',
      found: true,
      name: 'Camila Rojas',
      lastReply: { channel: 'whatsapp', text: 'Llegó roto, quiero mi plata de vuelta' },
    });
    expect((s.messages as { direction: string; text: string }[]).map((m) => m.direction)).toEqual(['out', 'in', 'out']);
    expect(s.summary).toBe(
      [
        'Camila Rojas (gold) · 0 tickets abiertos',
        '2026-06-10 14:00 WhatsApp · Ruta: ¿Cómo llegó tu pedido?',
        '2026-06-10 14:01 WhatsApp · Cliente: Llegó roto, quiero mi plata de vuelta',
        '2026-06-10 14:02 correo · Ruta: Te escribimos por correo [suppressed: opted_out]',
      ].join('\n'),
    );
    const en = await act('crm.conversationSummary')({ customerId: 'c_nadie', lang: 'en' });
    expect(en).toMatchObject({ found: false, summary: 'Customer without a profile · 0 open tickets · no messages' });
  });
});

describe('CRM activities on HubSpot: its errors become Temporal failures', () => {
  it('a 429 is retryable after the limit resets; a 401 is not', async () => {
    let status = 429;
    const fake = await fakeServer(() => ({ status, body: { message: 'limit', category: 'RATE_LIMITS' } }));
    try {
      const act = byName(
        crmActivities(store, {
          adapter: hubspotCrm({ token: 't', apiBase: fake.url }),
        }) as unknown as ActivityDefinition[],
      );
      const limited = await rejection<{ type: string; nonRetryable: boolean; nextRetryDelay: unknown }>(
        act('crm.lookupCustomer')({ by: 'email', value: 'a@b.cl' }),
      );
      expect(limited).toMatchObject({ type: 'CrmRateLimited', nonRetryable: false, nextRetryDelay: 10_000 });
      status = 401;
      expect(await rejection(act('crm.lookupCustomer')({ by: 'email', value: 'a@b.cl' }))).toMatchObject({
        type: 'CrmAuth',
        nonRetryable: true,
      });
    } finally {
      await fake.close();
    }
  });
});
