import type { OpenAPIHono } from '@hono/zod-openapi';
import { z } from '@hono/zod-openapi';
import { flowScheduleId, setFlowSchedulePaused, triggerFlowSchedule } from '@ruta/temporal';
import type { Context } from 'hono';
import type { AppEnv } from '../context';
import { ApiError } from '../errors/api-error';
import { actorOf } from '../middleware/auth';
import { json, jsonBody } from '../schemas/common';
import { FlowIdParam } from '../schemas/flows';
import { FlowSchedule, ScheduleNoteBody, ScheduleTriggered } from '../schemas/schedules';
import type { Runtime } from '../services/runtime';
import { flowScheduleView } from '../services/schedules';
import { type Guard, secure } from './define';

const IdParams = z.object({ id: FlowIdParam });
const actor = (c: Context<AppEnv>) => actorOf(c.get('principal')).name;

/** A flow's schedule: what it is, when it runs next, what its runs did; pause, resume, run now. */
export function scheduleRoutes(app: OpenAPIHono<AppEnv>, rt: Runtime, guard: Guard): void {
  app.openapi(
    secure(
      guard,
      'flows:read',
      {
        method: 'get',
        path: '/v1/flows/{id}/schedule',
        tags: ['Schedules'],
        summary: "A schedule flow's Temporal Schedule: timing, audience, next runs and recent runs",
        description:
          'Publishing a flow whose trigger is a schedule creates its schedule (`ruta-schedule:<flowId>`); each run starts one journey per customer of the audience segment. 409 `not-scheduled` when the flow is not published or not started by a schedule.',
        request: { params: IdParams },
        responses: { 200: json(FlowSchedule, 'The schedule') },
      },
      { problems: [404, 409], temporal: true },
    ),
    async (c) => c.json(await flowScheduleView(rt, c.req.valid('param').id), 200),
  );

  for (const paused of [true, false]) {
    app.openapi(
      secure(
        guard,
        'flows:publish',
        {
          method: 'post',
          path: `/v1/flows/{id}/schedule/${paused ? 'pause' : 'resume'}`,
          tags: ['Schedules'],
          summary: paused ? 'Pause the schedule (no runs until resumed)' : 'Resume a paused schedule',
          description: paused
            ? 'Runs already going finish. A new version published meanwhile keeps the schedule paused.'
            : 'Missed times are not made up.',
          request: { params: IdParams, body: jsonBody(ScheduleNoteBody, undefined, false) },
          responses: { 200: json(FlowSchedule, 'The schedule after the change') },
        },
        { problems: [404, 409], temporal: true },
      ),
      async (c) => {
        const { id } = c.req.valid('param');
        const { note } = c.req.valid('json') ?? {};
        await flowScheduleView(rt, id);
        const text = `${note || (paused ? 'Paused' : 'Resumed')} (${actor(c)})`;
        if (!(await setFlowSchedulePaused(rt.client, id, paused, text))) {
          throw new ApiError('not-scheduled', `Flow ${id} has no schedule`);
        }
        return c.json(await flowScheduleView(rt, id), 200);
      },
    );
  }

  app.openapi(
    secure(
      guard,
      'flows:publish',
      {
        method: 'post',
        path: '/v1/flows/{id}/schedule/trigger',
        tags: ['Schedules'],
        summary: 'Run the schedule now',
        description:
          "Starts a run at once, whatever the timing and even while paused; the overlap policy still applies. Customers the flow's re-entry rule keeps out are skipped as in any run.",
        request: { params: IdParams },
        responses: { 202: json(ScheduleTriggered, 'A run was requested') },
      },
      { problems: [404, 409], temporal: true },
    ),
    async (c) => {
      const { id } = c.req.valid('param');
      await flowScheduleView(rt, id);
      if (!(await triggerFlowSchedule(rt.client, id)))
        throw new ApiError('not-scheduled', `Flow ${id} has no schedule`);
      return c.json({ flowId: id, scheduleId: flowScheduleId(id), triggered: true as const }, 202);
    },
  );
}
