/**
 * "Needs attention" and insights through Ruta's API (only the HTTP backend has them: they are computed from the
 * server's store).
 */
import { request } from '../api/auth';

export type Words = { es: string; en: string };
export type AttentionReason = 'activity_failed' | 'workflow_task_failing' | 'activity_failing';
export type BulkKind = 'retry' | 'skip' | 'cancel';

export interface AttentionGroup {
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
}

export interface AttentionOverview {
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
}

export interface AttentionJourney {
  id: string;
  customerId: string;
  nodeId: string | null;
  since: string;
  message: string | null;
}

export interface BulkAction {
  id: string;
  action: BulkKind;
  status: 'running' | 'done';
  total: number;
  done: number;
  succeeded: number;
  failed: number;
  errors: { journeyId: string; error: string }[];
}

/** The query naming a group. */
function groupQuery(g: AttentionGroup): Record<string, string> {
  return {
    flowId: g.flowId,
    version: String(g.version),
    reason: g.reason,
    ...(g.nodeId ? { nodeId: g.nodeId } : {}),
    ...(g.failureType ? { failureType: g.failureType } : {}),
  };
}

export const attentionApi = {
  overview: () => request<AttentionOverview>('GET', '/v1/attention'),
  journeys: (g: AttentionGroup) =>
    request<{ journeys: AttentionJourney[] }>(
      'GET',
      `/v1/attention/journeys?${new URLSearchParams({ ...groupQuery(g), limit: '200' })}`,
    ),
  bulk: (g: AttentionGroup, action: BulkKind, ids?: string[]) => {
    const { version, ...q } = groupQuery(g);
    return request<BulkAction>('POST', '/v1/attention/bulk', {
      ...q,
      version: Number(version),
      action,
      ...(ids ? { ids } : {}),
    });
  },
  bulkStatus: (id: string) => request<BulkAction>('GET', `/v1/attention/bulk/${encodeURIComponent(id)}`),
};

export interface Grouped {
  key: string | null;
  answers: number;
  average: number | null;
}

export interface Insights {
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
}

export const insightsApi = {
  get: (q: { flowId?: string; version?: number; from: string; to: string; tz: string }) =>
    request<Insights>(
      'GET',
      `/v1/insights?${new URLSearchParams({
        from: q.from,
        to: q.to,
        tz: q.tz,
        ...(q.flowId ? { flowId: q.flowId } : {}),
        ...(q.version ? { version: String(q.version) } : {}),
      })}`,
    ),
};
