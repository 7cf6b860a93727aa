import type { CustomerProfile, JourneyEvent, Plan } from '@ruta/flow';
import { type Client, WorkflowExecutionAlreadyStartedError } from '@temporalio/client';
import { planPayload } from './payload-converter.cjs';
import { RutaCustomerId, RutaFlowId, RutaFlowVersion, RutaStatus } from './search-attributes';

/** The workflow type journeys run under (the `journey` function of the workflows package). */
export const JOURNEY_WORKFLOW_TYPE = 'journey';

/**
 * The journey's workflow id: one per flow, customer and starting event. A repeated event maps to the same id,
 * so Temporal itself refuses to start it twice; every journey has its own id, so its idempotency keys, steps
 * and row never meet another journey's.
 */
export function journeyWorkflowId(plan: Pick<Plan, 'flowId'>, customerId: string, eventId: string): string {
  return `journey:${plan.flowId}:${customerId}:${eventId}`;
}

/** The flow id in a journey's workflow id (see `journeyWorkflowId`), or null for another kind of workflow. */
export function flowOfJourney(workflowId: string): string | null {
  if (!workflowId.startsWith('journey:')) return null;
  const end = workflowId.indexOf(':', 'journey:'.length);
  return end > 0 ? workflowId.slice('journey:'.length, end) : null;
}

/**
 * The key that enforces a flow's re-entry rule where journeys are recorded (a unique index in the database):
 * `once` holds it for good, `one_at_a_time` until the journey ends, `every_time` needs none.
 */
export function reentryKey(plan: Pick<Plan, 'flowId' | 'settings'>, customerId: string): string | null {
  switch (plan.settings.reentry) {
    case 'once':
      return `once:${plan.flowId}:${customerId}`;
    case 'one_at_a_time':
      return `run:${plan.flowId}:${customerId}`;
    case 'every_time':
      return null;
  }
}

export interface StartJourneyOptions {
  plan: Plan;
  flowVersion: number;
  event: JourneyEvent;
  customer: CustomerProfile;
  taskQueue: string;
  /** Set Ruta's search attributes (registered by startLocalServer/startTestServer/registerSearchAttributes). Default true. */
  searchAttributes?: boolean;
}

/** Whether a journey started, and if not, why (this event already started it). */
export type StartJourneyResult =
  | { started: true; workflowId: string; runId: string }
  | { started: false; workflowId: string; reason: 'duplicate_event' };

/**
 * Starts a journey for a customer on the newest plan, once per event. The flow's re-entry rule (`once`,
 * `one_at_a_time`) is the caller's to check first with `reentryKey`, where journeys are recorded.
 */
export async function startJourney(client: Client, options: StartJourneyOptions): Promise<StartJourneyResult> {
  const { plan, event, customer } = options;
  const workflowId = journeyWorkflowId(plan, customer.id, event.id);
  try {
    const handle = await client.workflow.start(JOURNEY_WORKFLOW_TYPE, {
      taskQueue: options.taskQueue,
      workflowId,
      // The plan as an argument of its own, marked for the claim-check codec: history keeps a reference to it.
      args: [{ flowVersion: options.flowVersion, event, customer }, planPayload(plan)],
      workflowIdReusePolicy: 'REJECT_DUPLICATE',
      workflowIdConflictPolicy: 'FAIL',
      ...(options.searchAttributes === false
        ? {}
        : {
            typedSearchAttributes: [
              { key: RutaFlowId, value: plan.flowId },
              { key: RutaFlowVersion, value: options.flowVersion },
              { key: RutaCustomerId, value: customer.id },
              { key: RutaStatus, value: 'running' },
            ],
          }),
    });
    return { started: true, workflowId, runId: handle.firstExecutionRunId };
  } catch (err) {
    if (!(err instanceof WorkflowExecutionAlreadyStartedError)) throw err;
    return { started: false, workflowId, reason: 'duplicate_event' };
  }
}
