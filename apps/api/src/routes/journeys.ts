import type { OpenAPIHono } from '@hono/zod-openapi';
import { z } from '@hono/zod-openapi';
import { listJourneys } from '@ruta/db';
import type { AppEnv } from '../context';
import { actorOf } from '../middleware/auth';
import { json, jsonBody, text } from '../schemas/common';
import { ControlResult, JourneyDetail, JourneyIdParam, JourneyList, JourneyQuery } from '../schemas/journeys';
import { cancelJourney, journeyDetail, journeyDto, retryStep, skipStep, skipWait } from '../services/journeys';
import type { Runtime } from '../services/runtime';
import { type Guard, secure } from './define';

const IdParams = z.object({ id: JourneyIdParam });
const CONTROL = { problems: [404, 409], temporal: true };

/** Listing journeys (from the database: no Temporal visibility needed), one journey in full, and its controls. */
export function journeyRoutes(app: OpenAPIHono<AppEnv>, rt: Runtime, guard: Guard): void {
  app.openapi(
    secure(guard, 'journeys:read', {
      method: 'get',
      path: '/v1/journeys',
      tags: ['Journeys'],
      summary: 'List journeys, newest first',
      request: { query: JourneyQuery },
      responses: { 200: json(JourneyList, 'A page of journeys') },
    }),
    async (c) => {
      const q = c.req.valid('query');
      const flowId = q.flow ?? q.flowId;
      const customerId = q.customer ?? q.customerId;
      const nodeId = q.node ?? q.nodeId;
      const page = await listJourneys(rt.db, {
        ...(flowId ? { flowId } : {}),
        ...(q.version ? { version: q.version } : {}),
        ...(customerId ? { customerId } : {}),
        ...(q.status ? { status: q.status } : {}),
        ...(nodeId ? { nodeId } : {}),
        ...(q.limit ? { limit: q.limit } : {}),
        ...(q.cursor ? { cursor: q.cursor } : {}),
      });
      return c.json({ journeys: page.items.map(journeyDto), nextCursor: page.nextCursor }, 200);
    },
  );

  app.openapi(
    secure(
      guard,
      'journeys:read',
      {
        method: 'get',
        path: '/v1/journeys/{id}',
        tags: ['Journeys'],
        summary: 'One journey: path, live state, messages and pending timers',
        request: { params: IdParams },
        responses: { 200: json(JourneyDetail, 'The journey') },
      },
      { problems: [404], temporal: true },
    ),
    async (c) => c.json(await journeyDetail(rt, c.req.valid('param').id), 200),
  );

  app.openapi(
    secure(
      guard,
      'journeys:write',
      {
        method: 'post',
        path: '/v1/journeys/{id}/cancel',
        tags: ['Journeys'],
        summary: 'Cancel a running journey (at once, even mid-wait)',
        request: {
          params: IdParams,
          body: jsonBody(z.object({ reason: text({ max: 500 }).optional() }), undefined, false),
        },
        responses: { 200: json(ControlResult, 'Cancelled') },
      },
      CONTROL,
    ),
    async (c) => {
      const { reason } = c.req.valid('json');
      return c.json(await cancelJourney(rt, c.req.valid('param').id, reason), 200);
    },
  );

  app.openapi(
    secure(
      guard,
      'journeys:write',
      {
        method: 'post',
        path: '/v1/journeys/{id}/skip-wait',
        tags: ['Journeys'],
        summary: 'End the current wait now, as if its time ran out',
        description:
          'A reply wait leaves by `timeout`, a handoff by `sla_breached`. 409 when the journey is not waiting.',
        request: {
          params: IdParams,
          body: jsonBody(
            z.object({
              nodeId: text({ max: 200 }).optional().openapi({ description: 'Only if it waits at this node' }),
            }),
            undefined,
            false,
          ),
        },
        responses: { 200: json(ControlResult, 'Skipped') },
      },
      CONTROL,
    ),
    async (c) => {
      const { nodeId } = c.req.valid('json');
      return c.json(await skipWait(rt, c.req.valid('param').id, nodeId), 200);
    },
  );

  app.openapi(
    secure(
      guard,
      'journeys:write',
      {
        method: 'post',
        path: '/v1/journeys/{id}/retry-step',
        tags: ['Journeys'],
        summary: 'Retry the failing activity now, with fresh attempts',
        description:
          'For a running journey whose current activity keeps failing (Temporal is retrying it with backoff): resets the journey to the workflow task that scheduled the activity, so it runs again at once with attempt 1 and the same idempotency key. Signals received since are re-applied. 409 `nothing-to-retry` when no activity is failing; 409 `journey-not-running` once the journey ended (a failed journey stays failed: start a new one).',
        request: { params: IdParams },
        responses: { 202: json(ControlResult, 'Retrying') },
      },
      CONTROL,
    ),
    async (c) => c.json(await retryStep(rt, c.req.valid('param').id, actorOf(c.get('principal')).name), 202),
  );

  app.openapi(
    secure(
      guard,
      'journeys:write',
      {
        method: 'post',
        path: '/v1/journeys/{id}/skip-step',
        tags: ['Journeys'],
        summary: 'Skip what the journey is doing now, when that can be done honestly',
        description:
          'A wait ends as if its time ran out (like skip-wait). An activity that runs or keeps failing cannot be skipped from outside the journey (its result decides where the journey goes): 409 `step-not-skippable`; use retry-step or cancel.',
        request: { params: IdParams },
        responses: { 200: json(ControlResult, 'Skipped') },
      },
      CONTROL,
    ),
    async (c) => c.json(await skipStep(rt, c.req.valid('param').id), 200),
  );
}
