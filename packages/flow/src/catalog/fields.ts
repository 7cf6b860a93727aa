import { DEFAULT_SENSITIVITY, SENSITIVITIES } from '@ruta/sentiment/sensitivity';
import { z } from 'zod';
import { parseDuration } from '../duration';
import type { Localized } from '../i18n';

/** Channels a message can go out on. */
export const Channel = z.enum(['whatsapp', 'sms', 'email', 'voice']).meta({ title: 'Channel' });
export type Channel = z.infer<typeof Channel>;

/** A CEL expression written by a business user (conditions, filters, values). */
export const Expression = z.string().min(1, 'Write an expression').meta({ format: 'cel' });

/** A message text with `{{ expression }}` placeholders, in one language or in Spanish and English. */
export const Template = z
  .union([
    z.string().min(1, 'Write the message'),
    z
      .object({ es: z.string().optional(), en: z.string().optional() })
      .strict()
      .refine((v) => Boolean(v.es || v.en), 'Write the message in Spanish or English'),
  ])
  .meta({ format: 'template' });
export type Template = z.infer<typeof Template>;

/** A port name chosen by the user (branch, variant, event option). */
export const PortName = z
  .string()
  .regex(/^[a-z][a-z0-9_]{0,39}$/, 'Use lowercase letters, digits and _ (e.g. angry, variant_a)');

/** A business event type such as `payment.failed`. */
export const EventType = z
  .string()
  .regex(/^[a-zA-Z][a-zA-Z0-9_.:-]{0,99}$/, 'Use an event type such as payment.failed');

/** An IANA time zone such as America/Santiago. */
export const TimeZone = z.string().refine(isTimeZone, 'Use a time zone such as America/Santiago').meta({
  format: 'timezone',
});

/** Whether the runtime knows this IANA time zone. */
export function isTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

export const Weekday = z.enum(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']);
export type Weekday = z.infer<typeof Weekday>;

const ClockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Use a time such as 09:00');

/** Countries whose public holidays Ruta knows. */
export const HolidayCountry = z.enum(['CL', 'MX', 'AR', 'CO', 'ES']);

/**
 * Working hours: days, opening and closing time, time zone (default: the customer's) and a country's holidays.
 */
export const BusinessHours = z
  .object({
    days: z.array(Weekday).min(1, 'Pick at least one day').default(['mon', 'tue', 'wed', 'thu', 'fri']),
    start: ClockTime.default('09:00'),
    end: ClockTime.default('18:00'),
    timeZone: TimeZone.optional(),
    holidays: HolidayCountry.optional(),
  })
  .refine((v) => v.start < v.end, { message: 'The window must end after it starts', path: ['end'] })
  .meta({ format: 'business-hours' });
export type BusinessHours = z.infer<typeof BusinessHours>;

export const Priority = z.enum(['low', 'normal', 'high', 'urgent']);

/**
 * How readily the sentiment node escalates: `anger` (and threats) only, `strong` complaints, `any` negative
 * message. Optional with no parse default, so documents drawn before it existed compile to the same plan
 * and keep today's behaviour; the form shows the default.
 */
export const Sensitivity = z.enum(SENSITIVITIES).meta({ title: 'Sensitivity', default: DEFAULT_SENSITIVITY });

/** Localized names of channels, for summaries. */
export const CHANNEL_NAMES: Record<Channel, Localized> = {
  whatsapp: { es: 'WhatsApp', en: 'WhatsApp' },
  sms: { es: 'SMS', en: 'SMS' },
  email: { es: 'correo', en: 'email' },
  voice: { es: 'llamada', en: 'call' },
};

/** The text of a template in one language, for summaries. */
export function templateText(template: Template, lang: 'es' | 'en'): string {
  if (typeof template === 'string') return template;
  return template[lang] ?? template.es ?? template.en ?? '';
}

/** Every language variant of a template, with its field path. */
export function templateVariants(
  template: Template,
  path: (string | number)[],
): { path: (string | number)[]; text: string }[] {
  if (typeof template === 'string') return [{ path, text: template }];
  return (['es', 'en'] as const)
    .filter((l) => template[l] !== undefined)
    .map((l) => ({ path: [...path, l], text: template[l] as string }));
}

export const clip = (s: string, n = 48): string => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/** A duration field: text such as `24h`, `2d`, `PT30M`; at least one second. */
export const Duration = z
  .string()
  .refine((t) => (parseDuration(t) ?? 0) >= 1000, {
    message: 'Use a duration such as 30m, 24h, 2d or PT24H (at least 1s)',
  })
  .meta({ format: 'duration', examples: ['30m', '24h', '2d'] });

/** Localized names of priorities, for summaries. */
export const PRIORITY_NAMES: Record<z.infer<typeof Priority>, Localized> = {
  low: { es: 'prioridad baja', en: 'low priority' },
  normal: { es: 'prioridad normal', en: 'normal priority' },
  high: { es: 'prioridad alta', en: 'high priority' },
  urgent: { es: 'urgente', en: 'urgent' },
};

const DAY_NAMES: Record<Weekday, Localized> = {
  mon: { es: 'lun', en: 'Mon' },
  tue: { es: 'mar', en: 'Tue' },
  wed: { es: 'mié', en: 'Wed' },
  thu: { es: 'jue', en: 'Thu' },
  fri: { es: 'vie', en: 'Fri' },
  sat: { es: 'sáb', en: 'Sat' },
  sun: { es: 'dom', en: 'Sun' },
};

/** Days as people write them: consecutive days as a range (`lun–vie`), others listed (`lun, mié`). */
export function dayRange(days: readonly Weekday[], lang: 'es' | 'en'): string {
  const order = Weekday.options;
  const sorted = [...new Set(days)].sort((a, b) => order.indexOf(a) - order.indexOf(b));
  const runs: Weekday[][] = [];
  for (const d of sorted) {
    const last = runs.at(-1);
    if (last && order.indexOf(d) === order.indexOf(last.at(-1)!) + 1) last.push(d);
    else runs.push([d]);
  }
  return runs
    .map((r) =>
      r.length >= 3
        ? `${DAY_NAMES[r[0]!][lang]}–${DAY_NAMES[r.at(-1)!][lang]}`
        : r.map((d) => DAY_NAMES[d][lang]).join(', '),
    )
    .join(', ');
}

/** Words for outcomes and goals that come with the catalog (`completed`); names people chose stay as written. */
export const OUTCOME_NAMES: Record<string, Localized> = {
  completed: { es: 'completado', en: 'completed' },
  failed: { es: 'falló', en: 'failed' },
  cancelled: { es: 'cancelado', en: 'cancelled' },
};
