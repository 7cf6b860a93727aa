/**
 * @ruta/db: schema, migrations, client and repositories for Ruta's data (flows, events, journeys, customers,
 * messages, tickets, API keys, people with their sessions, teams and queues). Repositories are plain async functions taking a drizzle `Db` (or a transaction).
 */

/** drizzle's `sql` tag, for callers that need a raw query without depending on drizzle-orm themselves. */
export { sql } from 'drizzle-orm';
// Client and migrations
/** Opens PGlite (default, `<RUTA_DATA_DIR>/pglite`) or PostgreSQL (`DATABASE_URL`) and applies pending migrations. */
export { type OpenDatabaseOptions, openDatabase } from './client';
/** The database handle type, the open-database object and the raw-SQL helper. */
export { type Database, type Db, type Driver, queryPrepared, queryRows, type Schema } from './db';
/** Errors thrown by repositories (zod's ZodError is thrown for invalid input, before anything is written). */
export { ConflictError, NotFoundError } from './errors';
/** Applies the committed drizzle-kit migrations; idempotent, same on both drivers. */
export { MIGRATIONS_FOLDER, type MigrateOptions, migrate } from './migrate';
// Activities
/** The activity catalog workers publish, and the flags on published flows an incompatible change affects. */
export {
  type CatalogWorker,
  type CatalogWrite,
  catalogRef,
  catalogStamp,
  currentPublishedVersions,
  flagActivityUsers,
  listActivityCatalog,
  listOpenActivityFlags,
  type NewActivityFlag,
  putCatalogEntries,
  resolveFlowFlags,
} from './repo/activities';
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
// Needs attention
/**
 * Journeys that need a person, grouped by flow version, node and reason (parked at a failed step, stuck, an activity
 * failing), messages left unconfirmed, and bulk actions over a group with their progress.
 */
