/** The journey worker: activities, stores and the worker factory. */
export { addressFor, sandboxSend } from './activities/channel';
export { buildWorkflowBundle, WORKFLOWS_ENTRY } from './bundle';
export { CUSTOM_ACTIVITIES } from './custom';
export { builtinActivities, toTemporalActivities } from './registry';
export { FileStore } from './store/file-store';
export type { OutboundMessage, TicketRecord, WorkerStore } from './store/types';
export { createRutaWorker, REPLAY_SINKS, type RutaWorkerOptions, workerActivities } from './worker';
