import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Database } from '@ruta/db';
import { createTestDatabase } from '@ruta/db/testing';
import type { CustomerProfile } from '@ruta/flow';
import { type ActivityContext, channelSend } from '@ruta/sdk';
import { testActivityContext } from '@ruta/sdk/testing';
import {
  applyDeliveryUpdates,
  type Channel,
  type ChannelProvider,
  type ChannelSendOptions,
  ContactRules,
  channelSendActivity,
  createSandboxProvider,
  DbStore,
  FileStore,
  type OutgoingMessage,
  ProviderError,
  type Providers,
  parseTwilioStatus,
  type WorkerStore,
} from '@ruta/workers';
import type { ApplicationFailure } from '@temporalio/common';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { rejection } from './support';

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

// Every test runs on the sandbox's file store and on the database store (PGlite): the at-most-once guarantees are
// the store's as much as the send path's.
const STORES = ['file', 'database'] as const;
let kind: (typeof STORES)[number] = 'file';
let store: WorkerStore;
let database: Database | undefined;
beforeEach(async () => {
  await database?.close();
  database = undefined;
  if (kind === 'database') {
    database = await createTestDatabase();
    store = new DbStore(database.db);
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), 'ruta-send-'));
  dirs.push(dir);
  store = new FileStore(dir);
});
afterAll(async () => {
  await database?.close();
});

/** A provider double that counts what it was given and answers as told. */
class CountingProvider implements ChannelProvider {
  readonly channels: readonly Channel[] = ['whatsapp', 'sms', 'email', 'voice'];
  sent: OutgoingMessage[] = [];
  failWith: ProviderError[] = [];
  lookups = 0;
  lookup?: ChannelProvider['lookup'];
  constructor(
    readonly name: 'twilio' | 'whatsapp-cloud' | 'smtp',
    withLookup = false,
  ) {
    if (withLookup) {
      this.lookup = async (m) => {
        this.lookups++;
        const i = this.sent.findIndex((s) => s.idempotencyKey === m.idempotencyKey);
        return i >= 0 ? { found: true, receipt: { providerMessageId: `P${i + 1}` } } : { found: false };
      };
    }
  }
  accepts(_channel: Channel, to: string): boolean {
    return to.length > 0;
  }
  async send(m: OutgoingMessage) {
    const err = this.failWith.shift();
    if (err) throw err;
    this.sent.push(m);
    return { providerMessageId: `P${this.sent.length}` };
  }
}

const one = (provider: ChannelProvider): Providers => ({ for: () => provider, close: async () => {} });

const NO_RULES = ContactRules.parse({ quietHours: null, frequencyCap: null });
const NOON_SANTIAGO = Date.parse('2026-06-10T16:00:00Z');
const NIGHT_SANTIAGO = Date.parse('2026-06-10T03:30:00Z'); // 23:30 on 9 June

const camila: CustomerProfile = {
  id: 'c_camila',
  name: 'Camila Rojas',
  phone: '+56912345678',
  email: 'camila@example.cl',
  locale: 'es',
  timeZone: 'America/Santiago',
};

function ctx(key: string, attempt = 1): ActivityContext {
  const [journeyId = 'j', nodeId = 'n', visit = '1'] = key.split(':');
  return testActivityContext({ idempotencyKey: key, journeyId, nodeId, visit: Number(visit), attempt });
}

function sender(options: ChannelSendOptions & { now?: () => number }) {
  const def = channelSendActivity(store, { rules: NO_RULES, now: () => NOON_SANTIAGO, ...options });
  return (input: Partial<Parameters<typeof channelSend.input.parse>[0]>, key: string, attempt = 1) =>
    def.handler(
      channelSend.input.parse({
        customerId: 'c_camila',
        flowId: 'f_test',
        channel: 'sms',
        text: 'Hola Camila, tu pedido va en camino 🚚',
        ...input,
      }),
      ctx(key, attempt),
    );
}

