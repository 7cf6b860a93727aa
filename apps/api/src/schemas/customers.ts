import { z } from '@hono/zod-openapi';
import { id, JsonObject, Localized, TimeZone, text } from './common';

export const CustomerIdParam = id(200).openapi({ param: { name: 'id', in: 'path' }, example: 'c_camila' });

/** Email addresses as the store accepts them (a plain subset of RFC 5321), with optional surrounding spaces. */
const EMAIL =
  /^ *[A-Za-z0-9_+-]+(?:\.[A-Za-z0-9_+-]+)*@(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?\.)+[A-Za-z]{2,63} *$/;
/** Phones: 3–20 digits, an optional leading +, separators the store removes. */
const PHONE = /^\+?[ ().-]*(?:[0-9][ ().-]*){3,20}$/;

const Channel = z.enum(['whatsapp', 'sms', 'email', 'voice']);

/** A customer's profile as sent by a CRM or integration; fields left out keep their stored value, null clears one. */
export const CustomerBody = z
  .object({
    name: text({ max: 200 }).nullish(),
    email: z
      .string()
      .max(320)
      .regex(EMAIL, 'An email address, e.g. camila@example.cl')
      .nullish()
      .openapi({ example: 'camila@example.cl', description: 'Stored trimmed and in lower case' }),
    phone: z
      .string()
      .max(60)
      .regex(PHONE, 'A phone number: 3 to 20 digits, an optional leading +, and spaces, dots, dashes or parentheses')
      .nullish()
      .openapi({ example: '+56911112222', description: 'E.164 recommended' }),
    locale: z.enum(['es', 'en']).nullish(),
    timeZone: TimeZone.nullish(),
    tier: text({ max: 100 }).nullish(),
    consent: z
      .strictObject(
        Object.fromEntries(Channel.options.map((ch) => [ch, z.boolean().optional()])) as Record<
          z.infer<typeof Channel>,
          z.ZodOptional<z.ZodBoolean>
        >,
      )
      .optional()
      .openapi({ description: 'Per channel: true may contact, false opted out (merged into the stored consent)' }),
    tags: z.array(id(100)).max(200).optional().openapi({ description: 'Replaces the tags' }),
    attributes: JsonObject.optional().openapi({ description: 'CRM data (merged key by key)' }),
  })
  .openapi('CustomerInput');

export const Customer = z
  .object({
    id: z.string(),
    name: z.string().nullable(),
    email: z.string().nullable(),
    phone: z.string().nullable(),
    locale: z.enum(['es', 'en']).nullable(),
    timeZone: z.string().nullable(),
    tier: z.string().nullable(),
    consent: z.record(z.string(), z.boolean()),
    tags: z.array(z.string()),
    attributes: z.record(z.string(), z.unknown()),
    createdAt: z.string(),
    updatedAt: z.string(),
    erasedAt: z.string().nullable(),
  })
  .openapi('Customer');

export const ErasureReport = z
  .object({
    customerId: z.string(),
    erased: z.object({
      customers: z.number().int(),
      messages: z.number().int(),
      events: z.number().int(),
      journeys: z.number().int(),
      steps: z.number().int(),
      tickets: z.number().int(),
      notes: z.number().int(),
    }),
    temporal: z
      .object({
        journeys: z.number().int(),
        terminated: z.number().int().openapi({ description: 'Running journeys terminated first' }),
        deleted: z.number().int().openapi({ description: 'Workflow executions deleted (history and visibility)' }),
        failed: z.array(z.object({ journeyId: z.string(), error: z.string() })),
        encrypted: z.boolean().openapi({ description: 'Payloads are encrypted: what remains needs the key' }),
        retentionDays: z.number().nullable().openapi({ description: 'How long closed histories are kept' }),
        note: Localized,
      })
      .openapi({ description: "What happened to the customer's journeys in Temporal" }),
  })
  .openapi('ErasureReport');

export const Ticket = z
  .object({
    id: z.string(),
    kind: z.enum(['handoff', 'crm']),
    customerId: z.string(),
    journeyId: z.string().nullable(),
    nodeId: z.string().nullable(),
    queue: z.string(),
    priority: z.enum(['low', 'normal', 'high', 'urgent']),
    status: z.enum(['open', 'pending', 'resolved', 'closed']),
    subject: z.string().nullable(),
    slaDeadline: z.string().nullable(),
    assignedTo: z.string().nullable(),
    resolution: z.string().nullable(),
    detail: z.record(z.string(), z.unknown()),
    createdAt: z.string(),
    updatedAt: z.string(),
    resolvedAt: z.string().nullable(),
    notes: z.array(
      z.object({ id: z.number(), author: z.string().nullable(), body: z.string(), createdAt: z.string() }),
    ),
  })
  .openapi('Ticket');

export const ResolveBody = z
  .object({
    resolution: text({ min: 1, max: 200, nonBlank: true }).default('resolved').openapi({ example: 'resolved' }),
    agent: text({ min: 1, max: 200, nonBlank: true }).optional(),
    note: text({ min: 1, max: 20_000, nonBlank: true }).optional(),
  })
  .openapi('ResolveHandoff');

export const ResolveResult = Ticket.extend({
  journey: z.object({ id: z.string(), signalled: z.boolean() }).nullable(),
}).openapi('ResolveHandoffResult');
