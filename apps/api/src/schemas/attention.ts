import { z } from '@hono/zod-openapi';
import { ATTENTION_REASONS } from '@ruta/db';
import { Localized } from './common';

/** A flow id in a query (the path parameter's schema names itself `id`, so it cannot be reused here). */
export const FlowIdQuery = z.string().min(1).max(80);

export const AttentionGroup = z
  .object({
    flowId: z.string(),
    version: z.number().int(),
    nodeId: z.string().nullable(),
    kind: z.string().nullable(),
    reason: z.enum(ATTENTION_REASONS),
    reasonLabel: Localized,
    activity: z.string().nullable(),
    failureType: z.string().nullable(),
    example: z
      .string()
      .nullable()
      .openapi({ description: "One failure message of the group, as the step's system gave it" }),
    missing: z.array(z.string()).nullable().openapi({
      description:
        'For missing_data: the placeholders without a value in the held messages of the group, e.g. customer.name',
    }),
    count: z.number().int(),
    since: z.string(),
    message: Localized.openapi({ description: 'Why, in plain words, and what can be done (es/en)' }),
    actions: z.array(z.string()),
  })
  .openapi('AttentionGroup');

export const AttentionOverview = z
  .object({
    groups: z.array(AttentionGroup),
    total: z.number().int(),
    unconfirmed: z.object({
      total: z.number().int(),
      message: Localized,
      items: z.array(
        z.object({
          id: z.string(),
          customerId: z.string(),
          journeyId: z.string().nullable(),
          flowId: z.string().nullable(),
          nodeId: z.string().nullable(),
          channel: z.string(),
          createdAt: z.string(),
        }),
      ),
    }),
  })
  .openapi('AttentionOverview');

/** A group, as the query of its journeys and the body of a bulk action name it. */
export const AttentionFilterSchema = z.object({
  flowId: FlowIdQuery,
  version: z.coerce.number().int().positive().optional(),
  nodeId: z.string().min(1).max(200).optional(),
  reason: z.enum(ATTENTION_REASONS),
  failureType: z.string().min(1).max(200).optional(),
});

export const AttentionJourneys = z
  .object({
    journeys: z.array(
      z.object({
        id: z.string(),
        customerId: z.string(),
        flowVersion: z.number().int(),
        nodeId: z.string().nullable(),
        since: z.string(),
        activity: z.string().nullable(),
        failureType: z.string().nullable(),
        message: z
          .string()
          .nullable()
          .openapi({ description: 'The failure; for missing_data, the placeholders without a value' }),
      }),
    ),
  })
  .openapi('AttentionJourneys');

export const BulkActionBody = AttentionFilterSchema.extend({
  action: z.enum(['retry', 'skip', 'cancel']),
  ids: z
    .array(z.string().min(1).max(300))
    .min(1)
    .max(100_000)
    .optional()
    .openapi({ description: 'Only these journeys of the group (all of the group when absent)' }),
  note: z.string().max(500).optional().openapi({ description: 'For cancel: why, kept with each journey' }),
});

export const BulkAction = z
  .object({
    id: z.string(),
    action: z.enum(['retry', 'skip', 'cancel']),
    status: z.enum(['running', 'done']),
    filter: z.unknown(),
    total: z.number().int(),
    done: z.number().int(),
    succeeded: z.number().int(),
    failed: z.number().int(),
    heldAgain: z.number().int().openapi({
      description:
        'Retries whose held message held again because a value is still missing: not failures, but those journeys still need their customer profile filled in',
    }),
    errors: z
      .array(
        z.object({
          journeyId: z.string(),
          error: z.string(),
          heldAgain: z.literal(true).optional().openapi({ description: 'Held again for missing data, not failed' }),
        }),
      )
      .openapi({ description: 'The first 50 journeys that failed or held again, with why' }),
    requestedBy: z.string(),
    reason: z.string().nullable(),
    createdAt: z.string(),
    endedAt: z.string().nullable(),
  })
  .openapi('BulkAction');
