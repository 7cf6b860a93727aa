/** Ruta's HTTP API: the Hono app, its configuration, and the local stack (Temporal + database + worker + API). */
export { createApp, type RutaApp } from './app';
export { type ApiConfig, configFromEnv } from './config';
export type { AppEnv } from './context';
export { ApiError, type FieldError } from './errors/api-error';
export {
  PROBLEM_CODES,
  PROBLEM_REASONS,
  PROBLEMS,
  type ProblemCode,
  type ProblemReason,
  type ProblemSlug,
} from './errors/problems';
export { diffFlows, type FlowDiff } from './lib/flow-diff';
export {
  hmacSha256Header,
  SANDBOX_SIGNATURE_TOLERANCE_S,
  sandboxSignatureHeader,
  twilioSignature,
} from './lib/signatures';
export {
  actorOf,
  allows,
  authorize,
  grantsOfRoles,
  grantsOfScopes,
  PERMISSIONS,
  type Permission,
  type Principal,
  ROLE_GRANTS,
  ROLES,
  type Role,
  SCOPES,
  type Scope,
} from './middleware/auth';
export { CSRF_HEADER, csrfTokenFor } from './middleware/csrf';
/** The typed client's source, generated from this app's OpenAPI document (see @ruta/client). */
export { openApiClientTypes } from './openapi/client-types';
export { SEED_AGENTS, SEED_FLOWS, SEED_RANGE, seedInsights } from './seed/insights';
export { type AdminKeyResult, ensureAdminKey } from './services/admin-key';
export { type AdminUserResult, DEFAULT_ADMIN_EMAIL, ensureAdminUser } from './services/admin-user';
export { type AttentionCheck, startAttentionCheck } from './services/attention';
export { seedSampleKnowledge, suggestForCase } from './services/kb';
export { hashPassword, passwordProblem } from './services/passwords';
export type { ApiDeps, Runtime } from './services/runtime';
export { type LocalStack, type LocalStackOptions, startLocalStack } from './stack/local-stack';
export { type RunLocalStackOptions, runLocalStack } from './stack/run';
