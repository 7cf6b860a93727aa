/**
 * "Needs attention" and insights through Ruta's API (only the HTTP backend has them: they are computed from the
 * server's store).
 */
import type { paths } from '@ruta/client';
import { api, call } from '../api/http';

export type Words = { es: string; en: string };
export type AttentionReason = 'activity_failed' | 'workflow_task_failing' | 'activity_failing';
export type BulkKind = 'retry' | 'skip' | 'cancel';

export type AttentionGroup = {
  flowId: string;
  version: number;
  nodeId: string | null;
  kind: string | null;
  reason: AttentionReason;
  reasonLabel: Words;
  activity: string | null;
  failureType: string | null;
  example: string | null;
  count: number;
  since: string;
  message: Words;
  actions: string[];
};

export type AttentionOverview = {
  groups: AttentionGroup[];
  total: number;
  unconfirmed: {
    total: number;
    message: Words;
    items: {
      id: string;
      customerId: string;
      journeyId: string | null;
      flowId: string | null;
      channel: string;
      createdAt: string;
    }[];
  };
};

export type AttentionJourney = {
  id: string;
  customerId: string;
  nodeId: string | null;
  since: string;
  message: string | null;
};

export type BulkAction = {
  id: string;
  action: BulkKind;
  status: 'running' | 'done';
  total: number;
  done: number;
  succeeded: number;
  failed: number;
  errors: { journeyId: string; error: string }[];
};

/** What insights are asked for: a range of days in a time zone, and optionally one flow (and version). */
export type InsightsQuery = paths['/v1/insights']['get']['parameters']['query'];

/** The query naming a group. */
function groupQuery(g: AttentionGroup) {
  return {
    flowId: g.flowId,
    version: g.version,
    reason: g.reason,
    ...(g.nodeId ? { nodeId: g.nodeId } : {}),
    ...(g.failureType ? { failureType: g.failureType } : {}),
  };
}

export const attentionApi = {
  overview: (): Promise<AttentionOverview> => call(api.GET('/v1/attention')),
  journeys: (g: AttentionGroup): Promise<{ journeys: AttentionJourney[] }> =>
    call(api.GET('/v1/attention/journeys', { params: { query: { ...groupQuery(g), limit: 200 } } })),
  bulk: (g: AttentionGroup, action: BulkKind, ids?: string[]): Promise<BulkAction> =>
    call(api.POST('/v1/attention/bulk', { body: { ...groupQuery(g), action, ...(ids ? { ids } : {}) } })),
  bulkStatus: (id: string): Promise<BulkAction> =>
    call(api.GET('/v1/attention/bulk/{id}', { params: { path: { id } } })),
};

export type Grouped = {
  key: string | null;
  answers: number;
  average: number | null;
};

export type Insights = {
  range: Words & { from: string; to: string; lastDay: string; tz: string };
  flowId: string | null;
  total: Record<'entered' | 'running' | 'completed' | 'goalReached' | 'escalated' | 'failed' | 'cancelled', number>;
  versions: ({ flowId: string; version: number } & Insights['total'])[];
  waits: {
    nodeId: string;
    kind: string | null;
    waits: number;
    avgSeconds: number;
    medianSeconds: number;
    p90Seconds: number;
  }[];
  dropOff: {
    nodeId: string;
    kind: string | null;
    entered: number;
    continued: number;
    completedHere: number;
    droppedHere: number;
    waitingHere: number;
    dropRate: number;
  }[];
  splits: {
    nodeId: string;
    variants: { variant: string; journeys: number; converted: number; rate: number; low: number; high: number }[];
    comparisons: {
      a: string;
      b: string;
      difference: number;
      low: number;
      high: number;
      pValue: number;
      verdict: Words & { kind: string };
    }[];
  }[];
  csat: {
    answers: number;
    average: number | null;
    byDay: Grouped[];
    byFlow: Grouped[];
    byQueue: Grouped[];
    byChannel: Grouped[];
    byAgent: Grouped[];
    comments: {
      journeyId: string;
      day: string;
      score: number;
      channel: string | null;
      agent: string | null;
      comment: string;
      sentiment: { label: string; score: number };
    }[];
  };
  escalations: {
    total: number;
    byReason: { reason: string; label: Words; count: number }[];
    byDay: { day: string; reason: string; count: number }[];
    topics: Record<'es' | 'en', { phrase: string; count: number; examples: string[] }[]>;
  };
};

export const insightsApi = {
  get: (q: InsightsQuery): Promise<Insights> => call(api.GET('/v1/insights', { params: { query: q } })),
};
