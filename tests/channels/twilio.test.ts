import {
  createProviders,
  type OutgoingMessage,
  ProviderError,
  type Providers,
  parseTwilioInbound,
  parseTwilioStatus,
  twilioSignature,
  verifyTwilioSignature,
} from '@ruta/workers';
import twilio from 'twilio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Answer, type FakeServer, fakeServer, form, rejection } from './support';

const SID = 'AC0123456789abcdef0123456789abcdef';
const TOKEN = 'a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6';
let answer: (path: string) => Answer = () => ({ status: 201, body: { sid: 'SM0001', status: 'queued' } });
let fake: FakeServer;
let providers: Providers;

beforeAll(async () => {
  fake = await fakeServer((req) => answer(req.path));
  providers = createProviders({
    providers: { sms: 'twilio', whatsapp: 'twilio', voice: 'twilio' },
    twilio: {
      accountSid: SID,
      authToken: TOKEN,
      apiBase: fake.url,
      fromSms: '+15005550006',
      fromWhatsapp: '+14155238886',
      statusCallbackUrl: 'https://ruta.example.cl/v1/channels/twilio/status',
      voiceLanguage: { es: 'es-MX' },
      brand: 'Tienda Ñandú',
      timeoutMs: 1_000,
    },
  });
});
afterAll(async () => {
  await providers.close();
  await fake.close();
});

const msg = (over: Partial<OutgoingMessage> = {}): OutgoingMessage => ({
  idempotencyKey: 'j_tw:n_sms:1',
  channel: 'sms',
  to: '+56 9 1234 5678',
  text: 'Hola Camila, tu pago de $25.990 está pendiente ¿lo revisamos? 😀',
  locale: 'es',
  customerId: 'c_camila',
  customerName: 'Camila',
  transactional: false,
  ...over,
});

