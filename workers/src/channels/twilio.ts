import { createHmac } from 'node:crypto';
import { ProviderError, type ProviderErrorType } from './errors';
import { formBody, type HttpAnswer, httpError, request } from './http';
import { safeEqual } from './sandbox';
import { CHANNEL_TEXTS, localized } from './templates';
import type {
  Channel,
  ChannelProvider,
  DeliveryUpdate,
  InboundMessage,
  LookupResult,
  OutgoingMessage,
  SendOptions,
  WebhookRequest,
} from './types';

/** Twilio settings; `TWILIO_*` in the environment. */
export interface TwilioConfig {
  accountSid: string;
  authToken: string;
  /** `https://api.twilio.com` unless a test points it at a local server. */
  apiBase?: string;
  /** Sender for SMS (and calls, unless `fromVoice`), E.164. */
  fromSms?: string;
  /** WhatsApp sender, E.164 (the `whatsapp:` prefix is added). */
  fromWhatsapp?: string;
  fromVoice?: string;
  /** Where Twilio posts delivery statuses (the API's status-callback URL). */
  statusCallbackUrl?: string;
  /** An approved WhatsApp Content template per language with one variable `{{1}}` for the text (proactive sends). */
  whatsappContentSid?: Partial<Record<'es' | 'en', string>>;
  /** `<Say>` language per customer language (default es-MX, en-US). */
  voiceLanguage?: Partial<Record<'es' | 'en', string>>;
  brand?: string;
  timeoutMs?: number;
}

/**
 * Twilio error codes with a meaning beyond their HTTP status.
 * https://www.twilio.com/docs/api/errors
 */
const TWILIO_CODES: Record<number, ProviderErrorType> = {
  21211: 'InvalidRecipient', // Invalid 'To' phone number
  21217: 'InvalidRecipient', // Phone number does not appear to be valid
  21401: 'InvalidRecipient', // Invalid phone number
  21408: 'InvalidRecipient', // Permission to send to this region is not enabled
  21612: 'InvalidRecipient', // The 'To' phone number is not currently reachable
  21614: 'InvalidRecipient', // 'To' number is not a valid mobile number
  63003: 'InvalidRecipient', // Channel could not find the To address
  63024: 'InvalidRecipient', // Invalid message recipient
  21610: 'OptedOut', // Attempt to send to unsubscribed recipient (replied STOP)
  63016: 'TemplateRejected', // Outside the WhatsApp 24-hour window: a template is required
  63027: 'TemplateRejected', // Template does not exist for this language
  63028: 'TemplateRejected', // Number of parameters does not match the template
  63030: 'TemplateRejected', // Unsupported parameter for the template
  21656: 'TemplateRejected', // ContentVariables are invalid
  20003: 'ProviderAuth', // Authentication error
  21606: 'ProviderAuth', // The 'From' number is not a valid, SMS-capable Twilio number
  21659: 'ProviderAuth', // 'From' is not a Twilio number
  63007: 'ProviderAuth', // No channel with the specified From address
  20429: 'RateLimited', // Too many requests
};

const e164 = (phone: string) => phone.replace(/^whatsapp:/, '').replace(/[\s().-]/g, '');

function addressFor(channel: Channel, phone: string): string {
  return channel === 'whatsapp' ? `whatsapp:${e164(phone)}` : e164(phone);
}

