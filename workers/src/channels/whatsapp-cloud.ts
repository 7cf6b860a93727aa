import { createHmac } from 'node:crypto';
import { ProviderError, type ProviderErrorType } from './errors';
import { type HttpAnswer, httpError, request } from './http';
import { safeEqual } from './sandbox';
import type { ChannelProvider, DeliveryUpdate, InboundMessage, OutgoingMessage, WebhookRequest } from './types';

/** WhatsApp Cloud API settings; `WHATSAPP_*` in the environment. */
export interface WhatsAppCloudConfig {
  token: string;
  phoneNumberId: string;
  /** `https://graph.facebook.com/v21.0` unless a test points it at a local server. */
  apiBase?: string;
  /** For webhook signatures (`X-Hub-Signature-256`). */
  appSecret?: string;
  /**
   * An approved template with one body variable `{{1}}` for the text, used for proactive messages (outside the
   * 24-hour window only templates are delivered). Language codes per customer language.
   */
  template?: { name: string; language?: Partial<Record<'es' | 'en', string>> };
  timeoutMs?: number;
}

/**
 * Graph API / WhatsApp error codes with a meaning beyond their HTTP status.
 * https://developers.facebook.com/docs/whatsapp/cloud-api/support/error-codes
 */
const META_CODES: Record<number, ProviderErrorType> = {
  131026: 'InvalidRecipient', // Message undeliverable (not a WhatsApp user, old app…)
  131030: 'InvalidRecipient', // Recipient not in the allowed list (test numbers)
  131021: 'InvalidRecipient', // Recipient cannot be the sender
  131050: 'OptedOut', // The user stopped marketing messages from this business
  131047: 'TemplateRejected', // Re-engagement: more than 24 hours since the customer last wrote; use a template
  132000: 'TemplateRejected', // Number of parameters does not match the template
  132001: 'TemplateRejected', // Template does not exist in this language
  132005: 'TemplateRejected', // Translated text too long
  132007: 'TemplateRejected', // Template format character policy violated
  132012: 'TemplateRejected', // Parameter format does not match the template
  132015: 'TemplateRejected', // Template paused for low quality
  132016: 'TemplateRejected', // Template disabled
  0: 'ProviderAuth', // AuthException
  10: 'ProviderAuth', // Permission denied
  190: 'ProviderAuth', // Access token expired or invalid
  131005: 'ProviderAuth', // Access denied
  131031: 'ProviderAuth', // Business account locked
  133010: 'ProviderAuth', // Phone number not registered
  4: 'RateLimited', // Application request limit
  80007: 'RateLimited', // WhatsApp Business account rate limit
  130429: 'RateLimited', // Cloud API throughput reached
  131048: 'RateLimited', // Spam rate limit
  131056: 'RateLimited', // Too many messages to this recipient
  1: 'ProviderUnavailable', // Unknown API error
  2: 'ProviderUnavailable', // Temporary service unavailability
  131000: 'ProviderUnavailable', // Something went wrong
  131016: 'ProviderUnavailable', // Service unavailable
  133004: 'ProviderUnavailable', // Server temporarily unavailable
};

/** Back-off when Meta rate-limits without a Retry-After header. */
const META_RATE_LIMIT_MS = 60_000;

function metaError(answer: HttpAnswer): ProviderError {
  const e =
    ((answer.json ?? {}) as { error?: { code?: number; message?: string; error_subcode?: number } }).error ?? {};
  const type = e.code !== undefined ? META_CODES[e.code] : undefined;
  const message = `WhatsApp Cloud API ${answer.status}${e.code !== undefined ? ` (${e.code})` : ''}: ${e.message ?? answer.text.slice(0, 200)}`;
  const err = httpError(answer, message, type, e.code);
  if (err.type === 'RateLimited' && err.retryAfterMs === undefined) {
    return new ProviderError('RateLimited', message, {
      retryAfterMs: META_RATE_LIMIT_MS,
      ...(e.code !== undefined ? { providerCode: e.code } : {}),
      httpStatus: answer.status,
    });
  }
  return err;
}

/** A WhatsApp id (phone number digits, no `+`). */
const waId = (phone: string) => phone.replace(/\D/g, '');

/**
 * WhatsApp through Meta's Cloud API: `POST /{phone-number-id}/messages` with a bearer token and a JSON body
 * (`type: text`, or `type: template` for proactive messages when a template is configured). The Cloud API has no
 * idempotency header and no way to look a message up, so an interrupted send is never resent.
 */
export function createWhatsAppCloudProvider(config: WhatsAppCloudConfig): ChannelProvider {
  const base = (config.apiBase ?? 'https://graph.facebook.com/v21.0').replace(/\/$/, '');
  const url = `${base}/${encodeURIComponent(config.phoneNumberId)}/messages`;

  const body = (m: OutgoingMessage) => {
    const common = { messaging_product: 'whatsapp', recipient_type: 'individual', to: waId(m.to) };
    if (config.template && !m.transactional) {
      const code = config.template.language?.[m.locale] ?? (m.locale === 'es' ? 'es' : 'en_US');
      return {
        ...common,
        type: 'template',
        template: {
          name: config.template.name,
          language: { code },
          components: [{ type: 'body', parameters: [{ type: 'text', text: m.text }] }],
        },
      };
    }
    return { ...common, type: 'text', text: { preview_url: false, body: m.text } };
  };

  return {
    name: 'whatsapp-cloud',
    channels: ['whatsapp'],
    accepts: (_channel, to) => /^\d{7,15}$/.test(waId(to)),
    async send(m, options = {}) {
      const answer = await request(
        url,
        {
          method: 'POST',
          headers: { authorization: `Bearer ${config.token}`, 'content-type': 'application/json' },
          body: JSON.stringify(body(m)),
        },
        {
          ...(options.signal ? { signal: options.signal } : {}),
          ...(config.timeoutMs ? { timeoutMs: config.timeoutMs } : {}),
        },
      );
      if (answer.status >= 400) throw metaError(answer);
      const id = (answer.json as { messages?: { id?: string; message_status?: string }[] })?.messages?.[0]?.id;
      if (!id) {
        throw new ProviderError('ProviderTimeout', `WhatsApp answered ${answer.status} without a message id`, {
          accepted: 'unknown',
        });
      }
      return { providerMessageId: id, providerStatus: 'accepted' };
    },
  };
}