describe('Twilio Messages and Calls, checked against the documented request format on a local server', () => {
  it('SMS: POST …/Accounts/{sid}/Messages.json, basic auth, form body, I-Twilio-Idempotency-Token', async () => {
    answer = () => ({ status: 201, body: { sid: 'SM1111', status: 'queued' } });
    const receipt = await providers.for('sms').send(msg());
    expect(receipt).toEqual({ providerMessageId: 'SM1111', providerStatus: 'queued' });
    const req = fake.requests.at(-1)!;
    expect(req.method).toBe('POST');
    expect(req.path).toBe(`/2010-04-01/Accounts/${SID}/Messages.json`);
    expect(req.headers.authorization).toBe(`Basic ${Buffer.from(`${SID}:${TOKEN}`).toString('base64')}`);
    expect(req.headers['content-type']).toBe('application/x-www-form-urlencoded');
    expect(req.headers['i-twilio-idempotency-token']).toBe('j_tw:n_sms:1');
    expect(form(req.body)).toEqual({
      To: '+56912345678',
      From: '+15005550006',
      Body: 'Hola Camila, tu pago de $25.990 está pendiente ¿lo revisamos? 😀',
      StatusCallback: 'https://ruta.example.cl/v1/channels/twilio/status',
    });
  });

  it('WhatsApp: the same endpoint with whatsapp: addresses', async () => {
    answer = () => ({ status: 201, body: { sid: 'SM2222', status: 'queued' } });
    await providers.for('whatsapp').send(msg({ channel: 'whatsapp', idempotencyKey: 'j_tw:n_wa:1' }));
    const req = fake.requests.at(-1)!;
    expect(req.path).toBe(`/2010-04-01/Accounts/${SID}/Messages.json`);
    expect(req.headers['i-twilio-idempotency-token']).toBe('j_tw:n_wa:1');
    expect(form(req.body)).toMatchObject({ To: 'whatsapp:+56912345678', From: 'whatsapp:+14155238886' });
  });

  it('WhatsApp proactive with a Content template: ContentSid and ContentVariables in the customer’s language', async () => {
    const p = createProviders({
      providers: { whatsapp: 'twilio' },
      twilio: {
        accountSid: SID,
        authToken: TOKEN,
        apiBase: fake.url,
        fromWhatsapp: '+14155238886',
        whatsappContentSid: { es: 'HXes000', en: 'HXen000' },
      },
    });
    answer = () => ({ status: 201, body: { sid: 'SM3333', status: 'queued' } });
    await p.for('whatsapp').send(msg({ channel: 'whatsapp', locale: 'en', text: 'Your order shipped' }));
    const body = form(fake.requests.at(-1)!.body);
    expect(body.ContentSid).toBe('HXen000');
    expect(JSON.parse(body.ContentVariables!)).toEqual({ 1: 'Your order shipped' });
    expect(body.Body).toBeUndefined();
    await p.close();
  });

  it('voice: POST …/Calls.json with TwiML that says the text in the customer’s language, XML-escaped', async () => {
    answer = () => ({ status: 201, body: { sid: 'CA4444', status: 'queued' } });
    const receipt = await providers
      .for('voice')
      .send(msg({ channel: 'voice', idempotencyKey: 'j_tw:n_call:1', text: 'Su pago de <$25.990> & más' }));
    expect(receipt.providerMessageId).toBe('CA4444');
    const req = fake.requests.at(-1)!;
    expect(req.path).toBe(`/2010-04-01/Accounts/${SID}/Calls.json`);
    expect(req.headers['i-twilio-idempotency-token']).toBe('j_tw:n_call:1');
    const body = form(req.body);
    expect(body).toMatchObject({ To: '+56912345678', From: '+15005550006' });
    expect(body.Twiml).toBe(
      '<Response><Say language="es-MX">Hola Camila, le habla Tienda Ñandú.</Say>' +
        '<Say language="es-MX">Su pago de &lt;$25.990&gt; &amp; más</Say><Pause length="1"/>' +
        '<Say language="es-MX">Repito: Su pago de &lt;$25.990&gt; &amp; más</Say></Response>',
    );
  });

  it('maps Twilio errors: invalid number, opted out, template needed (for good); 429 with Retry-After; 5xx', async () => {
    const cases: [Answer, Partial<ProviderError>][] = [
      [
        { status: 400, body: { code: 21211, message: "The 'To' number is not valid.", status: 400 } },
        { type: 'InvalidRecipient', retryable: false, providerCode: 21211 },
      ],
      [
        { status: 400, body: { code: 21610, message: 'Attempt to send to unsubscribed recipient', status: 400 } },
        { type: 'OptedOut', retryable: false },
      ],
      [
        { status: 400, body: { code: 63016, message: 'Outside the allowed window', status: 400 } },
        { type: 'TemplateRejected', retryable: false },
      ],
      [
        { status: 401, body: { code: 20003, message: 'Authenticate', status: 401 } },
        { type: 'ProviderAuth', retryable: false },
      ],
      [
        {
          status: 429,
          headers: { 'retry-after': '7' },
          body: { code: 20429, message: 'Too Many Requests', status: 429 },
        },
        { type: 'RateLimited', retryable: true, retryAfterMs: 7_000 },
      ],
      [
        { status: 503, body: { message: 'Service unavailable' } },
        { type: 'ProviderUnavailable', retryable: true, accepted: 'no' },
      ],
    ];
    for (const [a, expected] of cases) {
      answer = () => a;
      const err = await rejection<ProviderError>(providers.for('sms').send(msg()));
      expect(err).toBeInstanceOf(ProviderError);
      expect(err).toMatchObject({ accepted: 'no', ...expected });
    }
  });

  it('no answer in time: ProviderTimeout, and the message may have gone out (accepted: unknown)', async () => {
    answer = () => ({ status: 201, body: { sid: 'SMlate' }, delayMs: 3_000 });
    const err = await rejection<ProviderError>(providers.for('sms').send(msg()));
    expect(err).toMatchObject({ type: 'ProviderTimeout', retryable: true, accepted: 'unknown' });
  });

  it('lookup lists messages from our sender to the customer and matches the body', async () => {
    const created = new Date(Date.now() - 5_000).toUTCString();
    answer = () => ({
      status: 200,
      body: {
        messages: [
          { sid: 'SMother', body: 'otro mensaje', status: 'delivered', date_created: created },
          { sid: 'SM5555', body: msg().text, status: 'sent', date_created: created },
        ],
      },
    });
    const provider = providers.for('sms');
    const found = await provider.lookup!(msg(), { since: Date.now() - 10_000 });
    expect(found).toEqual({ found: true, receipt: { providerMessageId: 'SM5555', providerStatus: 'sent' } });
    const req = fake.requests.at(-1)!;
    expect(req.method).toBe('GET');
    expect(req.path).toBe(`/2010-04-01/Accounts/${SID}/Messages.json`);
    expect(Object.fromEntries(req.query)).toEqual({ To: '+56912345678', From: '+15005550006', PageSize: '50' });
    expect(await provider.lookup!(msg({ text: 'nunca enviado' }), { since: Date.now() })).toEqual({ found: false });
  });
});

