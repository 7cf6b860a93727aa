import { type JourneyRow, listJourneys } from '@ruta/db';
import type { EventSignal, ReplySignal } from '@ruta/workflows/definitions';
import { eventSignal, replySignal } from '@ruta/workflows/definitions';
import { WorkflowNotFoundError } from '@temporalio/common';
import type { PlanWaits } from '../lib/waits';
import type { Runtime } from './runtime';

/** What happened to one journey when something was delivered to it. */
export interface Delivered {
  flowId: string;
  version: number;
  workflowId: string;
  action: 'advanced' | 'skipped';
  reason?: string;
}

/** Running journeys of a customer whose plan waits for what `wants` says, oldest first. */
export async function waitingJourneys(
  rt: Runtime,
  customerId: string,
  wants: (waits: PlanWaits) => boolean,
): Promise<JourneyRow[]> {
  const { items } = await listJourneys(rt.db, { customerId, status: 'running', limit: 500 });
  const out: JourneyRow[] = [];
  for (const row of items.reverse()) {
    const entry = await rt.plans.get(row.flowId, row.flowVersion);
    if (entry && wants(entry.waits)) out.push(row);
  }
  return out;
}

/**
 * Signals each journey; the signal's id makes a repeat harmless (the journey ignores ids it has seen).
 * A journey that ended meanwhile is reported as skipped, not as an error.
 */
export async function signalAll(
  rows: readonly JourneyRow[],
  send: (workflowId: string) => Promise<void>,
): Promise<Delivered[]> {
  return Promise.all(
    rows.map(async (row): Promise<Delivered> => {
      const base = { flowId: row.flowId, version: row.flowVersion, workflowId: row.id };
      try {
        await send(row.id);
        return { ...base, action: 'advanced' };
      } catch (err) {
        if (err instanceof WorkflowNotFoundError) return { ...base, action: 'skipped', reason: 'ended' };
        throw err;
      }
    }),
  );
}

/** Delivers a business event to the customer's running journeys that wait for its type. */
export async function deliverEvent(
  rt: Runtime,
  customerId: string,
  event: EventSignal,
  exclude: ReadonlySet<string>,
): Promise<Delivered[]> {
  const rows = (await waitingJourneys(rt, customerId, (w) => w.events.has(event.type))).filter(
    (r) => !exclude.has(r.id),
  );
  return signalAll(rows, (id) => rt.client.workflow.getHandle(id).signal(eventSignal, event));
}

/** Delivers a customer's reply to their running journeys that wait for replies. */
export async function deliverReply(rt: Runtime, rows: readonly JourneyRow[], reply: ReplySignal): Promise<Delivered[]> {
  return signalAll(rows, (id) => rt.client.workflow.getHandle(id).signal(replySignal, reply));
}
