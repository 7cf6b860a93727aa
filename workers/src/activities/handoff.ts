import { handoffOpen, implement } from '@ruta/sdk';
import type { WorkerStore } from '../store/types';

/** Opens a handoff in the agent queue with the journey's context; once per idempotency key. */
export function handoffActivity(store: WorkerStore) {
  return implement(handoffOpen, async (input, ctx) => {
    const ticket = await store.createTicket({
      idempotencyKey: ctx.idempotencyKey,
      customerId: input.customerId,
      journeyId: input.journeyId,
      kind: 'handoff',
      // No summary, no subject: the agent's screen names the case in the agent's language («Caso de la cola …»).
      subject: input.summary,
      queue: input.queue,
      priority: input.priority,
      status: 'open',
      slaDeadline: input.slaDeadline,
      ...(input.slaMs !== undefined ? { slaMs: input.slaMs } : {}),
      context: input.context,
    });
    // The deadline as stored: the queue's team calendar may have counted it (the journey waits until then).
    return { handoffId: ticket.id, ...(ticket.slaDeadline ? { slaDeadline: ticket.slaDeadline } : {}) };
  });
}
