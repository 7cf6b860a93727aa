import { z } from 'zod';

/** Any JSON object (plain object; arrays and null rejected). Interfaces such as Plan pass too. */
export const JsonObject = z.custom<object>(
  (v) => typeof v === 'object' && v !== null && !Array.isArray(v),
  'Expected a JSON object',
);

/** A JSON object with JSON values, e.g. payloads and metadata. */
export const JsonRecord = z.record(z.string(), z.json());

/** A point in time: a Date, an ISO 8601 string or ms since the epoch. */
export const Instant = z.union([z.date(), z.string().min(1), z.number().finite()]).transform((v, ctx) => {
  const d = new Date(v);
  if (Number.isNaN(d.getTime())) {
    ctx.addIssue({ code: 'custom', message: 'Invalid date' });
    return z.NEVER;
  }
  return d;
});

/** Short identifiers and names that come from callers. */
export const Text = (max = 200) => z.string().trim().min(1).max(max);