function xmlEscape(text: string): string {
  return text.replace(
    /[<>&'"]/g,
    (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c]!,
  );
}

/** Reads Twilio's error body (`{ code, message, more_info, status }`). */
function twilioError(answer: HttpAnswer): ProviderError {
  const body = (answer.json ?? {}) as { code?: number; message?: string };
  const type = body.code !== undefined ? TWILIO_CODES[body.code] : undefined;
  const message = `Twilio ${answer.status}${body.code ? ` (${body.code})` : ''}: ${body.message ?? answer.text.slice(0, 200)}`;
  return httpError(answer, message, type, body.code);
}

/**
 * SMS, WhatsApp and voice calls through Twilio's REST API (2010-04-01), form-encoded with basic auth. Every
 * create carries `I-Twilio-Idempotency-Token` with the engine's key. Calls speak the text with `<Say>` in the
 * customer's language.
 */
export function createTwilioProvider(config: TwilioConfig): ChannelProvider {
  const base = (config.apiBase ?? 'https://api.twilio.com').replace(/\/$/, '');
  const account = `${base}/2010-04-01/Accounts/${encodeURIComponent(config.accountSid)}`;
  const auth = `Basic ${Buffer.from(`${config.accountSid}:${config.authToken}`).toString('base64')}`;
  const brand = config.brand ?? 'Ruta';
  const fromFor = (channel: Channel): string => {
    const from =
      channel === 'whatsapp'
        ? config.fromWhatsapp
        : channel === 'voice'
          ? (config.fromVoice ?? config.fromSms)
          : config.fromSms;
    if (!from) {
      throw new ProviderError(
        'ProviderAuth',
        `Twilio has no sender for ${channel}: set TWILIO_FROM_${channel === 'whatsapp' ? 'WHATSAPP' : 'SMS'}`,
      );
    }
    return addressFor(channel, from);
  };
  const headers = (extra: Record<string, string> = {}) => ({
    authorization: auth,
    accept: 'application/json',
    ...extra,
  });

  const twiml = (m: OutgoingMessage) => {
    const language = config.voiceLanguage?.[m.locale] ?? (m.locale === 'es' ? 'es-MX' : 'en-US');
    const greeting = localized(CHANNEL_TEXTS.voiceGreeting, m.locale, { name: m.customerName ?? '', brand });
    const say = (text: string) => `<Say language="${language}">${xmlEscape(text)}</Say>`;
    return `<Response>${say(greeting)}${say(m.text)}<Pause length="1"/>${say(`${localized(CHANNEL_TEXTS.voiceRepeat, m.locale)} ${m.text}`)}</Response>`;
  };

  /** The form fields of a message or call create. */
  const createFields = (m: OutgoingMessage): Record<string, string | undefined> => {
    const common = {
      To: addressFor(m.channel, m.to),
      From: fromFor(m.channel),
      StatusCallback: config.statusCallbackUrl,
    };
    if (m.channel === 'voice') return { ...common, Twiml: twiml(m) };
    const contentSid = m.channel === 'whatsapp' && !m.transactional ? config.whatsappContentSid?.[m.locale] : undefined;
    if (contentSid) return { ...common, ContentSid: contentSid, ContentVariables: JSON.stringify({ 1: m.text }) };
    return { ...common, Body: m.text };
  };

  return {
    name: 'twilio',
    channels: ['sms', 'whatsapp', 'voice'],
    accepts: (_channel, to) => /^\+?[1-9]\d{6,14}$/.test(e164(to)),
    async send(m, options = {}) {
      const resource = m.channel === 'voice' ? 'Calls.json' : 'Messages.json';
      const answer = await request(
        `${account}/${resource}`,
        {
          method: 'POST',
          headers: headers({
            'content-type': 'application/x-www-form-urlencoded',
            'i-twilio-idempotency-token': m.idempotencyKey,
          }),
          body: formBody(createFields(m)),
        },
        {
          ...(options.signal ? { signal: options.signal } : {}),
          ...(config.timeoutMs ? { timeoutMs: config.timeoutMs } : {}),
        },
      );
      if (answer.status >= 400) throw twilioError(answer);
      const body = answer.json as { sid?: string; status?: string } | undefined;
      if (!body?.sid) {
        // 2xx without a sid: Twilio took something, but what is unclear; never resend it.
        throw new ProviderError('ProviderTimeout', `Twilio answered ${answer.status} without a sid`, {
          accepted: 'unknown',
        });
      }
      return { providerMessageId: body.sid, ...(body.status ? { providerStatus: body.status } : {}) };
    },
    /**
     * Twilio cannot be asked by idempotency token, so the lookup lists the newest messages (or calls) from our
     * sender to the customer and matches the body and creation time.
     */
    async lookup(m: OutgoingMessage, options: SendOptions = {}): Promise<LookupResult> {
      const voice = m.channel === 'voice';
      const query = new URLSearchParams({ To: addressFor(m.channel, m.to), From: fromFor(m.channel), PageSize: '50' });
      const answer = await request(
        `${account}/${voice ? 'Calls.json' : 'Messages.json'}?${query}`,
        { method: 'GET', headers: headers() },
        {
          ...(options.signal ? { signal: options.signal } : {}),
          ...(config.timeoutMs ? { timeoutMs: config.timeoutMs } : {}),
        },
      );
      if (answer.status >= 400) throw twilioError(answer);
      const list = ((answer.json as Record<string, unknown>)?.[voice ? 'calls' : 'messages'] ?? []) as {
        sid: string;
        body?: string;
        status?: string;
        date_created?: string;
      }[];
      const since = (options.since ?? 0) - 60_000;
      const found = list.find(
        (x) => (voice || x.body === m.text) && (!x.date_created || Date.parse(x.date_created) >= since),
      );
      return found
        ? {
            found: true,
            receipt: { providerMessageId: found.sid, ...(found.status ? { providerStatus: found.status } : {}) },
          }
        : { found: false };
    },
  };
}

/** The form fields of a Twilio webhook. */
export function twilioParams(rawBody: string): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [k, v] of new URLSearchParams(rawBody)) {
    const values = out[k] ?? [];
    values.push(v);
    out[k] = values;
  }
  return out;
}

