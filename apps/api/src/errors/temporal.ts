import {
  isGrpcDeadlineError,
  isGrpcServiceError,
  QueryNotRegisteredError,
  QueryRejectedError,
  WorkflowFailedError,
  WorkflowUpdateFailedError,
  WorkflowUpdateRPCTimeoutOrCancelledError,
} from '@temporalio/client';
import {
  NamespaceNotFoundError,
  WorkflowExecutionAlreadyStartedError,
  WorkflowNotFoundError,
} from '@temporalio/common';
import { ApiError } from './api-error';

/** gRPC status codes Temporal answers with, by name. */
const GRPC = {
  CANCELLED: 1,
  UNKNOWN: 2,
  INVALID_ARGUMENT: 3,
  DEADLINE_EXCEEDED: 4,
  NOT_FOUND: 5,
  ALREADY_EXISTS: 6,
  PERMISSION_DENIED: 7,
  RESOURCE_EXHAUSTED: 8,
  FAILED_PRECONDITION: 9,
  ABORTED: 10,
  OUT_OF_RANGE: 11,
  UNIMPLEMENTED: 12,
  INTERNAL: 13,
  UNAVAILABLE: 14,
  DATA_LOSS: 15,
  UNAUTHENTICATED: 16,
} as const;

/** Temporal's words for a workflow whose workflow task keeps failing, refusing an update or a query. */
const FAILED_STATE = /workflow task in failed state/i;

/** The gRPC error of a Temporal call, whether thrown as is or wrapped (the client's ServiceError keeps it as cause). */
function grpcError(err: unknown): { code: number; details: string } | null {
  let e: unknown = err;
  for (let i = 0; i < 3 && e; i++) {
    if (isGrpcServiceError(e)) return { code: e.code, details: e.details || e.message };
    e = (e as { cause?: unknown }).cause;
  }
  return null;
}

/** Whether Temporal refused a call because the workflow's task keeps failing (a stuck journey). */
export function isWorkflowTaskFailedState(err: unknown): boolean {
  let e: unknown = err;
  for (let i = 0; i < 3 && e; i++) {
    if (e instanceof Error && FAILED_STATE.test(e.message)) return true;
    const details = (e as { details?: unknown }).details;
    if (typeof details === 'string' && FAILED_STATE.test(details)) return true;
    e = (e as { cause?: unknown }).cause;
  }
  return false;
}

/**
 * The API error a Temporal error stands for, or null when `err` is not Temporal's. Every state Temporal can refuse a
 * call for maps to a 4xx the caller can act on (404, 409); Temporal itself failing maps to 503/504. None is a 500.
 */
export function fromTemporalError(err: unknown): ApiError | null {
  if (isWorkflowTaskFailedState(err)) {
    return new ApiError(
      'journey-stuck',
      'The journey cannot take this: its workflow task keeps failing in Temporal. End it with POST /v1/journeys/{id}/terminate and a reason.',
    );
  }
  if (err instanceof WorkflowNotFoundError) return new ApiError('not-found', 'The journey does not exist in Temporal');
  if (err instanceof NamespaceNotFoundError) {
    return new ApiError('unavailable', `Temporal has no namespace ${err.namespace}: check TEMPORAL_NAMESPACE`);
  }
  if (err instanceof WorkflowExecutionAlreadyStartedError) {
    return new ApiError('conflict', `A journey with id ${err.workflowId} already exists`);
  }
  if (err instanceof WorkflowUpdateFailedError) {
    return new ApiError('journey-not-running', err.cause?.message ?? err.message);
  }
  if (err instanceof WorkflowFailedError) return new ApiError('journey-not-running', err.message);
  if (err instanceof QueryRejectedError || err instanceof QueryNotRegisteredError) {
    return new ApiError('conflict', `The journey cannot answer now: ${err.message}`);
  }
  if (err instanceof WorkflowUpdateRPCTimeoutOrCancelledError || isGrpcDeadlineError(err)) {
    return new ApiError('timeout', 'Temporal did not answer in time: is a worker polling the task queue?');
  }
  const grpc = grpcError(err);
  if (!grpc) return null;
  const says = grpc.details ? `: ${grpc.details}` : '';
  switch (grpc.code) {
    case GRPC.NOT_FOUND:
      return new ApiError('not-found', grpc.details || 'Not found in Temporal');
    case GRPC.ALREADY_EXISTS:
    case GRPC.ABORTED:
    case GRPC.FAILED_PRECONDITION:
    case GRPC.OUT_OF_RANGE:
      return new ApiError('conflict', `Temporal refused it in the journey's current state${says}`);
    case GRPC.INVALID_ARGUMENT:
      // Only the caller's values reach Temporal unchecked (a journey id it sent): say what Temporal refused.
      return new ApiError('validation', `Temporal refused a value${says}`);
    case GRPC.DEADLINE_EXCEEDED:
    case GRPC.CANCELLED:
      return new ApiError('timeout');
    case GRPC.RESOURCE_EXHAUSTED:
      return new ApiError('unavailable', `Temporal is busy, try again shortly${says}`, {
        headers: { 'Retry-After': '1' },
      });
    default:
      // UNAVAILABLE, PERMISSION_DENIED, UNAUTHENTICATED, UNIMPLEMENTED, INTERNAL, UNKNOWN, DATA_LOSS: Temporal (or our
      // access to it) is the problem, not the request.
      return new ApiError('unavailable', `Temporal is unavailable${says}`);
  }
}
