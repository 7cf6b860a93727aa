import { inArray, like, sql } from 'drizzle-orm';
import type { Db } from '../db';
import { customers, journeySteps, journeys, messages, tickets, users } from '../schema';
import { ensureQueues } from './queues';

/** Rows of a demo or test data set, as the worker and the API would have written them. */
export interface SeedRows {
  /** People named by the set's cases: written as accounts that cannot sign in (inactive, no password, no roles). */
  agents?: { id: string; displayName: string; email: string }[];
  customers: (typeof customers.$inferInsert)[];
  journeys: (typeof journeys.$inferInsert)[];
  steps: (typeof journeySteps.$inferInsert)[];
  messages: (typeof messages.$inferInsert)[];
  tickets: (typeof tickets.$inferInsert)[];
  events: { id: string; type: string; customerId: string; payload: Record<string, unknown> }[];
}

/**
 * Replaces a seeded data set in one transaction: every journey, step, message, ticket and event whose id starts with
 * `prefix` goes (people too), and so do the set's customers; then the rows are written. Rows of anyone else are never touched.
 */
export async function replaceSeedRows(db: Db, prefix: string, rows: SeedRows): Promise<void> {
  if (!/^[a-z][a-z0-9-]{2,30}$/.test(prefix)) throw new Error(`Seed prefix "${prefix}" must be a short lowercase word`);
  const ids = `${prefix}%`;
  await db.transaction(async (tx) => {
    await tx.delete(journeySteps).where(like(journeySteps.journeyId, ids));
    await tx.delete(journeys).where(like(journeys.id, ids));
    await tx.delete(messages).where(like(messages.id, ids));
    await tx.delete(tickets).where(like(tickets.id, ids));
    await tx.execute(sql`delete from events where id like ${ids}`);
    if (rows.customers.length) {
      await tx.delete(customers).where(
        inArray(
          customers.id,
          rows.customers.map((c) => c.id),
        ),
      );
      await tx.insert(customers).values(rows.customers);
    }
    const agents = rows.agents ?? [];
    if (agents.some((a) => !a.id.startsWith(prefix)))
      throw new Error(`Seeded people need ids that start with "${prefix}"`);
    await tx.delete(users).where(like(users.id, ids));
    if (agents.length)
      await tx
        .insert(users)
        .values(agents.map((a) => ({ ...a, email: a.email.toLowerCase(), active: false, roles: [] })));
    await ensureQueues(tx, [...new Set(rows.tickets.map((t) => t.queue))]);
    for (let k = 0; k < rows.journeys.length; k += 100)
      await tx.insert(journeys).values(rows.journeys.slice(k, k + 100));
    for (let k = 0; k < rows.steps.length; k += 500) await tx.insert(journeySteps).values(rows.steps.slice(k, k + 500));
    if (rows.messages.length) await tx.insert(messages).values(rows.messages);
    if (rows.tickets.length) await tx.insert(tickets).values(rows.tickets);
    for (const e of rows.events) {
      await tx.execute(sql`insert into events (id, type, customer_id, payload)
        values (${e.id}, ${e.type}, ${e.customerId}, ${JSON.stringify(e.payload)}::jsonb)`);
    }
  });
}
