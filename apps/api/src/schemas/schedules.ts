import { z } from '@hono/zod-openapi';
import { Audience, SCHEDULE_OVERLAPS } from '@ruta/flow';
import { Localized } from './common';

export const ScheduleRun = z
  .object({
    id: z.string().openapi({ description: "The run's workflow id (`audience:<flow>-<scheduled time>`)" }),
    flowVersion: z.number().int(),
    status: z.enum(['running', 'completed', 'stopped', 'failed']),
    reason: z.string().nullable().openapi({ description: 'Why it stopped early or failed' }),
    scheduledAt: z.string(),
    startedAt: z.string(),
    endedAt: z.string().nullable(),
    batches: z.number().int(),
    matched: z.number().int().openapi({ description: 'Customers of the segment seen' }),
    started: z.number().int().openapi({ description: 'Journeys started' }),
    skipped: z.number().int().openapi({ description: "Customers the flow's re-entry rule kept out" }),
  })
  .openapi('ScheduleRun');

export const FlowSchedule = z
  .object({
    flowId: z.string(),
    scheduleId: z.string().openapi({ example: 'ruta-schedule:f_weekly' }),
    version: z.number().int().openapi({ description: 'The version its runs start journeys on' }),
    currentVersion: z.number().int().nullable(),
    inSync: z.boolean().openapi({ description: 'False when the last publish could not update the schedule' }),
    paused: z.boolean(),
    note: z.string().nullable().openapi({ description: 'Who paused or resumed it, and why' }),
    timing: z
      .object({
        cron: z.string().optional(),
        every: z.string().optional(),
        timeZone: z.string(),
        overlap: z.enum(SCHEDULE_OVERLAPS),
      })
      .nullable(),
    audience: Audience.nullable(),
    audienceText: Localized.nullable(),
    nextRuns: z.array(z.string()).openapi({ description: 'The next times it runs (none while paused)' }),
    recentRuns: z.array(ScheduleRun).openapi({ description: 'Newest first, with what each did' }),
    running: z.array(z.string()).openapi({ description: 'Workflow ids of runs still going' }),
    runsTaken: z.number().int(),
  })
  .openapi('FlowSchedule');

export const ScheduleNoteBody = z
  .object({ note: z.string().trim().max(500).optional().openapi({ description: 'Why (kept on the schedule)' }) })
  .openapi('ScheduleNote');

export const ScheduleTriggered = z
  .object({ flowId: z.string(), scheduleId: z.string(), triggered: z.literal(true) })
  .openapi('ScheduleTriggered');
