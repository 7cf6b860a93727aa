// @ruta/client: Ruta's HTTP API with the types of its OpenAPI document, for the command line and other programs.
import createClient, { type Client } from 'openapi-fetch';
import type { components, paths } from './openapi';

export type { components, paths };

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
    ...(options.key ? { headers: { authorization: `Bearer ${options.key}` } } : {}),
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
}
