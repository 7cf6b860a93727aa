import { z } from '@hono/zod-openapi';

export const JourneyIdParam = z
  .string()
  .min(1)
  .max(300)
  .openapi({
    param: { name: 'id', in: 'path' },
    example: 'journey:f_failed_payment:c_camila',
    description: 'The workflow id (URL-encode it)',
  });

const Status = z.enum(['running', 'completed', 'failed', 'cancelled']);

export const JourneySummary = z
  .object({
    id: z.string(),
    workflowId: z.string(),
    runId: z.string().nullable(),
    flowId: z.string(),
    version: z.number().int(),
    customerId: z.string(),
    customerName: z.string().nullable().openapi({ description: "The customer's name, when the profile has one" }),
    eventId: z.string().nullable(),
    status: Status,
    currentNodeId: z.string().nullable(),
    outcome: z.string().nullable(),
    startedAt: z.string(),
    endedAt: z.string().nullable(),
    updatedAt: z.string(),
  })
  .openapi('JourneySummary');

export const JourneyList = z
  .object({ journeys: z.array(JourneySummary), nextCursor: z.string().nullable() })
  .openapi('JourneyList');

export const JourneyQuery = z.object({
  flow: z.string().optional().openapi({ description: 'Flow id (alias: flowId)' }),
  flowId: z.string().optional(),
  version: z.coerce.number().int().positive().optional(),
  customer: z.string().optional().openapi({ description: 'Customer id (alias: customerId)' }),
  customerId: z.string().optional(),
  status: Status.optional(),
  node: z.string().optional().openapi({ description: 'Journeys whose current node is this one (alias: nodeId)' }),
  q: z.string().max(200).optional().openapi({ description: "Part of the customer's id or name (case-insensitive)" }),
  nodeId: z.string().optional(),
  limit: z.coerce.number().int().min(1).max(500).optional(),
  cursor: z.string().optional().openapi({ description: 'nextCursor of the previous page' }),
});

export const Step = z
  .object({
    seq: z.number().int(),
    type: z.enum(['enter', 'wait', 'leave', 'end']),
    nodeId: z.string().nullable(),
    kind: z.string().nullable(),
    visit: z.number().int(),
    port: z.string().nullable(),
    at: z.string(),
    status: Status,
    detail: z.unknown(),
  })
  .openapi('Step');

export const Message = z
  .object({
    id: z.string(),
    direction: z.enum(['in', 'out']),
    channel: z.string(),
    provider: z.string().nullable(),
    providerMessageId: z.string().nullable(),
    customerId: z.string(),
    journeyId: z.string().nullable(),
    flowId: z.string().nullable(),
    nodeId: z.string().nullable(),
    text: z.string().nullable(),
    subject: z.string().nullable(),
    status: z.string(),
    statusReason: z.string().nullable(),
    at: z.string(),
    sentAt: z.string().nullable(),
  })
  .openapi('Message');

const Timer = z.object({
  nodeId: z.string(),
  kind: z.string(),
  visit: z.number().int(),
  since: z.string(),
  deadline: z.string().nullable(),
  reason: z.string().optional().openapi({
    description:
      'Why the journey waits when the flow did not ask to: quiet_hours (a deferred send), missing_data (a message held because a placeholder has no value)',
  }),
  missing: z
    .array(z.string())
    .optional()
    .openapi({ description: 'For missing_data: the placeholders without a value, e.g. event.data.eta' }),
});

export const JourneyDetail = JourneySummary.extend({
  path: z.array(z.string()).openapi({ description: 'Node ids in the order the journey left them' }),
  steps: z.array(Step),
  messages: z.array(Message),
  wait: Timer.nullable().openapi({ description: 'What the journey waits for now' }),
  timers: z.array(Timer).openapi({ description: 'Pending timers (deadlines)' }),
  activity: z
    .object({
      activity: z.string(),
      attempt: z.number().int(),
      maximumAttempts: z.number().int(),
      lastFailure: z.string().nullable(),
      nextAttemptAt: z.string().nullable(),
    })
    .nullable()
    .openapi({ description: 'The activity the journey is calling now, with its attempts (retry-step acts on it)' }),
  state: z
    .object({
      status: Status,
      outcome: z.string().nullable(),
      current: z.string().nullable(),
      vars: z.record(z.string(), z.unknown()),
      outputs: z.record(z.string(), z.unknown()),
      reply: z.unknown(),
      sentiment: z.unknown(),
      goals: z.array(z.string()),
      visits: z.record(z.string(), z.number()),
      steps: z.number().int(),
      run: z.number().int(),
      inbox: z.number().int(),
      error: z.unknown(),
    })
    .nullable()
    .openapi({ description: 'Live state through the journey query (null once it ended)' }),
  liveError: z.string().nullable().openapi({ description: 'Why the live state could not be read' }),
}).openapi('JourneyDetail');

export const ControlResult = z
  .object({
    id: z.string(),
    action: z.enum(['cancelled', 'skipped', 'retried']),
    nodeId: z.string().nullable().optional(),
    activity: z.string().nullable().optional(),
    failedAttempts: z.number().int().optional(),
    lastFailure: z.string().nullable().optional(),
    runId: z.string().nullable().optional(),
  })
  .openapi('JourneyControlResult');
