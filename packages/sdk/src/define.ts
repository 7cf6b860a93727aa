import { ACTIVITY_NAME, activityRef } from '@ruta/flow';
import { z } from 'zod';

/** Localized text for the designer's palette. */
export interface ActivityText {
  es: string;
  en: string;
}

/** How Temporal retries an activity when nothing else is said. */
export interface RetryDefaults {
  maximumAttempts: number;
  initialIntervalMs: number;
  backoffCoefficient: number;
  maximumIntervalMs: number;
}

/**
 * A structured logger for an activity. Its lines carry the activity, journey and node; keys that hold personal data
 * or secrets (`text`, `email`, `phone`, `customer`, `input`, `body`, …) are redacted wherever they appear.
 */
export interface ActivityLogger {
  debug(fields: object, message: string): void;
  info(fields: object, message: string): void;
  warn(fields: object, message: string): void;
  error(fields: object, message: string): void;
}

/** What an activity knows about the call, beyond its input. */
export interface ActivityContext {
  /** `<journey id>:<node id>:<visit>`: identical across retries, worker crashes and continue-as-new. */
  idempotencyKey: string;
  journeyId: string;
  /** The journey's customer (an opaque id); empty when the activity runs outside a journey. */
  customerId: string;
  nodeId: string;
  visit: number;
  /** Which attempt this is, from 1. */
  attempt: number;
  /** Aborted when Temporal cancels the activity or the worker shuts down: pass it to `fetch` and stop. */
  signal: AbortSignal;
  /** Tells Temporal the activity is alive; `details` come back as `heartbeatDetails` if a retry has to resume. */
  heartbeat(details?: unknown): void;
  /** What the previous attempt last passed to `heartbeat`, to resume from (undefined on a first attempt). */
  heartbeatDetails: unknown;
  /** Logs without personal data (see {@link ActivityLogger}). */
  logger: ActivityLogger;
}

/** Extra facts the journey workflow passes with every activity call. */
export interface CallMeta {
  idempotencyKey: string;
  journeyId: string;
  nodeId: string;
  visit: number;
  /** Set by journeys started since customer ids were passed to activities. */
  customerId?: string;
}

/** An activity's declaration: name, schemas and defaults, without an implementation. */
export interface ActivityContract<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  name: string;
  /** The contract's version: an incompatible change gets a new one, and both can be served side by side. */
  version: number;
  /** How flows and Temporal name it: `name` for version 1, `name@<version>` after (see `activityRef` of @ruta/flow). */
  ref: string;
  label: ActivityText;
  description: ActivityText;
  input: I;
  output: O;
  startToCloseTimeoutMs: number;
  /** When set, an attempt that does not heartbeat within it is retried (on another worker if this one died). */
  heartbeatTimeoutMs?: number;
  retry: RetryDefaults;
  /** Error types a retry cannot fix: Temporal stops retrying at once. */
  nonRetryableErrorTypes: string[];
}

/** A contract with its implementation, ready to register on a worker. */
export interface ActivityDefinition<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType>
  extends ActivityContract<I, O> {
  handler(input: z.output<I>, ctx: ActivityContext): Promise<z.input<O>>;
}

export interface ContractOptions<I extends z.ZodType, O extends z.ZodType> {
  name: string;
  /** Default 1. Publish an incompatible change (a field removed or newly required, a type changed) as a new version. */
  version?: number;
  label?: ActivityText;
  description?: ActivityText;
  input: I;
  output: O;
  /** e.g. 30_000; default 60 s. */
  startToCloseTimeoutMs?: number;
  /** e.g. 30_000 for an activity that heartbeats on slow calls; none by default. */
  heartbeatTimeoutMs?: number;
  retry?: Partial<RetryDefaults>;
  nonRetryableErrorTypes?: string[];
}

const NAME = ACTIVITY_NAME;

/** Declares an activity's contract (name, zod input/output, retry and timeout defaults). */
export function defineContract<I extends z.ZodType, O extends z.ZodType>(
  options: ContractOptions<I, O>,
): ActivityContract<I, O> {
  if (!NAME.test(options.name)) {
    throw new Error(
      `Activity name "${options.name}" must be dot-separated camelCase words, e.g. "billing.createPaymentLink"`,
    );
  }
  const version = options.version ?? 1;
  if (!Number.isInteger(version) || version < 1) {
    throw new Error(`Activity "${options.name}" has version ${version}; versions are whole numbers from 1`);
  }
  return {
    name: options.name,
    version,
    ref: activityRef(options.name, version),
    label: options.label ?? { es: options.name, en: options.name },
    description: options.description ?? { es: '', en: '' },
    input: options.input,
    output: options.output,
    startToCloseTimeoutMs: options.startToCloseTimeoutMs ?? 60_000,
    ...(options.heartbeatTimeoutMs ? { heartbeatTimeoutMs: options.heartbeatTimeoutMs } : {}),
    retry: {
      maximumAttempts: 5,
      initialIntervalMs: 1_000,
      backoffCoefficient: 2,
      maximumIntervalMs: 60_000,
      ...options.retry,
    },
    nonRetryableErrorTypes: ['InvalidActivityInput', ...(options.nonRetryableErrorTypes ?? [])],
  };
}

/** Attaches an implementation to a contract. */
export function implement<I extends z.ZodType, O extends z.ZodType>(
  contract: ActivityContract<I, O>,
  handler: (input: z.output<I>, ctx: ActivityContext) => Promise<z.input<O>>,
): ActivityDefinition<I, O> {
  return { ...contract, handler };
}

/**
 * Declares a custom activity in one step: contract and implementation. It appears in the designer's
 * palette with a form generated from `input`.
 *
 * @example
 * export const createPaymentLink = defineActivity({
 *   name: 'billing.createPaymentLink',
 *   label: { es: 'Crear link de pago', en: 'Create payment link' },
 *   input: z.object({ amount: z.number().positive(), currency: z.enum(['CLP', 'USD']) }),
 *   output: z.object({ url: z.string().url() }),
 *   handler: async ({ amount, currency }, ctx) => ({ url: await billing.link(amount, currency, ctx.idempotencyKey) }),
 * });
 */
export function defineActivity<I extends z.ZodType, O extends z.ZodType>(
  options: ContractOptions<I, O> & { handler: (input: z.output<I>, ctx: ActivityContext) => Promise<z.input<O>> },
): ActivityDefinition<I, O> {
  return implement(defineContract(options), options.handler);
}

/** The JSON Schema of an activity's input and output, for forms and the API. */
export function activityJsonSchemas(contract: ActivityContract): { input: unknown; output: unknown } {
  return {
    input: z.toJSONSchema(contract.input, { io: 'input', unrepresentable: 'any' }),
    output: z.toJSONSchema(contract.output, { io: 'output', unrepresentable: 'any' }),
  };
}
