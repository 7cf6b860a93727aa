import type { AudienceProgress, AudienceRunStatus } from '@ruta/flow';
import { and, desc, eq, sql } from 'drizzle-orm';
import type { Db } from '../db';
import { type ScheduleRunRow, scheduleRuns } from '../schema';

/** Records that a schedule run began; a repeat (a retried activity) keeps the first row. */
export async function openScheduleRun(
  db: Db,
  run: { id: string; flowId: string; flowVersion: number; scheduledAt: Date | string },
): Promise<ScheduleRunRow> {
  await db
    .insert(scheduleRuns)
    .values({ ...run, scheduledAt: new Date(run.scheduledAt) })
    .onConflictDoNothing({ target: scheduleRuns.id });
  const [row] = await db.select().from(scheduleRuns).where(eq(scheduleRuns.id, run.id));
  return row!;
}

/**
 * Adds one batch's counts, once per batch number: the row moves only from `batch` to `batch + 1`, so a retried
 * batch (whose first attempt was recorded but whose answer was lost) adds nothing. Returns whether it counted.
 */
export async function recordScheduleBatch(
  db: Db,
  id: string,
  batch: { batch: number; cursor: string | null; matched: number; started: number; skipped: number },
): Promise<boolean> {
  const rows = await db
    .update(scheduleRuns)
    .set({
      batches: batch.batch + 1,
      cursor: batch.cursor,
      matched: sql`${scheduleRuns.matched} + ${batch.matched}`,
      started: sql`${scheduleRuns.started} + ${batch.started}`,
      skipped: sql`${scheduleRuns.skipped} + ${batch.skipped}`,
      updatedAt: new Date(),
    })
    .where(and(eq(scheduleRuns.id, id), eq(scheduleRuns.batches, batch.batch)))
    .returning({ id: scheduleRuns.id });
  return rows.length > 0;
}

/**
 * Ends a run with the workflow's own totals (what it counted from the batches' answers). Only a running run
 * changes, so a repeated close keeps the first.
 */
export async function closeScheduleRun(
  db: Db,
  id: string,
  progress: Pick<AudienceProgress, 'status' | 'reason' | 'batches' | 'matched' | 'started' | 'skipped' | 'after'> & {
    status: Exclude<AudienceRunStatus, 'running'>;
  },
): Promise<ScheduleRunRow | null> {
  const now = new Date();
  await db
    .update(scheduleRuns)
    .set({
      status: progress.status,
      reason: progress.reason ?? null,
      batches: progress.batches,
      cursor: progress.after,
      matched: progress.matched,
      started: progress.started,
      skipped: progress.skipped,
      endedAt: now,
      updatedAt: now,
    })
    .where(and(eq(scheduleRuns.id, id), eq(scheduleRuns.status, 'running')));
  const [row] = await db.select().from(scheduleRuns).where(eq(scheduleRuns.id, id));
  return row ?? null;
}

/** A flow's most recent schedule runs, newest first. */
export async function listScheduleRuns(db: Db, flowId: string, limit = 10): Promise<ScheduleRunRow[]> {
  return db
    .select()
    .from(scheduleRuns)
    .where(eq(scheduleRuns.flowId, flowId))
    .orderBy(desc(scheduleRuns.scheduledAt), desc(scheduleRuns.id))
    .limit(Math.min(Math.max(Math.trunc(limit), 1), 100));
}
