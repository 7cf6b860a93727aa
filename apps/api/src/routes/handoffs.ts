import type { OpenAPIHono } from '@hono/zod-openapi';
import { z } from '@hono/zod-openapi';
import { getTicket, listOpen } from '@ruta/db';
import type { AppEnv } from '../context';
import { ApiError } from '../errors/api-error';
import { json, jsonBody } from '../schemas/common';
import { ResolveBody, ResolveResult, Ticket } from '../schemas/customers';
import { Suggestions } from '../schemas/kb';
import { resolveHandoff } from '../services/handoffs';
import { suggestForCase } from '../services/kb';
import type { Runtime } from '../services/runtime';
import { ticketDto } from '../services/serialize';
import { type Guard, secure } from './define';

const IdParams = z.object({
  id: z
    .string()
    .min(1)
    .max(200)
    .openapi({ param: { name: 'id', in: 'path' } }),
});

/** The agent side of escalations: open handoffs, one handoff, and resolving it (which moves its journey on). */
export function handoffRoutes(app: OpenAPIHono<AppEnv>, rt: Runtime, guard: Guard): void {
  app.openapi(
    secure(guard, 'journeys:read', {
      method: 'get',
      path: '/v1/handoffs',
      tags: ['Handoffs'],
      summary: 'Open handoffs, most urgent first',
      request: { query: z.object({ queue: z.string().max(100).optional() }) },
      responses: { 200: json(z.object({ handoffs: z.array(Ticket) }).openapi('HandoffList'), 'Open handoffs') },
    }),
    async (c) => {
      const { queue } = c.req.valid('query');
      const rows = (await listOpen(rt.db, queue)).filter((t) => t.kind === 'handoff');
      return c.json({ handoffs: rows.map((t) => ticketDto(t)) }, 200);
    },
  );

  app.openapi(
    secure(
      guard,
      'journeys:read',
      {
        method: 'get',
        path: '/v1/handoffs/{id}',
        tags: ['Handoffs'],
        summary: 'A handoff with its context and notes',
        request: { params: IdParams },
        responses: { 200: json(Ticket, 'The handoff') },
      },
      [404],
    ),
    async (c) => {
      const { id } = c.req.valid('param');
      const ticket = await getTicket(rt.db, id);
      if (!ticket) throw new ApiError('not-found', `Handoff ${id} does not exist`);
      return c.json(ticketDto(ticket), 200);
    },
  );

  app.openapi(
    secure(
      guard,
      'journeys:read',
      {
        method: 'get',
        path: '/v1/handoffs/{id}/suggestions',
        tags: ['Handoffs'],
        summary: 'Articles and a reply suggested to the agent, from the search the bot uses',
        description:
          "Searches the published knowledge base for what the customer asked (the bot's question when a bot ran) and writes a reply from the best article, addressed to the customer in the question's language.",
        request: { params: IdParams },
        responses: { 200: json(Suggestions, 'Suggested articles (best first) and reply') },
      },
      [404],
    ),
    async (c) => c.json(await suggestForCase(rt.db, c.req.valid('param').id), 200),
  );

  app.openapi(
    secure(
      guard,
      'journeys:write',
      {
        method: 'post',
        path: '/v1/handoffs/{id}/resolve',
        tags: ['Handoffs'],
        summary: 'Resolve a handoff; its journey leaves the handoff node by `resolved`',
        request: { params: IdParams, body: jsonBody(ResolveBody, undefined, false) },
        responses: { 200: json(ResolveResult, 'Resolved') },
      },
      [404, 409, 413, 415, 422],
    ),
    async (c) => c.json(await resolveHandoff(rt, c.req.valid('param').id, c.req.valid('json')), 200),
  );
}
