import type { ApiKeyInfo } from '@ruta/db';

/** What middleware puts on the request context for the routes after it. */
export interface AppVariables {
  /** Id of this request (`X-Request-Id`, generated when absent); echoed in every problem. */
  requestId: string;
  /** The verified API key, set by the auth middleware. */
  apiKey: ApiKeyInfo;
}

/** The Hono environment of every route and middleware of the API. */
export interface AppEnv {
  Variables: AppVariables;
}