export {
  ATTENTION_REASONS,
  type AttentionFilter,
  type AttentionGroup,
  type AttentionJourney,
  type AttentionReason,
  attentionGroups,
  attentionJourneys,
  BulkActionInput,
  createBulkAction,
  getBulkAction,
  recordBulkProgress,
  runningBulkActions,
  type UnconfirmedMessage,
  unconfirmedMessages,
} from './repo/attention';
// The cases feed (LISTEN/NOTIFY)
/** Case events every API process hears: one NOTIFY per change, one LISTEN per process. */
export {
  CASE_EVENT_TYPES,
  CaseEvent,
  caseChannel,
  notifyCase,
  notifyCustomerReplied,
  parseCaseEvent,
} from './repo/case-events';
// Cases: the agents' side of handoffs
/** Team calendars for SLAs in business time, queue assignment (round robin, least loaded), claims, supervisors' numbers. */
export {
  autoAssign,
  claimTicket,
  customerCases,
  DEFAULT_CALENDAR_TIME_ZONE,
  lastInbound,
  leastLoaded,
  nextInTurn,
  openLoads,
  type QueueStats,
  queueCalendar,
  queuePeople,
  queueStats,
  setQueueAssignment,
  setTeamCalendar,
  teamSlaDeadline,
} from './repo/cases';
// Customers and messages
/** Customer profiles and consent; the cross-channel message timeline; frequency-cap counts. */
export {
  Consent,
  CustomerInput,
  countProactiveSends,
  customerNames,
  customerProfile,
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
export {
  EventInput,
  type EventTypeSeen,
  getEvent,
  listEventTypes,
  type RecordEventResult,
  recentEventData,
  recordEventOnce,
  setEventOutcome,
} from './repo/events';
// Flows
/** Flow drafts, immutable published versions, rollback and the audit log. */
export {
  Actor,
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
  unpublishFlow,
  updateDraft,
} from './repo/flows';
// Insights
/** What the contact center learns from the store: outcomes per version, waits, drop-off, A/B splits, CSAT, escalations. */
export {
  type CsatAnswer,
  csatAnswers,
  dropOff,
  type Escalation,
  escalations,
  type InsightNames,
  InsightScope,
  insightNames,
  type NodeDropOff,
  type OutcomeCounts,
  outcomeCounts,
  type SplitVariant,
  splitVariants,
  type WaitTime,
  waitTimes,
} from './repo/insights';
// Journeys
/**
 * Journey rows, idempotent steps, listing and the canvas counts (`nodeCounts`); ending a journey from outside
 * (`closeJourney`) and the attention a running journey needs (`setAttention`, `journeysToCheck`).
 */
export {
  AttentionInput,
  applySteps,
  CloseJourneyInput,
  claimJourneys,
  closeJourney,
  type EdgeCount,
  getJourney,
  getJourneys,
  getSteps,
  JOURNEY_CURSOR_PATTERN,
  type JourneyClaim,
  type JourneyPage,
  journeysToCheck,
  type ListJourneysOptions,
  listJourneys,
  type NodeCount,
  type NodeCounts,
  nodeCounts,
  releaseJourney,
  StartJourneyInput,
  StepInput,
  setAttention,
  setEndReason,
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
// Plans by content (the claim check of Temporal payloads)
export {
  /** The database's plan payloads as the claim-check codec's store. */
  dbPlanStore,
  /** The plan payload stored under a sha-256, or undefined. */
  getPlanBlob,
  /** Stores a plan payload under its sha-256, once (idempotent). */
  putPlanBlob,
} from './repo/plan-blobs';
// Privacy
/** Export and erasure of one customer's personal data. */
export { type CustomerExport, ERASED, type ErasureReport, eraseCustomer, exportCustomer } from './repo/privacy';
/** Teams and queues (a queue's id is the name tickets carry). */
export {
  CreateQueueInput,
  CreateTeamInput,
  createQueue,
  createTeam,
  ensureQueues,
  getQueue,
  listQueues,
  listTeams,
  openCountsByQueue,
  QueueId,
  queueStaffing,
  queuesOfTeams,
  UpdateQueueInput,
  updateQueue,
} from './repo/queues';
export {
  /** Forgets idle buckets of a key prefix (a bucket idle longer than its refill is the same as none). */
  pruneTokenBuckets,
  /** What a request got from a shared token bucket. */
  type TokenTaken,
  /** Takes a token from a rate-limit bucket shared by every API process on the database. */
  takeToken,
} from './repo/rate-limits';
// Schedules
/** Audience segments as parameterized SQL, and the store's record of each schedule run. */
export {
  closeScheduleRun,
  listScheduleRuns,
  openScheduleRun,
  recordScheduleBatch,
} from './repo/schedules';
// Seeded data sets
/** Replacing a demo or test data set (rows whose ids share a prefix) in one transaction. */
export { replaceSeedRows, type SeedRows } from './repo/seed';
export { countSegment, listSegmentPage, segmentWhere } from './repo/segments';
export {
  /** The send path's statements: its reads in one call, and the claim that checks the frequency cap as it writes. */
  type CapCheck,
  type Claim,
  claimOutbound,
  lockCapOfMessage,
  type SendContext,
  sendContext,
} from './repo/send-context';
/** Sessions of people: the token is returned once, its sha-256 is what is stored. */
export {
  createSession,
  deleteExpiredSessions,
  deleteSession,
  deleteUserSessions,
  findSession,
  sessionTokenHash,
  touchSession,
} from './repo/sessions';
// Tickets
/** Handoffs and CRM tickets with notes. */
export {
  addNote,
  CreateTicketInput,
  createTicket,
  customerHasTicketIn,
  getTicket,
  listOpen,
  NoteInput,
  UpdateTicketInput,
  updateTicket,
} from './repo/tickets';
// People: accounts, sessions, teams and queues
/** Accounts of people (roles, language, memberships); the password hash is never returned but for signing in. */
export {
  CreateUserInput,
  countActiveAdmins,
  createUser,
  findUserForSignIn,
  getUser,
  listUsers,
  reachOf,
  recordSignIn,
  UpdateUserInput,
  type UserInfo,
  updateUser,
} from './repo/users';
// Schema: tables, row types and value lists
/** Tables (drizzle) with their `$inferSelect`/`$inferInsert` row types, and the enumerations they use. */
export * from './schema';
/** Schema enums callers validate against. */
export { ASSIGNMENT_MODES, type AssignmentMode } from './schema/common';