describe('Twilio webhooks: X-Twilio-Signature with real HMACs, inbound messages, status callbacks', () => {
  const url = 'https://ruta.example.cl/v1/channels/twilio/inbound?tenant=cl';
  const params = {
    MessageSid: 'SM9f0c',
    AccountSid: SID,
    From: 'whatsapp:+56912345678',
    To: 'whatsapp:+14155238886',
    Body: 'Sí, ¡ya pagué! 👍',
    ProfileName: 'Camila Rojas',
    NumMedia: '0',
  };
  const rawBody = new URLSearchParams(params).toString();

  it('our signature equals the twilio package’s, and each verifies the other', () => {
    const ours = twilioSignature(TOKEN, url, { ...params });
    expect(ours).toBe(twilio.getExpectedTwilioSignature(TOKEN, url, params));
    expect(twilio.validateRequest(TOKEN, ours, url, params)).toBe(true);
    const theirs = twilio.getExpectedTwilioSignature(TOKEN, url, params);
    expect(verifyTwilioSignature(TOKEN, { url, rawBody, headers: { 'x-twilio-signature': theirs } })).toBe(true);
  });

  it('rejects a changed body, a wrong token, a missing header; accepts the URL signed with its default port', () => {
    const sig = twilioSignature(TOKEN, url, params);
    const tampered = new URLSearchParams({ ...params, Body: 'No pagué' }).toString();
    expect(verifyTwilioSignature(TOKEN, { url, rawBody: tampered, headers: { 'x-twilio-signature': sig } })).toBe(
      false,
    );
    expect(verifyTwilioSignature('0'.repeat(32), { url, rawBody, headers: { 'x-twilio-signature': sig } })).toBe(false);
    expect(verifyTwilioSignature(TOKEN, { url, rawBody, headers: {} })).toBe(false);
    const withPort = 'https://ruta.example.cl:443/v1/channels/twilio/inbound?tenant=cl';
    const sigWithPort = twilio.getExpectedTwilioSignature(TOKEN, withPort, params);
    expect(verifyTwilioSignature(TOKEN, { url, rawBody, headers: { 'x-twilio-signature': sigWithPort } })).toBe(true);
  });

  it('parses an inbound WhatsApp message', () => {
    expect(parseTwilioInbound({ rawBody }, Date.parse('2026-06-10T15:00:00Z'))).toEqual([
      {
        provider: 'twilio',
        providerMessageId: 'SM9f0c',
        channel: 'whatsapp',
        from: '+56912345678',
        to: '+14155238886',
        text: 'Sí, ¡ya pagué! 👍',
        name: 'Camila Rojas',
        receivedAt: '2026-06-10T15:00:00.000Z',
      },
    ]);
    const sms = new URLSearchParams({ MessageSid: 'SM1', From: '+56911112222', To: '+15005550006', Body: 'STOP' });
    expect(parseTwilioInbound({ rawBody: sms.toString() })[0]).toMatchObject({ channel: 'sms', text: 'STOP' });
  });

  it('parses status callbacks for messages and calls; intermediate statuses give nothing', () => {
    const body = (p: Record<string, string>) => ({ rawBody: new URLSearchParams(p).toString() });
    expect(parseTwilioStatus(body({ MessageSid: 'SM1111', MessageStatus: 'delivered' }))).toEqual([
      { provider: 'twilio', providerMessageId: 'SM1111', status: 'delivered' },
    ]);
    expect(parseTwilioStatus(body({ MessageSid: 'SM1111', MessageStatus: 'undelivered', ErrorCode: '30003' }))).toEqual(
      [{ provider: 'twilio', providerMessageId: 'SM1111', status: 'failed', reason: 'undelivered:30003' }],
    );
    expect(parseTwilioStatus(body({ MessageSid: 'SM1111', MessageStatus: 'sending' }))).toEqual([]);
    expect(parseTwilioStatus(body({ CallSid: 'CA4444', CallStatus: 'completed' }))).toEqual([
      { provider: 'twilio', providerMessageId: 'CA4444', status: 'delivered' },
    ]);
    expect(parseTwilioStatus(body({ CallSid: 'CA4444', CallStatus: 'no-answer' }))[0]).toMatchObject({
      status: 'failed',
    });
  });
});
