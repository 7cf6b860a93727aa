// The typed client (@ruta/client): generated from the API's own OpenAPI document (and kept in step with it), and
// working against the real app.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { openApiClientTypes } from '@ruta/api';
import { createRutaClient } from '@ruta/client';
import { describe, expect, it } from 'vitest';

import { orderFlow } from './flows-fixtures';
import { ROOT, withApi } from './support';

const api = withApi({ worker: false });

describe('the typed client', () => {
  it('is generated from the current OpenAPI document (run npm run generate:client -w @ruta/api when this fails)', async () => {
    const committed = readFileSync(join(ROOT, 'packages/client/src/openapi.ts'), 'utf8');
    expect(committed === (await openApiClientTypes())).toBe(true);
  });

  it('creates, reads and publishes a flow, and gives problems back as errors', async () => {
    const ruta = createRutaClient({
      baseUrl: 'http://ruta.test',
      key: api.adminKey,
      fetch: async (request) => api.app.request(request),
    });
    const created = await ruta.POST('/v1/flows', { body: { document: orderFlow('f_client') as never } });
    expect(created.response.status).toBe(201);
    const read = await ruta.GET('/v1/flows/{id}', { params: { path: { id: 'f_client' } } });
    expect(read.data?.id).toBe('f_client');
    const published = await ruta.POST('/v1/flows/{id}/publish', { params: { path: { id: 'f_client' } }, body: {} });
    expect(published.data?.version).toBe(1);
    const missing = await ruta.GET('/v1/flows/{id}', { params: { path: { id: 'f_missing' } } });
    expect(missing.response.status).toBe(404);
    expect(missing.error).toMatchObject({ status: 404 });
  });
});
