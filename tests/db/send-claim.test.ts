/**
 * The send path's claim on both drivers: the frequency cap counted by the write itself, under the customer's cap
 * lock, so sends racing for a customer's last slot (on PostgreSQL, over several pooled connections at once) let
 * exactly one through; and the single-statement reads and claim keep what putOutbound and the old reads gave.
 */
import { claimOutbound, countProactiveSends, putOutbound, sendContext, updateMessageStatus } from '@ruta/db';
import type { CustomerProfile } from '@ruta/flow';
import { channelSend } from '@ruta/sdk';
import { testActivityContext } from '@ruta/sdk/testing';
import { ContactRules, channelSendActivity, createProviders, DbStore, type OutboundMessage } from '@ruta/workers';
import { expect, it } from 'vitest';
import { describeDrivers } from './drivers';

const COUNTED = ['queued', 'sending', 'sent', 'delivered', 'read'] as const;
const WEEK_MS = 7 * 86_400_000;
const RACERS = 8;

const camila: CustomerProfile = {
  id: 'c_camila',
  name: 'Camila Rojas',
  phone: '+56912345678',
  email: 'camila@example.cl',
  locale: 'es',
  timeZone: 'America/Santiago',
};

function outbound(key: string, status: OutboundMessage['status'] = 'sent'): OutboundMessage {
  const at = new Date().toISOString();
  return {
    idempotencyKey: key,
    journeyId: key,
    nodeId: 'n_send',
    customerId: camila.id,
    channel: 'sms',
    provider: 'twilio',
    to: camila.phone ?? '',
    text: 'Hola',
    status,
    createdAt: at,
    updatedAt: at,
  };
}

