import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../context';
import { json, jsonBody } from '../schemas/common';
import { BatchResult, EventResult, EventsBody, normalizeEvent } from '../schemas/events';
import { assertEventsFit, ingestBatch, ingestEvent } from '../services/events';
import type { Runtime } from '../services/runtime';
import { type Guard, secure } from './define';

/** POST /v1/events: business events in, journeys started and advanced. */
export function eventRoutes(app: OpenAPIHono<AppEnv>, rt: Runtime, guard: Guard): void {
  app.openapi(
    secure(
      guard,
      'events:write',
      {
        method: 'post',
        path: '/v1/events',
        tags: ['Events'],
        summary: 'Send one event or a batch of up to 500',
        description: [
          "Each event is Ruta's simple form `{ id, type, customerId, data, time? }` or a CloudEvent 1.0 in structured JSON",
          '(`specversion`, `id`, `source`, `type`, `subject` = customer id or `data.customerId`, `data`).',
          'Every published flow whose trigger is this event type (and whose filter holds) starts a journey for the customer,',
          "following the flow's re-entry rule; journeys of the customer that wait for this type receive it.",
          'Idempotent on the event id: sending the same id again (even at the same time) answers the first answer, byte for byte,',
          'and starts nothing new (`Idempotent-Replayed: true`). A batch is validated as a whole (nothing is stored if any event is invalid);',
          'one event may be at most RUTA_EVENT_MAX_BYTES (default 256 KiB) of JSON (413 beyond, naming the limit), a batch at most RUTA_EVENTS_BODY_LIMIT;',
          'each event is processed on its own: one that fails does not fail the others sent at the same time;',
          "one customer's events are processed in the order sent.",
        ].join(' '),
        request: {
          body: jsonBody(
            EventsBody,
            'Also accepted as application/cloudevents+json and application/cloudevents-batch+json',
          ),
        },
        responses: {
          202: json(EventResult.or(BatchResult), 'Accepted: the journeys each event started, advanced or skipped'),
        },
      },
      { temporal: true },
    ),
    async (c) => {
      const body = c.req.valid('json');
      assertEventsFit(Array.isArray(body) ? body : [body], rt.config.eventMaxBytes, Array.isArray(body));
      const receivedAt = new Date().toISOString();
      if (Array.isArray(body)) {
        const results = await ingestBatch(
          rt,
          body.map((e) => normalizeEvent(e, receivedAt)),
        );
        if (results.some((r) => r.replayed)) c.header('Idempotent-Replayed', 'true');
        return c.json({ results: results.map((r) => r.result) }, 202);
      }
      const { result, replayed } = await ingestEvent(rt, normalizeEvent(body, receivedAt));
      if (replayed) c.header('Idempotent-Replayed', 'true');
      return c.json(result, 202);
    },
  );
}
