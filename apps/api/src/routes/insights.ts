import type { OpenAPIHono } from '@hono/zod-openapi';
import { z } from '@hono/zod-openapi';
import type { AppEnv } from '../context';
import { FlowIdQuery } from '../schemas/attention';
import { json, TimeZone } from '../schemas/common';
import { ExampleData, Insights } from '../schemas/insights';
import { SEED_FLOWS, SEED_RANGE, seedInsights } from '../seed/insights';
import { insights } from '../services/insights';
import type { Runtime } from '../services/runtime';
import { type Guard, secure } from './define';

const Day = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'Use a date like 2026-03-01')
  // Date.parse rolls 2026-02-30 over to 2 March: a real day is one that reads back the same.
  .refine((d) => {
    const t = Date.parse(`${d}T00:00:00Z`);
    return !Number.isNaN(t) && new Date(t).toISOString().slice(0, 10) === d;
  }, 'Use a real date, like 2026-03-01')
  .openapi({ format: 'date' });

const InsightsQuery = z
  .object({
    flowId: FlowIdQuery.optional().openapi({ description: 'One flow; every flow when absent' }),
    version: z.coerce.number().int().positive().optional(),
    from: Day.openapi({ description: 'First day (in `tz`)', example: '2026-03-01' }),
    to: Day.openapi({ description: 'Day after the last (in `tz`)', example: '2026-03-08' }),
    tz: TimeZone,
  })
  .refine((q) => q.from < q.to, { path: ['to'], message: 'Use a day after `from`' })
  .refine((q) => q.version === undefined || q.flowId !== undefined, {
    path: ['version'],
    message: 'A version needs a flowId',
  });

/** The insights page's figures, from the store. */
export function insightRoutes(app: OpenAPIHono<AppEnv>, rt: Runtime, guard: Guard): void {
  app.openapi(
    secure(guard, 'journeys:read', {
      method: 'get',
      path: '/v1/insights',
      tags: ['Insights'],
      summary: 'What journeys did in a date range: outcomes, waits, drop-off, A/B splits, CSAT, escalations',
      description:
        "Journeys started from `from` to the day before `to`, both days in the viewer's time zone `tz`. Per version: entered, running, completed, goal reached, escalated, failed, cancelled. With a flow: time in each wait, drop-off per node, and each A/B split's conversion to a goal with 95% intervals and a two-proportion test verdict (es/en). CSAT over time and by flow, queue, channel and agent, with the comments and their sentiment; escalation reasons over time and the key phrases of the escalated messages per language, with examples. Computed from the database, never from Temporal visibility.",
      request: { query: InsightsQuery },
      responses: { 200: json(Insights, 'The figures') },
    }),
    async (c) => {
      const q = c.req.valid('query');
      return c.json(
        await insights(rt, {
          from: q.from,
          to: q.to,
          tz: q.tz,
          ...(q.flowId ? { flowId: q.flowId } : {}),
          ...(q.version ? { version: q.version } : {}),
        }),
        200,
      );
    },
  );

  app.openapi(
    secure(guard, 'admin', {
      method: 'post',
      path: '/v1/insights/example',
      tags: ['Insights'],
      summary: 'Load the example data set: three sample flows and 230 journeys with known outcomes (admins)',
      description:
        'Writes the data set `npm run seed:insights` writes, through the running API (a PGlite database serves one process, so this is how to load it while `npm start` runs). Flows `f_seed_ab`, `f_seed_bot` and `f_seed_csat`; journeys, customers, messages and cases whose ids start with `seed-`, from 2 to 8 March 2026 in America/Santiago. Loading it again replaces those rows and nothing else.',
      responses: { 200: json(ExampleData, 'What was written, and the range to open Insights on') },
    }),
    async (c) => {
      const { journeys } = await seedInsights(rt.db);
      return c.json({ journeys, flows: Object.values(SEED_FLOWS), range: SEED_RANGE }, 200);
    },
  );
}
