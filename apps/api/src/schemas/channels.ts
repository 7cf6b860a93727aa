import { z } from '@hono/zod-openapi';

const Channel = z.enum(['whatsapp', 'sms', 'email', 'voice']);

/** A message from the sandbox phone (the designer's simulator), signed with the sandbox secret. */
export const SandboxInbound = z
  .object({
    customerId: z
      .string()
      .trim()
      .min(1)
      .max(200)
      .optional()
      .openapi({ description: 'The customer (else found by `from`)' }),
    from: z.string().trim().min(1).max(320).optional().openapi({ description: 'Phone or email of the sender' }),
    text: z.string().min(1).max(4096),
    channel: Channel.default('whatsapp'),
    messageId: z
      .string()
      .trim()
      .min(1)
      .max(300)
      .optional()
      .openapi({ description: 'The message id; a repeat with the same id is stored once (default: generated)' }),
    at: z.iso.datetime({ offset: true }).optional(),
  })
  .superRefine((b, ctx) => {
    if (!b.customerId && !b.from)
      ctx.addIssue({ code: 'custom', path: ['customerId'], message: 'Send customerId or from' });
  })
  .openapi('SandboxInbound');

/** Twilio's inbound message webhook (form-encoded); only the fields Ruta reads. */
export const TwilioInbound = z
  .object({
    MessageSid: z.string().min(1).max(300),
    From: z.string().min(1).max(320).openapi({ example: 'whatsapp:+56911112222' }),
    To: z.string().max(320).optional(),
    Body: z.string().max(4096).default(''),
  })
  .openapi('TwilioInbound');

const WhatsAppMessage = z.object({
  from: z.string().min(1),
  id: z.string().min(1),
  timestamp: z.string().optional(),
  type: z.string(),
  text: z.object({ body: z.string() }).optional(),
  button: z.object({ text: z.string() }).optional(),
  interactive: z
    .object({
      button_reply: z.object({ title: z.string() }).optional(),
      list_reply: z.object({ title: z.string() }).optional(),
    })
    .optional(),
});

/** WhatsApp Cloud API webhook notification (messages and delivery statuses). */
export const WhatsAppInbound = z
  .object({
    object: z.string().optional(),
    entry: z.array(
      z.object({
        id: z.string().optional(),
        changes: z.array(
          z.object({
            field: z.string().optional(),
            value: z.object({
              messages: z.array(WhatsAppMessage).optional(),
              statuses: z.array(z.object({ id: z.string(), status: z.string() })).optional(),
            }),
          }),
        ),
      }),
    ),
  })
  .openapi('WhatsAppInbound');

const Delivered = z.object({
  flowId: z.string(),
  version: z.number().int(),
  workflowId: z.string(),
  action: z.enum(['advanced', 'skipped']),
  reason: z.string().optional(),
});

export const InboundResult = z
  .object({
    messageId: z.string(),
    customerId: z.string(),
    known: z.boolean().openapi({ description: 'Whether the sender is a known customer' }),
    duplicate: z.boolean().openapi({ description: 'The provider sent this message before (stored once)' }),
    journeys: z.array(Delivered).openapi({ description: 'Journeys the reply was delivered to (may be none)' }),
  })
  .openapi('InboundResult');

export const SandboxReplyBody = z
  .object({
    customerId: z.string().trim().min(1).max(200),
    text: z.string().min(1).max(4096),
    channel: Channel.default('whatsapp'),
  })
  .openapi('SandboxReply');
