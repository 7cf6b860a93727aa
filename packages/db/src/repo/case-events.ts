import { and, eq, inArray, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../db';
import { tickets } from '../schema';

/** What happens to cases that agents see live: a case opened, changed (assigned, moved, noted, resolved), a reply. */
export const CASE_EVENT_TYPES = ['case.created', 'case.changed', 'customer.replied', 'sla.warning'] as const;

/** One change feed message: small (NOTIFY payloads stop at 8000 bytes); listeners read the case itself. */
export const CaseEvent = z.object({
  type: z.enum(CASE_EVENT_TYPES),
  caseId: z.string(),
  queue: z.string(),
  customerId: z.string(),
  at: z.string(),
});
export type CaseEvent = z.infer<typeof CaseEvent>;

/** The NOTIFY channel of the cases in a schema (tests keep a schema per file; `public` by default). */
export function caseChannel(schema: string | null): string {
  return `ruta_cases_${schema ?? 'public'}`;
}

/**
 * Tells every API process listening on this database that a case changed (PostgreSQL NOTIFY, delivered at commit,
 * and on PGlite in-process). The channel is named after the current schema, as {@link caseChannel} names it.
 */
export async function notifyCase(db: Db, event: Omit<CaseEvent, 'at'> & { at?: string }): Promise<void> {
  const payload = JSON.stringify({ ...event, at: event.at ?? new Date().toISOString() });
  await db.execute(sql`select pg_notify('ruta_cases_' || current_schema(), ${payload})`);
}

/** A payload read back from the feed, or null when it is not a case event (another writer, a newer version). */
export function parseCaseEvent(payload: string): CaseEvent | null {
  try {
    const parsed = CaseEvent.safeParse(JSON.parse(payload));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Announces a customer's message to the agents of each open handoff the customer has. */
export async function notifyCustomerReplied(db: Db, customerId: string): Promise<void> {
  const open = await db
    .select({ id: tickets.id, queue: tickets.queue })
    .from(tickets)
    .where(
      and(
        eq(tickets.customerId, customerId),
        eq(tickets.kind, 'handoff'),
        inArray(tickets.status, ['open', 'pending']),
      ),
    );
  for (const t of open) await notifyCase(db, { type: 'customer.replied', caseId: t.id, queue: t.queue, customerId });
}
