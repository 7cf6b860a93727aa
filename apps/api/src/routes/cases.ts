import type { OpenAPIHono } from '@hono/zod-openapi';
import { z } from '@hono/zod-openapi';
import { claimTicket } from '@ruta/db';
import type { Context } from 'hono';
import { streamSSE } from 'hono/streaming';
import type { AppEnv } from '../context';
import { ApiError } from '../errors/api-error';
import { actorOf } from '../middleware/auth';
import {
  CaseContext,
  CaseStreamEvent,
  CasesOverview,
  NoteBody,
  ReplyBody,
  ReplyResult,
  TransferBody,
} from '../schemas/cases';
import { id, json, jsonBody } from '../schemas/common';
import { Ticket } from '../schemas/customers';
import { replyToCustomer } from '../services/case-reply';
import { caseContext, casesOverview, noteCase, openHandoff, transferCase } from '../services/cases';
import type { Runtime } from '../services/runtime';
import { ticketDto } from '../services/serialize';
import { type Guard, secure } from './define';
import { handoffInReach } from './handoffs';

/** A comment this often keeps proxies from closing an idle event stream. */
const HEARTBEAT_MS = 20_000;

const IdParams = z.object({ id: id(200).openapi({ param: { name: 'id', in: 'path' } }) });

const author = (c: Context<AppEnv>) => actorOf(c.get('principal')).name;

/**
 * The agent workspace's actions on a case (a handoff): its context, claiming it, internal notes, transferring it to
 * another queue; and the supervisor's overview of queues, loads and cases near their SLA.
 */
