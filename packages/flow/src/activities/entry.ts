import { z } from 'zod';

/** An activity's name: dot-separated camelCase words (`billing.createPaymentLink`). */
export const ACTIVITY_NAME = /^[a-z][a-zA-Z0-9]*(\.[a-z][a-zA-Z0-9]*)*$/;

/**
 * How flows and Temporal name one version of an activity: its name for version 1 (so flows and workers written before
 * versions keep working), `name@<version>` for later ones.
 *
 * @example
 * activityRef('billing.createPaymentLink', 2); // 'billing.createPaymentLink@2'
 */
export function activityRef(name: string, version = 1): string {
  return version === 1 ? name : `${name}@${version}`;
}

/** The name and version an activity reference stands for (`name` → version 1); undefined when it is not one. */
export function parseActivityRef(ref: string): { name: string; version: number } | undefined {
  const at = ref.lastIndexOf('@');
  const name = at < 0 ? ref : ref.slice(0, at);
  const digits = at < 0 ? '1' : ref.slice(at + 1);
  if (!ACTIVITY_NAME.test(name) || !/^[1-9][0-9]{0,3}$/.test(digits)) return undefined;
  return { name, version: Number(digits) };
}

const Text = z.object({ es: z.string().max(200), en: z.string().max(200) });
const Millis = z
  .number()
  .int()
  .min(1)
  .max(365 * 24 * 3_600_000);

/** A Temporal task queue name: what a worker polls. */
export const TaskQueueName = z
  .string()
  .min(1)
  .max(200)
  .regex(/^[A-Za-z0-9][A-Za-z0-9._:/-]*$/, 'Letters, digits and . _ : / - only, starting with a letter or digit');

/**
 * One activity as the catalog holds it: the contract in JSON (schemas as JSON Schema) and where it runs. Workers publish
 * it, the designer builds the node's form from `input`, and the compiler checks nodes and types expressions from it.
 * Any Temporal SDK can serve an activity: its activity type is the entry's reference ({@link activityRef}), it takes
 * `(input, meta)` and returns JSON that matches `output`.
 */
export const ActivityCatalogEntry = z.object({
  name: z.string().max(120).regex(ACTIVITY_NAME, 'Dot-separated camelCase words, e.g. billing.createPaymentLink'),
  version: z.number().int().min(1).max(9_999),
  label: Text,
  description: Text,
  /** JSON Schema of the input (what the node's form edits). */
  input: z.record(z.string(), z.unknown()),
  /** JSON Schema of the result (what `nodes.<id>.…` expressions read). */
  output: z.record(z.string(), z.unknown()),
  startToCloseTimeoutMs: Millis,
  heartbeatTimeoutMs: Millis.nullable(),
  retry: z.object({
    maximumAttempts: z.number().int().min(0).max(1_000),
    initialIntervalMs: Millis,
    backoffCoefficient: z.number().min(1).max(100),
    maximumIntervalMs: Millis,
  }),
  nonRetryableErrorTypes: z.array(z.string().min(1).max(120)).max(50),
  /** The task queue whose workers serve it; null: the journeys' own queue (the main worker). */
  taskQueue: TaskQueueName.nullable(),
});
export type ActivityCatalogEntry = z.infer<typeof ActivityCatalogEntry>;