describeDrivers('the send claim', (ctx) => {
  it('claims once per key, like putOutbound, and reads the row and the customer in one call', async () => {
    const base = { customerId: 'c_1', channel: 'whatsapp', provider: 'sandbox', body: 'Hola' } as const;
    const first = await claimOutbound(ctx.db, { ...base, idempotencyKey: 'k1', status: 'sending' });
    expect(first.outcome).toBe('inserted');
    if (first.outcome === 'capped') throw new Error('not capped');
    expect(first.message).toMatchObject({ idempotencyKey: 'k1', status: 'sending', direction: 'out', body: 'Hola' });
    expect(first.message.sentAt).toBeInstanceOf(Date);
    expect(first.message.createdAt).toBeInstanceOf(Date);

    const again = await claimOutbound(ctx.db, { ...base, idempotencyKey: 'k1', status: 'sent', body: 'Otro' });
    expect(again).toMatchObject({ outcome: 'exists', message: { id: first.message.id, body: 'Hola' } });
    // The same shape as drizzle's own select gives (putOutbound's answer for a key already there).
    const put = await putOutbound(ctx.db, { ...base, idempotencyKey: 'k1' });
    expect(put.inserted).toBe(false);
    expect(again.outcome === 'exists' && again.message).toEqual(put.message);

    const read = await sendContext(ctx.db, { key: 'k1', customerId: 'c_nobody' });
    expect(read.message).toEqual(put.message);
    expect(read.customer).toBeNull();
    expect(await sendContext(ctx.db, { key: 'k_none', customerId: 'c_nobody' })).toEqual({
      message: null,
      customer: null,
    });
  });

  it('with a cap, counts what countProactiveSends counts (other keys only) and writes nothing once it is reached', async () => {
    const base = { customerId: 'c_cap', channel: 'whatsapp', flowId: 'f_a' } as const;
    const since = new Date(Date.now() - 1000);
    await putOutbound(ctx.db, { ...base, idempotencyKey: 'a' });
    await putOutbound(ctx.db, { ...base, idempotencyKey: 'b', status: 'sent' });
    await putOutbound(ctx.db, { ...base, idempotencyKey: 'd', transactional: true });
    await putOutbound(ctx.db, { ...base, idempotencyKey: 'e', status: 'suppressed' });
    await putOutbound(ctx.db, { ...base, idempotencyKey: 'g', status: 'deferred' });
    const failed = await putOutbound(ctx.db, { ...base, idempotencyKey: 'f' });
    await updateMessageStatus(ctx.db, { id: failed.message.id }, { status: 'failed' });
    expect(await countProactiveSends(ctx.db, 'c_cap', since.getTime())).toBe(2);

    const cap = (atMost: number) => ({ since, atMost, statuses: [...COUNTED] });
    expect(await claimOutbound(ctx.db, { ...base, idempotencyKey: 'x', status: 'sending' }, cap(2))).toEqual({
      outcome: 'capped',
      counted: 2,
    });
    expect(await claimOutbound(ctx.db, { ...base, idempotencyKey: 'x', status: 'sending' }, cap(3))).toMatchObject({
      outcome: 'inserted',
    });
    // The key being claimed is not counted against itself: a retry of `x` still fits a cap of 3.
    expect(await claimOutbound(ctx.db, { ...base, idempotencyKey: 'x', status: 'sending' }, cap(3))).toMatchObject({
      outcome: 'exists',
    });
    expect(await countProactiveSends(ctx.db, 'c_cap', since.getTime())).toBe(3);
    // A window that starts later counts nothing.
    const later = { since: new Date(Date.now() + 60_000), atMost: 1, statuses: [...COUNTED] };
    expect(await claimOutbound(ctx.db, { ...base, idempotencyKey: 'y' }, later)).toMatchObject({ outcome: 'inserted' });
  });

  it(`${RACERS} claims racing for a customer's last slot: one is written, the others find the cap reached`, async () => {
    const store = new DbStore(ctx.db);
    await store.upsertCustomer(camila);
    await store.claimOutbound(outbound('before_1'));
    await store.claimOutbound(outbound('before_2'));
    const cap = { sinceMs: Date.now() - WEEK_MS, atMost: 3 };
    const results = await Promise.all(
      Array.from({ length: RACERS }, (_, i) => store.claimOutbound(outbound(`race_${i}`, 'sending'), { cap })),
    );
    const written = results.filter((r) => 'inserted' in r && r.inserted);
    expect(written).toHaveLength(1);
    expect(results.filter((r) => 'capped' in r).map((r) => ('capped' in r ? r.capped : -1))).toEqual(
      Array(RACERS - 1).fill(3),
    );
    expect(await store.countProactiveSends(camila.id, cap.sinceMs)).toBe(3);
  });

  it(`${RACERS} deferred messages moving on at once: one takes the last slot, the others find the cap reached`, async () => {
    const store = new DbStore(ctx.db);
    await store.upsertCustomer(camila);
    await store.claimOutbound(outbound('before_1'));
    await store.claimOutbound(outbound('before_2'));
    for (let i = 0; i < RACERS; i++) await store.claimOutbound(outbound(`deferred_${i}`, 'deferred'));
    const cap = { sinceMs: Date.now() - WEEK_MS, atMost: 3 };
    const results = await Promise.all(
      Array.from({ length: RACERS }, (_, i) =>
        store.transitionOutbound(`deferred_${i}`, ['deferred'], { status: 'sending' }, { cap }),
      ),
    );
    expect(results.filter((r) => r !== undefined && 'status' in r && r.status === 'sending')).toHaveLength(1);
    expect(results.filter((r) => r !== undefined && 'capped' in r)).toHaveLength(RACERS - 1);
    const rows = await store.listOutbound({ customerId: camila.id });
    expect(rows.filter((r) => r.status === 'deferred')).toHaveLength(RACERS - 1);
    // A key that does not exist is not moved, capped or not.
    expect(await store.transitionOutbound('missing', ['deferred'], { status: 'sending' }, { cap })).toBeUndefined();
  });

  it(`channel.send: ${RACERS} proactive sends racing for the last slot of a 3-in-7-days cap send one, suppress the rest`, async () => {
    const store = new DbStore(ctx.db);
    await store.upsertCustomer(camila);
    await store.claimOutbound(outbound('before_1'));
    await store.claimOutbound(outbound('before_2'));
    const send = channelSendActivity(store, {
      providers: createProviders({ providers: {} }),
      rules: ContactRules.parse({ quietHours: null, frequencyCap: { max: 3, perDays: 7 } }),
      now: () => Date.now(),
    });
    const results = await Promise.all(
      Array.from({ length: RACERS }, (_, i) =>
        send.handler(
          channelSend.input.parse({ customerId: camila.id, flowId: `f_${i}`, channel: 'sms', text: 'Hola' }),
          testActivityContext({ idempotencyKey: `j_${i}:n_send:1`, journeyId: `j_${i}`, nodeId: 'n_send' }),
        ),
      ),
    );
    expect(results.filter((r) => r.status === 'sent')).toHaveLength(1);
    const suppressed = results.filter((r) => r.status === 'suppressed');
    expect(suppressed).toHaveLength(RACERS - 1);
    expect(new Set(suppressed.map((r) => r.reason))).toEqual(new Set(['frequency_cap']));
    const rows = await store.listOutbound({ customerId: camila.id });
    expect(rows.filter((r) => r.status === 'sent')).toHaveLength(3);
    expect(rows.filter((r) => r.status === 'suppressed' && r.reason === 'frequency_cap')).toHaveLength(RACERS - 1);
    // A transactional message is not held by the cap, and is not refused by the claim either.
    const receipt = await send.handler(
      channelSend.input.parse({
        customerId: camila.id,
        flowId: 'f_t',
        channel: 'sms',
        text: 'Pago',
        transactional: true,
      }),
      testActivityContext({ idempotencyKey: 'j_t:n_send:1', journeyId: 'j_t', nodeId: 'n_send' }),
    );
    expect(receipt.status).toBe('sent');
  });
});
