import { z } from '@hono/zod-openapi';
import { id, int32, Timestamp, text } from './common';

const Channel = z.enum(['whatsapp', 'sms', 'email', 'voice']);

/** A message from the sandbox phone (the designer's simulator), signed with the sandbox secret. */
export const SandboxInbound = z
  .object({
    customerId: id(200).optional().openapi({ description: 'The customer (else found by `from`)' }),
    from: id(320).optional().openapi({ description: 'Phone or email of the sender' }),
    text: text({ min: 1, max: 4096 }),
    channel: Channel.default('whatsapp'),
    messageId: id(300)
      .optional()
      .openapi({ description: 'The message id; a repeat with the same id is stored once (default: generated)' }),
    at: Timestamp.optional(),
  })
  .superRefine((b, ctx) => {
    if (!b.customerId && !b.from)
      ctx.addIssue({ code: 'custom', path: ['customerId'], message: 'Send customerId or from' });
  })
  .openapi('SandboxInbound', {
    description: 'Either `customerId` or `from` (or both) must be set.',
    anyOf: [{ required: ['customerId'] }, { required: ['from'] }],
  });

/** Twilio's inbound message webhook (form-encoded); only the fields Ruta reads. */
export const TwilioInbound = z
  .object({
    MessageSid: id(300),
    From: id(320).openapi({ example: 'whatsapp:+56911112222' }),
    To: text({ max: 320 }).optional(),
    Body: text({ max: 4096 }).default(''),
  })
  .openapi('TwilioInbound');

const Body = text({ max: 4096 });
const WhatsAppMessage = z.object({
  from: z.string().regex(/^\+?[0-9]{1,20}$/, 'A phone number in digits (wa_id)'),
  id: id(300),
  timestamp: z
    .string()
    .regex(/^[0-9]{1,12}$/, 'Seconds since the epoch')
    .optional(),
  type: text({ max: 100 }),
  text: z.object({ body: Body }).optional(),
  button: z.object({ text: Body }).optional(),
  interactive: z
    .object({
      button_reply: z.object({ title: Body }).optional(),
      list_reply: z.object({ title: Body }).optional(),
    })
    .optional(),
});

/** WhatsApp Cloud API webhook notification (messages and delivery statuses). */
export const WhatsAppInbound = z
  .object({
    object: text({ max: 100 }).optional(),
    entry: z.array(
      z.object({
        id: text({ max: 300 }).optional(),
        changes: z.array(
          z.object({
            field: text({ max: 100 }).optional(),
            value: z.object({
              messages: z.array(WhatsAppMessage).optional(),
              statuses: z.array(z.object({ id: id(300), status: text({ max: 100 }) })).optional(),
            }),
          }),
        ),
      }),
    ),
  })
  .openapi('WhatsAppInbound');

const Delivered = z.object({
  flowId: z.string(),
  version: int32(),
  workflowId: z.string(),
  action: z.enum(['started', 'advanced', 'skipped']),
  reason: z.string().optional(),
});

export const InboundResult = z
  .object({
    messageId: z.string(),
    customerId: z.string(),
    known: z.boolean().openapi({ description: 'Whether the sender is a known customer' }),
    duplicate: z.boolean().openapi({ description: 'The provider sent this message before (stored once)' }),
    journeys: z.array(Delivered).openapi({
      description:
        'Journeys the reply was delivered to; when none waited for it, the journeys a `message.received` event (text and channel) started (may be none)',
    }),
  })
  .openapi('InboundResult');

export const SandboxReplyBody = z
  .object({
    customerId: id(200),
    text: text({ min: 1, max: 4096 }),
    channel: Channel.default('whatsapp'),
  })
  .openapi('SandboxReply');
