import type { Access } from './middleware/auth/access';
import type { Principal } from './middleware/auth/principal';

/** What middleware puts on the request context for the routes after it. */
export interface AppVariables {
  /** Id of this request (`X-Request-Id`, generated when absent); echoed in every problem. */
  requestId: string;
  /** Who is calling (an API key or a signed-in person), set by the auth middleware of routes that need one. */
  principal: Principal;
  /** What the caller may reach with the permission the route needs (all, or their queues and teams). */
  access: Access;
}

/** The Hono environment of every route and middleware of the API. */
export interface AppEnv {
  Variables: AppVariables;
}
