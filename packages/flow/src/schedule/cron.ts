/**
 * Checks a five-field cron expression (minute hour day-of-month month day-of-week) the way Temporal Schedules read
 * it, so a mistake is caught while the flow is drawn, with a sentence that names the field, rather than when the
 * schedule is created. Items: `*`, `*\/n`, `a`, `a-b`, `a-b/n`, lists with commas; months and weekdays also by
 * their English three-letter names (JAN, MON).
 */
import type { Localized } from '../i18n';

interface CronField {
  name: Localized;
  min: number;
  max: number;
  names?: readonly string[];
  example: string;
}

const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'] as const;
const WEEKDAYS = ['SUN', 'MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT'] as const;

const FIELDS: readonly CronField[] = [
  { name: { es: 'minuto', en: 'minute' }, min: 0, max: 59, example: '0' },
  { name: { es: 'hora', en: 'hour' }, min: 0, max: 23, example: '9' },
  { name: { es: 'día del mes', en: 'day of the month' }, min: 1, max: 31, example: '1' },
  { name: { es: 'mes', en: 'month' }, min: 1, max: 12, names: MONTHS, example: '1-12' },
  { name: { es: 'día de la semana', en: 'day of the week' }, min: 0, max: 6, names: WEEKDAYS, example: '1-5' },
];

const FORMAT: Localized = {
  es: 'Usa 5 campos separados por espacios: minuto hora día-del-mes mes día-de-la-semana, por ejemplo 0 9 * * 1 (los lunes a las 09:00)',
  en: 'Use 5 fields separated by spaces: minute hour day-of-month month day-of-week, for example 0 9 * * 1 (Mondays at 09:00)',
};

/** A number or (for months and weekdays) a name; undefined when it is neither. */
function atom(text: string, field: CronField): number | undefined {
  if (/^\d{1,2}$/.test(text)) return Number(text);
  const index = field.names?.indexOf(text.toUpperCase() as never) ?? -1;
  if (index < 0) return undefined;
  return field === FIELDS[3] ? index + 1 : index;
}

/** Why one comma-separated item of a field is wrong, or null. */
function itemProblem(item: string, field: CronField): Localized | null {
  const [range = '', step, extra] = item.split('/');
  if (extra !== undefined || range === '') return bad(item, field);
  if (step !== undefined && (!/^\d{1,2}$/.test(step) || Number(step) === 0)) {
    return {
      es: `en ${q.es(item)}, el paso después de / debe ser un número mayor que 0`,
      en: `in ${q.en(item)}, the step after / must be a number greater than 0`,
    };
  }
  if (range === '*') return null;
  const [from = '', to, more] = range.split('-');
  if (more !== undefined) return bad(item, field);
  const a = atom(from, field);
  const b = to === undefined ? a : atom(to, field);
  if (a === undefined || b === undefined) return bad(item, field);
  if (step !== undefined && to === undefined) return bad(item, field);
  for (const n of [a, b]) {
    if (n < field.min || n > field.max) {
      return {
        es: `${n} está fuera de rango: va de ${field.min} a ${field.max}`,
        en: `${n} is out of range: it goes from ${field.min} to ${field.max}`,
      };
    }
  }
  if (a > b) {
    return {
      es: `el rango ${q.es(range)} empieza después de terminar`,
      en: `the range ${q.en(range)} starts after it ends`,
    };
  }
  return null;
}

const q = { es: (s: string) => `«${s}»`, en: (s: string) => `"${s}"` };

function bad(item: string, field: CronField): Localized {
  const names = field.names ? ` (${field.names.slice(0, 3).join(', ')}…)` : '';
  return {
    es: `${q.es(item)} no se entiende; usa *, un número, un rango como ${field.example}, un paso como */15 o nombres${names}`,
    en: `${q.en(item)} is not understood; use *, a number, a range such as ${field.example}, a step such as */15 or names${names}`,
  };
}

/** Why a cron expression is wrong, naming the field, or null when Temporal will read it. */
export function cronProblem(expression: string): Localized | null {
  const parts = expression.trim().split(/\s+/);
  if (expression.trim() === '' || parts.length !== 5) {
    return {
      es: `${q.es(expression)} tiene ${expression.trim() === '' ? 0 : parts.length} campos. ${FORMAT.es}.`,
      en: `${q.en(expression)} has ${expression.trim() === '' ? 0 : parts.length} fields. ${FORMAT.en}.`,
    };
  }
  for (let i = 0; i < FIELDS.length; i++) {
    const field = FIELDS[i] as CronField;
    for (const item of (parts[i] as string).split(',')) {
      const problem = itemProblem(item, field);
      if (problem) {
        return {
          es: `En el campo ${q.es(field.name.es)} (${q.es(parts[i] as string)}): ${problem.es}.`,
          en: `In the ${q.en(field.name.en)} field (${q.en(parts[i] as string)}): ${problem.en}.`,
        };
      }
    }
  }
  return null;
}
