/**
 * How much a worker keeps in memory and how much it does at once, from the environment. The workflow cache is
 * what a worker's memory grows with: each journey it keeps in the cache holds its state, so a worker with
 * thousands of journeys waiting for replies stays within its memory only with a bounded cache. A journey that
 * is not in the cache is not lost: when its next reply or timer comes, the worker replays its history (a few
 * milliseconds for a short history) and goes on.
 */
import { parseDuration } from '@ruta/flow';
import { z } from 'zod';

/**
 * Journeys kept in a worker's workflow cache by default. With NODE_OPTIONS=--max-old-space-size=512 a worker holding
 * 10,000 waiting journeys stays near 0.75 GiB resident (bench/results/engine.md).
 */
export const DEFAULT_MAX_CACHED_WORKFLOWS = 500;

/** A worker's cache and concurrency settings, as Temporal's `Worker.create` takes them. */
export const WorkerTuning = z.object({
  /** Journeys kept in memory between their tasks; 0 turns the cache (and sticky queues) off. */
  maxCachedWorkflows: z.number().int().min(0),
  /** Workflow tasks run at once; at most `maxCachedWorkflows` when the cache is on. */
  maxConcurrentWorkflowTaskExecutions: z.number().int().min(1),
  /** Activities run at once. */
  maxConcurrentActivityTaskExecutions: z.number().int().min(1),
  /** How long a task waits for the worker that has its journey cached before any worker may take it. */
  stickyQueueScheduleToStartTimeoutMs: z.number().int().min(1),
});
/** A worker's cache and concurrency settings. */
export type WorkerTuning = z.infer<typeof WorkerTuning>;

/** The environment variables, their defaults and what each sets. */
export const WORKER_TUNING_ENV = {
  RUTA_WORKER_MAX_CACHED_WORKFLOWS: { key: 'maxCachedWorkflows', default: DEFAULT_MAX_CACHED_WORKFLOWS },
  RUTA_WORKER_MAX_CONCURRENT_WORKFLOW_TASKS: { key: 'maxConcurrentWorkflowTaskExecutions', default: 40 },
  RUTA_WORKER_MAX_CONCURRENT_ACTIVITIES: { key: 'maxConcurrentActivityTaskExecutions', default: 100 },
  RUTA_WORKER_STICKY_QUEUE_TIMEOUT: { key: 'stickyQueueScheduleToStartTimeoutMs', default: 10_000 },
} as const satisfies Record<string, { key: keyof WorkerTuning; default: number }>;

type EnvName = keyof typeof WORKER_TUNING_ENV;

function read(env: NodeJS.ProcessEnv, name: EnvName, min: number): number {
  const spec = WORKER_TUNING_ENV[name];
  const raw = env[name]?.trim();
  if (!raw) return spec.default;
  if (name === 'RUTA_WORKER_STICKY_QUEUE_TIMEOUT') {
    const ms = parseDuration(raw);
    if (ms === undefined || ms < min) {
      throw new Error(`${name} must be a duration such as 10s or 1m (got "${raw}")`);
    }
    return ms;
  }
  const n = Number(raw);
  if (!/^\d+$/.test(raw) || !Number.isSafeInteger(n) || n < min) {
    throw new Error(`${name} must be a whole number of at least ${min} (got "${raw}")`);
  }
  return n;
}

/**
 * The worker's tuning from `RUTA_WORKER_*` variables, each defaulting as in WORKER_TUNING_ENV. A value that is not
 * a number (or a duration for the sticky timeout) throws an error naming the variable and what it takes.
 */
export function workerTuningFromEnv(env: NodeJS.ProcessEnv = process.env): WorkerTuning {
  const maxCachedWorkflows = read(env, 'RUTA_WORKER_MAX_CACHED_WORKFLOWS', 0);
  if (maxCachedWorkflows === 1) {
    throw new Error('RUTA_WORKER_MAX_CACHED_WORKFLOWS must be 0 (no cache) or at least 2 (got "1")');
  }
  const tasks = read(env, 'RUTA_WORKER_MAX_CONCURRENT_WORKFLOW_TASKS', 1);
  return WorkerTuning.parse({
    maxCachedWorkflows,
    // Temporal needs a task's journey in the cache while it runs: with the cache on, never more tasks than it
    // holds, and at least 2 (a smaller number is raised by the SDK with a warning; this says it up front).
    maxConcurrentWorkflowTaskExecutions:
      maxCachedWorkflows > 0 ? Math.max(2, Math.min(tasks, maxCachedWorkflows)) : tasks,
    maxConcurrentActivityTaskExecutions: read(env, 'RUTA_WORKER_MAX_CONCURRENT_ACTIVITIES', 1),
    stickyQueueScheduleToStartTimeoutMs: read(env, 'RUTA_WORKER_STICKY_QUEUE_TIMEOUT', 1),
  });
}
