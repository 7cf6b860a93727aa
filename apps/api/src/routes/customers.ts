import type { OpenAPIHono } from '@hono/zod-openapi';
import { z } from '@hono/zod-openapi';
import { exportCustomer, getCustomer, listTimeline, upsertCustomer } from '@ruta/db';
import type { Json } from '@ruta/flow';
import type { AppEnv } from '../context';
import { ApiError } from '../errors/api-error';
import { actorOf } from '../middleware/auth';
import { intParam, json, jsonBody, Timestamp } from '../schemas/common';
import { Customer, CustomerBody, CustomerIdParam, ErasureReport } from '../schemas/customers';
import { Message } from '../schemas/journeys';
import { eraseCustomerEverywhere } from '../services/erasure';
import type { Runtime } from '../services/runtime';
import { customerDto, messageDto } from '../services/serialize';
import { type Guard, secure } from './define';

const IdParams = z.object({ id: CustomerIdParam });
const gone = (id: string) => new ApiError('not-found', `Customer ${id} does not exist (or was erased)`);

/** Customer profiles (what journeys know about a person), the conversation timeline, export and erasure. */
export function customerRoutes(app: OpenAPIHono<AppEnv>, rt: Runtime, guard: Guard): void {
  app.openapi(
    secure(guard, 'events:write', {
      method: 'put',
      path: '/v1/customers/{id}',
      tags: ['Customers'],
      summary: 'Create or update a customer',
      description: 'New journeys read the profile (name, locale, time zone, consent…) when they start.',
      request: { params: IdParams, body: jsonBody(CustomerBody) },
      responses: { 200: json(Customer, 'The stored profile') },
    }),
    async (c) => {
      const body = c.req.valid('json');
      // A parsed JSON body holds only JSON values; the repository checks them again.
      const attributes = body.attributes as Record<string, Json> | undefined;
      const row = await upsertCustomer(rt.db, { id: c.req.valid('param').id, ...body, attributes });
      return c.json(customerDto(row), 200);
    },
  );

  app.openapi(
    secure(
      guard,
      'customers:read',
      {
        method: 'get',
        path: '/v1/customers/{id}',
        tags: ['Customers'],
        summary: 'A customer profile (agents and supervisors: customers of their queues’ cases)',
        request: { params: IdParams },
        responses: { 200: json(Customer, 'The profile') },
      },
      { problems: [404] },
    ),
    async (c) => {
      const { id } = c.req.valid('param');
      // Agents and supervisors see the customers of their queues' cases; anyone else is "not found" to them.
      if (!(await c.get('access').reachesCustomer(id))) throw gone(id);
      const row = await getCustomer(rt.db, id);
      if (!row || row.erasedAt) throw gone(id);
      return c.json(customerDto(row), 200);
    },
  );

  app.openapi(
    secure(
      guard,
      'customers:read',
      {
        method: 'get',
        path: '/v1/customers/{id}/timeline',
        tags: ['Customers'],
        summary: "The customer's messages across channels, oldest first",
        description:
          'Includes replies no journey waited for, and messages of unknown senders (id `unknown:<phone or email>`).',
        request: {
          params: IdParams,
          query: z.object({
            limit: intParam(1, 1000).optional(),
            before: Timestamp.optional().openapi({ description: 'Only messages before this time' }),
          }),
        },
        responses: { 200: json(z.object({ messages: z.array(Message) }).openapi('Timeline'), 'Messages') },
      },
      { problems: [404] },
    ),
    async (c) => {
      const { limit, before } = c.req.valid('query');
      const { id } = c.req.valid('param');
      if (!(await c.get('access').reachesCustomer(id))) throw gone(id);
      const customer = await getCustomer(rt.db, id);
      if (customer?.erasedAt) throw gone(id);
      const rows = await listTimeline(rt.db, id, {
        ...(limit ? { limit } : {}),
        ...(before ? { before: new Date(before) } : {}),
      });
      // No profile and no message at all: nobody by that id (an empty page of a known sender is 200).
      if (!customer && rows.length === 0 && (!before || (await listTimeline(rt.db, id, { limit: 1 })).length === 0)) {
        throw gone(id);
      }
      return c.json({ messages: rows.map(messageDto) }, 200);
    },
  );

  app.openapi(
    secure(
      guard,
      'admin',
      {
        method: 'get',
        path: '/v1/customers/{id}/export',
        tags: ['Customers'],
        summary: 'Everything stored about a customer (data subject access)',
        description: '404 once the customer was erased, or when nothing is stored under the id.',
        request: { params: IdParams },
        responses: {
          200: json(
            z.record(z.string(), z.unknown()).openapi('CustomerExport'),
            'Profile, messages, journeys with steps, tickets, events',
          ),
        },
      },
      { problems: [404] },
    ),
    async (c) => {
      const { id } = c.req.valid('param');
      const data = await exportCustomer(rt.db, id);
      const nothing = [data.messages, data.journeys, data.tickets, data.events].every((rows) => rows.length === 0);
      if (data.customer?.erasedAt || (!data.customer && nothing)) throw gone(id);
      return c.json(data as unknown as Record<string, unknown>, 200);
    },
  );

  app.openapi(
    secure(
      guard,
      'admin',
      {
        method: 'delete',
        path: '/v1/customers/{id}',
        tags: ['Customers'],
        summary: "Erase a customer's personal data",
        description:
          "Running journeys of the customer are terminated first (reason `customer data erased`). Profile fields are cleared and message bodies, event payloads, step details and ticket texts are redacted; ids, statuses and timestamps stay so counts remain true. Then every execution of the customer's journeys is deleted from Temporal (history and visibility). `temporal` says what Temporal did: what it would not delete is readable only with the encryption key (when RUTA_ENCRYPTION_KEY is set) and expires with the namespace retention (`retentionDays`). Afterwards the customer, its timeline and its export answer 404; a later PUT starts a fresh profile. 404 when nothing is stored under the id.",
        request: { params: IdParams },
        responses: { 200: json(ErasureReport, 'Rows touched per table') },
      },
      { problems: [404], temporal: true },
    ),
    async (c) => {
      const { id } = c.req.valid('param');
      // A sender known only by messages has no profile row: one is written so the erasure is remembered (its
      // timeline and export answer 404 from now on, as for any erased customer).
      if (!(await getCustomer(rt.db, id)) && (await listTimeline(rt.db, id, { limit: 1 })).length > 0) {
        await upsertCustomer(rt.db, { id });
      } else if (!(await getCustomer(rt.db, id))) {
        throw gone(id);
      }
      return c.json(await eraseCustomerEverywhere(rt, id, actorOf(c.get('principal')).name), 200);
    },
  );
}
