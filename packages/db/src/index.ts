/**
 * @ruta/db: schema, migrations, client and repositories for Ruta's data (flows, events, journeys, customers,
 * messages, tickets, API keys). Repositories are plain async functions taking a drizzle `Db` (or a transaction).
 */

/** drizzle's `sql` tag, for callers that need a raw query without depending on drizzle-orm themselves. */
export { sql } from 'drizzle-orm';
// Client and migrations
/** Opens PGlite (default, `<RUTA_DATA_DIR>/pglite`) or PostgreSQL (`DATABASE_URL`) and applies pending migrations. */
export { type OpenDatabaseOptions, openDatabase } from './client';
/** The database handle type, the open-database object and the raw-SQL helper. */
export { type Database, type Db, type Driver, queryRows, type Schema } from './db';
/** Errors thrown by repositories (zod's ZodError is thrown for invalid input, before anything is written). */
export { ConflictError, NotFoundError } from './errors';
/** Applies the committed drizzle-kit migrations; idempotent, same on both drivers. */
export { MIGRATIONS_FOLDER, type MigrateOptions, migrate } from './migrate';
// API keys
/** API keys: created once in plain text, stored as sha-256, verified by hash lookup. */
export {
  type ApiKeyInfo,
  CreateApiKeyInput,
  createApiKey,
  listApiKeys,
  revokeApiKey,
  verifyApiKey,
} from './repo/api-keys';
// Customers and messages
/** Customer profiles and consent; the cross-channel message timeline; frequency-cap counts. */
export {
  Consent,
  CustomerInput,
  countProactiveSends,
  Email,
  findCustomer,
  getCustomer,
  InboundInput,
  listTimeline,
  type MessageRef,
  OutboundInput,
  Phone,
  putInbound,
  putOutbound,
  setConsent,
  TimeZone,
  updateMessageStatus,
  upsertCustomer,
} from './repo/customers';

// Events
/** Idempotent event intake (`recordEventOnce`) and the stored first response (`setEventOutcome`). */
export { EventInput, getEvent, type RecordEventResult, recordEventOnce, setEventOutcome } from './repo/events';
// Flows
/** Flow drafts, immutable published versions, rollback and the audit log. */
export {
  archiveFlow,
  CreateFlowInput,
  createFlow,
  currentVersion,
  deleteFlow,
  FlowId,
  type FlowSummary,
  type FlowVersionSummary,
  getFlow,
  getVersion,
  listAudit,
  listFlows,
  listVersions,
  PublishInput,
  publishVersion,
  rollback,
  UpdateDraftInput,
  type UpdateDraftResult,
  updateDraft,
} from './repo/flows';
// Journeys
/** Journey rows, idempotent steps, listing and the canvas counts (`nodeCounts`). */
export {
  applySteps,
  type EdgeCount,
  getJourney,
  getSteps,
  type JourneyPage,
  type ListJourneysOptions,
  listJourneys,
  type NodeCount,
  type NodeCounts,
  nodeCounts,
  StartJourneyInput,
  StepInput,
  setJourneyStatus,
  upsertJourney,
} from './repo/journeys';
// Knowledge base
/** Knowledge-base articles (es/en): CRUD, an idempotent seed, and full-text search scored 0..1. */
export {
  createKbArticle,
  deleteKbArticle,
  getKbArticle,
  KB_ARTICLE_ID,
  KbArticleId,
  KbArticleInput,
  KbArticleUpdate,
  type KbUpdateResult,
  ListKbOptions,
  listKbArticles,
  seedKbArticles,
  updateKbArticle,
} from './repo/kb';
export {
  firstParagraph,
  type KbHit,
  KbSearchInput,
  type KbSearchResult,
  questionTerms,
  type ScratchArticle,
  searchKb,
  searchKbAmong,
} from './repo/kb-search';
// Privacy
/** Export and erasure of one customer's personal data. */
export { type CustomerExport, ERASED, type ErasureReport, eraseCustomer, exportCustomer } from './repo/privacy';
// Tickets
/** Handoffs and CRM tickets with notes. */
export {
  addNote,
  CreateTicketInput,
  createTicket,
  getTicket,
  listOpen,
  NoteInput,
  UpdateTicketInput,
  updateTicket,
} from './repo/tickets';
// Schema: tables, row types and value lists
/** Tables (drizzle) with their `$inferSelect`/`$inferInsert` row types, and the enumerations they use. */
export * from './schema';
