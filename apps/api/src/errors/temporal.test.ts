import { ServiceError, WorkflowUpdateFailedError, WorkflowUpdateRPCTimeoutOrCancelledError } from '@temporalio/client';
import { WorkflowNotFoundError } from '@temporalio/common';
import { describe, expect, it } from 'vitest';
import { toApiError } from './handler';
import { fromTemporalError, isWorkflowTaskFailedState } from './temporal';

/** gRPC status codes (grpc/status.proto). */
const status = {
  INVALID_ARGUMENT: 3,
  DEADLINE_EXCEEDED: 4,
  NOT_FOUND: 5,
  ALREADY_EXISTS: 6,
  RESOURCE_EXHAUSTED: 8,
  FAILED_PRECONDITION: 9,
  UNAVAILABLE: 14,
} as const;

/** A gRPC error as @grpc/grpc-js raises it (what the Temporal client throws or wraps). */
function grpc(code: number, details: string): Error {
  return Object.assign(new Error(`${code}: ${details}`), { code, details, metadata: {} });
}

describe('Temporal errors', () => {
  it('never become a 500: every gRPC status maps to a 4xx the caller can act on, or 503/504', () => {
    for (let code = 1; code <= 16; code++) {
      const err = toApiError(grpc(code, 'something'));
      expect(err.status, `gRPC status ${code}`).not.toBe(500);
      // Wrapped in the client's ServiceError too.
      expect(toApiError(new ServiceError('Failed to query Workflow', { cause: grpc(code, 'x') })).status).not.toBe(500);
    }
    expect(toApiError(grpc(status.NOT_FOUND, 'workflow not found')).status).toBe(404);
    expect(toApiError(grpc(status.FAILED_PRECONDITION, 'workflow is closed')).status).toBe(409);
    expect(toApiError(grpc(status.ALREADY_EXISTS, 'x')).status).toBe(409);
    expect(toApiError(grpc(status.INVALID_ARGUMENT, 'x')).status).toBe(422);
    expect(toApiError(grpc(status.RESOURCE_EXHAUSTED, 'x')).headers['Retry-After']).toBe('1');
    expect(toApiError(grpc(status.UNAVAILABLE, 'x')).status).toBe(503);
    expect(toApiError(grpc(status.DEADLINE_EXCEEDED, 'x')).status).toBe(504);
  });

  it('"Workflow Task in failed state" is a stuck journey (409) that points at terminate, however it is wrapped', () => {
    const raw = grpc(status.FAILED_PRECONDITION, 'Workflow Task in failed state.');
    for (const err of [raw, new ServiceError('Failed to query Workflow', { cause: raw })]) {
      expect(isWorkflowTaskFailedState(err)).toBe(true);
      const api = fromTemporalError(err)!;
      expect(api.slug).toBe('journey-stuck');
      expect(api.status).toBe(409);
      expect(api.message).toContain('/terminate');
    }
    expect(isWorkflowTaskFailedState(grpc(status.FAILED_PRECONDITION, 'other'))).toBe(false);
  });

  it('maps the SDK error classes', () => {
    expect(toApiError(new WorkflowNotFoundError('gone', 'wf', undefined)).status).toBe(404);
    expect(toApiError(new WorkflowUpdateFailedError('x', new Error('The journey already ended'))).slug).toBe(
      'journey-not-running',
    );
    expect(toApiError(new WorkflowUpdateRPCTimeoutOrCancelledError('late')).status).toBe(504);
    expect(fromTemporalError(new Error('not Temporal'))).toBeNull();
    expect(toApiError(new Error('not Temporal')).status).toBe(500);
  });
});
