/**
 * The designer's one way to Ruta's HTTP API: the typed client generated from the OpenAPI document (`@ruta/client`),
 * as the signed-in person. The session cookie goes along (`credentials: 'same-origin'`), state-changing requests carry
 * the session's CSRF token in `X-CSRF-Token`, and error answers (problem+json) become {@link ApiError}s; a 401 tells
 * the app the session ended. The designer never holds an API key.
 */
import { createRutaClient, type RutaClient, type Schemas } from '@ruta/client';
import { ApiError } from './errors';
import type { Problem } from './types';

export type { Schemas };

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);
let csrfToken: string | null = null;

/** Remembers the session's CSRF token (from sign-in or `GET /v1/me`); null after signing out. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** The headers a request needs beyond its body: the CSRF token when it changes something. */
export function authHeaders(method: string): Record<string, string> {
  return !SAFE.has(method.toUpperCase()) && csrfToken ? { 'x-csrf-token': csrfToken } : {};
}

/** Called with the problem when the API answers 401 (the session ended): the app goes back to the sign-in page. */
let onSessionEnded: ((problem: Problem) => void) | undefined;
export function whenSessionEnds(fn: (problem: Problem) => void): void {
  onSessionEnded = fn;
}

/** The API at this origin (the designer is served by it, or proxied to it by vite in development). */
export const api: RutaClient = createRutaClient({
  baseUrl: '',
  credentials: 'same-origin',
  headers: { accept: 'application/json, application/problem+json' },
});
api.use({
  onRequest({ request }) {
    for (const [name, value] of Object.entries(authHeaders(request.method))) request.headers.set(name, value);
    return request;
  },
});

/** What every call of the typed client answers: the data, or the error body, with the response. */
type Answer = { data?: unknown; error?: unknown; response: Response };
/** The data of a successful answer (`undefined` for 204). */
type Data<A extends Answer> = Exclude<A['data'], undefined>;

/** An error answer as a problem: problem+json as the API sent it, else the status line. */
function toProblem(error: unknown, response: Response): Problem {
  const body = error && typeof error === 'object' ? (error as Partial<Problem>) : {};
  return { ...body, title: typeof body.title === 'string' ? body.title : response.statusText, status: response.status };
}

/**
 * Waits for a call of {@link api} and returns its data, or throws an {@link ApiError}: the API's problem, or status 0
 * when the network failed. A 401 tells the app the session ended, unless `quiet401` (signing in, asking who is signed
 * in: there a 401 is the page's to show).
 */
export async function call<A extends Answer>(pending: Promise<A>, { quiet401 = false } = {}): Promise<Data<A>> {
  let answer: A;
  try {
    answer = await pending;
  } catch (err) {
    throw new ApiError({ title: 'Network error', code: 'network', status: 0, detail: (err as Error).message });
  }
  const { response } = answer;
  if (!response.ok) {
    const problem = toProblem(answer.error, response);
    if (response.status === 401 && !quiet401) onSessionEnded?.(problem);
    throw new ApiError(problem);
  }
  return answer.data as Data<A>;
}
