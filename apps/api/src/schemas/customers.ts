import { z } from '@hono/zod-openapi';

export const CustomerIdParam = z
  .string()
  .trim()
  .min(1)
  .max(200)
  .openapi({ param: { name: 'id', in: 'path' }, example: 'c_camila' });

const Channel = z.enum(['whatsapp', 'sms', 'email', 'voice']);

/** A customer's profile as sent by a CRM or integration; fields left out keep their stored value, null clears one. */
export const CustomerBody = z
  .object({
    name: z.string().trim().max(200).nullish(),
    email: z.string().trim().max(320).nullish().openapi({ example: 'camila@example.cl' }),
    phone: z.string().trim().max(40).nullish().openapi({ example: '+56911112222', description: 'E.164 recommended' }),
    locale: z.enum(['es', 'en']).nullish(),
    timeZone: z.string().max(64).nullish().openapi({ example: 'America/Santiago' }),
    tier: z.string().max(100).nullish(),
    consent: z
      .partialRecord(Channel, z.boolean())
      .optional()
      .openapi({ description: 'Per channel: true may contact, false opted out (merged into the stored consent)' }),
    tags: z.array(z.string().trim().min(1).max(100)).max(200).optional().openapi({ description: 'Replaces the tags' }),
    attributes: z.record(z.string(), z.unknown()).optional().openapi({ description: 'CRM data (merged key by key)' }),
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
        note: z.object({ es: z.string(), en: z.string() }),
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
    resolution: z.string().trim().min(1).max(200).default('resolved').openapi({ example: 'resolved' }),
    agent: z.string().trim().min(1).max(200).optional(),
    note: z.string().trim().min(1).max(20_000).optional(),
  })
  .openapi('ResolveHandoff');

export const ResolveResult = Ticket.extend({
  journey: z.object({ id: z.string(), signalled: z.boolean() }).nullable(),
}).openapi('ResolveHandoffResult');
