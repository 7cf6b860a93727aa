import { ConflictError, NotFoundError } from '@ruta/db';
import type { Context, ErrorHandler, MiddlewareHandler, NotFoundHandler } from 'hono';
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
  if (isDataException(err)) {
    return new ApiError('validation', 'A value is outside what Ruta can store (text, number or time)');
  }
  return new ApiError('internal', 'An unexpected error occurred');
}

/**
 * A PostgreSQL data exception (SQLSTATE class 22: a value out of range, untranslatable text…): the input's fault, but
 * one the schemas should have caught, so it is answered 422 and still logged.
 */
export function isDataException(err: unknown): boolean {
  for (let e = err, depth = 0; e && typeof e === 'object' && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && /^22[0-9A-Z]{3}$/.test(code)) return true;
  }
  return false;
}

function fromHttpException(err: HTTPException): ApiError {
  switch (err.status) {
    case 400:
      // Hono's validator says a body came with another media type than the route reads.
      if (err.message.startsWith('Invalid HTTP header: Content-Type')) {
        return new ApiError('unsupported-media-type', `${err.message}: send the documented type (application/json)`);
      }
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
    code: error.code,
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
 * Only unexpected errors are logged (with the request id, through the runtime's logger, which serializes them without
 * query parameters or bodies; their message is not shown to the caller): a problem the API answers on purpose — a
 * missing provider secret, Temporal down — is the caller's to read, not a log line per request.
 */
export function errorHandler(log: (message: string, err: unknown) => void): ErrorHandler<AppEnv> {
  return (err, c) => {
    const error = toApiError(err);
    if (error.slug === 'internal' || isDataException(err)) log(`request ${c.get('requestId')} failed`, err);
    return problemResponse(c, error);
  };
}

/**
 * Hono hands its error handler only `Error` instances and lets anything else (zod 4's ZodError is not one) escape as
 * an empty 500. This first middleware catches whatever the rest throws, so every answer is problem+json.
 */
export function catchAll(handler: ErrorHandler<AppEnv>): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    try {
      await next();
    } catch (err) {
      c.res = await handler(err as Error, c);
    }
  };
}

/** 405 for `path`, which answers `methods` (listed in `Allow`). */
export function methodNotAllowed(method: string, path: string, methods: string[]): ApiError {
  return new ApiError('method-not-allowed', `${path} answers ${methods.join(', ')}, not ${method}`, {
    headers: { Allow: methods.join(', ') },
    extensions: { allow: methods },
  });
}

/**
 * For paths no route knows: 405 with `Allow` when the path exists with other methods, else 404 (problem+json).
 * `allowed` lists the methods of the routes matching a path.
 */
export function notFoundHandler(allowed: (path: string) => string[]): NotFoundHandler<AppEnv> {
  return (c) => {
    const methods = allowed(c.req.path);
    if (methods.length > 0 && !methods.includes(c.req.method)) {
      return problemResponse(c, methodNotAllowed(c.req.method, c.req.path, methods));
    }
    return problemResponse(c, new ApiError('not-found', `No route for ${c.req.method} ${c.req.path}`));
  };
}
