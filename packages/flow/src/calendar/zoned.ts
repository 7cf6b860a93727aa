import type { Weekday } from '../catalog/fields';
import { civilFromDays, DAY_MS, daysFromCivil, HOUR_MS, MINUTE_MS, WEEKDAYS, weekdayIndex } from './civil';

/** Wall-clock reading of an instant in a time zone. */
export interface ZonedParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  weekday: Weekday;
}

/** A wall-clock time to place in a time zone (`second` defaults to 0). */
export interface WallTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second?: number;
}

/** A stretch of time `[from, to)` during which a zone keeps one UTC offset. */
export interface OffsetSegment {
  from: number;
  to: number;
  /** Local wall time minus UTC, in milliseconds. */
  offset: number;
}

// One formatter per zone: building an Intl.DateTimeFormat is far slower than using one.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    try {
      f = new Intl.DateTimeFormat('en-US', {
        timeZone,
        hourCycle: 'h23',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric',
      });
    } catch {
      throw new RangeError(`Unknown time zone "${timeZone}": use an IANA name such as America/Santiago`);
    }
    formatters.set(timeZone, f);
  }
  return f;
}

function checkInstant(at: number): void {
  if (!Number.isFinite(at)) throw new RangeError(`Not an instant: ${at}`);
}

// en-US numeric output, e.g. "1/15/2026, 12:04:05". Parsing `format()` is ~3x faster than `formatToParts()`;
// the latter stays as a fallback for engines that print something else.
const EN_US = /^(\d{1,2})\/(\d{1,2})\/(\d{1,4}),? (\d{1,2}):(\d{2}):(\d{2})$/;

/** Local wall time as milliseconds on a UTC-like axis (days since epoch * DAY_MS + time of day). */
function wallMs(at: number, timeZone: string): number {
  const f = formatter(timeZone);
  const m = EN_US.exec(f.format(at));
  let year: number;
  let month: number;
  let day: number;
  let hour: number;
  let minute: number;
  let second: number;
  if (m) {
    month = Number(m[1]);
    day = Number(m[2]);
    year = Number(m[3]);
    hour = Number(m[4]);
    minute = Number(m[5]);
    second = Number(m[6]);
  } else {
    const parts: Record<string, number> = {};
    for (const part of f.formatToParts(at)) parts[part.type] = Number(part.value);
    year = parts.year ?? 1970;
    month = parts.month ?? 1;
    day = parts.day ?? 1;
    hour = parts.hour ?? 0;
    minute = parts.minute ?? 0;
    second = parts.second ?? 0;
  }
  // Some engines print midnight as 24.
  return daysFromCivil(year, month, day) * DAY_MS + (hour % 24) * HOUR_MS + minute * MINUTE_MS + second * 1000;
}

/** The zone's UTC offset at an instant, in milliseconds (whole seconds). */
export function offsetAt(at: number, timeZone: string): number {
  checkInstant(at);
  const wholeSecond = Math.floor(at / 1000) * 1000;
  return wallMs(wholeSecond, timeZone) - wholeSecond;
}

/** Wall-clock parts of an instant in a time zone. */
export function zonedParts(at: number, timeZone: string): ZonedParts {
  checkInstant(at);
  const local = at + offsetAt(at, timeZone);
  const days = Math.floor(local / DAY_MS);
  let rest = local - days * DAY_MS;
  const hour = Math.floor(rest / HOUR_MS);
  rest -= hour * HOUR_MS;
  const minute = Math.floor(rest / MINUTE_MS);
  rest -= minute * MINUTE_MS;
  const second = Math.floor(rest / 1000);
  const { year, month, day } = civilFromDays(days);
  return { year, month, day, hour, minute, second, weekday: WEEKDAYS[weekdayIndex(days)] as Weekday };
}

/**
 * The first instant in `(lo, hi]` whose offset differs from the offset at `lo`, assuming exactly one change
 * there. Transitions fall on whole seconds.
 */
function findTransition(lo: number, hi: number, timeZone: string): number {
  const before = offsetAt(lo, timeZone);
  let a = Math.floor(lo / 1000);
  let b = Math.ceil(hi / 1000);
  while (b - a > 1) {
    const mid = a + Math.floor((b - a) / 2);
    if (offsetAt(mid * 1000, timeZone) === before) a = mid;
    else b = mid;
  }
  return b * 1000;
}

const SAMPLE_MS = 6 * HOUR_MS;

/**
 * The zone's offsets over `[from, to)`, as consecutive segments. Offsets are sampled every 6 hours and each
 * change found is pinned to the second; two transitions less than 6 hours apart would be missed (no zone has
 * had such rules in modern times).
 */
export function offsetSegments(from: number, to: number, timeZone: string): OffsetSegment[] {
  checkInstant(from);
  checkInstant(to);
  const segments: OffsetSegment[] = [];
  let start = from;
  let offset = offsetAt(from, timeZone);
  let prev = from;
  while (prev < to) {
    const next = Math.min(prev + SAMPLE_MS, to);
    const o = offsetAt(next, timeZone);
    if (o !== offset) {
      const at = findTransition(prev, next, timeZone);
      segments.push({ from: start, to: at, offset });
      start = at;
      offset = o;
    }
    prev = next;
  }
  segments.push({ from: start, to, offset });
  return segments.filter((s) => s.to > s.from);
}

function checkWall(p: WallTime): void {
  const fields: [string, number | undefined, number, number][] = [
    ['year', p.year, 1, 9999],
    ['month', p.month, 1, 12],
    ['day', p.day, 1, 31],
    ['hour', p.hour, 0, 23],
    ['minute', p.minute, 0, 59],
    ['second', p.second ?? 0, 0, 59],
  ];
  for (const [name, value, min, max] of fields) {
    if (!Number.isInteger(value) || (value as number) < min || (value as number) > max) {
      throw new RangeError(`Invalid ${name} ${value}: expected an integer from ${min} to ${max}`);
    }
  }
}

/**
 * The instant of a wall-clock time in a zone. A time skipped by a DST jump gives the first valid instant after
 * it (the moment of the jump); a time that happens twice gives the earlier instant.
 */
export function zonedInstant(p: WallTime, timeZone: string): number {
  checkWall(p);
  const local = daysFromCivil(p.year, p.month, p.day) * DAY_MS + p.hour * HOUR_MS + p.minute * MINUTE_MS;
  const wall = local + (p.second ?? 0) * 1000;
  // Offsets a day either side bracket the one (or two, around a transition) that can apply.
  const early = offsetAt(wall - DAY_MS, timeZone);
  const late = offsetAt(wall + DAY_MS, timeZone);
  const candidates = early === late ? [wall - early] : [wall - early, wall - late];
  const valid = candidates.filter((t) => offsetAt(t, timeZone) === wall - t);
  if (valid.length > 0) return Math.min(...valid);
  // In a gap: the jump lies between the two readings; the first instant after it is the answer.
  const lo = Math.min(...candidates);
  const hi = Math.max(...candidates);
  return findTransition(lo, hi, timeZone);
}
