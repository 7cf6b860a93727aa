import type { OpenAPIHono } from '@hono/zod-openapi';
import { z } from '@hono/zod-openapi';
import { exportCustomer, getCustomer, listTimeline, upsertCustomer } from '@ruta/db';
import type { Json } from '@ruta/flow';
import type { AppEnv } from '../context';
import { ApiError } from '../errors/api-error';
import { json, jsonBody } from '../schemas/common';
import { Customer, CustomerBody, CustomerIdParam, ErasureReport } from '../schemas/customers';
import { Message } from '../schemas/journeys';
import { eraseCustomerEverywhere } from '../services/erasure';
import type { Runtime } from '../services/runtime';
import { customerDto, messageDto } from '../services/serialize';
import { type Guard, secure } from './define';

const IdParams = z.object({ id: CustomerIdParam });

/** Customer profiles (what journeys know about a person), the conversation timeline, export and erasure. */
export function customerRoutes(app: OpenAPIHono<AppEnv>, rt: Runtime, guard: Guard): void {
  app.openapi(
    secure(
      guard,
      'events:write',
      {
        method: 'put',
        path: '/v1/customers/{id}',
        tags: ['Customers'],
        summary: 'Create or update a customer',
        description: 'New journeys read the profile (name, locale, time zone, consent…) when they start.',
        request: { params: IdParams, body: jsonBody(CustomerBody) },
        responses: { 200: json(Customer, 'The stored profile') },
      },
      [413, 415, 422],
    ),
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
      'journeys:read',
      {
        method: 'get',
        path: '/v1/customers/{id}',
        tags: ['Customers'],
        summary: 'A customer profile',
        request: { params: IdParams },
        responses: { 200: json(Customer, 'The profile') },
      },
      [404],
    ),
    async (c) => {
      const { id } = c.req.valid('param');
      const row = await getCustomer(rt.db, id);
      if (!row) throw new ApiError('not-found', `Customer ${id} does not exist`);
      return c.json(customerDto(row), 200);
    },
  );

  app.openapi(
    secure(
      guard,
      'journeys:read',
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
            limit: z.coerce.number().int().min(1).max(1000).optional(),
            before: z.iso
              .datetime({ offset: true })
              .optional()
              .openapi({ description: 'Only messages before this time' }),
          }),
        },
        responses: { 200: json(z.object({ messages: z.array(Message) }).openapi('Timeline'), 'Messages') },
      },
      [422],
    ),
    async (c) => {
      const { limit, before } = c.req.valid('query');
      const rows = await listTimeline(rt.db, c.req.valid('param').id, {
        ...(limit ? { limit } : {}),
        ...(before ? { before: new Date(before) } : {}),
      });
      return c.json({ messages: rows.map(messageDto) }, 200);
    },
  );

  app.openapi(
    secure(guard, 'admin', {
      method: 'get',
      path: '/v1/customers/{id}/export',
      tags: ['Customers'],
      summary: 'Everything stored about a customer (data subject access)',
      request: { params: IdParams },
      responses: {
        200: json(
          z.record(z.string(), z.unknown()).openapi('CustomerExport'),
          'Profile, messages, journeys with steps, tickets, events',
        ),
      },
    }),
    async (c) =>
      c.json((await exportCustomer(rt.db, c.req.valid('param').id)) as unknown as Record<string, unknown>, 200),
  );

  app.openapi(
    secure(guard, 'admin', {
      method: 'delete',
      path: '/v1/customers/{id}',
      tags: ['Customers'],
      summary: "Erase a customer's personal data",
      description:
        "Running journeys of the customer are terminated first (reason `customer data erased`). Profile fields are cleared and message bodies, event payloads, step details and ticket texts are redacted; ids, statuses and timestamps stay so counts remain true. Then every execution of the customer's journeys is deleted from Temporal (history and visibility). `temporal` says what Temporal did: what it would not delete is readable only with the encryption key (when RUTA_ENCRYPTION_KEY is set) and expires with the namespace retention (`retentionDays`). Repeating the request is harmless.",
      request: { params: IdParams },
      responses: { 200: json(ErasureReport, 'Rows touched per table') },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      return c.json(await eraseCustomerEverywhere(rt, id, c.get('apiKey').name), 200);
    },
  );
}
