import type { OpenAPIHono } from '@hono/zod-openapi';
import { z } from '@hono/zod-openapi';
import type { AttentionFilter } from '@ruta/db';
import type { AppEnv } from '../context';
import { actorOf } from '../middleware/auth';
import {
  AttentionFilterSchema,
  AttentionJourneys,
  AttentionOverview,
  BulkAction,
  BulkActionBody,
  FlowIdQuery,
} from '../schemas/attention';
import { json, jsonBody } from '../schemas/common';
import {
  attentionGroupJourneys,
  attentionOverview,
  bulkActionStatus,
  startBulkAction,
} from '../services/needs-attention';
import type { Runtime } from '../services/runtime';
import { type Guard, secure } from './define';

const filterOf = (f: z.infer<typeof AttentionFilterSchema>): AttentionFilter => ({
  flowId: f.flowId,
  reason: f.reason,
  ...(f.version !== undefined ? { flowVersion: f.version } : {}),
  ...(f.nodeId ? { nodeId: f.nodeId } : {}),
  ...(f.failureType ? { failureType: f.failureType } : {}),
});

/** "Needs attention": journeys that need a person, grouped; their journeys; bulk retry, skip or cancel with progress. */
export function attentionRoutes(app: OpenAPIHono<AppEnv>, rt: Runtime, guard: Guard): void {
  app.openapi(
    secure(guard, 'journeys:read', {
      method: 'get',
      path: '/v1/attention',
      tags: ['Needs attention'],
      summary: 'Journeys that need a person, grouped by flow version, node and reason; messages left unconfirmed',
      description:
        'Parked at a failed step (`activity_failed`), holding a message because a placeholder has no value (`missing_data`: fill in the customer profile, then retry), stuck (`workflow_task_failing`) or a step being retried (`activity_failing`), as the store knows them (never a scan of Temporal).',
      request: { query: z.object({ flowId: FlowIdQuery.optional() }) },
      responses: { 200: json(AttentionOverview, 'The groups') },
    }),
    async (c) => c.json(await attentionOverview(rt, c.req.valid('query').flowId), 200),
  );

  app.openapi(
    secure(guard, 'journeys:read', {
      method: 'get',
      path: '/v1/attention/journeys',
      tags: ['Needs attention'],
      summary: 'The journeys of one group, longest waiting first',
      request: {
        query: AttentionFilterSchema.extend({ limit: z.coerce.number().int().min(1).max(1000).optional() }),
      },
      responses: { 200: json(AttentionJourneys, 'The journeys') },
    }),
    async (c) => {
      const q = c.req.valid('query');
      return c.json({ journeys: await attentionGroupJourneys(rt, filterOf(q), q.limit ?? 100) }, 200);
    },
  );

  app.openapi(
    secure(
      guard,
      'journeys:write',
      {
        method: 'post',
        path: '/v1/attention/bulk',
        tags: ['Needs attention'],
        summary: 'Retry, skip or cancel the journeys of a group (all, or those listed), as a batch with progress',
        description:
          'The journeys are chosen now; the action then runs in the background, a few journeys at a time. Poll `GET /v1/attention/bulk/{id}` for `done`/`total`. Journeys that cannot take the action (decided meanwhile, ended) are counted in `failed` with the reason.',
        request: { body: jsonBody(BulkActionBody) },
        responses: { 202: json(BulkAction, 'The batch, started') },
      },
      { problems: [409] },
    ),
    async (c) => {
      const b = c.req.valid('json');
      const started = await startBulkAction(
        rt,
        {
          action: b.action,
          filter: filterOf(b),
          ...(b.ids ? { ids: b.ids } : {}),
          ...(b.note ? { reason: b.note } : {}),
        },
        actorOf(c.get('principal')).name,
      );
      return c.json(started, 202);
    },
  );

  app.openapi(
    secure(
      guard,
      'journeys:read',
      {
        method: 'get',
        path: '/v1/attention/bulk/{id}',
        tags: ['Needs attention'],
        summary: "A bulk action's progress",
        request: { params: z.object({ id: z.string().min(1).max(100) }) },
        responses: { 200: json(BulkAction, 'The batch') },
      },
      { problems: [404] },
    ),
    async (c) => c.json(await bulkActionStatus(rt, c.req.valid('param').id), 200),
  );
}
