import type { StepInput } from '@ruta/db';

/** The failure a parked journey remembers (the flow package's ActivityFailureInfo). */
export interface ParkedFailure {
  activity: string;
  message: string;
  type?: string;
}

/**
 * The steps the interpreter records for a journey parked at a failed step: it enters the node at `enteredAt`, and
 * waits there from `parkedAt` with reason `activity_failed`, the failure, and no deadline.
 */
export function parkedSteps(
  journeyId: string,
  nodeId: string,
  failure: ParkedFailure,
  enteredAt: number,
  parkedAt = enteredAt,
  kind = 'crm.ticket',
): StepInput[] {
  const step = { journeyId, nodeId, kind, visit: 1, status: 'running' as const };
  return [
    { ...step, seq: 0, type: 'enter', at: enteredAt },
    {
      ...step,
      seq: 1,
      type: 'wait',
      at: parkedAt,
      detail: { deadline: null, reason: 'activity_failed', failure: { ...failure } },
    },
  ];
}
