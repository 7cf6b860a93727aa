import { addNote, getTicket, updateTicket } from '@ruta/db';
import { handoffSignal } from '@ruta/workflows/definitions';
import { WorkflowNotFoundError } from '@temporalio/common';
import { ApiError } from '../errors/api-error';
import type { Runtime } from './runtime';
import { ticketDto } from './serialize';

/**
 * An agent resolves a handoff: the journey that opened it gets a `handoff` signal (and leaves the handoff node by
 * `resolved`), and the ticket is marked resolved with the resolution, the agent and an optional note.
 * A journey that ended meanwhile (its SLA ran out) is reported, and the ticket is still resolved.
 */
export async function resolveHandoff(
  rt: Runtime,
  id: string,
  input: { resolution?: string; agent?: string; note?: string },
) {
  const body = { ...input, resolution: input.resolution ?? 'resolved' };
  const ticket = await getTicket(rt.db, id);
  if (!ticket) throw new ApiError('not-found', `Handoff ${id} does not exist`);
  if (ticket.kind !== 'handoff') throw new ApiError('conflict', `${id} is a CRM ticket, not a handoff`);
  if (ticket.status === 'resolved' || ticket.status === 'closed') {
    throw new ApiError('conflict', `Handoff ${id} is already ${ticket.status}`);
  }
  let signalled = false;
  if (ticket.journeyId) {
    try {
      await rt.client.workflow.getHandle(ticket.journeyId).signal(handoffSignal, {
        id: `handoff:${id}`,
        handoffId: id,
        resolution: body.resolution,
        ...(body.agent ? { agent: body.agent } : {}),
        at: new Date().toISOString(),
      });
      signalled = true;
    } catch (err) {
      if (!(err instanceof WorkflowNotFoundError)) throw err;
    }
  }
  await updateTicket(rt.db, id, { status: 'resolved', resolution: body.resolution, assignedTo: body.agent ?? null });
  if (body.note) await addNote(rt.db, id, { author: body.agent ?? null, body: body.note });
  const updated = await getTicket(rt.db, id);
  return { ...ticketDto(updated!), journey: ticket.journeyId ? { id: ticket.journeyId, signalled } : null };
}
