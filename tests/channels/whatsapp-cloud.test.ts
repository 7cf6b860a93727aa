import { createHmac } from 'node:crypto';
import {
  createProviders,
  type OutgoingMessage,
  ProviderError,
  type Providers,
  parseWhatsAppInbound,
  parseWhatsAppStatus,
  verifyWhatsAppSignature,
  verifyWhatsAppSubscription,
} from '@ruta/workers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Answer, type FakeServer, fakeServer, rejection } from './support';

let answer: () => Answer = () => ({ status: 200, body: {} });
let fake: FakeServer;
let plain: Providers;
let templated: Providers;

beforeAll(async () => {
  fake = await fakeServer(() => answer());
  const base = {
    token: 'EAAG-token',
    phoneNumberId: '106540352242922',
    apiBase: `${fake.url}/v21.0`,
    timeoutMs: 1_000,
  };
  plain = createProviders({ providers: { whatsapp: 'whatsapp-cloud' }, whatsappCloud: base });
  templated = createProviders({
    providers: { whatsapp: 'whatsapp-cloud' },
    whatsappCloud: { ...base, template: { name: 'ruta_aviso', language: { es: 'es_CL', en: 'en_US' } } },
  });
});
afterAll(async () => {
  await plain.close();
  await templated.close();
  await fake.close();
});

const accepted = (id: string): Answer => ({
  status: 200,
  body: {
    messaging_product: 'whatsapp',
    contacts: [{ input: '+56912345678', wa_id: '56912345678' }],
    messages: [{ id }],
  },
});

const msg = (over: Partial<OutgoingMessage> = {}): OutgoingMessage => ({
  idempotencyKey: 'j_wa:n_send:1',
  channel: 'whatsapp',
  to: '+56 9 1234 5678',
  text: 'Hola Camila 👋 tu pedido llegó mañana ¿todo bien?',
  locale: 'es',
  customerId: 'c_camila',
  transactional: true,
  ...over,
});

describe('WhatsApp Cloud API, checked against the documented request format on a local server', () => {
  it('a text message: POST /{phone-number-id}/messages with a bearer token and the JSON body', async () => {
    answer = () => accepted('wamid.HBgLNTY5MTIzNDU2NzgVAgARGBI');
    const receipt = await plain.for('whatsapp').send(msg());
    expect(receipt.providerMessageId).toBe('wamid.HBgLNTY5MTIzNDU2NzgVAgARGBI');
    const req = fake.requests.at(-1)!;
    expect(req.method).toBe('POST');
    expect(req.path).toBe('/v21.0/106540352242922/messages');
    expect(req.headers.authorization).toBe('Bearer EAAG-token');
    expect(req.headers['content-type']).toBe('application/json');
    expect(JSON.parse(req.body)).toEqual({
      messaging_product: 'whatsapp',
      recipient_type: 'individual',
      to: '56912345678',
      type: 'text',
      text: { preview_url: false, body: 'Hola Camila 👋 tu pedido llegó mañana ¿todo bien?' },
    });
  });

  it('a proactive message with a configured template: type template, language per customer, the text as {{1}}', async () => {
    answer = () => accepted('wamid.tpl');
    await templated.for('whatsapp').send(msg({ transactional: false, locale: 'es' }));
    expect(JSON.parse(fake.requests.at(-1)!.body)).toEqual({
      messaging_product: 'whatsapp',
      recipient_type: 'individual',
      to: '56912345678',
      type: 'template',
      template: {
        name: 'ruta_aviso',
        language: { code: 'es_CL' },
        components: [
          { type: 'body', parameters: [{ type: 'text', text: 'Hola Camila 👋 tu pedido llegó mañana ¿todo bien?' }] },
        ],
      },
    });
  });

  it('maps Graph errors by code: undeliverable, opted out of marketing, re-engagement (template), rate limits, 5xx', async () => {
    const err = (status: number, code: number, headers: Record<string, string> = {}): Answer => ({
      status,
      headers,
      body: { error: { message: `error ${code}`, type: 'OAuthException', code, fbtrace_id: 'AbC' } },
    });
    const cases: [Answer, Partial<ProviderError>][] = [
      [err(400, 131026), { type: 'InvalidRecipient', retryable: false }],
      [err(400, 131050), { type: 'OptedOut', retryable: false }],
      [err(400, 131047), { type: 'TemplateRejected', retryable: false }],
      [err(404, 132001), { type: 'TemplateRejected', retryable: false }],
      [err(401, 190), { type: 'ProviderAuth', retryable: false }],
      [err(429, 130429, { 'retry-after': '12' }), { type: 'RateLimited', retryable: true, retryAfterMs: 12_000 }],
      [err(400, 131056), { type: 'RateLimited', retryable: true, retryAfterMs: 60_000 }],
      [err(500, 131000), { type: 'ProviderUnavailable', retryable: true }],
    ];
    for (const [a, expected] of cases) {
      answer = () => a;
      const e = await rejection<ProviderError>(plain.for('whatsapp').send(msg()));
      expect(e).toBeInstanceOf(ProviderError);
      expect(e).toMatchObject({ accepted: 'no', ...expected });
    }
  });

  it('has no lookup: an interrupted send cannot be confirmed, so it is never resent', () => {
    expect(plain.for('whatsapp').lookup).toBeUndefined();
  });
});

