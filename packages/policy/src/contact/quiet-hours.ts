import { isOpen, nextOpen } from '@ruta/flow';
import type { QuietHours } from './rules';

const EVERY_DAY = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

/**
 * When the quiet hours around `at` end in `timeZone`, or null when `at` is outside them. Built on the business
 * calendar's `isOpen`/`nextOpen`, so days that lose or repeat an hour (DST) and year ends come out right: the
 * answer is the first instant whose local wall time is the quiet end (or the DST jump, if that time is skipped).
 */
export function quietUntil(at: number, quiet: QuietHours, timeZone: string): number | null {
  if (quiet.start > quiet.end) {
    // Spans midnight: sending is allowed in [end, start) every day.
    const allowed = { days: [...EVERY_DAY], start: quiet.end, end: quiet.start, timeZone };
    return isOpen(at, allowed, timeZone) ? null : nextOpen(at, allowed, timeZone);
  }
  const window = { days: [...EVERY_DAY], start: quiet.start, end: quiet.end, timeZone };
  if (!isOpen(at, window, timeZone)) return null;
  const after = quiet.end < '23:59' ? { start: quiet.end, end: '23:59' } : { start: '00:00', end: quiet.start };
  return nextOpen(at, { days: [...EVERY_DAY], ...after, timeZone }, timeZone);
}
