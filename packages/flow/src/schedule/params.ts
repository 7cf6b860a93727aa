/**
 * How the params of a schedule trigger changed between document versions, in one place: the document migration
 * (v2 → v3) and readers of plans published before v3 both go through `migrateScheduleParams`.
 */

/** What happens when a run is due while the previous one is still going. */
export const SCHEDULE_OVERLAPS = ['skip', 'buffer_one', 'allow_all'] as const;
export type ScheduleOverlap = (typeof SCHEDULE_OVERLAPS)[number];

/**
 * v2 schedule params were `{ cron, timeZone, segment? }`, `segment` being one customer tag; v3 has
 * `{ cron? | every?, timeZone, overlap, audience }`. A v2 tag becomes the condition `tags contains <tag>`. A v2
 * schedule without a tag is left without an audience, so the compiler asks who it is for instead of reaching
 * every customer by surprise.
 */
export function migrateScheduleParams(params: Record<string, unknown>): Record<string, unknown> {
  if (!('segment' in params) || 'audience' in params) return params;
  const { segment, ...rest } = params;
  if (typeof segment !== 'string' || segment.trim() === '') return rest;
  return {
    ...rest,
    audience: { match: 'all', conditions: [{ field: 'tags', op: 'contains', value: segment.trim() }] },
  };
}
