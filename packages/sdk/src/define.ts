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

/** What an activity knows about the call, beyond its input. */
export interface ActivityContext {
  /** `<journey id>:<node id>:<visit>`: identical across retries, worker crashes and continue-as-new. */
  idempotencyKey: string;
  journeyId: string;
  nodeId: string;
  visit: number;
  /** Which attempt this is, from 1. */
  attempt: number;
  /** Aborted when Temporal cancels the activity or the worker shuts down. */
  signal: AbortSignal;
  heartbeat(details?: unknown): void;
}

/** Extra facts the journey workflow passes with every activity call. */
export interface CallMeta {
  idempotencyKey: string;
  journeyId: string;
  nodeId: string;
  visit: number;
}

/** An activity's declaration: name, schemas and defaults, without an implementation. */
export interface ActivityContract<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  name: string;
  label: ActivityText;
  description: ActivityText;
  input: I;
  output: O;
  startToCloseTimeoutMs: number;
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
  label?: ActivityText;
  description?: ActivityText;
  input: I;
  output: O;
  /** e.g. 30_000; default 60 s. */
  startToCloseTimeoutMs?: number;
  retry?: Partial<RetryDefaults>;
  nonRetryableErrorTypes?: string[];
}

const NAME = /^[a-z][a-zA-Z0-9]*(\.[a-z][a-zA-Z0-9]*)*$/;

/** Declares an activity's contract (name, zod input/output, retry and timeout defaults). */
export function defineContract<I extends z.ZodType, O extends z.ZodType>(
  options: ContractOptions<I, O>,
): ActivityContract<I, O> {
  if (!NAME.test(options.name)) {
    throw new Error(
      `Activity name "${options.name}" must be dot-separated camelCase words, e.g. "billing.createPaymentLink"`,
    );
  }
  return {
    name: options.name,
    label: options.label ?? { es: options.name, en: options.name },
    description: options.description ?? { es: '', en: '' },
    input: options.input,
    output: options.output,
    startToCloseTimeoutMs: options.startToCloseTimeoutMs ?? 60_000,
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
