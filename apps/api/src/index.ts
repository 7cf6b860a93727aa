/** Ruta's HTTP API: the Hono app, its configuration, and the local stack (Temporal + database + worker + API). */
export { createApp, type RutaApp } from './app';
export { type ApiConfig, configFromEnv } from './config';
export type { AppEnv } from './context';
export { ApiError, type FieldError } from './errors/api-error';
export { PROBLEMS, type ProblemSlug } from './errors/problems';
export { diffFlows, type FlowDiff } from './lib/flow-diff';
export { hmacSha256Header, twilioSignature } from './lib/signatures';
export { allows, SCOPES, type Scope } from './middleware/auth';
export { type AdminKeyResult, ensureAdminKey } from './services/admin-key';
export { seedSampleKnowledge, suggestForCase } from './services/kb';
export type { ApiDeps, Runtime } from './services/runtime';
export { type LocalStack, type LocalStackOptions, startLocalStack } from './stack/local-stack';
export { type RunLocalStackOptions, runLocalStack } from './stack/run';
