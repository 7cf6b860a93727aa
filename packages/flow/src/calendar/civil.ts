import type { Weekday } from '../catalog/fields';

/** Milliseconds in a minute, an hour and a (civil, 24 h) day. */
export const MINUTE_MS = 60_000;
export const HOUR_MS = 3_600_000;
export const DAY_MS = 86_400_000;

/** Weekdays indexed like `Date#getUTCDay` (0 = Sunday). */
export const WEEKDAYS: readonly Weekday[] = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

/** A calendar date in the proleptic Gregorian calendar. */
export interface CivilDate {
  year: number;
  month: number;
  day: number;
}

const floorDiv = (a: number, b: number): number => Math.floor(a / b);

/**
 * Days since 1970-01-01 of a Gregorian date (H. Hinnant's `days_from_civil`). Pure integer math: no `Date`,
 * no two-digit-year quirks. Month and day may overflow (`day: 0` is the last day of the previous month).
 */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y0 = year + floorDiv(month - 1, 12);
  const m0 = ((((month - 1) % 12) + 12) % 12) + 1;
  const y = m0 <= 2 ? y0 - 1 : y0;
  const era = floorDiv(y, 400);
  const yoe = y - era * 400;
  const mp = (m0 + 9) % 12;
  const doy = floorDiv(153 * mp + 2, 5);
  const doe = yoe * 365 + floorDiv(yoe, 4) - floorDiv(yoe, 100) + doy;
  return era * 146_097 + doe - 719_468 + (day - 1);
}

/** The Gregorian date of a day number (days since 1970-01-01). */
export function civilFromDays(days: number): CivilDate {
  const z = days + 719_468;
  const era = floorDiv(z, 146_097);
  const doe = z - era * 146_097;
  const yoe = floorDiv(doe - floorDiv(doe, 1460) + floorDiv(doe, 36_524) - floorDiv(doe, 146_096), 365);
  const doy = doe - (365 * yoe + floorDiv(yoe, 4) - floorDiv(yoe, 100));
  const mp = floorDiv(5 * doy + 2, 153);
  const day = doy - floorDiv(153 * mp + 2, 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** 0 = Sunday … 6 = Saturday, for a day number. */
export function weekdayIndex(days: number): number {
  return (((days + 4) % 7) + 7) % 7;
}

/** The weekday of a Gregorian date. */
export function weekdayOf(year: number, month: number, day: number): Weekday {
  return WEEKDAYS[weekdayIndex(daysFromCivil(year, month, day))] as Weekday;
}

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

/** 'YYYY-MM-DD' of a date (years 0–9999). */
export function formatDate(d: CivilDate): string {
  return `${pad(d.year, 4)}-${pad(d.month, 2)}-${pad(d.day, 2)}`;
}

/** 'YYYY-MM-DD' of a day number. */
export function formatDays(days: number): string {
  return formatDate(civilFromDays(days));
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Parses a valid 'YYYY-MM-DD' date, or returns undefined. */
export function parseDate(text: string): CivilDate | undefined {
  const m = DATE.exec(text);
  if (!m) return undefined;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1) return undefined;
  const back = civilFromDays(daysFromCivil(year, month, day));
  return back.month === month && back.day === day ? { year, month, day } : undefined;
}

/** An instant as ISO 8601 UTC text, for error messages (no `Date`, so it also runs in workflow code). */
export function isoUtc(at: number): string {
  if (!Number.isFinite(at)) return String(at);
  const days = Math.floor(at / DAY_MS);
  const ms = at - days * DAY_MS;
  const h = Math.floor(ms / HOUR_MS);
  const m = Math.floor((ms % HOUR_MS) / MINUTE_MS);
  const s = Math.floor((ms % MINUTE_MS) / 1000);
  return `${formatDays(days)}T${pad(h, 2)}:${pad(m, 2)}:${pad(s, 2)}Z`;
}