export function caseRoutes(app: OpenAPIHono<AppEnv>, rt: Runtime, guard: Guard): void {
  app.openapi(
    secure(
      guard,
      'cases:read',
      {
        method: 'get',
        path: '/v1/handoffs/{id}/context',
        tags: ['Handoffs'],
        summary: "A case's story: the journey's path, the sentiment trend, why it escalated, earlier cases",
        request: { params: IdParams },
        responses: { 200: json(CaseContext, 'The case with its context') },
      },
      { problems: [404] },
    ),
    async (c) => c.json(await caseContext(rt, await handoffInReach(rt, c, c.req.valid('param').id)), 200),
  );

  app.openapi(
    secure(
      guard,
      'cases:write',
      {
        method: 'post',
        path: '/v1/handoffs/{id}/claim',
        tags: ['Handoffs'],
        summary: 'Take an unassigned case for yourself',
        description: '409 when someone else holds it or it is closed; claiming a case you hold changes nothing.',
        request: { params: IdParams },
        responses: { 200: json(Ticket, 'Yours now') },
      },
      { problems: [404, 409] },
    ),
    async (c) => {
      const ticket = await handoffInReach(rt, c, c.req.valid('param').id);
      const principal = c.get('principal');
      if (principal.kind !== 'user') throw new ApiError('person-only', 'Only a person can claim a case');
      openHandoff(ticket);
      const row = await claimTicket(rt.db, ticket.id, principal.id);
      if (!row) throw new ApiError('case-held', `Handoff ${ticket.id} is held by someone else`);
      return c.json(ticketDto({ ...row, notes: ticket.notes }), 200);
    },
  );

  app.openapi(
    secure(
      guard,
      'cases:write',
      {
        method: 'post',
        path: '/v1/handoffs/{id}/notes',
        tags: ['Handoffs'],
        summary: 'Add an internal note (never sent to the customer)',
        request: { params: IdParams, body: jsonBody(NoteBody) },
        responses: { 201: json(Ticket, 'The case with its notes') },
      },
      { problems: [404, 409] },
    ),
    async (c) => {
      const ticket = await handoffInReach(rt, c, c.req.valid('param').id);
      return c.json(ticketDto(await noteCase(rt, ticket, c.req.valid('json').body, author(c))), 201);
    },
  );

  app.openapi(
    secure(
      guard,
      'cases:write',
      {
        method: 'post',
        path: '/v1/handoffs/{id}/transfer',
        tags: ['Handoffs'],
        summary: 'Move a case to another queue (unassigned), with a note saying why',
        description:
          'Any queue may receive it (a specialist queue need not be yours); afterwards the case may be out of your reach.',
        request: { params: IdParams, body: jsonBody(TransferBody) },
        responses: { 200: json(Ticket, 'Moved') },
      },
      { problems: [404, 409] },
    ),
    async (c) => {
      const ticket = await handoffInReach(rt, c, c.req.valid('param').id);
      const { queue, note } = c.req.valid('json');
      return c.json(ticketDto(await transferCase(rt, ticket, queue, note, author(c))), 200);
    },
  );

  app.openapi(
    secure(
      guard,
      'cases:write',
      {
        method: 'post',
        path: '/v1/handoffs/{id}/reply',
        tags: ['Handoffs'],
        summary: "Answer the customer on their channel, through the journeys' outbox and contact rules",
        description:
          "Sent at most once per `requestId`. Quiet hours defer it (202, `pending`) unless it answers the customer's own WhatsApp message within 24 hours; an opt-out suppresses it.",
        request: { params: IdParams, body: jsonBody(ReplyBody) },
        responses: {
          200: json(ReplyResult, 'Settled: sent, suppressed or failed (see `reason`)'),
          202: json(ReplyResult, 'Accepted; it goes out later (quiet hours) or is being retried'),
        },
      },
      { problems: [404, 409], temporal: true },
    ),
    async (c) => {
      const ticket = await handoffInReach(rt, c, c.req.valid('param').id);
      const answer = await replyToCustomer(rt, ticket, c.req.valid('json'));
      return answer.status === 'pending' || answer.status === 'deferred' ? c.json(answer, 202) : c.json(answer, 200);
    },
  );

  app.openapi(
    secure(
      guard,
      'cases:read',
      {
        method: 'get',
        path: '/v1/cases/stream',
        tags: ['Handoffs'],
        summary: 'Live case events (server-sent events) for the cases of your queues',
        description:
          'Events `case.created`, `case.changed`, `customer.replied` and `sla.warning`, each with `{ event, case }` (the case as it is now). A comment every 20 s keeps the connection open. One database LISTEN per API process serves every connection.',
        responses: {
          200: {
            description: 'An event stream; `ready` first',
            content: { 'text/event-stream': { schema: CaseStreamEvent } },
          },
        },
      },
      { problems: [503] },
    ),
    async (c) => {
      const feed = rt.cases;
      if (!feed)
        throw new ApiError('unavailable', 'Live updates need the database change feed, which is not connected');
      const reach = await c.get('access').queues();
      return streamSSE(c, async (stream) => {
        let id = 0;
        let end = () => {};
        const ended = new Promise<void>((resolve) => {
          end = resolve;
          stream.onAbort(resolve);
        });
        const unsubscribe = await feed.subscribe({
          end: () => end(),
          queues: reach === null ? null : new Set(reach),
          send: (message) => {
            void stream.writeSSE({ event: message.event.type, data: JSON.stringify(message), id: String(++id) });
          },
        });
        try {
          await stream.writeSSE({ event: 'ready', data: JSON.stringify({ queues: reach }) });
          const beat = setInterval(() => void stream.write(': keep-alive\n\n'), HEARTBEAT_MS);
          await ended;
          clearInterval(beat);
        } finally {
          unsubscribe();
        }
      }) as never;
    },
  );

  app.openapi(
    secure(guard, 'cases:assign', {
      method: 'get',
      path: '/v1/cases/overview',
      tags: ['Handoffs'],
      summary: "Supervisors: queues with waiting time, cases about to breach their SLA, each agent's load",
      responses: { 200: json(CasesOverview, 'Queues, agents and cases at risk') },
    }),
    async (c) => c.json(await casesOverview(rt, await c.get('access').queues()), 200),
  );
}
