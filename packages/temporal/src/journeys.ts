import type { CustomerProfile, JourneyEvent, Plan } from '@ruta/flow';
import { type Client, WorkflowExecutionAlreadyStartedError } from '@temporalio/client';
import { RutaCustomerId, RutaFlowId, RutaFlowVersion, RutaStatus } from './search-attributes';

/** The workflow type journeys run under (the `journey` function of the workflows package). */
export const JOURNEY_WORKFLOW_TYPE = 'journey';

/**
 * The journey's workflow id, chosen so Temporal itself enforces the flow's re-entry rule:
 * `every_time` gets one journey per event; `one_at_a_time` and `once` one id per flow and customer.
 */
export function journeyWorkflowId(
  plan: Pick<Plan, 'flowId' | 'settings'>,
  customerId: string,
  eventId: string,
): string {
  const base = `journey:${plan.flowId}:${customerId}`;
  return plan.settings.reentry === 'every_time' ? `${base}:${eventId}` : base;
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

/** Whether a journey started, and if not, why (a running or earlier journey the re-entry rule keeps). */
export type StartJourneyResult =
  | { started: true; workflowId: string; runId: string }
  | { started: false; workflowId: string; reason: 'already_running' | 'already_ran' | 'duplicate_event' };

/** Starts a journey for a customer on the newest plan, honouring the flow's re-entry rule. */
export async function startJourney(client: Client, options: StartJourneyOptions): Promise<StartJourneyResult> {
  const { plan, event, customer } = options;
  const workflowId = journeyWorkflowId(plan, customer.id, event.id);
  const reentry = plan.settings.reentry;
  try {
    const handle = await client.workflow.start(JOURNEY_WORKFLOW_TYPE, {
      taskQueue: options.taskQueue,
      workflowId,
      args: [{ plan, flowVersion: options.flowVersion, event, customer }],
      workflowIdReusePolicy: reentry === 'one_at_a_time' ? 'ALLOW_DUPLICATE' : 'REJECT_DUPLICATE',
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
    const reason =
      reentry === 'every_time' ? 'duplicate_event' : reentry === 'once' ? 'already_ran' : 'already_running';
    return { started: false, workflowId, reason };
  }
}
