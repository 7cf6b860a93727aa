import { z } from '@hono/zod-openapi';
import { Localized } from './common';

export const NodeKindInfo = z
  .object({
    kind: z.string(),
    group: z.string(),
    label: Localized,
    description: Localized,
    ports: z
      .array(z.object({ name: z.string(), label: Localized, required: z.boolean() }))
      .openapi({ description: 'Output ports with default params (some kinds add ports from their params)' }),
    params: z.record(z.string(), z.unknown()).openapi({ description: 'JSON Schema of the params (input side)' }),
    activity: z.string().nullable().openapi({ description: 'The activity the node calls, if any' }),
    waits: z.boolean(),
  })
  .openapi('NodeKindInfo');

const Change = z
  .object({
    side: z.enum(['input', 'output']),
    kind: z.enum(['removed', 'newly_required', 'type_changed']),
    path: z.array(z.string()),
    before: z.string().optional(),
    after: z.string().optional(),
    message: Localized,
  })
  .openapi('ContractChange');

export const ActivityFlag = z
  .object({
    id: z.number().int(),
    activity: z.string().openapi({ description: 'The activity reference (`name` or `name@<version>`)' }),
    flowId: z.string(),
    flowVersion: z.number().int(),
    nodeId: z.string(),
    changes: z.array(Change),
    diagnostics: z
      .array(z.record(z.string(), z.unknown()))
      .openapi({ description: "The compiler's errors on the published version under the new contract" }),
    flaggedAt: z.string(),
  })
  .openapi('ActivityFlag');

export const CustomActivityInfo = z
  .object({
    name: z
      .string()
      .openapi({ description: 'What a custom node names in `params.activity`: `name`, or `name@<version>` after 1' }),
    activity: z.string().openapi({ description: 'The activity name without the version' }),
    version: z.number().int(),
    label: Localized,
    description: Localized,
    input: z.record(z.string(), z.unknown()).openapi({ description: 'JSON Schema of the input' }),
    output: z.record(z.string(), z.unknown()).openapi({ description: 'JSON Schema of the output' }),
    startToCloseTimeoutMs: z.number(),
    retry: z.object({
      maximumAttempts: z.number(),
      initialIntervalMs: z.number(),
      backoffCoefficient: z.number(),
      maximumIntervalMs: z.number(),
    }),
    heartbeatTimeoutMs: z.number().nullable(),
    taskQueue: z.string().nullable().openapi({ description: "The queue its workers poll; null: the journeys' queue" }),
    worker: z.object({ identity: z.string(), sdk: z.string().optional() }),
    seenAt: z.string().openapi({ description: 'When a worker last published it' }),
  })
  .openapi('CustomActivityInfo');

export const ActivitiesResult = z
  .object({
    kinds: z.array(NodeKindInfo),
    custom: z.array(CustomActivityInfo),
    flags: z.array(ActivityFlag).openapi({ description: 'Published flows an incompatible contract change affects' }),
    flowDocument: z.record(z.string(), z.unknown()).openapi({ description: 'JSON Schema of a flow document' }),
    queues: z
      .array(
        z.object({
          id: z.string().openapi({ description: 'The name a hand-off node gives as its queue' }),
          name: z.string(),
          people: z.number().int().openapi({ description: 'Active people who work the queue' }),
        }),
      )
      .openapi({
        description:
          'The queues a hand-off may name, with how many people work each (a hand-off to a queue nobody works is a warning)',
      }),
  })
  .openapi('Activities');

export const FlagList = z.object({ flags: z.array(ActivityFlag) }).openapi('ActivityFlags');

export const FlagQuery = z.object({
  flowId: z.string().max(80).optional().openapi({ description: 'Only this flow’s flags' }),
});

export const PublicationResultSchema = z
  .object({
    activities: z.array(
      z.object({
        ref: z.string(),
        status: z.enum(['new', 'unchanged', 'changed']),
        compatible: z.boolean(),
        changes: z.array(Change),
      }),
    ),
    flags: z.array(ActivityFlag),
  })
  .openapi('ActivityPublicationResult');
