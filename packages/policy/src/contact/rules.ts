import { readFileSync } from 'node:fs';
import { TimeZone } from '@ruta/flow';
import { z } from 'zod';

const Clock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Use a time such as 21:00');

/** Hours of the customer's local day when proactive messages wait; `start > end` spans midnight. */
export const QuietHours = z
  .object({ start: Clock, end: Clock })
  .refine((q) => q.start !== q.end, { message: 'Quiet hours must start and end at different times' })
  .refine((q) => !(q.start === '00:00' && q.end === '23:59'), { message: 'Quiet hours leave no time to send' });
export type QuietHours = z.infer<typeof QuietHours>;

/** At most `max` proactive messages per customer in any `perDays` days, across all flows and channels. */
export const FrequencyCap = z.object({
  max: z.number().int().min(0),
  perDays: z.number().positive().max(366),
});
export type FrequencyCap = z.infer<typeof FrequencyCap>;

/**
 * The deployment's contact rules, enforced on every send of every flow. `null` turns a rule off.
 * `consent`: `opt_out` sends unless the customer refused the channel; `opt_in` needs an explicit yes for
 * proactive messages (transactional ones only need the customer not to have refused).
 */
export const ContactRules = z.object({
  quietHours: QuietHours.nullable().default({ start: '21:00', end: '09:00' }),
  frequencyCap: FrequencyCap.nullable().default({ max: 3, perDays: 7 }),
  consent: z.enum(['opt_out', 'opt_in']).default('opt_out'),
  /** For customers without a time zone. */
  defaultTimeZone: TimeZone.default('America/Santiago'),
});
export type ContactRules = z.infer<typeof ContactRules>;
export type ContactRulesInput = z.input<typeof ContactRules>;

/** Quiet hours 21:00–09:00 local time, at most 3 proactive messages in 7 days, consent unless refused. */
export const DEFAULT_CONTACT_RULES: ContactRules = ContactRules.parse({});

/**
 * The rules from the environment: `RUTA_CONTACT_RULES` (JSON) or `RUTA_CONTACT_RULES_FILE` (a JSON file), over
 * the defaults. Throws with the offending field when the JSON does not fit.
 *
 * @example RUTA_CONTACT_RULES='{"quietHours":{"start":"22:00","end":"08:30"},"frequencyCap":{"max":2,"perDays":7}}'
 */
export function contactRulesFromEnv(env: NodeJS.ProcessEnv = process.env): ContactRules {
  const text =
    env.RUTA_CONTACT_RULES ??
    (env.RUTA_CONTACT_RULES_FILE ? readFileSync(env.RUTA_CONTACT_RULES_FILE, 'utf8') : undefined);
  if (!text) return DEFAULT_CONTACT_RULES;
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (err) {
    throw new Error(`RUTA_CONTACT_RULES is not JSON: ${(err as Error).message}`);
  }
  const parsed = ContactRules.safeParse(raw);
  if (!parsed.success) throw new Error(`RUTA_CONTACT_RULES is invalid: ${z.prettifyError(parsed.error)}`);
  return parsed.data;
}
