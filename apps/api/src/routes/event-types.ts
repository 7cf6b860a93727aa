import type { OpenAPIHono } from '@hono/zod-openapi';
import { listEventTypes, recentEventData } from '@ruta/db';
import { inferEventSchema } from '@ruta/flow';
import type { AppEnv } from '../context';
import { json } from '../schemas/common';
import { EventTypeList, EventTypeParam, InferredEventSchema, SampleQuery } from '../schemas/events';
import type { Runtime } from '../services/runtime';
import { type Guard, secure } from './define';

/**
 * What the events received so far say about each event type: which types arrived, and the fields of one type
 * learned from its newest events (types, required, recurring values, an example), for the designer's trigger.
 */
export function eventTypeRoutes(app: OpenAPIHono<AppEnv>, rt: Runtime, guard: Guard): void {
  app.openapi(
    secure(guard, 'flows:read', {
      method: 'get',
      path: '/v1/event-types',
      tags: ['Events'],
      summary: 'Event types received, most recently seen first',
      responses: { 200: json(EventTypeList, 'Event types') },
    }),
    async (c) => {
      const types = await listEventTypes(rt.db);
      return c.json({ eventTypes: types.map((t) => ({ ...t, lastAt: t.lastAt.toISOString() })) }, 200);
    },
  );

  app.openapi(
    secure(
      guard,
      'flows:read',
      {
        method: 'get',
        path: '/v1/event-types/{type}/schema',
        tags: ['Events'],
        summary: 'The fields of an event type, learned from the newest events of that type',
        description:
          'Reads the `data` of the newest events (default 50) and says, per top-level field, its type, whether every event had it, the values it takes when it repeats a few, and an example. A type never received answers no fields and `samples: 0`.',
        request: { params: EventTypeParam, query: SampleQuery },
        responses: { 200: json(InferredEventSchema, 'The learned fields') },
      },
      {},
    ),
    async (c) => {
      const { type } = c.req.valid('param');
      const { limit } = c.req.valid('query');
      const samples = await recentEventData(rt.db, type, limit ?? 50);
      const schema = inferEventSchema(samples as Parameters<typeof inferEventSchema>[0]);
      return c.json({ type, samples: schema.samples ?? samples.length, fields: schema.fields }, 200);
    },
  );
}
