import { z } from '@hono/zod-openapi';
import { JOURNEY_CURSOR_PATTERN } from '@ruta/db';
import { id, intParam, Localized, text } from './common';

export const JourneyIdParam = id(300).openapi({
  param: { name: 'id', in: 'path' },
  example: 'journey:f_failed_payment:c_camila',
  description: 'The workflow id (URL-encode it)',
});

const Status = z.enum(['running', 'completed', 'failed', 'cancelled', 'terminated']);

const Attention = z
  .object({
    kind: z.enum(['workflow_task_failing', 'activity_failing']),
    since: z.string().nullable(),
    checkedAt: z.string().nullable().openapi({ description: 'When the API last looked at the journey in Temporal' }),
    attempts: z.number().int().openapi({ description: 'Failed attempts so far' }),
    activity: z.string().nullable(),
    failure: z.string().nullable().openapi({ description: "The last failure's message, as Temporal reports it" }),
    message: Localized.openapi({ description: 'What is wrong and what to do' }),
    actions: z.array(z.string()).openapi({ description: 'The controls that help, most fitting first' }),
  })
  .openapi('JourneyAttention', {
    description:
      'Why a running journey needs a person: `workflow_task_failing` (stuck: only terminate ends it) or `activity_failing` (retry-step or cancel). Null when nothing is wrong.',
  });

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
    endReason: z.string().nullable().openapi({ description: 'Why a person cancelled or terminated it' }),
    attention: Attention.nullable(),
  })
  .openapi('JourneySummary');

export const JourneyList = z
  .object({ journeys: z.array(JourneySummary), nextCursor: z.string().nullable() })
  .openapi('JourneyList');

const Filter = text({ max: 300 });

export const JourneyQuery = z.object({
  flow: Filter.optional().openapi({ description: 'Flow id (alias: flowId)' }),
  flowId: Filter.optional(),
  version: intParam().optional(),
  customer: Filter.optional().openapi({ description: 'Customer id (alias: customerId)' }),
  customerId: Filter.optional(),
  status: Status.optional(),
  node: Filter.optional().openapi({ description: 'Journeys whose current node is this one (alias: nodeId)' }),
  nodeId: Filter.optional(),
  limit: intParam(1, 500).optional(),
  cursor: z
    .string()
    .regex(new RegExp(JOURNEY_CURSOR_PATTERN), 'Pass nextCursor of the previous page as it is')
    .optional()
    .openapi({ description: 'nextCursor of the previous page (a position: journeys started before it)' }),
  attention: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional()
    .openapi({
      description:
        'true: only running journeys that need a person (stuck, or an activity failing), as last seen in Temporal',
    }),
  q: Filter.optional().openapi({ description: "Part of the customer's id or name (case-insensitive)" }),
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
      'Why the journey waits when the flow did not ask to: quiet_hours (a deferred send), missing_data (a message held because a placeholder has no value), activity_failed (parked: the step failed for good and waits for retry, skip or cancel)',
  }),
  missing: z
    .array(z.string())
    .optional()
    .openapi({ description: 'For missing_data: the placeholders without a value, e.g. event.data.eta' }),
  failure: z
    .object({ activity: z.string(), message: z.string(), type: z.string().optional() })
    .optional()
    .openapi({ description: 'For activity_failed (parked): the activity that failed for good and its error' }),
  message: Localized.optional().openapi({
    description:
      'For activity_failed (parked) and missing_data (held): why the journey waits and what a person can do, es/en',
  }),
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
    action: z.enum(['cancelled', 'skipped', 'retried', 'terminated']),
    status: Status.optional(),
    reason: z.string().nullable().optional(),
    nodeId: z.string().nullable().optional(),
    activity: z.string().nullable().optional(),
    failedAttempts: z.number().int().optional(),
    lastFailure: z.string().nullable().optional(),
    runId: z.string().nullable().optional(),
    heldAgain: z.boolean().optional().openapi({
      description:
        'retry-step on a journey holding a message for missing data: true when the message, written again with the customer profile as it is now, still lacks a value and holds again; false when it went on to be sent',
    }),
    missing: z
      .array(z.string())
      .optional()
      .openapi({ description: 'When held again: the placeholders still without a value, e.g. customer.name' }),
    message: Localized.optional().openapi({ description: 'When held again: what is missing and what to do, es/en' }),
  })
  .openapi('JourneyControlResult');