/**
 * Verifies Meta's `X-Hub-Signature-256` (`sha256=` + hex HMAC-SHA256 of the raw body with the app secret).
 */
export function verifyWhatsAppSignature(appSecret: string, req: Pick<WebhookRequest, 'headers' | 'rawBody'>): boolean {
  const header = req.headers['x-hub-signature-256'];
  if (!header?.startsWith('sha256=')) return false;
  const expected = createHmac('sha256', appSecret).update(req.rawBody, 'utf8').digest('hex');
  return safeEqual(header.slice('sha256='.length).toLowerCase(), expected);
}

/**
 * Answers Meta's webhook subscription check (`GET ?hub.mode=subscribe&hub.verify_token=…&hub.challenge=…`): the
 * challenge to echo when the token matches, else null (answer 403).
 */
export function verifyWhatsAppSubscription(query: URLSearchParams, verifyToken: string): string | null {
  if (query.get('hub.mode') !== 'subscribe') return null;
  if (!safeEqual(query.get('hub.verify_token') ?? '', verifyToken)) return null;
  return query.get('hub.challenge');
}

interface MetaValue {
  metadata?: { display_phone_number?: string; phone_number_id?: string };
  contacts?: { wa_id?: string; profile?: { name?: string } }[];
  messages?: {
    id: string;
    from: string;
    timestamp?: string;
    type?: string;
    text?: { body?: string };
    button?: { text?: string };
    interactive?: { button_reply?: { title?: string }; list_reply?: { title?: string } };
    image?: { caption?: string };
    document?: { caption?: string; filename?: string };
    video?: { caption?: string };
  }[];
  statuses?: {
    id: string;
    status: string;
    timestamp?: string;
    recipient_id?: string;
    errors?: { code?: number; title?: string }[];
  }[];
}

function values(rawBody: string): MetaValue[] {
  const payload = JSON.parse(rawBody) as { entry?: { changes?: { field?: string; value?: MetaValue }[] }[] };
  const out: MetaValue[] = [];
  for (const entry of payload.entry ?? []) {
    for (const change of entry.changes ?? []) {
      if (change.value && (change.field === undefined || change.field === 'messages')) out.push(change.value);
    }
  }
  return out;
}

const isoFromSeconds = (s: string | undefined, now: number) =>
  new Date(s && /^\d+$/.test(s) ? Number(s) * 1000 : now).toISOString();

/** The customer messages in a Cloud API webhook (text, button and list replies; media by caption). */
export function parseWhatsAppInbound(req: Pick<WebhookRequest, 'rawBody'>, now = Date.now()): InboundMessage[] {
  const out: InboundMessage[] = [];
  for (const v of values(req.rawBody)) {
    for (const m of v.messages ?? []) {
      const text =
        m.text?.body ??
        m.button?.text ??
        m.interactive?.button_reply?.title ??
        m.interactive?.list_reply?.title ??
        m.image?.caption ??
        m.video?.caption ??
        m.document?.caption ??
        `[${m.type ?? 'unknown'}]`;
      const name = v.contacts?.find((c) => c.wa_id === m.from)?.profile?.name;
      out.push({
        provider: 'whatsapp-cloud',
        providerMessageId: m.id,
        channel: 'whatsapp',
        from: `+${waId(m.from)}`,
        to: v.metadata?.display_phone_number ? `+${waId(v.metadata.display_phone_number)}` : '',
        text,
        receivedAt: isoFromSeconds(m.timestamp, now),
        ...(name ? { name } : {}),
      });
    }
  }
  return out;
}

const META_STATUS: Record<string, DeliveryUpdate['status'] | undefined> = {
  sent: 'sent',
  delivered: 'delivered',
  read: 'read',
  failed: 'failed',
};

/** The delivery statuses in a Cloud API webhook (sent, delivered, read, failed with its error code). */
export function parseWhatsAppStatus(req: Pick<WebhookRequest, 'rawBody'>, now = Date.now()): DeliveryUpdate[] {
  const out: DeliveryUpdate[] = [];
  for (const v of values(req.rawBody)) {
    for (const s of v.statuses ?? []) {
      const status = META_STATUS[s.status];
      if (!status) continue;
      const error = s.errors?.[0];
      out.push({
        provider: 'whatsapp-cloud',
        providerMessageId: s.id,
        status,
        at: isoFromSeconds(s.timestamp, now),
        ...(status === 'failed' ? { reason: error?.code !== undefined ? `failed:${error.code}` : 'failed' } : {}),
      });
    }
  }
  return out;
}