describe.each(STORES)('on the %s store', (storeKind) => {
  beforeAll(() => {
    kind = storeKind;
  });

  describe('the send path: at most once per idempotency key', () => {
    it('sandbox: the message lands in the outbox as sent; the same key again does not send again', async () => {
      await store.upsertCustomer(camila);
      const send = sender({ providers: one(createSandboxProvider()) });
      const first = await send({}, 'j1:n_send:1');
      expect(first).toMatchObject({ status: 'sent', channel: 'sms', deduped: false });
      const again = await send({}, 'j1:n_send:1', 2);
      expect(again).toMatchObject({ status: 'sent', messageId: first.messageId, deduped: true });
      const rows = await store.listOutbound({ journeyId: 'j1' });
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({
        status: 'sent',
        provider: 'sandbox',
        to: '+56912345678',
        providerMessageId: first.messageId,
      });
      expect(rows[0]!.history!.map((h) => h.status)).toEqual(['sending', 'sent']);
    });

    it('a crash after the provider accepted (row left in `sending`): the retry asks the provider and does not resend', async () => {
      await store.upsertCustomer(camila);
      const provider = new CountingProvider('twilio', true);
      const crash = sender({
        providers: one(provider),
        afterProviderAccepted: () => {
          throw new Error('worker died here');
        },
      });
      await expect(crash({}, 'j2:n_send:1')).rejects.toThrow('worker died here');
      expect((await store.getOutbound('j2:n_send:1'))?.status).toBe('sending');

      const retry = sender({ providers: one(provider) });
      const result = await retry({}, 'j2:n_send:1', 2);
      expect(provider.sent).toHaveLength(1);
      expect(provider.lookups).toBe(1);
      expect(result).toMatchObject({ status: 'sent', messageId: 'P1', deduped: true });
      expect(await store.getOutbound('j2:n_send:1')).toMatchObject({ status: 'sent', providerMessageId: 'P1' });
    });

    it('the same crash on a provider that cannot be asked: recorded as sent, reason `unconfirmed`, not resent', async () => {
      await store.upsertCustomer(camila);
      const provider = new CountingProvider('whatsapp-cloud');
      const crash = sender({
        providers: one(provider),
        afterProviderAccepted: () => {
          throw new Error('worker died here');
        },
      });
      await expect(crash({ channel: 'whatsapp' }, 'j3:n_send:1')).rejects.toThrow();
      const result = await sender({ providers: one(provider) })({ channel: 'whatsapp' }, 'j3:n_send:1', 2);
      expect(provider.sent).toHaveLength(1);
      expect(result).toMatchObject({ status: 'sent', reason: 'unconfirmed', deduped: true });
      expect(await store.getOutbound('j3:n_send:1')).toMatchObject({ status: 'sent', reason: 'unconfirmed' });
    });

    it('a timeout that may have delivered leaves `sending`: Temporal retries, and the retry does not resend', async () => {
      await store.upsertCustomer(camila);
      const provider = new CountingProvider('whatsapp-cloud');
      provider.failWith.push(new ProviderError('ProviderTimeout', 'no answer', { accepted: 'unknown' }));
      const send = sender({ providers: one(provider) });
      const err = await rejection<ApplicationFailure>(send({ channel: 'whatsapp' }, 'j4:n_send:1'));
      expect(err).toMatchObject({ type: 'ProviderTimeout', nonRetryable: false });
      expect((await store.getOutbound('j4:n_send:1'))?.status).toBe('sending');
      await send({ channel: 'whatsapp' }, 'j4:n_send:1', 2);
      expect(provider.sent).toHaveLength(0);
    });

    it('a 429 sent nothing: the row goes back to queued, the failure carries Retry-After, the next attempt sends once', async () => {
      await store.upsertCustomer(camila);
      const provider = new CountingProvider('twilio');
      provider.failWith.push(
        new ProviderError('RateLimited', 'Too Many Requests', { retryAfterMs: 7_000, httpStatus: 429 }),
      );
      const send = sender({ providers: one(provider) });
      const err = await rejection<ApplicationFailure>(send({}, 'j5:n_send:1'));
      expect(err).toMatchObject({ type: 'RateLimited', nonRetryable: false });
      expect(err.nextRetryDelay).toBe(7_000);
      expect(await store.getOutbound('j5:n_send:1')).toMatchObject({ status: 'queued', reason: 'RateLimited' });
      const ok = await send({}, 'j5:n_send:1', 2);
      expect(ok).toMatchObject({ status: 'sent', deduped: false });
      expect(provider.sent).toHaveLength(1);
      expect(await store.getOutbound('j5:n_send:1')).toMatchObject({ status: 'sent' });
      expect((await store.getOutbound('j5:n_send:1'))?.reason).toBeUndefined();
    });

    it('two attempts racing on one key call the provider once', async () => {
      await store.upsertCustomer(camila);
      const provider = new CountingProvider('twilio');
      const send = sender({ providers: one(provider) });
      const results = await Promise.allSettled([
        send({}, 'j6:n_send:1'),
        send({}, 'j6:n_send:1', 2),
        send({}, 'j6:n_send:1', 3),
      ]);
      expect(provider.sent).toHaveLength(1);
      expect(results.filter((r) => r.status === 'fulfilled').length).toBeGreaterThanOrEqual(1);
      // Whoever lost the race, the row ends sent with the provider's id (delivery receipts can find it).
      expect(await store.getOutbound('j6:n_send:1')).toMatchObject({ status: 'sent', providerMessageId: 'P1' });
    });

    it('refused for good: non-retryable failure typed InvalidRecipient / TemplateRejected; OptedOut also records the opt-out', async () => {
      await store.upsertCustomer(camila);
      const provider = new CountingProvider('twilio');
      const send = sender({ providers: one(provider) });
      provider.failWith.push(
        new ProviderError('InvalidRecipient', "The 'To' number is not valid", { providerCode: 21211 }),
      );
      expect(await rejection(send({}, 'j7:n_a:1'))).toMatchObject({ type: 'InvalidRecipient', nonRetryable: true });
      expect(await store.getOutbound('j7:n_a:1')).toMatchObject({ status: 'failed', reason: 'InvalidRecipient' });
      // A retry after that (a crash before the failure reached Temporal) fails the same way without calling the provider.
      expect(await rejection(send({}, 'j7:n_a:1', 2))).toMatchObject({ type: 'InvalidRecipient', nonRetryable: true });
      provider.failWith.push(new ProviderError('TemplateRejected', 'outside the 24h window'));
      expect(await rejection(send({ channel: 'whatsapp' }, 'j7:n_b:1'))).toMatchObject({
        type: 'TemplateRejected',
        nonRetryable: true,
      });
      provider.failWith.push(new ProviderError('OptedOut', 'unsubscribed recipient', { providerCode: 21610 }));
      expect(await rejection(send({}, 'j7:n_c:1'))).toMatchObject({ type: 'OptedOut', nonRetryable: true });
      expect((await store.getCustomer('c_camila'))?.consent).toEqual({ sms: false });
      expect(provider.sent).toHaveLength(0);
    });

    it('refused for good with a fallback channel: the fallback goes out once, under its own outbox row', async () => {
      await store.upsertCustomer(camila);
      const provider = new CountingProvider('twilio');
      provider.failWith.push(new ProviderError('InvalidRecipient', 'not a mobile number'));
      const send = sender({ providers: one(provider) });
      const result = await send({ channel: 'sms', fallbackChannel: 'email' }, 'j8:n_send:1');
      expect(result).toMatchObject({ status: 'sent', channel: 'email', reason: 'InvalidRecipient' });
      expect(provider.sent.map((m) => [m.channel, m.to, m.idempotencyKey])).toEqual([
        ['email', 'camila@example.cl', 'j8:n_send:1:fallback'],
      ]);
      const again = await send({ channel: 'sms', fallbackChannel: 'email' }, 'j8:n_send:1', 2);
      expect(again).toMatchObject({ status: 'sent', channel: 'email', deduped: true });
      expect(provider.sent).toHaveLength(1);
      const rows = (await store.listOutbound({ journeyId: 'j8' })).sort((a, b) =>
        a.idempotencyKey.localeCompare(b.idempotencyKey),
      );
      expect(rows.map((r) => [r.channel, r.status])).toEqual([
        ['sms', 'failed'],
        ['email', 'sent'],
      ]);
    });
  });

  describe('the contact rules on the send path, with the reason recorded', () => {
    const rules = ContactRules.parse({});

    it('23:30 in Santiago: deferred to 09:00 with reason quiet_hours; the call at 09:00 sends, the deferral stays in history', async () => {
      await store.upsertCustomer(camila);
      const provider = new CountingProvider('twilio');
      let now = NIGHT_SANTIAGO;
      const send = sender({ providers: one(provider), rules, now: () => now });
      const held = await send({}, 'j9:n_send:1');
      expect(held).toMatchObject({
        status: 'deferred',
        reason: 'quiet_hours',
        retryAt: Date.parse('2026-06-10T13:00:00Z'),
      });
      expect(await store.getOutbound('j9:n_send:1')).toMatchObject({
        status: 'deferred',
        reason: 'quiet_hours',
        retryAt: held.retryAt,
      });
      expect(provider.sent).toHaveLength(0);
      now = held.retryAt!;
      expect(await send({}, 'j9:n_send:1', 1)).toMatchObject({ status: 'sent', deduped: false });
      const row = await store.getOutbound('j9:n_send:1');
      expect(row?.history?.map((h) => [h.status, h.reason ?? null])).toEqual([
        ['deferred', 'quiet_hours'],
        ['sending', null],
        ['sent', null],
      ]);
      expect(provider.sent).toHaveLength(1);
    });

    it('no consent on WhatsApp: sent on the fallback channel, reason opted_out; without a fallback: suppressed', async () => {
      await store.upsertCustomer({ ...camila, consent: { whatsapp: false } });
      const provider = new CountingProvider('twilio');
      const send = sender({ providers: one(provider), rules });
      expect(await send({ channel: 'whatsapp', fallbackChannel: 'sms' }, 'j10:n_a:1')).toMatchObject({
        status: 'sent',
        channel: 'sms',
        reason: 'opted_out',
      });
      expect(await send({ channel: 'whatsapp' }, 'j10:n_b:1')).toMatchObject({
        status: 'suppressed',
        reason: 'opted_out',
      });
      expect(await store.getOutbound('j10:n_b:1')).toMatchObject({
        status: 'suppressed',
        reason: 'opted_out',
        channel: 'whatsapp',
      });
      expect(provider.sent.map((m) => m.channel)).toEqual(['sms']);
    });

    it('frequency cap across flows: the fourth proactive message in 7 days is suppressed; a transactional one goes', async () => {
      await store.upsertCustomer(camila);
      const provider = new CountingProvider('twilio');
      const send = sender({ providers: one(provider), rules });
      for (const j of ['ja', 'jb', 'jc']) expect((await send({ flowId: `f_${j}` }, `${j}:n:1`)).status).toBe('sent');
      expect(await send({ flowId: 'f_jd' }, 'jd:n:1')).toMatchObject({ status: 'suppressed', reason: 'frequency_cap' });
      expect(await send({ flowId: 'f_je', transactional: true }, 'je:n:1')).toMatchObject({ status: 'sent' });
      expect(provider.sent).toHaveLength(4);
      // Suppressed, deferred and transactional sends do not count; the count excludes the message being decided.
      expect(await store.countProactiveSends('c_camila', NOON_SANTIAGO - 7 * 86_400_000)).toBe(3);
    });

    it('two sends racing for the last slot of the cap: one goes out, the other is suppressed frequency_cap', async () => {
      await store.upsertCustomer(camila);
      const provider = new CountingProvider('twilio');
      const send = sender({ providers: one(provider), rules });
      for (const j of ['ja', 'jb']) expect((await send({ flowId: `f_${j}` }, `${j}:n:1`)).status).toBe('sent');
      const raced = await Promise.all([send({ flowId: 'f_x' }, 'jx:n:1'), send({ flowId: 'f_y' }, 'jy:n:1')]);
      expect(raced.map((r) => r.status).sort()).toEqual(['sent', 'suppressed']);
      expect(raced.find((r) => r.status === 'suppressed')).toMatchObject({ reason: 'frequency_cap', deduped: false });
      expect(provider.sent).toHaveLength(3);
      expect(await store.countProactiveSends('c_camila', NOON_SANTIAGO - 7 * 86_400_000)).toBe(3);
      // The same on the sandbox, whose delivery is the outbox row itself.
      const sandbox = sender({ providers: one(createSandboxProvider()), rules });
      await store.upsertCustomer({ ...camila, id: 'c_sandbox' });
      for (const j of ['sa', 'sb']) await sandbox({ customerId: 'c_sandbox' }, `${j}:n:1`);
      const inSandbox = await Promise.all(
        ['sx', 'sy', 'sz'].map((j) => sandbox({ customerId: 'c_sandbox' }, `${j}:n:1`)),
      );
      expect(inSandbox.map((r) => r.status).sort()).toEqual(['sent', 'suppressed', 'suppressed']);
    });

    it('the cap reached at night suppresses rather than defers; a deferred send that wakes to a full cap is suppressed', async () => {
      await store.upsertCustomer(camila);
      const provider = new CountingProvider('twilio');
      let now = NIGHT_SANTIAGO;
      const send = sender({ providers: one(provider), rules, now: () => now });
      // Deferred at night, while the cap still has room.
      expect(await send({ flowId: 'f_late' }, 'jl:n:1')).toMatchObject({ status: 'deferred', reason: 'quiet_hours' });
      // The cap fills up by the morning.
      now = NOON_SANTIAGO;
      for (const j of ['ja', 'jb', 'jc']) expect((await send({ flowId: `f_${j}` }, `${j}:n:1`)).status).toBe('sent');
      // The deferred send wakes to a full cap: suppressed, the deferral kept in its history.
      expect(await send({ flowId: 'f_late' }, 'jl:n:1', 2)).toMatchObject({
        status: 'suppressed',
        reason: 'frequency_cap',
      });
      expect((await store.getOutbound('jl:n:1'))?.history?.map((h) => [h.status, h.reason ?? null])).toEqual([
        ['deferred', 'quiet_hours'],
        ['suppressed', 'frequency_cap'],
      ]);
      // With the cap full, a send at night is suppressed, not deferred (the cap comes before quiet hours).
      now = NIGHT_SANTIAGO + 86_400_000;
      expect(await send({ flowId: 'f_night' }, 'jn:n:1')).toMatchObject({
        status: 'suppressed',
        reason: 'frequency_cap',
      });
      expect(provider.sent).toHaveLength(3);
    });

    it('a customer without a phone on a real provider: suppressed no_address, or the email fallback', async () => {
      await store.upsertCustomer({ id: 'c_sin_fono', email: 'x@example.cl', timeZone: 'America/Santiago' });
      const provider = new CountingProvider('twilio');
      const send = sender({ providers: one(provider), rules });
      expect(await send({ customerId: 'c_sin_fono' }, 'j11:n_a:1')).toMatchObject({
        status: 'suppressed',
        reason: 'no_address',
      });
      expect(await send({ customerId: 'c_sin_fono', fallbackChannel: 'email' }, 'j11:n_b:1')).toMatchObject({
        status: 'sent',
        channel: 'email',
        reason: 'no_address',
      });
    });
  });

  describe('delivery status flows back into the outbox and the timeline', () => {
    it('Twilio status callbacks move the message forward only; the timeline shows both directions', async () => {
      await store.upsertCustomer(camila);
      const provider = new CountingProvider('twilio');
      const send = sender({ providers: one(provider) });
      const sent = await send({}, 'j12:n_send:1');
      const callback = (status: string) =>
        parseTwilioStatus({ rawBody: `MessageSid=${sent.messageId}&MessageStatus=${status}` });
      expect(await applyDeliveryUpdates(store, callback('delivered'))).toBe(1);
      expect(await applyDeliveryUpdates(store, callback('read'))).toBe(1);
      expect(await applyDeliveryUpdates(store, callback('delivered'))).toBe(0); // late receipt: ignored
      expect(
        await applyDeliveryUpdates(store, parseTwilioStatus({ rawBody: 'MessageSid=SMunknown&MessageStatus=read' })),
      ).toBe(0);
      expect((await store.getOutbound('j12:n_send:1'))?.status).toBe('read');
      await store.putInbound({
        customerId: 'c_camila',
        channel: 'sms',
        provider: 'twilio',
        providerMessageId: 'SMreply',
        from: '+56912345678',
        text: 'Gracias!',
        receivedAt: new Date(Date.now() + 1_000).toISOString(),
      });
      const timeline = await store.listTimeline('c_camila');
      expect(timeline.map((t) => [t.direction, t.status, t.text])).toEqual([
        ['out', 'read', 'Hola Camila, tu pedido va en camino 🚚'],
        ['in', 'received', 'Gracias!'],
      ]);
    });
  });
});
