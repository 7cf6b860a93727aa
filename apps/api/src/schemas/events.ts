import { z } from '@hono/zod-openapi';
import { EventSchema, type Json } from '@ruta/flow';
import { id, intParam, JsonObject, Timestamp, text } from './common';

const Id = id(200);
/** An id as JSON Schema, for the CloudEvent's either-or (subject, or data.customerId). */
const { $schema: _, ...IdJsonSchema } = z.toJSONSchema(Id) as Record<string, unknown>;
const EventType = z
  .string()
  .min(1)
  .max(200)
  .regex(/^[A-Za-z0-9_.:/-]+$/, 'Event types are letters, digits and . _ - : / (e.g. payment.failed)');
const Data = JsonObject.default({});
const Time = Timestamp;

/** Ruta's own event form. */
export const SimpleEvent = z
  .object({
    id: Id.openapi({ description: 'Your id for the event; a repeat of the same id is answered with the first answer' }),
    type: EventType.openapi({ example: 'payment.failed' }),
    customerId: Id.openapi({ example: 'c_camila' }),
    data: Data.openapi({ example: { amount: 25990, paymentUrl: 'https://pay.example.com/p/abc' } }),
    time: Time.optional().openapi({ description: 'When it happened; default: when Ruta received it' }),
  })
  .openapi('SimpleEvent');

/** A CloudEvent 1.0 in structured JSON mode; the customer is `subject` or `data.customerId`. */
export const CloudEvent = z
  .object({
    specversion: z.literal('1.0'),
    id: Id,
    source: text({ min: 1, max: 500, nonBlank: true }),
    type: EventType,
    subject: Id.optional().openapi({ description: 'The customer id (else data.customerId)' }),
    time: Time.optional(),
    datacontenttype: text({ max: 200 }).optional(),
    dataschema: text({ max: 2000 }).optional(),
    data: Data,
  })
  .superRefine((e, ctx) => {
    if (e.subject !== undefined) return;
    if (!Id.safeParse(e.data.customerId).success) {
      ctx.addIssue({
        code: 'custom',
        path: ['subject'],
        message: 'Set subject (or data.customerId) to the customer id',
      });
    }
  })
  .openapi('CloudEvent', {
    description:
      'A CloudEvent 1.0 in structured JSON mode. `subject` is the customer id; without it, `data.customerId` must be one (an id: no control characters, no leading or trailing space).',
    anyOf: [
      { required: ['subject'] },
      {
        required: ['data'],
        properties: { data: { type: 'object', required: ['customerId'], properties: { customerId: IdJsonSchema } } },
      },
    ],
  });

/** One event in either form (the simple form first: it is the common one, and checked faster). */
export const EventInput = z.union([SimpleEvent, CloudEvent]).openapi('EventInput');

/** Most events a batch may hold. */
export const MAX_BATCH = 500;

/** The body of POST /v1/events: one event, or a JSON array of up to 500. */
export const EventsBody = z.union([
  EventInput,
  z
    .array(EventInput)
    .min(1, 'Send at least one event')
    .max(MAX_BATCH, `A batch holds at most ${MAX_BATCH} events; split it`),
]);

/** What happened to one journey because of an event. */
export const JourneyTouch = z
  .object({
    flowId: z.string(),
    version: z.number().int(),
    workflowId: z.string(),
    action: z.enum(['started', 'advanced', 'skipped']),
    reason: z.string().optional().openapi({
      description:
        'Why nothing happened: already_running / already_ran / duplicate_event (re-entry rule), filter_not_matched, filter_error (the filter could not be computed for this event), filter_too_costly (it ran out of its cost budget on this event), ended',
    }),
  })
  .openapi('JourneyTouch');

/** The answer for one event (identical for every repeat of its id). */
export const EventResult = z.object({ eventId: z.string(), journeys: z.array(JourneyTouch) }).openapi('EventResult');

export const BatchResult = z.object({ results: z.array(EventResult) }).openapi('BatchResult');

/** An event as the engine sees it, from either form. */
export interface NormalizedEvent {
  id: string;
  type: string;
  customerId: string;
  /** ISO time it happened (or was received). */
  time: string;
  data: Record<string, Json>;
  source: string | null;
}

/** Normalizes a validated event of either form; `receivedAt` fills a missing time. */
export function normalizeEvent(e: z.infer<typeof EventInput>, receivedAt: string): NormalizedEvent {
  if ('specversion' in e) {
    const customerId = e.subject ?? String(e.data.customerId);
    return {
      id: e.id,
      type: e.type,
      customerId,
      time: e.time ?? receivedAt,
      data: e.data as Record<string, Json>,
      source: e.source,
    };
  }
  const data = e.data as Record<string, Json>;
  return { id: e.id, type: e.type, customerId: e.customerId, time: e.time ?? receivedAt, data, source: null };
}

/** An event type the API has received, for the designer's trigger. */
export const EventTypeSeen = z
  .object({
    type: z.string().openapi({ example: 'delivery.delayed' }),
    count: z.number().int().openapi({ description: 'Events of this type stored' }),
    lastAt: z.string().openapi({ description: 'When the newest one arrived' }),
  })
  .openapi('EventTypeSeen');

export const EventTypeList = z.object({ eventTypes: z.array(EventTypeSeen) }).openapi('EventTypeList');

export const EventTypeParam = z.object({
  type: EventType.openapi({ param: { name: 'type', in: 'path' }, example: 'delivery.delayed' }),
});

export const SampleQuery = z.object({
  limit: intParam(1, 500).optional().openapi({ description: 'How many of the newest events to read (default 50)' }),
});

/**
 * The fields of an event type learned from the newest events received: the same shape as a flow document's
 * `events[type]` (so the designer can store it as is), plus the type.
 */
export const InferredEventSchema = z
  .object({
    type: z.string(),
    samples: z.number().int().openapi({ description: 'How many events the fields were learned from (0: none yet)' }),
    fields: EventSchema.shape.fields.describe(
      'By field name: type (text, number, boolean, date, list, object), required, values, example',
    ),
  })
  .openapi('InferredEventSchema');
