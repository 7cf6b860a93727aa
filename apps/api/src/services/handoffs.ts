import { addNote, getQueue, getTicket, getUser, type TicketRow, updateTicket } from '@ruta/db';
import { handoffSignal } from '@ruta/workflows/definitions';
import { WorkflowNotFoundError } from '@temporalio/common';
import { ApiError } from '../errors/api-error';
import { Access } from '../middleware/auth/access';
import { authorize, grantsOfRoles } from '../middleware/auth/permissions';
import type { Runtime } from './runtime';
import { ticketDto } from './serialize';

/** Who resolves: a person (by id, with the name journeys and notes show) or, for systems, a free-text agent name. */
export interface Resolver {
  resolution?: string;
  note?: string;
  /** A system's name for the agent (free text). */
  agent?: string;
  /** The signed-in person resolving; the ticket is assigned to them. */
  person?: { id: string; name: string };
}

/**
 * An agent resolves a handoff: the journey that opened it gets a `handoff` signal (and leaves the handoff node by
 * `resolved`), and the ticket is marked resolved with the resolution, the agent and an optional note.
 * A journey that ended meanwhile (its SLA ran out) is reported, and the ticket is still resolved.
 */
export async function resolveHandoff(rt: Runtime, id: string, input: Resolver) {
  const resolution = input.resolution ?? 'resolved';
  const agentName = input.person?.name ?? input.agent;
  const ticket = await getTicket(rt.db, id);
  if (!ticket) throw new ApiError('not-found', `Handoff ${id} does not exist`);
  if (ticket.kind !== 'handoff') throw new ApiError('not-a-case', `${id} is a CRM ticket, not a handoff`);
  if (ticket.status === 'resolved' || ticket.status === 'closed') {
    throw new ApiError('case-closed', `Handoff ${id} is already ${ticket.status}`, {
      extensions: { caseStatus: ticket.status },
    });
  }
  let signalled = false;
  if (ticket.journeyId) {
    try {
      await rt.client.workflow.getHandle(ticket.journeyId).signal(handoffSignal, {
        id: `handoff:${id}`,
        handoffId: id,
        resolution,
        ...(agentName ? { agent: agentName } : {}),
        at: new Date().toISOString(),
      });
      signalled = true;
    } catch (err) {
      if (!(err instanceof WorkflowNotFoundError)) throw err;
    }
  }
  await updateTicket(rt.db, id, {
    status: 'resolved',
    resolution,
    assignedTo: input.person?.id ?? input.agent ?? null,
  });
  if (input.note) await addNote(rt.db, id, { author: agentName ?? null, body: input.note });
  const updated = await getTicket(rt.db, id);
  return { ...ticketDto(updated!), journey: ticket.journeyId ? { id: ticket.journeyId, signalled } : null };
}

/**
 * Moves an open handoff to another queue and/or person. The assignee must be an active person whose roles let them
 * work cases of the (new) queue; moving to another queue without naming someone leaves the case unassigned.
 */
export async function assignHandoff(
  rt: Runtime,
  ticket: TicketRow,
  input: { assignee?: string | null; queue?: string },
): Promise<TicketRow> {
  if (ticket.kind !== 'handoff') throw new ApiError('not-a-case', `${ticket.id} is a CRM ticket, not a handoff`);
  if (ticket.status === 'resolved' || ticket.status === 'closed') {
    throw new ApiError('case-closed', `Handoff ${ticket.id} is already ${ticket.status}`, {
      extensions: { caseStatus: ticket.status },
    });
  }
  const queue = input.queue ?? ticket.queue;
  if (input.queue !== undefined && !(await getQueue(rt.db, input.queue))) {
    throw new ApiError('not-found', `Queue ${input.queue} does not exist`);
  }
  if (input.assignee) {
    const person = await getUser(rt.db, input.assignee);
    if (!person?.active) throw new ApiError('assignee-inactive', `${input.assignee} is not an active person`);
    const reach = authorize(grantsOfRoles(person.roles), 'cases:write');
    if (!reach || !(await new Access(rt.db, { kind: 'user', id: person.id }, reach).reachesQueue(queue))) {
      throw new ApiError('assignee-not-in-queue', `${person.displayName} does not work queue ${queue}`, {
        extensions: { queue },
      });
    }
  }
  const assignedTo = input.assignee !== undefined ? input.assignee : queue !== ticket.queue ? null : ticket.assignedTo;
  const row = await updateTicket(rt.db, ticket.id, { queue, assignedTo });
  if (!row) throw new ApiError('not-found', `Handoff ${ticket.id} does not exist`);
  return row;
}
