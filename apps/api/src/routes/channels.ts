import { randomUUID } from 'node:crypto';
import { type OpenAPIHono, z } from '@hono/zod-openapi';
import { updateMessageStatus } from '@ruta/db';
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../context';
import { ApiError } from '../errors/api-error';
import { normalizePhone } from '../lib/addresses';
import {
  SANDBOX_SIGNATURE_TOLERANCE_S,
  sandboxSignatureHeader,
  verifySandboxSignature,
  verifySha256Header,
  verifyTwilio,
} from '../lib/signatures';
import { InboundResult, SandboxInbound, SandboxReplyBody, TwilioInbound, WhatsAppInbound } from '../schemas/channels';
import { json, jsonBody, text } from '../schemas/common';
import { type InboundResult as Result, receiveInbound } from '../services/inbound';
import type { Runtime } from '../services/runtime';
import { type Guard, type RouteTraits, route, secure } from './define';

/** A signed webhook: 401 for a bad signature, 503 while its provider's secret is not configured. */
const SIGNED: RouteTraits = { problems: [401, 503] };

async function rawBody(c: Parameters<MiddlewareHandler<AppEnv>>[0]): Promise<Uint8Array> {
  return new Uint8Array(await c.req.arrayBuffer());
}

/** Checks WhatsApp's `X-Hub-Signature-256: sha256=<hex>` (HMAC-SHA256 of the raw body) before anything is read. */
function whatsappSignature(rt: Runtime): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const key = rt.config.whatsappAppSecret;
    if (!key) throw new ApiError('provider-not-configured', 'WHATSAPP_APP_SECRET is not set on the server');
    if (!verifySha256Header(key, await rawBody(c), c.req.header('x-hub-signature-256'))) {
      throw new ApiError('unauthorized', 'Bad or missing X-Hub-Signature-256 signature');
    }
    await next();
  };
}

/** Checks the sandbox's timestamped `x-ruta-signature` before anything is read. */
function sandboxSignature(rt: Runtime): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const checked = verifySandboxSignature(rt.config.sandboxSecret, await rawBody(c), c.req.header('x-ruta-signature'));
    if (!checked.ok) throw new ApiError('unauthorized', checked.reason);
    await next();
  };
}

/** Checks Twilio's `X-Twilio-Signature` over the URL it called and the form parameters. */
function twilioSignature(rt: Runtime): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const token = rt.config.twilioAuthToken;
    if (!token) throw new ApiError('provider-not-configured', 'TWILIO_AUTH_TOKEN is not set on the server');
    const params = Object.fromEntries(new URLSearchParams(new TextDecoder().decode(await rawBody(c))));
    const url = new URL(c.req.url);
    const called = rt.config.publicUrl
      ? `${rt.config.publicUrl.replace(/\/$/, '')}${url.pathname}${url.search}`
      : url.href;
    if (!verifyTwilio(token, called, params, c.req.header('x-twilio-signature'))) {
      throw new ApiError('unauthorized', 'Bad or missing X-Twilio-Signature');
    }
    await next();
  };
}

/**
 * Inbound messages from channel providers. Authenticated by each provider's signature (not by API keys): a bad
 * signature is 401 and nothing is stored. Messages are stored (idempotent on the provider's id) and delivered as
 * `reply` signals to the customer's journeys that wait for replies; unknown senders and messages nobody waits for
 * are stored and visible in the timeline, never an error.
 */
