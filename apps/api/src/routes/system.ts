import { timingSafeEqual } from 'node:crypto';
import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { queryRows, sql } from '@ruta/db';
import { renderMetrics } from '@ruta/log';
import type { AppEnv } from '../context';
import { ApiError } from '../errors/api-error';
import { renderDocsPage } from '../openapi/docs-page';
import { withStoredTextRule } from '../openapi/stored-text';
import { json, Problem } from '../schemas/common';
import type { Runtime } from '../services/runtime';

const Check = z.object({ ok: z.boolean(), ms: z.number(), error: z.string().optional() });
const Ready = z
  .object({ status: z.enum(['ready', 'not_ready']), checks: z.object({ database: Check, temporal: Check }) })
  .openapi('Readiness');

/** What the OpenAPI document says about the API as a whole. */
export const API_INFO = {
  title: 'Ruta API',
  version: '1.0.0',
  description:
    'Customer journeys drawn as flows, run as durable Temporal workflows. Post business events to start and advance journeys; manage flows, versions and journeys; receive channel replies.',
};

async function timed(fn: () => Promise<unknown>): Promise<z.infer<typeof Check>> {
  const started = performance.now();
  try {
    await fn();
    return { ok: true, ms: Math.round(performance.now() - started) };
  } catch (err) {
    return {
      ok: false,
      ms: Math.round(performance.now() - started),
      error: err instanceof Error ? err.message : String(err),
    };
  }
}

/** Health, readiness, the OpenAPI document and the reference page. Public: no key needed. */
export function systemRoutes(app: OpenAPIHono<AppEnv>, rt: Runtime): void {
  app.openapi(
    createRoute({
      method: 'get',
      path: '/healthz',
      tags: ['System'],
      summary: 'The process is up',
      responses: { 200: json(z.object({ status: z.literal('ok') }), 'Alive') },
    }),
    (c) => c.json({ status: 'ok' as const }, 200),
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/readyz',
      tags: ['System'],
      summary: 'The database and Temporal answer',
      responses: {
        200: json(Ready, 'Ready to serve'),
        503: { description: 'A dependency is down', content: { 'application/problem+json': { schema: Problem } } },
      },
    }),
    async (c) => {
      const [database, temporal] = await Promise.all([
        timed(() => queryRows(rt.db, sql`select 1 as ok`)),
        timed(() =>
          rt.client.connection.withDeadline(Date.now() + 3_000, () => rt.client.workflowService.getSystemInfo({})),
        ),
      ]);
      if (!database.ok || !temporal.ok) {
        const down = [!database.ok && 'database', !temporal.ok && 'Temporal'].filter(Boolean).join(' and ');
        throw new ApiError('unavailable', `Not ready: ${down} do${down.includes(' and ') ? '' : 'es'} not answer`, {
          extensions: { checks: { database, temporal } },
        });
      }
      return c.json({ status: 'ready' as const, checks: { database, temporal } }, 200);
    },
  );

  let cached: ReturnType<typeof app.getOpenAPI31Document> | undefined;
  const document = () => {
    cached ??= withStoredTextRule(app.getOpenAPI31Document({ openapi: '3.1.0', info: API_INFO, tags: TAGS }));
    return cached;
  };

  // Prometheus text of this process (and of the embedded worker's SDK, when the local stack runs one).
  app.get('/metrics', async (c) => {
    const token = rt.config.metricsToken;
    if (token && !tokenMatches(c.req.header('authorization'), token)) {
      throw new ApiError('unauthorized', 'GET /metrics needs Authorization: Bearer <RUTA_METRICS_TOKEN>');
    }
    const { contentType, body } = await renderMetrics();
    return c.body(body, 200, { 'content-type': contentType, 'cache-control': 'no-store' });
  });

  app.get('/openapi.json', (c) => c.json(document()));
  app.get('/docs', (c) => c.html(renderDocsPage(document() as never)));
}

function tokenMatches(header: string | undefined, token: string): boolean {
  const given = Buffer.from(header?.replace(/^Bearer\s+/i, '') ?? '');
  const wanted = Buffer.from(token);
  return given.length === wanted.length && timingSafeEqual(given, wanted);
}

/** Operation groups, in the order the reference page shows them. */
const TAGS = [
  { name: 'Events', description: 'Business events that start and advance journeys' },
  { name: 'Flows', description: 'Drafts, validation, simulation, publishing and versions' },
  { name: 'Journeys', description: 'Running and finished journeys, and what people can do to them' },
  { name: 'Customers', description: 'Profiles, consent, the conversation timeline, export and erasure' },
  { name: 'Handoffs', description: 'Escalations to people' },
  { name: 'Knowledge base', description: 'Articles the bot answers from, and the same search for agents' },
  { name: 'Channels', description: 'Inbound messages from channel providers (signed webhooks)' },
  { name: 'Catalog', description: 'Node kinds, custom activities and sample flows' },
  { name: 'Keys', description: 'API keys (admin)' },
  { name: 'System', description: 'Health and documentation' },
];
