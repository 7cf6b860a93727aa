import { ConflictError, NotFoundError } from '@ruta/db';
import type { Context, ErrorHandler, NotFoundHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { ZodError } from 'zod';
import type { AppEnv } from '../context';
import { ApiError, validationError } from './api-error';
import { PROBLEMS, problemType } from './problems';
import { fromTemporalError } from './temporal';
import { fieldErrors } from './zod-issues';

/** The media type of every error answer. */
export const PROBLEM_JSON = 'application/problem+json';

/** Maps any thrown value to the typed error it stands for. */
export function toApiError(err: unknown): ApiError {
  if (err instanceof ApiError) return err;
  if (err instanceof ZodError) return validationError(fieldErrors(err.issues));
  if (err instanceof NotFoundError) return new ApiError('not-found', err.message);
  if (err instanceof ConflictError) return new ApiError('conflict', err.message);
  if (err instanceof HTTPException) return fromHttpException(err);
  const temporal = fromTemporalError(err);
  if (temporal) return temporal;
  return new ApiError('internal', 'An unexpected error occurred');
}

function fromHttpException(err: HTTPException): ApiError {
  switch (err.status) {
    case 400:
      return new ApiError('bad-request', err.message || 'The request body is not valid JSON');
    case 401:
      return new ApiError('unauthorized', err.message || undefined);
    case 404:
      return new ApiError('not-found', err.message || undefined);
    case 413:
      return new ApiError('payload-too-large');
    case 415:
      return new ApiError('unsupported-media-type', err.message || undefined);
    default:
      return new ApiError('internal', err.message, { status: err.status });
  }
}

/** Writes an ApiError as problem+json (RFC 9457), with the request id for support. */
export function problemResponse(c: Context<AppEnv>, error: ApiError): Response {
  const body = {
    type: problemType(error.slug),
    title: PROBLEMS[error.slug].title,
    status: error.status,
    detail: error.message,
    instance: c.req.path,
    requestId: c.get('requestId'),
    ...error.extensions,
  };
  const headers = new Headers({ 'content-type': PROBLEM_JSON, ...error.headers });
  const requestId = c.get('requestId');
  if (requestId) headers.set('X-Request-Id', requestId);
  return new Response(JSON.stringify(body), { status: error.status, headers });
}

/**
 * The one error handler of the app: every thrown error ends here and leaves as problem+json.
 * Unexpected errors are logged with the request id (through the runtime's logger, which serializes them without
 * query parameters or bodies); their message is not shown to the caller.
 */
export function errorHandler(log: (message: string, err: unknown) => void): ErrorHandler<AppEnv> {
  return (err, c) => {
    const error = toApiError(err);
    if (error.slug === 'internal' || error.status >= 500) log(`request ${c.get('requestId')} failed`, err);
    return problemResponse(c, error);
  };
}

/** 404 for paths no route knows, as problem+json. */
export const notFoundHandler: NotFoundHandler<AppEnv> = (c) =>
  problemResponse(c, new ApiError('not-found', `No route for ${c.req.method} ${c.req.path}`));
