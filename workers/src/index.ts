/** The journey worker: activities, stores and the worker factory. */

export {
  audienceActivities,
  audienceBatch,
  audienceClose,
  audienceOpen,
  runAudienceBatch,
} from './activities/audience';
export {
  activityNow,
  addressFor,
  type ChannelSendOptions,
  channelSendActivity,
  crashHookFromEnv,
} from './activities/channel';
export { type CrmActivityOptions, crmActivities } from './activities/crm';
export { handoffActivity } from './activities/handoff';
export {
  kbSearchActivity,
  kbSearchOutput,
  knowledgeQuery,
  questionLanguage,
  searchKnowledgeIn,
} from './activities/kb';
export { type BundleOptions, buildWorkflowBundle, WORKFLOWS_ENTRY } from './bundle';
export * from './channels';
export * from './crm';
export { CUSTOM_ACTIVITIES } from './custom';
/** Activities from outside the repository: load a developer's package, serve it, publish its catalog. */
export {
  type ActivityPackage,
  isActivityDefinition,
  journeyWorkerActivities,
  loadActivityPackage,
} from './external/load';
/** `ruta worker`: the activity worker configured from the environment. */
export { runActivityWorkerFromEnv } from './external/main';
export {
  type PublishAnswer,
  type PublishOptions,
  PublishRefused,
  publishCatalog,
  workerCatalog,
} from './external/publish';
export {
  type ActivityWorker,
  type ActivityWorkerOptions,
  createActivityWorker,
  defaultActivityQueue,
} from './external/worker';
export { installTemporalLogging, installTemporalWithMetrics } from './logging';
export * from './policy';
export { builtinActivities, toTemporalActivities } from './registry';
export { DbStore } from './store/db-store';
export { FileStore } from './store/file-store';
export type {
  CapLimit,
  CapReached,
  InboundMessage as StoredInboundMessage,
  KnowledgeQuery,
  KnowledgeSearch,
  OutboundEvent,
  OutboundMessage,
  OutboundPatch,
  OutboundStatus,
  TicketRecord,
  TimelineEntry,
  WorkerStore,
} from './store/types';
export { isCapReached } from './store/types';
export {
  DEFAULT_MAX_CACHED_WORKFLOWS,
  WORKER_TUNING_ENV,
  WorkerTuning,
  workerTuningFromEnv,
} from './tuning';
export {
  createRutaWorker,
  REPLAY_SINKS,
  type RutaWorkerOptions,
  TRACED_REPLAY_SINKS,
  temporalTuning,
  workerActivities,
} from './worker';
