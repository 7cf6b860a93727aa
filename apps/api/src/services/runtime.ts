import type { Tracer } from '@opentelemetry/api';
import type { Database, Db } from '@ruta/db';
import type { CompileOptions } from '@ruta/flow';
import { createLogger, type Logger } from '@ruta/log';
import type { Client } from '@temporalio/client';
import { type ApiConfig, configFromEnv } from '../config';
import { KeyVerifier } from '../middleware/auth/key-cache';
import { FailureLimiter, sharedFailures } from '../middleware/rate-limit/failures';
import { ActivityCatalog } from './activity-catalog';
import { CaseFeed } from './case-feed';
import { SLA_WARNING_MS } from './cases';
import { EventStore } from './event-store';
import { OidcSignIn } from './oidc';
import { PlanCache } from './plan-cache';
import { TriggerIndex } from './trigger-index';

/** What the API needs from the outside: a database and a Temporal client (plus optional settings). */
export interface ApiDeps {
  db: Db;
  /** The database's change feed (LISTEN); without it, live case updates answer 503. */
  changes?: Pick<Database, 'listen' | 'schema'>;
  temporal: { client: Client; taskQueue: string };
  /** Overrides of the environment's configuration (tests set limits and secrets here). */
  config?: Partial<ApiConfig>;
  /** The structured logger (requests, errors); a new one on stderr by default (see @ruta/log). */
  logger?: Logger;
  /** Where unexpected errors are reported; through `logger` (errors serialized without personal data) by default. */
  log?: (message: string, err?: unknown) => void;
  /** The clock sessions are judged by (tests move it to see sessions expire). */
  now?: () => Date;
  /**
   * Traces requests with this tracer (a span per request, the parent of the journeys it starts); none by default. The
   * Temporal client must carry `Tracing.clientInterceptors` for the trace to reach the workflow (see @ruta/temporal).
   */
  tracer?: Tracer;
}

/** Everything the routes and services share, built once per app. */
export interface Runtime {
  db: Db;
  client: Client;
  taskQueue: string;
  config: ApiConfig;
  /** The activity catalog workers published to the store (what flows may call). */
  activities: ActivityCatalog;
  /** Compile options besides the activities (those come from {@link ActivityCatalog.compileOptions}). */
  compileOptions: Omit<CompileOptions, 'activities'>;
  plans: PlanCache;
  triggers: TriggerIndex;
  /** Event intake's reads and writes, grouped across concurrent requests. */
  events: EventStore;
  keys: KeyVerifier;
  logger: Logger;
  /** Failed authentications: per client address (bad keys, bad sessions, failed sign-ins) and per account. */
  failures: { address: FailureLimiter | null; account: FailureLimiter | null };
  log: (message: string, err?: unknown) => void;
  /** Now, by the clock sessions expire on. */
  now: () => Date;
  /** OpenID Connect sign-in, when configured. */
  oidc: OidcSignIn | null;
  /** The live cases feed (one LISTEN for this process), when the database offers a change feed. */
  cases: CaseFeed | null;
}

/** Builds the shared runtime from the dependencies. */
export function createRuntime(deps: ApiDeps): Runtime {
  const config = { ...configFromEnv(), ...deps.config };
  const logger = deps.logger ?? createLogger({ component: 'api' });
  const now = deps.now ?? (() => new Date());
  const ms = () => now().getTime();
  const shared = (scope: 'address' | 'account') =>
    config.authFailureStore === 'memory' ? undefined : sharedFailures(deps.db, scope, logger);
  const rt = {
    db: deps.db,
    client: deps.temporal.client,
    taskQueue: deps.temporal.taskQueue,
    config,
    activities: new ActivityCatalog(deps.db),
    compileOptions: { minScheduleIntervalMs: config.scheduleMinIntervalMs },
    plans: new PlanCache(deps.db),
    triggers: new TriggerIndex(deps.db),
    events: new EventStore(deps.db),
    keys: new KeyVerifier(deps.db),
    logger,
    failures: {
      address: config.authFailuresPerMinute
        ? new FailureLimiter(config.authFailuresPerMinute, ms, 10_000, 60_000, shared('address'))
        : null,
      account: config.signInFailuresPerAccount
        ? new FailureLimiter(config.signInFailuresPerAccount, ms, 10_000, 15 * 60_000, shared('account'))
        : null,
    },
    now,
  };
  const log = deps.log ?? ((message: string, err?: unknown) => logger.error(err === undefined ? {} : { err }, message));
  return {
    ...rt,
    oidc: config.oidc ? new OidcSignIn(config.oidc) : null,
    log,
    cases: deps.changes ? new CaseFeed(deps.db, deps.changes, { warnMs: SLA_WARNING_MS, now, log }) : null,
  };
}
