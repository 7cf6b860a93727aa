import type { Lang } from './types';

const formats = new Map<string, Intl.DateTimeFormat>();

/**
 * The one way the designer writes a moment: weekday, day, month, 24-hour time and the zone it is in
 * (`lun, 2 mar, 10:00 GMT-3` / `Mon, Mar 2, 10:00 GMT-3`), in the given zone or the browser's.
 * The simulator passes the simulated customer's zone; everything else shows the viewer's own.
 */
export function formatDateTime(iso: string | number | null | undefined, lang: Lang, timeZone?: string): string {
  if (iso === null || iso === undefined || iso === '') return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  const key = `${lang}|${timeZone ?? ''}`;
  let f = formats.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(lang === 'es' ? 'es-CL' : 'en-US', {
      weekday: 'short',
      day: 'numeric',
      month: 'short',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
      timeZoneName: 'shortOffset',
      ...(timeZone ? { timeZone } : {}),
    });
    formats.set(key, f);
  }
  return f.format(date);
}
