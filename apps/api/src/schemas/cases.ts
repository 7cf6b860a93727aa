import { z } from '@hono/zod-openapi';
import { ASSIGNMENT_MODES } from '@ruta/db';
import { id, Localized, text } from './common';
import { Ticket } from './customers';

export const NoteBody = z
  .object({
    body: text({ min: 1, max: 20_000, nonBlank: true }).openapi({ example: 'Llamé al cliente, espera el reembolso' }),
  })
  .openapi('CaseNote');

export const TransferBody = z
  .object({
    queue: id(100).openapi({
      description: 'The queue the case moves to (it leaves your hands, unassigned)',
      example: 'billing',
    }),
    note: text({ min: 1, max: 20_000, nonBlank: true })
      .optional()
      .openapi({ description: 'Why, for whoever takes it' }),
  })
  .openapi('TransferCase');

export const AssignmentMode = z.enum(ASSIGNMENT_MODES).openapi({
  description: 'How the queue hands out new cases: nobody until claimed, in turn, or to the least loaded member',
});

/** One step of the journey's path, as the case view shows it: the block's and the port's names in es/en, not ids. */
export const PathStep = z
  .object({
    nodeId: z.string(),
    kind: z.string().nullable(),
    port: z.string().nullable(),
    at: z.string(),
    label: Localized.openapi({ description: "The block's name (its label, else its kind's name)" }),
    portLabel: Localized.nullable().openapi({ description: 'How it left, in words (null when it left by no port)' }),
  })
  .openapi('CasePathStep');

/** One sentiment reading of the journey (oldest first): the trend the agent sees. */
export const SentimentPoint = z
  .object({
    at: z.string(),
    label: z.string().nullable(),
    score: z.number().nullable(),
    escalate: z.boolean().nullable(),
  })
  .openapi('SentimentPoint');

export const CaseContext = z
  .object({
    case: Ticket,
    path: z.array(PathStep),
    sentiment: z.array(SentimentPoint),
    reasons: z.array(z.string()).openapi({ description: 'Why the flow escalated (the analyzer’s reasons)' }),
    earlier: z.array(Ticket).openapi({ description: "The customer's other cases, newest first" }),
  })
  .openapi('CaseContext');

export const QueueOverview = z
  .object({
    queue: z.string(),
    name: z.string(),
    assignment: AssignmentMode,
    open: z.number().int(),
    unassigned: z.number().int(),
    oldestWaitingSince: z.string().nullable(),
    nearBreach: z.number().int(),
  })
  .openapi('QueueOverview');

export const AgentLoad = z
  .object({ id: z.string(), displayName: z.string(), queues: z.array(z.string()), open: z.number().int() })
  .openapi('AgentLoad');

export const CasesOverview = z
  .object({
    queues: z.array(QueueOverview),
    agents: z.array(AgentLoad),
    atRisk: z.array(Ticket).openapi({ description: 'Open cases whose SLA ends within the warning window, or ended' }),
    warnMinutes: z.number().int(),
  })
  .openapi('CasesOverview');

const ChannelName = z.enum(['whatsapp', 'sms', 'email', 'voice']);

export const ReplyBody = z
  .object({
    text: text({ min: 1, max: 4096, nonBlank: true }).openapi({ example: 'Hola Camila, ya revisé tu caso…' }),
    channel: ChannelName.optional().openapi({ description: "Default: the channel of the customer's newest message" }),
    subject: text({ min: 1, max: 300, nonBlank: true }).optional().openapi({ description: 'For email' }),
    requestId: id(100)
      .optional()
      .openapi({ description: 'Your id for this reply: sending it again sends nothing new (default: a new one)' }),
  })
  .openapi('CaseReply');

export const ReplyResult = z
  .object({
    status: z.enum(['sent', 'queued', 'deferred', 'suppressed', 'failed', 'pending']).openapi({
      description: '`pending`: accepted and waiting (quiet hours) or being retried; it goes out from the outbox',
    }),
    channel: ChannelName,
    messageId: z.string(),
    reason: z.string().nullable().openapi({ description: 'Why it was suppressed, deferred or failed' }),
    retryAt: z.string().nullable(),
    requestId: z.string(),
    inReplyTo: z.object({ channel: ChannelName, at: z.string() }).nullable().openapi({
      description: "The customer's message it answers (WhatsApp: inside 24 h, quiet hours do not hold it)",
    }),
  })
  .openapi('CaseReplyResult');

/**
 * One event of `GET /v1/cases/stream` (OpenAPI 3.2's SSE item shape): `ready` first, with `{ queues }` (null: every
 * queue); then case events, whose `data` is `{ event: { type, caseId, queue, customerId, at }, case }` as JSON.
 */
export const CaseStreamEvent = z
  .object({
    event: z.enum(['ready', 'case.created', 'case.changed', 'customer.replied', 'sla.warning']),
    data: z
      .string()
      .openapi({ description: 'JSON: `{ queues }` for ready; `{ event, case }` (the case as it is now)' }),
    id: z.string().optional(),
  })
  .openapi('CaseStreamEvent');
