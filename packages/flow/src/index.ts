/** Ruta's flow language: documents, node catalog, expressions, compiler, interpreter and simulator. */

export * from './activities';
export { addBusinessTime, holidays, isOpen, nextOpen } from './calendar';
export * from './catalog';
export * from './compiler';
export * from './document';
export * from './duration';
export * from './effects';
export * from './event-schema';
export * from './expr';
export * from './i18n';
export type * from './journey';
export type * from './plan';
export { parseScore } from './runtime/csat';
export * from './runtime/interpreter';
export {
  DEFAULT_TIME_ZONE,
  HANDOFF_TEAM_CALENDAR_PATCH,
  MISSING_DATA_PATCH,
  MISSING_DATA_REASON,
} from './runtime/nodes';
export { ACTIVITY_FAILED_REASON, ACTIVITY_FAILURE_PARKS, skipPort } from './runtime/parking';
export { type RetryRequest, retryRefusal } from './runtime/retry';
export { deliver, initialState } from './runtime/state';
export { classifyYesNo, type YesNo } from './runtime/yes-no';
export * from './schedule';
export * from './simulator';
export { bucket, canonicalJson, sha256Hex } from './util';
