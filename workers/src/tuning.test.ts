import { describe, expect, it } from 'vitest';
import { DEFAULT_MAX_CACHED_WORKFLOWS, workerTuningFromEnv } from './tuning';
import { temporalTuning } from './worker';

describe('workerTuningFromEnv', () => {
  it('defaults to a bounded cache and Temporal’s usual concurrency', () => {
    expect(workerTuningFromEnv({})).toEqual({
      maxCachedWorkflows: DEFAULT_MAX_CACHED_WORKFLOWS,
      maxConcurrentWorkflowTaskExecutions: 40,
      maxConcurrentActivityTaskExecutions: 100,
      stickyQueueScheduleToStartTimeoutMs: 10_000,
    });
  });

  it('reads every RUTA_WORKER_* setting and hands them to Temporal', () => {
    const tuning = workerTuningFromEnv({
      RUTA_WORKER_MAX_CACHED_WORKFLOWS: '250',
      RUTA_WORKER_MAX_CONCURRENT_WORKFLOW_TASKS: '20',
      RUTA_WORKER_MAX_CONCURRENT_ACTIVITIES: ' 50 ',
      RUTA_WORKER_STICKY_QUEUE_TIMEOUT: '5s',
    });
    expect(temporalTuning(tuning)).toEqual({
      maxCachedWorkflows: 250,
      maxConcurrentWorkflowTaskExecutions: 20,
      maxConcurrentActivityTaskExecutions: 50,
      stickyQueueScheduleToStartTimeout: 5_000,
    });
  });

  it('keeps workflow tasks within the cache, and allows the cache off', () => {
    expect(workerTuningFromEnv({ RUTA_WORKER_MAX_CACHED_WORKFLOWS: '8' }).maxConcurrentWorkflowTaskExecutions).toBe(8);
    const off = workerTuningFromEnv({ RUTA_WORKER_MAX_CACHED_WORKFLOWS: '0' });
    expect(off).toMatchObject({ maxCachedWorkflows: 0, maxConcurrentWorkflowTaskExecutions: 40 });
  });

  it('refuses values it cannot use, naming the variable and what it takes', () => {
    expect(() => workerTuningFromEnv({ RUTA_WORKER_MAX_CACHED_WORKFLOWS: 'mil' })).toThrow(
      'RUTA_WORKER_MAX_CACHED_WORKFLOWS must be a whole number of at least 0 (got "mil")',
    );
    expect(() => workerTuningFromEnv({ RUTA_WORKER_MAX_CACHED_WORKFLOWS: '1' })).toThrow('0 (no cache) or at least 2');
    expect(() => workerTuningFromEnv({ RUTA_WORKER_MAX_CONCURRENT_ACTIVITIES: '0' })).toThrow(
      'RUTA_WORKER_MAX_CONCURRENT_ACTIVITIES must be a whole number of at least 1',
    );
    expect(() => workerTuningFromEnv({ RUTA_WORKER_MAX_CONCURRENT_WORKFLOW_TASKS: '2.5' })).toThrow(
      'RUTA_WORKER_MAX_CONCURRENT_WORKFLOW_TASKS',
    );
    expect(() => workerTuningFromEnv({ RUTA_WORKER_STICKY_QUEUE_TIMEOUT: 'pronto' })).toThrow(
      'RUTA_WORKER_STICKY_QUEUE_TIMEOUT must be a duration such as 10s or 1m (got "pronto")',
    );
  });
});
