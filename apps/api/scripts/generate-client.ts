/**
 * Writes packages/client/src/openapi.ts (the typed client's paths and schemas) from this API's OpenAPI document. Run
 * after changing a route: `npm run generate:client -w @ruta/api`; tests/api/client.test.ts fails while it is stale.
 * It lives with the API (an app may import packages; the client package may not import the app).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openApiClientTypes } from '../src/openapi/client-types';

const out = join(import.meta.dirname, '../../../packages/client/src/openapi.ts');
writeFileSync(out, await openApiClientTypes());
console.log(`wrote ${out}`);
