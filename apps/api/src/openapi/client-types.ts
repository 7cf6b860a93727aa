import type { Db } from '@ruta/db';
import type { Client } from '@temporalio/client';
import { createApp } from '../app';

/**
 * The TypeScript source of the API's paths and schemas, as openapi-typescript writes them from this app's OpenAPI
 * document (what `@ruta/client` is typed by). Free-form JSON values are typed `unknown`: the document's recursive
 * `JsonValue` cannot be a property of the generated interface. A field with a default stays optional
 * (`defaultNonNullable: false`): the document says it may be left out of a request, and the same component schemas
 * type request bodies. openapi-typescript is a development dependency, loaded only here.
 */
export async function openApiClientTypes(): Promise<string> {
  const { default: openapiTS, astToString, UNKNOWN } = await import('openapi-typescript');
  // Building the app registers routes only; nothing here reaches the database or Temporal.
  const app = createApp({
    db: {} as Db,
    temporal: { client: {} as Client, taskQueue: 'openapi' },
    config: { designerDir: undefined },
    log: () => {},
  });
  const doc = (await (await app.request('/openapi.json')).json()) as Parameters<typeof openapiTS>[0];
  const ast = await openapiTS(doc, {
    defaultNonNullable: false,
    transform: (_schema, meta) => (meta.path === '#/components/schemas/JsonValue' ? UNKNOWN : undefined),
  });
  return `// Generated from Ruta's OpenAPI document by apps/api/scripts/generate-client.ts: do not edit.\n${astToString(ast)}`;
}
