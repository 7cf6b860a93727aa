import { kbAnswer } from './knowledge';
import { end, goal, logicBranch, logicLoop, logicSet, logicSplit } from './logic';
import { messageSend } from './messages';
import { crmLookup, crmNote, crmTicket, custom, handoff, sentiment, surveyCsat } from './people';
import { triggerEvent, triggerManual, triggerSchedule } from './triggers';
import type { NodeKindSpec } from './types';
import { waitDuration, waitEvent, waitFirst, waitReply, waitWindow } from './waits';

export * from './fields';
/** The schedule trigger, whose params the API and the worker read from published plans. */
export { triggerSchedule } from './triggers';
export * from './types';

/** Every built-in node kind, in palette order. */
export const NODE_KINDS = [
  triggerEvent,
  triggerSchedule,
  triggerManual,
  messageSend,
  waitDuration,
  waitWindow,
  waitReply,
  waitEvent,
  waitFirst,
  logicBranch,
  logicSplit,
  logicLoop,
  logicSet,
  goal,
  end,
  sentiment,
  kbAnswer,
  crmLookup,
  crmTicket,
  crmNote,
  handoff,
  surveyCsat,
  custom,
] as const satisfies readonly NodeKindSpec[];

export type NodeKind = (typeof NODE_KINDS)[number]['kind'];

const BY_KIND = new Map<string, NodeKindSpec>(NODE_KINDS.map((k) => [k.kind, k as unknown as NodeKindSpec]));

/** The spec of a node kind, or undefined for an unknown kind. */
export function nodeKind(kind: string): NodeKindSpec | undefined {
  return BY_KIND.get(kind);
}

/** Trigger kinds start a journey; every flow has exactly one. */
export const isTrigger = (kind: string): boolean => kind.startsWith('trigger.');
