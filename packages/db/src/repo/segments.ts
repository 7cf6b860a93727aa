import {
  Audience,
  type SegmentCondition,
  type SegmentField,
  type SegmentValue,
  segmentField,
  segmentProblems,
} from '@ruta/flow';
import { and, asc, gt, isNull, type SQL, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../db';
import { type CustomerRow, customers } from '../schema';

/**
 * Audience segments as SQL: a condition becomes a predicate over the `customers` row in which every value is a
 * bound parameter and every column comes from a closed switch (a field's text never reaches the query). The
 * meaning is `matchesSegment` of @ruta/flow; the tests hold the two to the same answers on both drivers.
 */

const json = (v: unknown) => sql`${JSON.stringify(v)}::jsonb`;

/** `attributes #> array[$1, $2]::text[]`: the attribute at a key path, as jsonb (SQL null when missing). */
function attributeAt(path: string[]): SQL {
  return sql`(${customers.attributes} #> array[${sql.join(
    path.map((p) => sql`${p}`),
    sql`, `,
  )}]::text[])`;
}

const list = (value: SegmentValue | undefined) => (Array.isArray(value) ? value : []);

/** A jsonb value compared with a condition (attributes and consent), JSON null counting as missing. */
function jsonPredicate(v: SQL, c: SegmentCondition): SQL {
  const present = sql`(${v} is not null and jsonb_typeof(${v}) <> 'null')`;
  const inList = sql`exists (select 1 from jsonb_array_elements(${json(list(c.value))}) e where e = ${v})`;
  const contains = sql`(case when jsonb_typeof(${v}) = 'array'
    then exists (select 1 from jsonb_array_elements(${v}) e where e = ${json(c.value)}) else false end)`;
  const compare = (op: SQL) =>
    sql`(case when jsonb_typeof(${v}) = 'number' then (${v})::numeric ${op} ${Number(c.value)}::numeric else false end)`;
  switch (c.op) {
    case 'eq':
      return sql`(${v} = ${json(c.value)})`;
    case 'neq':
      return sql`(${v} is distinct from ${json(c.value)})`;
    case 'gt':
      return compare(sql`>`);
    case 'gte':
      return compare(sql`>=`);
    case 'lt':
      return compare(sql`<`);
    case 'lte':
      return compare(sql`<=`);
    case 'in':
      return inList;
    case 'not_in':
      return sql`(not ${inList})`;
    case 'contains':
      return contains;
    case 'not_contains':
      return sql`(not ${contains})`;
    case 'exists':
      return present;
    case 'not_exists':
      return sql`(not ${present})`;
  }
}

/** A text column compared with a condition. */
function textPredicate(column: SQL, c: SegmentCondition): SQL {
  const values = list(c.value).map(String);
  switch (c.op) {
    case 'eq':
      return sql`(${column} = ${String(c.value)})`;
    case 'neq':
      return sql`(${column} is distinct from ${String(c.value)})`;
    case 'in':
      return sql`(${column} in ${values})`;
    case 'not_in':
      return sql`(${column} is null or ${column} not in ${values})`;
    case 'exists':
      return sql`(${column} is not null)`;
    case 'not_exists':
      return sql`(${column} is null)`;
    default:
      throw new z.ZodError([{ code: 'custom', path: ['op'], message: `${c.op} does not apply to text`, input: c.op }]);
  }
}

function columnOf(field: Extract<SegmentField, { kind: 'text' | 'contact' }>): SQL {
  switch (field.column) {
    case 'tier':
      return sql`${customers.tier}`;
    case 'locale':
      return sql`${customers.locale}`;
    case 'timeZone':
      return sql`${customers.timeZone}`;
    case 'name':
      return sql`${customers.name}`;
    case 'email':
      return sql`${customers.email}`;
    case 'phone':
      return sql`${customers.phone}`;
  }
}

function conditionSql(c: SegmentCondition): SQL {
  const field = segmentField(c.field);
  if (!field) throw new z.ZodError([{ code: 'custom', path: ['field'], message: 'Unknown field', input: c.field }]);
  switch (field.kind) {
    case 'tags': {
      const has = sql`(${String(c.value)} = any(${customers.tags}))`;
      return c.op === 'not_contains' ? sql`(not ${has})` : has;
    }
    case 'text':
    case 'contact':
      return textPredicate(columnOf(field), c);
    case 'consent':
      return jsonPredicate(sql`(${customers.consent} -> ${field.channel}::text)`, c);
    case 'attribute':
      return jsonPredicate(attributeAt(field.path), c);
  }
}

/**
 * The predicate of a segment over `customers` (erased customers are never in a segment). Throws a ZodError, and
 * builds nothing, when the segment does not check (the compiler reports the same problems in words).
 */
export function segmentWhere(input: unknown): SQL {
  const audience = Audience.parse(input);
  const problems = segmentProblems(audience);
  if (problems.length > 0) {
    throw new z.ZodError(
      problems.map((p) => ({ code: 'custom' as const, path: p.path, message: p.message.en, input: undefined })),
    );
  }
  const parts = audience.conditions.map(conditionSql);
  const joined = parts.length === 0 ? sql`true` : sql.join(parts, audience.match === 'all' ? sql` and ` : sql` or `);
  return and(isNull(customers.erasedAt), sql`(${joined})`) as SQL;
}

/** One page of a segment's customers in id order, after `after` (keyset pagination: stable while rows change). */
export async function listSegmentPage(
  db: Db,
  audience: unknown,
  options: { after?: string | null; limit?: number } = {},
): Promise<CustomerRow[]> {
  const limit = Math.min(Math.max(Math.trunc(options.limit ?? 100), 1), 1000);
  const where = segmentWhere(audience);
  return db
    .select()
    .from(customers)
    .where(options.after ? and(where, gt(customers.id, options.after)) : where)
    .orderBy(asc(customers.id))
    .limit(limit);
}

/** How many customers a segment has now (for previews). */
export async function countSegment(db: Db, audience: unknown): Promise<number> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(customers).where(segmentWhere(audience));
  return Number(row?.n ?? 0);
}