export function channelRoutes(app: OpenAPIHono<AppEnv>, rt: Runtime, guard: Guard): void {
  app.openapi(
    route(
      {
        method: 'post',
        path: '/v1/channels/sandbox/inbound',
        tags: ['Channels'],
        summary: 'A reply from the sandbox phone',
        description: `Signed: \`x-ruta-signature: t=<unix seconds>,v1=<hex>\`, the hex being HMAC-SHA256 with RUTA_SANDBOX_WEBHOOK_SECRET of \`<t>.<raw body>\`. A timestamp more than ${SANDBOX_SIGNATURE_TOLERANCE_S} s from the server's clock is refused (401), so a captured request cannot be replayed later.`,
        middleware: [sandboxSignature(rt)],
        request: { body: jsonBody(SandboxInbound) },
        responses: { 200: json(InboundResult, 'Stored (and delivered to waiting journeys)') },
      },
      { ...SIGNED, temporal: true },
    ),
    async (c) => {
      const b = c.req.valid('json');
      const result = await receiveInbound(rt, {
        provider: 'sandbox',
        channel: b.channel,
        from: b.from ?? b.customerId ?? '',
        ...(b.customerId ? { customerId: b.customerId } : {}),
        text: b.text,
        providerMessageId: b.messageId ?? `sbx-in-${randomUUID()}`,
        at: b.at ?? new Date().toISOString(),
      });
      return c.json(result, 200);
    },
  );

  app.openapi(
    route(
      {
        method: 'post',
        path: '/v1/channels/twilio/inbound',
        tags: ['Channels'],
        summary: 'An SMS or WhatsApp message through Twilio',
        description:
          "Twilio's messaging webhook (form-encoded). Validated with X-Twilio-Signature (HMAC-SHA1 of the URL and sorted parameters with TWILIO_AUTH_TOKEN; set RUTA_PUBLIC_URL behind a proxy). Answers empty TwiML.",
        middleware: [twilioSignature(rt)],
        request: {
          body: { required: true, content: { 'application/x-www-form-urlencoded': { schema: TwilioInbound } } },
        },
        responses: { 200: { description: 'Empty TwiML', content: { 'text/xml': { schema: z.string() } } } },
      },
      { ...SIGNED, temporal: true },
    ),
    async (c) => {
      const b = c.req.valid('form');
      const whatsapp = /^whatsapp:/i.test(b.From);
      await receiveInbound(rt, {
        provider: 'twilio',
        channel: whatsapp ? 'whatsapp' : 'sms',
        from: normalizePhone(b.From) ?? b.From,
        text: b.Body,
        providerMessageId: b.MessageSid,
        at: new Date().toISOString(),
        metadata: { to: b.To ?? null },
      });
      return c.body('<?xml version="1.0" encoding="UTF-8"?><Response></Response>', 200, { 'content-type': 'text/xml' });
    },
  );

  app.openapi(
    route(
      {
        method: 'get',
        path: '/v1/channels/whatsapp/inbound',
        tags: ['Channels'],
        summary: 'WhatsApp Cloud API subscription handshake',
        description: 'Answers `hub.challenge` when `hub.verify_token` equals WHATSAPP_VERIFY_TOKEN.',
        request: {
          query: z.object({
            'hub.mode': text({ max: 100 }).optional(),
            'hub.verify_token': text({ max: 500 }).optional(),
            'hub.challenge': text({ max: 500 }).optional(),
          }),
        },
        responses: {
          200: { description: 'The challenge', content: { 'text/plain': { schema: z.string() } } },
        },
      },
      { problems: [403, 503] },
    ),
    (c) => {
      const q = c.req.valid('query');
      const expected = rt.config.whatsappVerifyToken;
      if (!expected) throw new ApiError('provider-not-configured', 'WHATSAPP_VERIFY_TOKEN is not set on the server');
      if (q['hub.mode'] !== 'subscribe' || q['hub.verify_token'] !== expected) {
        throw new ApiError('forbidden', 'The verify token does not match');
      }
      return c.text(q['hub.challenge'] ?? '', 200);
    },
  );

  app.openapi(
    route(
      {
        method: 'post',
        path: '/v1/channels/whatsapp/inbound',
        tags: ['Channels'],
        summary: 'Messages and delivery statuses from the WhatsApp Cloud API',
        description:
          'Signed: `X-Hub-Signature-256: sha256=<hex HMAC-SHA256 of the raw body with WHATSAPP_APP_SECRET>` (Meta signs no timestamp, so there is no replay window to check; a replayed message is stored once by its id).',
        middleware: [whatsappSignature(rt)],
        request: { body: jsonBody(WhatsAppInbound) },
        responses: {
          200: json(z.object({ messages: z.array(InboundResult), statuses: z.number().int() }), 'Stored'),
        },
      },
      { ...SIGNED, temporal: true },
    ),
    async (c) => {
      const body = c.req.valid('json');
      const messages: Result[] = [];
      let statuses = 0;
      for (const change of body.entry.flatMap((e) => e.changes)) {
        for (const m of change.value.messages ?? []) {
          const text =
            m.text?.body ??
            m.button?.text ??
            m.interactive?.button_reply?.title ??
            m.interactive?.list_reply?.title ??
            `[${m.type}]`;
          const seconds = Number(m.timestamp);
          messages.push(
            await receiveInbound(rt, {
              provider: 'whatsapp',
              channel: 'whatsapp',
              from: `+${m.from.replace(/^\+/, '')}`,
              text,
              providerMessageId: m.id,
              at:
                Number.isFinite(seconds) && seconds > 0
                  ? new Date(seconds * 1000).toISOString()
                  : new Date().toISOString(),
              metadata: { type: m.type },
            }),
          );
        }
        for (const s of change.value.statuses ?? []) {
          const status = ({ sent: 'sent', delivered: 'delivered', read: 'read', failed: 'failed' } as const)[
            s.status as 'sent'
          ];
          if (!status) continue;
          await updateMessageStatus(rt.db, { provider: 'whatsapp', providerMessageId: s.id }, { status });
          statuses++;
        }
      }
      return c.json({ messages, statuses }, 200);
    },
  );

  app.openapi(
    secure(
      guard,
      'journeys:write',
      {
        method: 'post',
        path: '/v1/sandbox/reply',
        tags: ['Channels'],
        summary: 'Reply as the customer from the sandbox phone',
        description:
          "The designer's phone simulator posts here; the server signs and delivers it through the sandbox webhook.",
        request: { body: jsonBody(SandboxReplyBody) },
        responses: { 200: json(InboundResult, 'Stored and delivered') },
      },
      { temporal: true },
    ),
    async (c) => {
      const b = c.req.valid('json');
      const raw = JSON.stringify({
        customerId: b.customerId,
        text: b.text,
        channel: b.channel,
        messageId: `sbx-in-${randomUUID()}`,
        at: new Date().toISOString(),
      });
      const res = await app.request('/v1/channels/sandbox/inbound', {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'x-ruta-signature': sandboxSignatureHeader(rt.config.sandboxSecret, raw),
          'x-request-id': c.get('requestId'),
        },
        body: raw,
      });
      // The webhook's own problem (a dependency down, a conflict) is the answer.
      if (!res.ok) return res as never;
      return c.json((await res.json()) as z.infer<typeof InboundResult>, 200);
    },
  );
}
