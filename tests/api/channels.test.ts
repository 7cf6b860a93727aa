// Inbound webhooks: signatures checked before anything is stored, messages stored once per provider id, and
// delivered to waiting journeys; strangers and messages nobody waits for are kept and visible.
import { Writable } from 'node:stream';
import { createApp, hmacSha256Header, SANDBOX_SIGNATURE_TOLERANCE_S, sandboxSignatureHeader } from '@ruta/api';
import { listTimeline, queryRows, sql } from '@ruta/db';
import { createLogger } from '@ruta/log';
import twilio from 'twilio';
import { describe, expect, it } from 'vitest';
import { expectProblem, SANDBOX_SECRET, TWILIO_TOKEN, WHATSAPP_SECRET, WHATSAPP_VERIFY, withApi } from './support';

const api = withApi({ worker: false });

async function messageCount(): Promise<number> {
  const [row] = await queryRows<{ n: number }>(api.db.db, sql`select count(*)::int as n from messages`);
  return row!.n;
}

const sandbox = (raw: string, signature: string | null) =>
  api.call<{ customerId: string; duplicate: boolean; known: boolean; journeys: unknown[]; messageId: string }>(
    'POST',
    '/v1/channels/sandbox/inbound',
    { key: null, body: raw, headers: signature === null ? {} : { 'x-ruta-signature': signature } },
  );

describe('sandbox webhook', () => {
  it('refuses a bad or missing signature with 401 and stores nothing', async () => {
    const before = await messageCount();
    const raw = JSON.stringify({ customerId: 'c_sig', text: 'hola', messageId: 'm-sig' });
    expectProblem(await sandbox(raw, sandboxSignatureHeader('wrong-secret', raw)), 401);
    expectProblem(await sandbox(raw, null), 401);
    // A valid signature of another body does not pass either.
    expectProblem(await sandbox(raw, sandboxSignatureHeader(SANDBOX_SECRET, `${raw} `)), 401);
    // The old form without a timestamp is refused: it could be replayed for ever.
    expectProblem(await sandbox(raw, hmacSha256Header(SANDBOX_SECRET, raw)), 401);
    expect(await messageCount()).toBe(before);
  });

  it('refuses a signature older (or newer) than the replay window, saying so', async () => {
    const before = await messageCount();
    const raw = JSON.stringify({ customerId: 'c_replay', text: 'hola', messageId: 'm-replay' });
    const window = (SANDBOX_SIGNATURE_TOLERANCE_S + 5) * 1000;
    for (const at of [Date.now() - window, Date.now() + window]) {
      const p = expectProblem(await sandbox(raw, sandboxSignatureHeader(SANDBOX_SECRET, raw, at)), 401);
      expect(p.detail).toContain('timestamp');
    }
    // Inside the window (a client clock a minute off) it passes.
    const ok = await sandbox(raw, sandboxSignatureHeader(SANDBOX_SECRET, raw, Date.now() - 60_000));
    expect(ok.status, ok.text).toBe(200);
    expect(await messageCount()).toBe(before + 1);
  });

  it('stores a message nobody waits for (visible in the timeline), once per message id', async () => {
    const raw = JSON.stringify({ customerId: 'c_idle', text: '¿hola?', messageId: 'm-idle-1' });
    const first = await sandbox(raw, sandboxSignatureHeader(SANDBOX_SECRET, raw));
    expect(first.status, first.text).toBe(200);
    expect(first.body).toMatchObject({ customerId: 'c_idle', duplicate: false, journeys: [] });
    const again = await sandbox(raw, sandboxSignatureHeader(SANDBOX_SECRET, raw));
    expect(again.body).toMatchObject({ duplicate: true, messageId: first.body.messageId });
    const timeline = await api.call<{ messages: { direction: string; text: string; provider: string }[] }>(
      'GET',
      '/v1/customers/c_idle/timeline',
    );
    expect(timeline.body.messages).toEqual([
      expect.objectContaining({ direction: 'in', text: '¿hola?', provider: 'sandbox' }),
    ]);
  });

  it('validates the body after the signature, naming the field', async () => {
    const raw = JSON.stringify({ customerId: 'c_x' });
    const p = expectProblem(await sandbox(raw, sandboxSignatureHeader(SANDBOX_SECRET, raw)), 422);
    expect(p.errors).toContainEqual(expect.objectContaining({ path: 'text', message: expect.any(String) }));
  });
});

describe('Twilio webhook', () => {
  const url = 'http://localhost/v1/channels/twilio/inbound';
  const form = (params: Record<string, string>) => new URLSearchParams(params).toString();
  const post = (params: Record<string, string>, signature: string) =>
    api.call('POST', '/v1/channels/twilio/inbound', {
      key: null,
      body: form(params),
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-twilio-signature': signature },
    });

  it('accepts a message signed as Twilio signs it, finds the customer by phone, and answers TwiML', async () => {
    await api.call('PUT', '/v1/customers/c_twilio', { body: { name: 'Ana', phone: '+56 9 2222 3333' } });
    const params = { MessageSid: 'SM-1', From: 'whatsapp:+56922223333', To: 'whatsapp:+14155238886', Body: 'Gracias!' };
    // The signature the official twilio package computes for this request.
    const signature = twilio.getExpectedTwilioSignature(TWILIO_TOKEN, url, params);
    const r = await post(params, signature);
    expect(r.status, r.text).toBe(200);
    expect(r.headers.get('content-type')).toContain('text/xml');
    expect(r.text).toContain('<Response>');
    const stored = await listTimeline(api.db.db, 'c_twilio');
    expect(stored).toEqual([
      expect.objectContaining({
        direction: 'in',
        channel: 'whatsapp',
        provider: 'twilio',
        body: 'Gracias!',
        providerMessageId: 'SM-1',
      }),
    ]);
  });

  it('refuses a bad signature with 401 and stores nothing', async () => {
    const before = await messageCount();
    const params = { MessageSid: 'SM-2', From: '+56922223333', Body: 'hola' };
    expectProblem(await post(params, twilio.getExpectedTwilioSignature('another-token', url, params)), 401);
    expect(await messageCount()).toBe(before);
  });
});

