import { type SQL, sql } from 'drizzle-orm';
import { type AnyPgColumn, timestamp } from 'drizzle-orm/pg-core';

/** A timestamptz column read and written as a JS `Date`. */
export const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/** `col IN ('a', 'b', …)` for CHECK constraints on text columns that hold one of a fixed set of values. */
export function oneOf(column: AnyPgColumn, values: readonly string[]): SQL {
  const list = values.map((v) => `'${v.replace(/'/g, "''")}'`).join(', ');
  return sql`${column} in (${sql.raw(list)})`;
}
