import type { OpenAPIHono } from '@hono/zod-openapi';
import { z } from '@hono/zod-openapi';
import { customerNames, listJourneys } from '@ruta/db';
import type { AppEnv } from '../context';
import { actorOf } from '../middleware/auth';
import { json, jsonBody, text } from '../schemas/common';
import { ControlResult, JourneyDetail, JourneyIdParam, JourneyList, JourneyQuery } from '../schemas/journeys';
import {
  cancelJourney,
  journeyDetail,
  journeyDto,
  retryStep,
  skipStep,
  skipWait,
  terminateJourney,
} from '../services/journeys';
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
        ...(q.attention !== undefined ? { attention: q.attention } : {}),
        ...(q.q ? { search: q.q } : {}),
        ...(q.limit ? { limit: q.limit } : {}),
        ...(q.cursor ? { cursor: q.cursor } : {}),
      });
      const names = await customerNames(
        rt.db,
        page.items.map((j) => j.customerId),
      );
      const journeys = page.items.map((j) => journeyDto(j, names[j.customerId] ?? null));
      return c.json({ journeys, nextCursor: page.nextCursor }, 200);
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
        description:
          'The journey takes the cancel and records its own end. A journey whose workflow task keeps failing cannot take it: 409 `journey-stuck`, with `terminate.href` to end it. With `?force=true` such a journey (or one that does not answer in time) is terminated instead, with the reason (`action: terminated`).',
        request: {
          params: IdParams,
          query: z.object({
            force: z
              .enum(['true', 'false'])
              .optional()
              .openapi({ description: 'Terminate instead when the journey cannot take the cancel' }),
          }),
          body: jsonBody(z.object({ reason: text({ max: 500 }).optional() }), undefined, false),
        },
        responses: { 200: json(ControlResult, 'Cancelled (or terminated, with force)') },
      },
      CONTROL,
    ),
    async (c) => {
      const { reason } = c.req.valid('json');
      const force = c.req.valid('query').force === 'true';
      return c.json(
        await cancelJourney(rt, c.req.valid('param').id, { reason, force, actor: actorOf(c.get('principal')).name }),
        200,
      );
    },
  );

  app.openapi(
    secure(
      guard,
      'journeys:write',
      {
        method: 'post',
        path: '/v1/journeys/{id}/terminate',
        tags: ['Journeys'],
        summary: 'Terminate a running journey with a reason (the last resort)',
        description:
          'Ends the journey in Temporal at once, without running another step: for a journey that is stuck (its workflow task keeps failing, so it cannot take a cancel) or must stop now. The journey gets status `terminated`, the reason (`endReason`) and an `end` step on its timeline. Prefer cancel, which lets the journey record its own end. 409 `journey-not-running` once it ended.',
        request: {
          params: IdParams,
          body: jsonBody(
            z.object({
              reason: z
                .string()
                .trim()
                .min(1)
                .max(500)
                .openapi({ description: 'Why (kept on the journey and shown in Temporal)' }),
            }),
          ),
        },
        responses: { 200: json(ControlResult, 'Terminated') },
      },
      CONTROL,
    ),
    async (c) => {
      const { reason } = c.req.valid('json');
      return c.json(
        await terminateJourney(rt, c.req.valid('param').id, { reason, actor: actorOf(c.get('principal')).name }),
        200,
      );
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
          'For a running journey whose current activity keeps failing (Temporal is retrying it with backoff): resets the journey to the workflow task that scheduled the activity, so it runs again at once with attempt 1 and the same idempotency key. Signals received since are re-applied. A journey parked at a failed step runs the step again; a journey holding a message for missing data writes it again with the customer profile as the store has it now (update it first with PUT /v1/customers/{id}): it is sent, or it holds again and the answer says `heldAgain` with what is still missing (es/en). 409 `nothing-to-retry` when nothing is failing, parked or held; 409 `journey-not-running` once the journey ended (a failed journey stays failed: start a new one).',
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
