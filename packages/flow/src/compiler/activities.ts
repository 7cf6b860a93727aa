import type { ActivityOptions } from '../plan';

/**
 * Default timeout and retry policy of each activity a node can call. A node's `retry` field overrides them.
 *
 * | activity             | start-to-close | attempts | first retry | backoff | longest wait |
 * |----------------------|----------------|----------|-------------|---------|--------------|
 * | channel.send         | 30 s           | 8        | 2 s         | ×2      | 5 min        |
 * | sentiment.analyze    | 10 s           | 3        | 500 ms      | ×2      | 5 s          |
 * | crm.* (lookup, ticket, note) | 30 s   | 10       | 1 s         | ×2      | 1 min        |
 * | handoff.open         | 30 s           | 10       | 1 s         | ×2      | 1 min        |
 * | kb.search            | 10 s           | 5        | 500 ms      | ×2      | 10 s         |
 * | custom (and unknown) | 60 s           | 5        | 1 s         | ×2      | 1 min        |
 *
 * A custom activity's own `startToCloseTimeoutMs` / `retry` (from its spec) replace the custom row.
 */
export const ACTIVITY_DEFAULTS: Record<string, ActivityOptions> = {
  'channel.send': {
    startToCloseTimeoutMs: 30_000,
    retry: { maximumAttempts: 8, initialIntervalMs: 2_000, backoffCoefficient: 2, maximumIntervalMs: 300_000 },
  },
  'sentiment.analyze': {
    startToCloseTimeoutMs: 10_000,
    retry: { maximumAttempts: 3, initialIntervalMs: 500, backoffCoefficient: 2, maximumIntervalMs: 5_000 },
  },
  'crm.*': {
    startToCloseTimeoutMs: 30_000,
    retry: { maximumAttempts: 10, initialIntervalMs: 1_000, backoffCoefficient: 2, maximumIntervalMs: 60_000 },
  },
  'kb.search': {
    startToCloseTimeoutMs: 10_000,
    retry: { maximumAttempts: 5, initialIntervalMs: 500, backoffCoefficient: 2, maximumIntervalMs: 10_000 },
  },
  'handoff.open': {
    startToCloseTimeoutMs: 30_000,
    retry: { maximumAttempts: 10, initialIntervalMs: 1_000, backoffCoefficient: 2, maximumIntervalMs: 60_000 },
  },
  custom: {
    startToCloseTimeoutMs: 60_000,
    retry: { maximumAttempts: 5, initialIntervalMs: 1_000, backoffCoefficient: 2, maximumIntervalMs: 60_000 },
  },
};

const clone = (o: ActivityOptions): ActivityOptions => ({
  startToCloseTimeoutMs: o.startToCloseTimeoutMs,
  retry: { ...o.retry },
});

/** The default options of a built-in activity name (`crm.upsertTicket` → the `crm.*` row). */
export function builtinActivityDefaults(name: string): ActivityOptions {
  const exact = ACTIVITY_DEFAULTS[name];
  if (exact) return clone(exact);
  const family = ACTIVITY_DEFAULTS[`${name.split('.')[0]}.*`];
  return clone(family ?? (ACTIVITY_DEFAULTS.custom as ActivityOptions));
}

/** The default options of a custom activity: its spec's values over the custom row. */
export function customActivityDefaults(spec?: {
  startToCloseTimeoutMs?: number;
  heartbeatTimeoutMs?: number;
  retry?: Partial<ActivityOptions['retry']>;
  taskQueue?: string;
}): ActivityOptions {
  const base = clone(ACTIVITY_DEFAULTS.custom as ActivityOptions);
  if (!spec) return base;
  const retry = { ...base.retry };
  for (const [k, v] of Object.entries(spec.retry ?? {}) as [keyof ActivityOptions['retry'], number | undefined][]) {
    if (typeof v === 'number') retry[k] = v;
  }
  return {
    startToCloseTimeoutMs: spec.startToCloseTimeoutMs ?? base.startToCloseTimeoutMs,
    retry,
    // Only when given, so the plans of activities without them hash as before.
    ...(spec.heartbeatTimeoutMs ? { heartbeatTimeoutMs: spec.heartbeatTimeoutMs } : {}),
    ...(spec.taskQueue ? { taskQueue: spec.taskQueue } : {}),
  };
}