describe('WhatsApp Cloud webhooks: X-Hub-Signature-256 with a real HMAC, messages and statuses', () => {
  const secret = 'app-secret-ñ';
  const payload = {
    object: 'whatsapp_business_account',
    entry: [
      {
        id: '102290129340398',
        changes: [
          {
            field: 'messages',
            value: {
              messaging_product: 'whatsapp',
              metadata: { display_phone_number: '15550783881', phone_number_id: '106540352242922' },
              contacts: [{ profile: { name: 'Camila Rojas' }, wa_id: '56912345678' }],
              messages: [
                {
                  from: '56912345678',
                  id: 'wamid.in1',
                  timestamp: '1781103600',
                  type: 'text',
                  text: { body: 'Llegó roto 😡' },
                },
                {
                  from: '56912345678',
                  id: 'wamid.in2',
                  timestamp: '1781103601',
                  type: 'interactive',
                  interactive: { type: 'button_reply', button_reply: { id: 'b1', title: 'Hablar con alguien' } },
                },
              ],
              statuses: [
                { id: 'wamid.out1', status: 'read', timestamp: '1781103602', recipient_id: '56912345678' },
                {
                  id: 'wamid.out2',
                  status: 'failed',
                  timestamp: '1781103603',
                  recipient_id: '56912345678',
                  errors: [{ code: 131026, title: 'Message undeliverable' }],
                },
              ],
            },
          },
        ],
      },
    ],
  };
  const rawBody = JSON.stringify(payload);
  const signature = `sha256=${createHmac('sha256', secret).update(rawBody, 'utf8').digest('hex')}`;

  it('verifies the signature of the raw body and refuses any change', () => {
    expect(verifyWhatsAppSignature(secret, { rawBody, headers: { 'x-hub-signature-256': signature } })).toBe(true);
    expect(
      verifyWhatsAppSignature(secret, {
        rawBody: rawBody.replace('roto', 'bien'),
        headers: { 'x-hub-signature-256': signature },
      }),
    ).toBe(false);
    expect(verifyWhatsAppSignature('otro', { rawBody, headers: { 'x-hub-signature-256': signature } })).toBe(false);
    expect(verifyWhatsAppSignature(secret, { rawBody, headers: {} })).toBe(false);
  });

  it('answers the subscription check only with the right verify token', () => {
    const q = new URLSearchParams({
      'hub.mode': 'subscribe',
      'hub.verify_token': 'tok',
      'hub.challenge': '1158201444',
    });
    expect(verifyWhatsAppSubscription(q, 'tok')).toBe('1158201444');
    expect(verifyWhatsAppSubscription(q, 'otro')).toBeNull();
  });

  it('parses the customer messages and the delivery statuses', () => {
    expect(parseWhatsAppInbound({ rawBody })).toEqual([
      {
        provider: 'whatsapp-cloud',
        providerMessageId: 'wamid.in1',
        channel: 'whatsapp',
        from: '+56912345678',
        to: '+15550783881',
        text: 'Llegó roto 😡',
        name: 'Camila Rojas',
        receivedAt: new Date(1781103600 * 1000).toISOString(),
      },
      expect.objectContaining({ providerMessageId: 'wamid.in2', text: 'Hablar con alguien' }),
    ]);
    expect(parseWhatsAppStatus({ rawBody })).toEqual([
      {
        provider: 'whatsapp-cloud',
        providerMessageId: 'wamid.out1',
        status: 'read',
        at: new Date(1781103602000).toISOString(),
      },
      {
        provider: 'whatsapp-cloud',
        providerMessageId: 'wamid.out2',
        status: 'failed',
        reason: 'failed:131026',
        at: new Date(1781103603000).toISOString(),
      },
    ]);
  });
});
