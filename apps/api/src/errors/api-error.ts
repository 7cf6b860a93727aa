import { PROBLEMS, type ProblemCode, type ProblemSlug, slugOf } from './problems';

/**
 * One invalid field: a dotted path into the request (`events.3.customerId`) and what is wrong with it, in English
 * (`message`) and as a code a client can phrase in its language (`required`, or zod's issue code such as `too_small`,
 * with the bound in `limit`).
 */
export interface FieldError {
  path: string;
  message: string;
  code?: string;
  limit?: number;
}

/**
 * A typed error that the central handler turns into problem+json. Throw it anywhere in a route or service;
 * `extensions` become extra members of the problem (e.g. `diagnostics`, `requiredScope`).
 *
 * @example
 * throw new ApiError('not-found', `Flow ${id} does not exist`);
 * throw new ApiError('case-held', `Handoff ${id} is held by someone else`); // a reason: answered as `conflict`
 */
export class ApiError extends Error {
  readonly slug: ProblemSlug;
  /** The machine code the problem carries (a reason, or the slug). */
  readonly code: ProblemCode;
  readonly status: number;
  readonly extensions: Record<string, unknown>;
  readonly headers: Record<string, string>;

  constructor(
    code: ProblemCode,
    detail?: string,
    options: { extensions?: Record<string, unknown>; headers?: Record<string, string>; status?: number } = {},
  ) {
    const slug = slugOf(code);
    super(detail ?? PROBLEMS[slug].title);
    this.name = 'ApiError';
    this.slug = slug;
    this.code = code;
    this.status = options.status ?? PROBLEMS[slug].status;
    this.extensions = options.extensions ?? {};
    this.headers = options.headers ?? {};
  }
}

/** A validation failure naming each field. */
export function validationError(errors: FieldError[], detail?: string): ApiError {
  const first = errors[0];
  return new ApiError(
    'validation',
    detail ?? (first ? `${first.path || 'body'}: ${first.message}` : 'The request is invalid'),
    { extensions: { errors } },
  );
}
