// @ruta/client: Ruta's HTTP API with the types of its OpenAPI document, for the command line and other programs.
import createClient, { type Client } from 'openapi-fetch';
import type { components, paths } from './openapi';

export type { Middleware } from 'openapi-fetch';
export type { components, paths };

/** The schemas of the OpenAPI document by name (`Schemas['Flow']`, `Schemas['Problem']`…). */
export type Schemas = components['schemas'];

/** A client of Ruta's API: `GET`, `POST`, `PUT`… typed by path, with `{ data, error, response }` answers. */
export type RutaClient = Client<paths>;

/** Where the API is, and how to authenticate. */
export interface RutaClientOptions {
  /** e.g. `http://127.0.0.1:3000` */
  baseUrl: string;
  /** An API key (`Authorization: Bearer …`). */
  key?: string;
  /** Another fetch (tests pass the Hono app's `request`). */
  fetch?: (request: Request) => Promise<Response>;
  /** Whether cookies go along: a page of the same origin signed in with a session passes `'same-origin'`. */
  credentials?: RequestInit['credentials'];
  /** Headers sent with every request (e.g. `accept`). */
  headers?: Record<string, string>;
}

/**
 * A typed client for Ruta's API (openapi-fetch over the generated `paths`): paths, parameters, bodies and answers
 * are checked by the compiler, and problems come back as `error` (RFC 9457 problem+json).
 *
 * @example
 * const ruta = createRutaClient({ baseUrl: 'http://127.0.0.1:3000', key: process.env.RUTA_API_KEY });
 * const { data, error } = await ruta.GET('/v1/flows/{id}', { params: { path: { id: 'f_csat' } } });
 */
export function createRutaClient(options: RutaClientOptions): RutaClient {
  return createClient<paths>({
    baseUrl: options.baseUrl.replace(/\/$/, ''),
    headers: { ...options.headers, ...(options.key ? { authorization: `Bearer ${options.key}` } : {}) },
    ...(options.fetch ? { fetch: options.fetch } : {}),
    ...(options.credentials ? { credentials: options.credentials } : {}),
  });
}
