import type { OpenAPIHono } from '@hono/zod-openapi';
import { z } from '@hono/zod-openapi';
import { createApiKey, listApiKeys, revokeApiKey } from '@ruta/db';
import type { AppEnv } from '../context';
import { ApiError } from '../errors/api-error';
import { notFullyHeld, SCOPES } from '../middleware/auth';
import { id, json, jsonBody, text } from '../schemas/common';
import type { Runtime } from '../services/runtime';
import { apiKeyDto } from '../services/serialize';
import { type Guard, secure } from './define';

const ApiKey = z
  .object({
    id: z.string(),
    name: z.string(),
    prefix: z.string().openapi({ description: 'The first characters, to tell keys apart' }),
    scopes: z.array(z.string()),
    createdAt: z.string(),
    lastUsedAt: z.string().nullable(),
    revokedAt: z.string().nullable(),
  })
  .openapi('ApiKey');

const CreateKeyBody = z
  .object({
    name: text({ min: 1, max: 200, nonBlank: true }).openapi({ example: 'billing-system' }),
    scopes: z
      .array(z.enum(SCOPES))
      .min(1, 'Give the key at least one scope')
      .openapi({ example: ['events:write'] }),
  })
  .openapi('CreateApiKey');

/**
 * API key management (`keys:manage`: developers and admins). A new key is shown once; only its hash is stored. A key
 * can only be given permissions its maker holds in full, so managing keys never widens anyone's access.
 */
export function keyRoutes(app: OpenAPIHono<AppEnv>, rt: Runtime, guard: Guard): void {
  app.openapi(
    secure(guard, 'keys:manage', {
      method: 'get',
      path: '/v1/keys',
      tags: ['Keys'],
      summary: 'All API keys (without secrets)',
      responses: { 200: json(z.object({ keys: z.array(ApiKey) }), 'Keys') },
    }),
    async (c) => c.json({ keys: (await listApiKeys(rt.db)).map(apiKeyDto) }, 200),
  );

  app.openapi(
    secure(guard, 'keys:manage', {
      method: 'post',
      path: '/v1/keys',
      tags: ['Keys'],
      summary: 'Create an API key with scopes',
      description:
        'Scopes are permissions; you can give only permissions you hold in full yourself (403 names the others).',
      request: { body: jsonBody(CreateKeyBody) },
      responses: {
        201: json(z.object({ key: z.string().openapi({ description: 'Shown only now' }), apiKey: ApiKey }), 'Created'),
      },
    }),
    async (c) => {
      const body = c.req.valid('json');
      const missing = notFullyHeld(c.get('principal').grants, body.scopes);
      if (missing.length > 0) {
        throw new ApiError(
          'forbidden',
          `You can only give a key permissions you hold yourself; not: ${missing.join(', ')}`,
          {
            extensions: { requiredPermission: missing[0], notHeld: missing },
          },
        );
      }
      const { key, apiKey } = await createApiKey(rt.db, body);
      return c.json({ key, apiKey: apiKeyDto(apiKey) }, 201);
    },
  );

  app.openapi(
    secure(
      guard,
      'keys:manage',
      {
        method: 'delete',
        path: '/v1/keys/{id}',
        tags: ['Keys'],
        summary: 'Revoke an API key',
        description: 'A key cannot revoke itself (409): revoke it with another admin key.',
        request: {
          params: z.object({
            id: id(100).openapi({ param: { name: 'id', in: 'path' } }),
          }),
        },
        responses: { 204: { description: 'Revoked' } },
      },
      { problems: [404, 409] },
    ),
    async (c) => {
      const { id } = c.req.valid('param');
      // Revoking the key in hand would lock its holder out mid-request; another admin key must do it.
      const principal = c.get('principal');
      if (principal.kind === 'key' && id === principal.id)
        throw new ApiError('conflict', 'A key cannot revoke itself; use another admin key');
      if (!(await revokeApiKey(rt.db, id))) throw new ApiError('not-found', `No active key ${id}`);
      rt.keys.clear();
      return c.body(null, 204);
    },
  );
}
