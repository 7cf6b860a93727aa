import { createHash, createHmac, randomUUID, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import type { ChannelProvider, DeliveryUpdate, InboundMessage, LookupResult, WebhookRequest } from './types';
import { CHANNELS } from './types';

/** The sandbox's message id for an idempotency key: the outbox row is the delivery, so it is derived, not issued. */
export function sandboxMessageId(idempotencyKey: string): string {
  return `sbx-${createHash('sha256').update(idempotencyKey).digest('hex').slice(0, 24)}`;
}

/**
 * The sandbox provider (the default for every channel): nothing leaves Ruta. The message is the outbox row the
 * send path writes, which the designer's phone shows; a tester's reply comes back through the inbound webhook.
 */
export function createSandboxProvider(): ChannelProvider {
  return {
    name: 'sandbox',
    channels: CHANNELS,
    deliversByOutbox: true,
    async send(message) {
      return { providerMessageId: sandboxMessageId(message.idempotencyKey), providerStatus: 'sent' };
    },
    // The outbox row is the message: one claimed for sending is the message sent.
    async lookup(message): Promise<LookupResult> {
      return { found: true, receipt: { providerMessageId: sandboxMessageId(message.idempotencyKey) } };
    },
  };
}

/** What the designer's phone posts when a tester replies as the customer. */
export const SandboxInbound = z.object({
  customerId: z.string().min(1),
  text: z.string().min(1).max(4096),
  channel: z.enum(['whatsapp', 'sms', 'email', 'voice']).default('whatsapp'),
  /** The phone's id for the reply; a webhook posted twice with one id is stored once. */
  id: z.string().min(1).max(200).optional(),
  subject: z.string().max(1000).optional(),
});

/** Parses the sandbox phone's reply (JSON). Throws a zod error naming the field when it does not fit. */
export function parseSandboxInbound(req: Pick<WebhookRequest, 'rawBody'>, now = Date.now()): InboundMessage {
  const body = SandboxInbound.parse(JSON.parse(req.rawBody));
  return {
    provider: 'sandbox',
    providerMessageId: body.id ?? randomUUID(),
    channel: body.channel,
    from: body.customerId,
    to: 'ruta',
    text: body.text,
    ...(body.subject ? { subject: body.subject } : {}),
    customerId: body.customerId,
    receivedAt: new Date(now).toISOString(),
  };
}

/** A delivery receipt the sandbox phone can post (e.g. "read" when the tester opens the message). */
export const SandboxStatus = z.object({
  messageId: z.string().min(1),
  status: z.enum(['delivered', 'read', 'failed']),
  reason: z.string().max(200).optional(),
});

/** Parses a sandbox delivery receipt (JSON). */
export function parseSandboxStatus(req: Pick<WebhookRequest, 'rawBody'>): DeliveryUpdate[] {
  const body = SandboxStatus.parse(JSON.parse(req.rawBody));
  return [
    {
      provider: 'sandbox',
      providerMessageId: body.messageId,
      status: body.status,
      ...(body.reason ? { reason: body.reason } : {}),
    },
  ];
}

/**
 * Checks the sandbox webhook's `x-ruta-signature` (hex HMAC-SHA256 of the raw body with `RUTA_SANDBOX_SECRET`).
 * Without a secret the sandbox is open, as it is meant for local testing.
 */
export function verifySandboxSignature(secret: string | undefined, req: WebhookRequest): boolean {
  if (!secret) return true;
  const given = req.headers['x-ruta-signature'] ?? '';
  const expected = createHmac('sha256', secret).update(req.rawBody, 'utf8').digest('hex');
  return safeEqual(given, expected);
}

/** Constant-time comparison of two strings. */
export function safeEqual(a: string, b: string): boolean {
  const x = Buffer.from(a, 'utf8');
  const y = Buffer.from(b, 'utf8');
  return x.length === y.length && timingSafeEqual(x, y);
}
