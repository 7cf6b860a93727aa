import {
  addNote,
  customerCases,
  getJourney,
  getQueue,
  getSteps,
  getTicket,
  getVersion,
  listOpen,
  listQueues,
  queuePeople,
  queueStats,
  type TicketRow,
  updateTicket,
} from '@ruta/db';
import { nodeKind } from '@ruta/flow';
import { ApiError } from '../errors/api-error';
import type { Runtime } from './runtime';
import { ticketDto } from './serialize';

/** A case whose SLA ends within this much time is "about to breach": the supervisor's list and the SSE warning. */
export const SLA_WARNING_MS = 30 * 60_000;

const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

/** Refuses (409) a CRM ticket or a case already resolved or closed. */
export function openHandoff(ticket: TicketRow): void {
  if (ticket.kind !== 'handoff') throw new ApiError('not-a-case', `${ticket.id} is a CRM ticket, not a handoff`);
  if (ticket.status === 'resolved' || ticket.status === 'closed') {
    throw new ApiError('case-closed', `Handoff ${ticket.id} is already ${ticket.status}`, {
      extensions: { caseStatus: ticket.status },
    });
  }
}

/**
 * What the agent reads around a case: the journey's path so far, its sentiment readings (the trend), the reasons the
 * flow escalated, and the customer's earlier cases. The profile and the conversation come from the customer routes.
 */
export async function caseContext(rt: Runtime, ticket: TicketRow & { notes?: unknown[] }) {
  const steps = ticket.journeyId ? await getSteps(rt.db, ticket.journeyId) : [];
  const names = await pathNames(rt, ticket.journeyId);
  const path = steps
    .filter((s) => s.type === 'leave' && s.nodeId)
    .map((s) => ({
      nodeId: s.nodeId!,
      kind: s.kind,
      port: s.port,
      at: s.at.toISOString(),
      ...names(s.nodeId!, s.kind, s.port),
    }));
  const sentiment = steps
    .filter((s) => s.type === 'leave' && s.kind === 'ai.sentiment')
    .map((s) => {
      const d = (s.detail ?? {}) as { label?: unknown; score?: unknown; escalate?: unknown };
      return {
        at: s.at.toISOString(),
        label: typeof d.label === 'string' ? d.label : null,
        score: num(d.score),
        escalate: typeof d.escalate === 'boolean' ? d.escalate : null,
      };
    });
  const context = ((ticket.detail as { context?: { sentiment?: { reasons?: unknown } } }).context ?? {}) as {
    sentiment?: { reasons?: unknown };
  };
  const reasons = Array.isArray(context.sentiment?.reasons)
    ? context.sentiment.reasons.filter((r): r is string => typeof r === 'string')
    : [];
  const earlier = await customerCases(rt.db, ticket.customerId, ticket.id);
  return { case: ticketDto(ticket as TicketRow), path, sentiment, reasons, earlier: earlier.map((t) => ticketDto(t)) };
}

/** Moves an open case to another queue, unassigned, with an optional note saying why (by `author`). */
export async function transferCase(
  rt: Runtime,
  ticket: TicketRow,
  queue: string,
  note: string | undefined,
  author: string,
) {
  openHandoff(ticket);
  if (!(await getQueue(rt.db, queue))) throw new ApiError('not-found', `Queue ${queue} does not exist`);
  if (queue === ticket.queue)
    throw new ApiError('case-in-queue', `Handoff ${ticket.id} is already in queue ${queue}`, {
      extensions: { queue },
    });
  await updateTicket(rt.db, ticket.id, { queue, assignedTo: null });
  if (note) await addNote(rt.db, ticket.id, { author, body: note });
  return (await getTicket(rt.db, ticket.id))!;
}

/** Adds an internal note to an open or closed handoff (notes are never shown to the customer). */
export async function noteCase(rt: Runtime, ticket: TicketRow, body: string, author: string) {
  if (ticket.kind !== 'handoff') throw new ApiError('not-a-case', `${ticket.id} is a CRM ticket, not a handoff`);
  await addNote(rt.db, ticket.id, { author, body });
  return (await getTicket(rt.db, ticket.id))!;
}

/** The supervisor's view of some queues (null: all): numbers per queue, each member's load, cases near their SLA. */
export async function casesOverview(rt: Runtime, reach: string[] | null, now = new Date()) {
  const queues = await listQueues(rt.db, reach ?? undefined);
  const ids = queues.map((q) => q.id);
  const stats = new Map((await queueStats(rt.db, ids, now, SLA_WARNING_MS)).map((s) => [s.queue, s]));
  const limit = now.getTime() + SLA_WARNING_MS;
  const atRisk = (await listOpen(rt.db, ids)).filter(
    (t) => t.kind === 'handoff' && t.slaDeadline !== null && t.slaDeadline.getTime() <= limit,
  );
  return {
    queues: queues.map((q) => {
      const s = stats.get(q.id);
      return {
        queue: q.id,
        name: q.name,
        assignment: q.assignment,
        open: s?.open ?? 0,
        unassigned: s?.unassigned ?? 0,
        oldestWaitingSince: s?.oldestAt ? s.oldestAt.toISOString() : null,
        nearBreach: s?.nearBreach ?? 0,
      };
    }),
    agents: await queuePeople(rt.db, ids),
    atRisk: atRisk.map((t) => ticketDto(t)),
    warnMinutes: SLA_WARNING_MS / 60_000,
  };
}

type Words = { es: string; en: string };
interface DocNodeLike {
  id: string;
  kind: string;
  label?: string;
  params?: unknown;
}

/**
 * Names for the steps of a journey's path, from the flow version it runs: a block's label (else its kind's name) and
 * its port's name in es/en, so the agent never reads internal ids. Unknown blocks and ports keep their ids.
 */
async function pathNames(rt: Runtime, journeyId: string | null) {
  const journey = journeyId ? await getJourney(rt.db, journeyId) : null;
  const version = journey ? await getVersion(rt.db, journey.flowId, journey.flowVersion) : null;
  const nodes = ((version?.document as { nodes?: DocNodeLike[] } | undefined)?.nodes ?? []) as DocNodeLike[];
  return (nodeId: string, kind: string | null, port: string | null): { label: Words; portLabel: Words | null } => {
    const node = nodes.find((n) => n.id === nodeId);
    const spec = nodeKind(node?.kind ?? kind ?? '');
    const label: Words = node?.label
      ? { es: node.label, en: node.label }
      : spec
        ? { es: spec.label.es, en: spec.label.en }
        : { es: nodeId, en: nodeId };
    if (!port) return { label, portLabel: null };
    let portLabel: Words = { es: port, en: port };
    try {
      const found = spec?.ports((node?.params ?? {}) as never).find((p) => p.name === port);
      if (found) portLabel = { es: found.label.es, en: found.label.en };
    } catch {
      // params a kind cannot read: the port keeps its id
    }
    return { label, portLabel };
  };
}
