import type { z } from 'zod';
import type { BusinessHours, Weekday } from '../catalog/fields';
import { DAY_MS, daysFromCivil, isoUtc, MINUTE_MS, WEEKDAYS, weekdayIndex } from './civil';
import { isHolidayDay } from './holidays';
import { offsetAt, offsetSegments, zonedParts } from './zoned';

/**
 * Business hours as written in a flow: the parsed `BusinessHours` or its input form (missing fields take the
 * schema's defaults: Monday to Friday, 09:00–18:00).
 */
export type BusinessHoursLike = BusinessHours | z.input<typeof BusinessHours>;

/** At most this many days in a row without any open time before giving up. */
export const MAX_IDLE_DAYS = 400;
/** At most this many days scanned in total by `addBusinessTime` (about 20 years). */
export const MAX_SCAN_DAYS = 7305;

const DEFAULT_DAYS: readonly Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri'];
const CLOCK = /^([01]\d|2[0-3]):([0-5]\d)$/;

interface Window {
  timeZone: string;
  days: ReadonlySet<Weekday>;
  /** Minutes after local midnight. */
  start: number;
  end: number;
  holidays: BusinessHours['holidays'];
}

function minutes(text: string, field: string): number {
  const m = CLOCK.exec(text);
  if (!m) throw new RangeError(`Invalid business hours ${field} "${text}": use a time such as 09:00`);
  return Number(m[1]) * 60 + Number(m[2]);
}

function resolve(hours: BusinessHoursLike, defaultTimeZone: string): Window {
  const days = hours.days ?? DEFAULT_DAYS;
  const start = minutes(hours.start ?? '09:00', 'start');
  const end = minutes(hours.end ?? '18:00', 'end');
  if (days.length === 0) throw new RangeError('Business hours have no open day');
  if (end <= start) throw new RangeError(`Business hours must end after they start (${hours.start}–${hours.end})`);
  return { timeZone: hours.timeZone ?? defaultTimeZone, days: new Set(days), start, end, holidays: hours.holidays };
}

function checkInstant(at: number): void {
  if (!Number.isFinite(at)) throw new RangeError(`Not an instant: ${at}`);
}

/** Whether the local date (a day number) is a working day of the window. */
function openDay(w: Window, days: number): boolean {
  if (!w.days.has(WEEKDAYS[weekdayIndex(days)] as Weekday)) return false;
  return !(w.holidays && isHolidayDay(w.holidays, days));
}

/**
 * The instants `[from, to)` of a local date whose wall time is inside the window, in order. Usually one
 * interval; a DST jump inside the window shortens it, and a repeated hour inside it can split it in two.
 */
function openIntervals(w: Window, days: number): [number, number][] {
  const wallStart = days * DAY_MS + w.start * MINUTE_MS;
  const wallEnd = days * DAY_MS + w.end * MINUTE_MS;
  // UTC offsets stay within ±1 day, so every matching instant is in this range.
  const from = wallStart - DAY_MS;
  const to = wallEnd + DAY_MS;
  const early = offsetAt(from, w.timeZone);
  // Fast path (almost every day): the same offset at both ends means no transition in between, as zones
  // never change twice within two days.
  if (early === offsetAt(to, w.timeZone)) return [[wallStart - early, wallEnd - early]];
  const out: [number, number][] = [];
  for (const seg of offsetSegments(from, to, w.timeZone)) {
    const a = Math.max(seg.from, wallStart - seg.offset);
    const b = Math.min(seg.to, wallEnd - seg.offset);
    if (a < b) out.push([a, b]);
  }
  return out;
}

function localDay(at: number, timeZone: string): number {
  const p = zonedParts(at, timeZone);
  return daysFromCivil(p.year, p.month, p.day);
}

function isOpenResolved(at: number, w: Window): boolean {
  const p = zonedParts(at, w.timeZone);
  if (!openDay(w, daysFromCivil(p.year, p.month, p.day))) return false;
  const minute = p.hour * 60 + p.minute;
  return minute >= w.start && minute < w.end;
}

/** True when `at` is inside the business window (open day, not a holiday, start <= local time < end). */
export function isOpen(at: number, hours: BusinessHoursLike, defaultTimeZone: string): boolean {
  checkInstant(at);
  return isOpenResolved(at, resolve(hours, defaultTimeZone));
}

/** `at` itself when open, else the next instant the window opens. */
export function nextOpen(at: number, hours: BusinessHoursLike, defaultTimeZone: string): number {
  checkInstant(at);
  const w = resolve(hours, defaultTimeZone);
  if (isOpenResolved(at, w)) return at;
  // Start a day early: a clock turned back across midnight can revisit the previous date.
  const first = localDay(at, w.timeZone) - 1;
  for (let d = first; d <= first + MAX_IDLE_DAYS; d++) {
    if (!openDay(w, d)) continue;
    for (const [from, to] of openIntervals(w, d)) {
      if (to > at) return Math.max(from, at);
    }
  }
  throw new Error(
    `The business hours never open within ${MAX_IDLE_DAYS} days after ${isoUtc(at)} ` +
      `(${w.timeZone}${w.holidays ? `, ${w.holidays} holidays` : ''}): check the days and hours`,
  );
}

/**
 * The instant after `durationMs` of business time has passed from `at` (SLA deadlines). Time only counts
 * inside the window, so the result is always inside a window or at its closing instant: a deadline that uses
 * up a day's window exactly is that day's closing time, and a duration of 0 gives `nextOpen(at)`.
 */
export function addBusinessTime(
  at: number,
  durationMs: number,
  hours: BusinessHoursLike,
  defaultTimeZone: string,
): number {
  checkInstant(at);
  if (!Number.isFinite(durationMs) || durationMs < 0) {
    throw new RangeError(`Invalid duration ${durationMs}: expected milliseconds >= 0`);
  }
  const w = resolve(hours, defaultTimeZone);
  let remaining = durationMs;
  let idle = 0;
  const first = localDay(at, w.timeZone) - 1;
  for (let d = first; d <= first + MAX_SCAN_DAYS; d++) {
    let counted = false;
    if (openDay(w, d)) {
      for (const [from, to] of openIntervals(w, d)) {
        const start = Math.max(from, at);
        if (start >= to) continue;
        counted = true;
        if (remaining <= to - start) return start + remaining;
        remaining -= to - start;
      }
    }
    idle = counted ? 0 : idle + 1;
    if (idle > MAX_IDLE_DAYS) {
      throw new Error(
        `The business hours never open within ${MAX_IDLE_DAYS} days (from ${isoUtc(at)}, ${w.timeZone}): ` +
          'check the days and hours',
      );
    }
  }
  throw new Error(`A duration of ${durationMs} ms is more business time than ${MAX_SCAN_DAYS} days can hold`);
}