describe('WhatsApp Cloud API webhook', () => {
  it('answers the subscription handshake only with the right verify token', async () => {
    const ok = await api.call(
      'GET',
      `/v1/channels/whatsapp/inbound?hub.mode=subscribe&hub.verify_token=${WHATSAPP_VERIFY}&hub.challenge=1158201444`,
      { key: null },
    );
    expect(ok.status).toBe(200);
    expect(ok.text).toBe('1158201444');
    expectProblem(
      await api.call('GET', '/v1/channels/whatsapp/inbound?hub.mode=subscribe&hub.verify_token=nope&hub.challenge=1', {
        key: null,
      }),
      403,
    );
  });

  const notification = (from: string, id: string, text: string) =>
    JSON.stringify({
      object: 'whatsapp_business_account',
      entry: [
        {
          id: 'WABA',
          changes: [
            {
              field: 'messages',
              value: {
                messaging_product: 'whatsapp',
                contacts: [{ profile: { name: 'X' }, wa_id: from }],
                messages: [{ from, id, timestamp: '1767225600', type: 'text', text: { body: text } }],
              },
            },
          ],
        },
      ],
    });

  it('keeps a message from an unknown number under unknown:<phone>, visible in that timeline', async () => {
    const raw = notification('56933334444', 'wamid.1', 'quién es?');
    const r = await api.call<{ messages: { customerId: string; known: boolean }[] }>(
      'POST',
      '/v1/channels/whatsapp/inbound',
      {
        key: null,
        body: raw,
        headers: { 'x-hub-signature-256': hmacSha256Header(WHATSAPP_SECRET, raw) },
      },
    );
    expect(r.status, r.text).toBe(200);
    expect(r.body.messages).toEqual([expect.objectContaining({ customerId: 'unknown:+56933334444', known: false })]);
    const t = await api.call<{ messages: { text: string; at: string }[] }>(
      'GET',
      `/v1/customers/${encodeURIComponent('unknown:+56933334444')}/timeline`,
    );
    expect(t.body.messages).toEqual([expect.objectContaining({ text: 'quién es?', at: '2026-01-01T00:00:00.000Z' })]);
  });

  it('refuses a bad signature with 401 and stores nothing', async () => {
    const before = await messageCount();
    const raw = notification('56933334444', 'wamid.2', 'x');
    expectProblem(
      await api.call('POST', '/v1/channels/whatsapp/inbound', {
        key: null,
        body: raw,
        headers: { 'x-hub-signature-256': hmacSha256Header('not-the-secret', raw) },
      }),
      401,
    );
    expect(await messageCount()).toBe(before);
  });

  it('answers 404 for a provider Ruta does not have', async () => {
    expectProblem(await api.call('POST', '/v1/channels/pigeon/inbound', { key: null, body: {} }), 404);
  });
});

describe('webhooks of providers without secrets', () => {
  it('answer a short 503 problem per request, logging nothing per request and one warning at start', async () => {
    const logged: { level: string; msg: string; providers?: string[] }[] = [];
    const destination = new Writable({
      write(chunk, _encoding, done) {
        logged.push(JSON.parse(chunk.toString()));
        done();
      },
    });
    const app = createApp({
      db: api.db.db,
      temporal: { client: api.server.client, taskQueue: 'unused' },
      config: { twilioAuthToken: undefined, whatsappAppSecret: undefined, whatsappVerifyToken: undefined },
      logger: createLogger({ component: 'test', level: 'info', destination }),
    });
    expect(logged).toHaveLength(1);
    expect(logged[0]?.level).toBe('warn');
    expect(logged[0]?.providers?.join(' ')).toMatch(/TWILIO_AUTH_TOKEN.*WHATSAPP_APP_SECRET.*WHATSAPP_VERIFY_TOKEN/);
    for (let i = 0; i < 20; i++) {
      const twilio = await app.request('/v1/channels/twilio/inbound', {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: 'MessageSid=SM1&From=%2B56911112222&Body=hola',
      });
      expect(twilio.status).toBe(503);
      expect(await twilio.json()).toMatchObject({ type: '/docs#problem-provider-not-configured' });
      const whatsapp = await app.request('/v1/channels/whatsapp/inbound', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{}',
      });
      expect(whatsapp.status).toBe(503);
    }
    // Each request writes its access line (info); none adds a warning or an error.
    expect(logged.filter((l) => l.level !== 'info')).toHaveLength(1);
  });
});
