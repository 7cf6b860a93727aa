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
      subject: input.summary || `Handoff ${input.queue}`,
      queue: input.queue,
      priority: input.priority,
      status: 'open',
      slaDeadline: input.slaDeadline,
      context: input.context,
    });
    return { handoffId: ticket.id };
  });
}