function first(params: Record<string, string[]>, name: string): string | undefined {
  return params[name]?.[0];
}

/** Twilio's signature of a request: base64 HMAC-SHA1 of the URL followed by the sorted form fields. */
export function twilioSignature(authToken: string, url: string, params: Record<string, string[] | string>): string {
  let data = url;
  for (const key of Object.keys(params).sort()) {
    const values = params[key]!;
    for (const v of [...new Set(Array.isArray(values) ? values : [values])].sort()) data += key + v;
  }
  return createHmac('sha1', authToken).update(Buffer.from(data, 'utf8')).digest('base64');
}

/** The URL as received, without its port, and with the scheme's default port: Twilio may have signed any. */
function portVariants(url: string): string[] {
  const m = /^([a-z][a-z0-9+.-]*:\/\/)([^/?#@]*@)?(\[[^\]]*\]|[^/?#:]*)(:\d+)?(.*)$/i.exec(url);
  if (!m) return [url];
  const [, scheme = '', user = '', host = '', port, rest = ''] = m;
  const withDefault = scheme + user + host + (scheme.toLowerCase() === 'https://' ? ':443' : ':80') + rest;
  return [...new Set([url, scheme + user + host + rest, port ? url : withDefault])];
}

/**
 * Verifies `X-Twilio-Signature` on an inbound or status webhook (form-encoded POST) with the account's auth
 * token, as Twilio documents it (the same result as the `twilio` package's `validateRequest`).
 */
export function verifyTwilioSignature(authToken: string, req: WebhookRequest): boolean {
  const given = req.headers['x-twilio-signature'];
  if (!given) return false;
  const params = twilioParams(req.rawBody);
  return portVariants(req.url).some((url) => safeEqual(twilioSignature(authToken, url, params), given));
}

/** A customer's SMS or WhatsApp message posted by Twilio (`MessageSid`, `From`, `To`, `Body`, `ProfileName`). */
export function parseTwilioInbound(req: Pick<WebhookRequest, 'rawBody'>, now = Date.now()): InboundMessage[] {
  const p = twilioParams(req.rawBody);
  const sid = first(p, 'MessageSid') ?? first(p, 'SmsSid');
  const from = first(p, 'From');
  if (!sid || !from) return [];
  const whatsapp = from.startsWith('whatsapp:');
  const media = Number(first(p, 'NumMedia') ?? 0);
  const text =
    first(p, 'Body') || first(p, 'ButtonText') || (media > 0 ? `[${first(p, 'MediaContentType0') ?? 'media'}]` : '');
  const name = first(p, 'ProfileName');
  return [
    {
      provider: 'twilio',
      providerMessageId: sid,
      channel: whatsapp ? 'whatsapp' : 'sms',
      from: e164(from),
      to: e164(first(p, 'To') ?? ''),
      text,
      receivedAt: new Date(now).toISOString(),
      ...(name ? { name } : {}),
    },
  ];
}

const MESSAGE_STATUS: Record<string, DeliveryUpdate['status'] | undefined> = {
  sent: 'sent',
  delivered: 'delivered',
  read: 'read',
  undelivered: 'failed',
  failed: 'failed',
};
const CALL_STATUS: Record<string, DeliveryUpdate['status'] | undefined> = {
  ringing: 'sent',
  'in-progress': 'delivered',
  completed: 'delivered',
  busy: 'failed',
  'no-answer': 'failed',
  failed: 'failed',
  canceled: 'failed',
};

/**
 * A Twilio status callback (messages: `MessageSid` + `MessageStatus`; calls: `CallSid` + `CallStatus`) as delivery
 * updates. Intermediate statuses (queued, accepted, sending, initiated) give none.
 */
export function parseTwilioStatus(req: Pick<WebhookRequest, 'rawBody'>): DeliveryUpdate[] {
  const p = twilioParams(req.rawBody);
  const messageSid = first(p, 'MessageSid');
  const callSid = first(p, 'CallSid');
  const word = messageSid ? first(p, 'MessageStatus') : first(p, 'CallStatus');
  const sid = messageSid ?? callSid;
  if (!sid || !word) return [];
  const status = (messageSid ? MESSAGE_STATUS : CALL_STATUS)[word];
  if (!status) return [];
  const errorCode = first(p, 'ErrorCode');
  return [
    {
      provider: 'twilio',
      providerMessageId: sid,
      status,
      ...(status === 'failed' ? { reason: errorCode ? `${word}:${errorCode}` : word } : {}),
    },
  ];
}
