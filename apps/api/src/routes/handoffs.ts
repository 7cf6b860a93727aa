import type { OpenAPIHono } from '@hono/zod-openapi';
import { z } from '@hono/zod-openapi';
import { getTicket, listOpen } from '@ruta/db';
import type { Context } from 'hono';
import type { AppEnv } from '../context';
import { ApiError } from '../errors/api-error';
import { id, json, jsonBody, text } from '../schemas/common';
import { ResolveBody, ResolveResult, Ticket } from '../schemas/customers';
import { Suggestions } from '../schemas/kb';
import { AssignBody } from '../schemas/people';
import { assignHandoff, resolveHandoff } from '../services/handoffs';
import { suggestForCase } from '../services/kb';
import type { Runtime } from '../services/runtime';
import { ticketDto } from '../services/serialize';
import { type Guard, secure } from './define';

const IdParams = z.object({ id: id(200).openapi({ param: { name: 'id', in: 'path' } }) });

/** The handoff, if it exists and lies in the caller's reach; else 404 (a case outside your queues is not shown). */
async function handoffInReach(rt: Runtime, c: Context<AppEnv>, handoffId: string) {
  const ticket = await getTicket(rt.db, handoffId);
  if (!ticket || !(await c.get('access').reachesQueue(ticket.queue))) {
    throw new ApiError('not-found', `Handoff ${handoffId} does not exist`);
  }
  return ticket;
}

/**
 * The people's side of escalations: open handoffs (of your queues, for agents and supervisors), one handoff,
 * resolving it (which moves its journey on) and reassigning it.
 */
export function handoffRoutes(app: OpenAPIHono<AppEnv>, rt: Runtime, guard: Guard): void {
  app.openapi(
    secure(guard, 'cases:read', {
      method: 'get',
      path: '/v1/handoffs',
      tags: ['Handoffs'],
      summary: 'Open handoffs, most urgent first (agents and supervisors: of their queues)',
      request: { query: z.object({ queue: text({ max: 100 }).optional() }) },
      responses: { 200: json(z.object({ handoffs: z.array(Ticket) }).openapi('HandoffList'), 'Open handoffs') },
    }),
    async (c) => {
      const { queue } = c.req.valid('query');
      const reach = await c.get('access').queues();
      const queues = queue === undefined ? reach : reach === null || reach.includes(queue) ? [queue] : [];
      const rows = (await listOpen(rt.db, queues ?? undefined)).filter((t) => t.kind === 'handoff');
      return c.json({ handoffs: rows.map((t) => ticketDto(t)) }, 200);
    },
  );

  app.openapi(
    secure(
      guard,
      'cases:read',
      {
        method: 'get',
        path: '/v1/handoffs/{id}',
        tags: ['Handoffs'],
        summary: 'A handoff with its context and notes',
        request: { params: IdParams },
        responses: { 200: json(Ticket, 'The handoff') },
      },
      { problems: [404] },
    ),
    async (c) => c.json(ticketDto(await handoffInReach(rt, c, c.req.valid('param').id)), 200),
  );

  app.openapi(
    secure(
      guard,
      'cases:write',
      {
        method: 'post',
        path: '/v1/handoffs/{id}/resolve',
        tags: ['Handoffs'],
        summary: 'Resolve a handoff; its journey leaves the handoff node by `resolved`',
        description: 'A person resolves as themselves (the ticket is assigned to them); a system may name the `agent`.',
        request: { params: IdParams, body: jsonBody(ResolveBody, undefined, false) },
        responses: { 200: json(ResolveResult, 'Resolved') },
      },
      { problems: [404, 409], temporal: true },
    ),
    async (c) => {
      const ticket = await handoffInReach(rt, c, c.req.valid('param').id);
      const principal = c.get('principal');
      const body = c.req.valid('json');
      const by = principal.kind === 'user' ? { person: { id: principal.id, name: principal.displayName } } : {};
      return c.json(await resolveHandoff(rt, ticket.id, { ...body, ...by }), 200);
    },
  );

  app.openapi(
    secure(
      guard,
      'cases:read',
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
      { problems: [404] },
    ),
    async (c) => {
      const ticket = await handoffInReach(rt, c, c.req.valid('param').id);
      return c.json(await suggestForCase(rt.db, ticket.id), 200);
    },
  );

  app.openapi(
    secure(
      guard,
      'cases:assign',
      {
        method: 'post',
        path: '/v1/handoffs/{id}/assign',
        tags: ['Handoffs'],
        summary: 'Reassign a handoff: to a person, to nobody, or to another queue',
        description:
          'Supervisors reassign within their teams’ queues. The assignee must be an active person who works the (new) queue or oversees it (409 otherwise); a queue outside your reach is 404.',
        request: { params: IdParams, body: jsonBody(AssignBody) },
        responses: { 200: json(Ticket, 'Reassigned') },
      },
      { problems: [404, 409] },
    ),
    async (c) => {
      const ticket = await handoffInReach(rt, c, c.req.valid('param').id);
      const body = c.req.valid('json');
      if (body.queue !== undefined && !(await c.get('access').reachesQueue(body.queue))) {
        throw new ApiError('not-found', `Queue ${body.queue} does not exist`);
      }
      await assignHandoff(rt, ticket, body);
      return c.json(ticketDto((await getTicket(rt.db, ticket.id))!), 200);
    },
  );
}
