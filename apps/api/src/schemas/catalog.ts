import { z } from '@hono/zod-openapi';

const Localized = z.object({ es: z.string(), en: z.string() });

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

export const CustomActivityInfo = z
  .object({
    name: z.string(),
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
  })
  .openapi('CustomActivityInfo');

export const ActivitiesResult = z
  .object({
    kinds: z.array(NodeKindInfo),
    custom: z.array(CustomActivityInfo),
    flowDocument: z.record(z.string(), z.unknown()).openapi({ description: 'JSON Schema of a flow document' }),
  })
  .openapi('Activities');
