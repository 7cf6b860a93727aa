/** Where a case stands against its SLA: no deadline, on time, close to it (warning window), or breached. */
export type SlaState = 'none' | 'ok' | 'warning' | 'breached';

/** The SLA clock of a case at `now`: its state and the time left (negative once breached), in ms. */
export function slaClock(deadline: string | null, now: number, warnMs: number): { state: SlaState; leftMs: number } {
  if (!deadline) return { state: 'none', leftMs: 0 };
  const leftMs = Date.parse(deadline) - now;
  if (leftMs <= 0) return { state: 'breached', leftMs };
  return { state: leftMs <= warnMs ? 'warning' : 'ok', leftMs };
}

/** A duration as people read a clock: `1 h 05 min`, `12 min`, `45 s` (the sign is the caller's). */
export function clockText(ms: number): string {
  const s = Math.floor(Math.abs(ms) / 1000);
  const d = Math.floor(s / 86_400);
  const hh = Math.floor((s % 86_400) / 3600);
  const mm = Math.floor((s % 3600) / 60);
  if (d > 0) return `${d} d ${hh} h`;
  if (hh > 0) return `${hh} h ${String(mm).padStart(2, '0')} min`;
  if (mm > 0) return `${mm} min`;
  return `${s % 60} s`;
}

/** Orders cases as the inbox lists them: most urgent priority first, then the nearest SLA, then the oldest. */
export function inboxOrder<T extends { priority: string; slaDeadline: string | null; createdAt: string }>(
  cases: readonly T[],
): T[] {
  const rank: Record<string, number> = { urgent: 0, high: 1, normal: 2, low: 3 };
  return [...cases].sort(
    (a, b) =>
      (rank[a.priority] ?? 4) - (rank[b.priority] ?? 4) ||
      (a.slaDeadline ? Date.parse(a.slaDeadline) : Number.POSITIVE_INFINITY) -
        (b.slaDeadline ? Date.parse(b.slaDeadline) : Number.POSITIVE_INFINITY) ||
      Date.parse(a.createdAt) - Date.parse(b.createdAt),
  );
}
