/**
 * "Needs attention" and insights through Ruta's API (only the HTTP backend has them: they are computed from the
 * server's store).
 */
import type { paths } from '@ruta/client';
import { api, call, type Schemas } from '../api/http';

/** Journeys parked for the same reason at the same step of one version. */
export type AttentionGroup = Schemas['AttentionGroup'];
export type AttentionOverview = Schemas['AttentionOverview'];
export type AttentionJourney = Schemas['AttentionJourneys']['journeys'][number];
export type BulkAction = Schemas['BulkAction'];
export type BulkKind = BulkAction['action'];

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

export type Grouped = Insights['csat']['byDay'][number];

export type Insights = Schemas['Insights'];

export const insightsApi = {
  get: (q: InsightsQuery): Promise<Insights> => call(api.GET('/v1/insights', { params: { query: q } })),
};
