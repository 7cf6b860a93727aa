import { PROBLEMS, type ProblemSlug } from './problems';

/** One invalid field: a dotted path into the request (`events.3.customerId`) and what is wrong with it. */
export interface FieldError {
  path: string;
  message: string;
}

/**
 * A typed error that the central handler turns into problem+json. Throw it anywhere in a route or service;
 * `extensions` become extra members of the problem (e.g. `diagnostics`, `requiredScope`).
 *
 * @example
 * throw new ApiError('not-found', `Flow ${id} does not exist`);
 */
export class ApiError extends Error {
  readonly slug: ProblemSlug;
  readonly status: number;
  readonly extensions: Record<string, unknown>;
  readonly headers: Record<string, string>;

  constructor(
    slug: ProblemSlug,
    detail?: string,
    options: { extensions?: Record<string, unknown>; headers?: Record<string, string>; status?: number } = {},
  ) {
    super(detail ?? PROBLEMS[slug].title);
    this.name = 'ApiError';
    this.slug = slug;
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
