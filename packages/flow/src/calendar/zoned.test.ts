import { describe, expect, it } from 'vitest';
import { civilFromDays, daysFromCivil, formatDays, parseDate, weekdayOf } from './civil';
import { offsetAt, offsetSegments, zonedInstant, zonedParts } from './zoned';

const at = (iso: string): number => {
  const t = Date.parse(iso);
  if (Number.isNaN(t)) throw new Error(`bad test instant ${iso}`);
  return t;
};
const HOUR = 3_600_000;
const SCL = 'America/Santiago';
const MAD = 'Europe/Madrid';

describe('civil dates', () => {
  it('converts dates to day numbers and back', () => {
    expect(daysFromCivil(1970, 1, 1)).toBe(0);
    expect(daysFromCivil(2026, 9, 18)).toBe(Date.UTC(2026, 8, 18) / 86_400_000);
    expect(daysFromCivil(1900, 3, 1)).toBe(Date.UTC(1900, 2, 1) / 86_400_000);
    for (let d = -800_000; d <= 800_000; d += 997) {
      const c = civilFromDays(d);
      expect(daysFromCivil(c.year, c.month, c.day)).toBe(d);
    }
    expect(daysFromCivil(2025, 13, 1)).toBe(daysFromCivil(2026, 1, 1));
    expect(daysFromCivil(2024, 3, 0)).toBe(daysFromCivil(2024, 2, 29));
  });

  it('knows weekdays and parses dates strictly', () => {
    expect(weekdayOf(2026, 9, 18)).toBe('fri');
    expect(weekdayOf(2025, 12, 31)).toBe('wed');
    expect(formatDays(daysFromCivil(2024, 2, 29))).toBe('2024-02-29');
    expect(parseDate('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29 });
    expect(parseDate('2025-02-29')).toBeUndefined();
    expect(parseDate('2025-9-1')).toBeUndefined();
  });
});

describe('zonedParts', () => {
  it('reads wall clocks in the five countries', () => {
    const t = at('2026-01-15T15:04:05Z');
    expect(zonedParts(t, SCL)).toEqual({
      year: 2026,
      month: 1,
      day: 15,
      hour: 12,
      minute: 4,
      second: 5,
      weekday: 'thu',
    });
    expect(zonedParts(t, 'America/Mexico_City')).toMatchObject({ day: 15, hour: 9, minute: 4 });
    expect(zonedParts(t, 'America/Bogota')).toMatchObject({ day: 15, hour: 10 });
    expect(zonedParts(t, 'America/Argentina/Buenos_Aires')).toMatchObject({ day: 15, hour: 12 });
    expect(zonedParts(t, MAD)).toMatchObject({ day: 15, hour: 16, weekday: 'thu' });
    expect(zonedParts(t, 'UTC')).toMatchObject({ hour: 15, second: 5 });
  });

  it('crosses the date line with the zone, not with UTC', () => {
    // 02:30 UTC on Jan 1 is still New Year's Eve in Santiago (UTC−3 in summer).
    expect(zonedParts(at('2026-01-01T02:30:00Z'), SCL)).toMatchObject({
      year: 2025,
      month: 12,
      day: 31,
      hour: 23,
      minute: 30,
      weekday: 'wed',
    });
    expect(zonedParts(at('2025-12-31T23:30:00Z'), MAD)).toMatchObject({ year: 2026, month: 1, day: 1, hour: 0 });
  });

  it('handles midnight and milliseconds', () => {
    expect(zonedParts(at('2025-06-01T04:00:00.999Z'), SCL)).toMatchObject({ day: 1, hour: 0, minute: 0, second: 0 });
    expect(zonedParts(at('2025-06-01T03:59:59.999Z'), SCL)).toMatchObject({ day: 31, month: 5, hour: 23, second: 59 });
  });

  it('rejects unknown zones and non-instants', () => {
    expect(() => zonedParts(0, 'Mars/Olympus')).toThrow(/Unknown time zone/);
    expect(() => zonedParts(Number.NaN, SCL)).toThrow(RangeError);
  });
});

describe('America/Santiago DST transitions (checked against Intl)', () => {
  it('2025: back on Sat Apr 5 at 24:00 (−03 → −04), forward on Sun Sep 7 at 00:00 (−04 → −03)', () => {
    expect(offsetAt(at('2025-04-06T02:59:59Z'), SCL)).toBe(-3 * HOUR);
    expect(offsetAt(at('2025-04-06T03:00:00Z'), SCL)).toBe(-4 * HOUR);
    expect(zonedParts(at('2025-04-06T02:59:59Z'), SCL)).toMatchObject({ day: 5, hour: 23, minute: 59, second: 59 });
    expect(zonedParts(at('2025-04-06T03:00:00Z'), SCL)).toMatchObject({ day: 5, hour: 23, minute: 0 });
    expect(offsetAt(at('2025-09-07T03:59:59Z'), SCL)).toBe(-4 * HOUR);
    expect(offsetAt(at('2025-09-07T04:00:00Z'), SCL)).toBe(-3 * HOUR);
    expect(zonedParts(at('2025-09-07T03:59:59Z'), SCL)).toMatchObject({ day: 6, hour: 23, minute: 59 });
    expect(zonedParts(at('2025-09-07T04:00:00Z'), SCL)).toMatchObject({ day: 7, hour: 1, minute: 0, weekday: 'sun' });
  });

  it('2026: back on Sat Apr 4 at 24:00, forward on Sun Sep 6 at 00:00', () => {
    expect(offsetAt(at('2026-04-05T02:59:59Z'), SCL)).toBe(-3 * HOUR);
    expect(offsetAt(at('2026-04-05T03:00:00Z'), SCL)).toBe(-4 * HOUR);
    expect(offsetAt(at('2026-09-06T03:59:59Z'), SCL)).toBe(-4 * HOUR);
    expect(offsetAt(at('2026-09-06T04:00:00Z'), SCL)).toBe(-3 * HOUR);
  });

  it('finds transitions to the second', () => {
    expect(offsetSegments(at('2025-09-06T00:00:00Z'), at('2025-09-08T00:00:00Z'), SCL)).toEqual([
      { from: at('2025-09-06T00:00:00Z'), to: at('2025-09-07T04:00:00Z'), offset: -4 * HOUR },
      { from: at('2025-09-07T04:00:00Z'), to: at('2025-09-08T00:00:00Z'), offset: -3 * HOUR },
    ]);
    expect(offsetSegments(at('2026-04-04T00:00:00Z'), at('2026-04-06T00:00:00Z'), SCL).map((s) => s.to)).toEqual([
      at('2026-04-05T03:00:00Z'),
      at('2026-04-06T00:00:00Z'),
    ]);
    expect(offsetSegments(0, 86_400_000, 'America/Bogota')).toEqual([{ from: 0, to: 86_400_000, offset: -5 * HOUR }]);
  });
});

describe('zonedInstant', () => {
  it('places ordinary wall times', () => {
    expect(zonedInstant({ year: 2026, month: 9, day: 18, hour: 9, minute: 0 }, SCL)).toBe(
      at('2026-09-18T09:00:00-03:00'),
    );
    expect(zonedInstant({ year: 2026, month: 6, day: 18, hour: 9, minute: 0 }, SCL)).toBe(
      at('2026-06-18T09:00:00-04:00'),
    );
    expect(zonedInstant({ year: 2026, month: 6, day: 18, hour: 9, minute: 0 }, 'America/Mexico_City')).toBe(
      at('2026-06-18T09:00:00-06:00'),
    );
    expect(zonedInstant({ year: 2026, month: 6, day: 18, hour: 9, minute: 0 }, 'America/Bogota')).toBe(
      at('2026-06-18T09:00:00-05:00'),
    );
    expect(zonedInstant({ year: 2026, month: 6, day: 18, hour: 9, minute: 0 }, 'America/Argentina/Buenos_Aires')).toBe(
      at('2026-06-18T09:00:00-03:00'),
    );
    expect(zonedInstant({ year: 2026, month: 6, day: 18, hour: 9, minute: 0, second: 30 }, MAD)).toBe(
      at('2026-06-18T09:00:30+02:00'),
    );
  });

  it('moves a time skipped by the clock to the first valid instant after it', () => {
    // Santiago, Sun 2025-09-07: 00:00–00:59 do not exist; the clock reads 01:00 at 04:00Z.
    expect(zonedInstant({ year: 2025, month: 9, day: 7, hour: 0, minute: 0 }, SCL)).toBe(
      at('2025-09-07T01:00:00-03:00'),
    );
    expect(zonedInstant({ year: 2025, month: 9, day: 7, hour: 0, minute: 30 }, SCL)).toBe(
      at('2025-09-07T01:00:00-03:00'),
    );
    expect(zonedInstant({ year: 2025, month: 9, day: 7, hour: 1, minute: 0 }, SCL)).toBe(
      at('2025-09-07T01:00:00-03:00'),
    );
    expect(zonedInstant({ year: 2026, month: 9, day: 6, hour: 0, minute: 15 }, SCL)).toBe(
      at('2026-09-06T01:00:00-03:00'),
    );
    // Madrid, Sun 2025-03-30: 02:00–02:59 do not exist.
    expect(zonedInstant({ year: 2025, month: 3, day: 30, hour: 2, minute: 30 }, MAD)).toBe(
      at('2025-03-30T03:00:00+02:00'),
    );
  });

  it('picks the earlier instant of a repeated wall time', () => {
    // Santiago, Sat 2025-04-05: 23:00–23:59 happen twice (−03, then −04).
    expect(zonedInstant({ year: 2025, month: 4, day: 5, hour: 23, minute: 30 }, SCL)).toBe(
      at('2025-04-05T23:30:00-03:00'),
    );
    expect(zonedInstant({ year: 2026, month: 4, day: 4, hour: 23, minute: 0 }, SCL)).toBe(
      at('2026-04-04T23:00:00-03:00'),
    );
    // Madrid, Sun 2025-10-26: 02:00–02:59 happen twice (+02, then +01).
    expect(zonedInstant({ year: 2025, month: 10, day: 26, hour: 2, minute: 30 }, MAD)).toBe(
      at('2025-10-26T02:30:00+02:00'),
    );
  });

  it('round-trips zonedParts hourly through 2025–2026 and every 10 minutes around each transition', () => {
    const instants: number[] = [];
    for (let t = at('2025-01-01T00:00:00Z'); t < at('2027-01-01T00:00:00Z'); t += HOUR) instants.push(t);
    for (const edge of ['2025-04-06T03:00Z', '2025-09-07T04:00Z', '2026-04-05T03:00Z', '2026-09-06T04:00Z']) {
      for (let t = at(edge) - 3 * HOUR; t < at(edge) + 3 * HOUR; t += 10 * 60_000) instants.push(t);
    }
    for (const edge of ['2025-03-30T01:00Z', '2025-10-26T01:00Z', '2026-03-29T01:00Z', '2026-10-25T01:00Z']) {
      for (let t = at(edge) - 3 * HOUR; t < at(edge) + 3 * HOUR; t += 10 * 60_000) instants.push(t);
    }
    let secondPasses = 0;
    for (const tz of [SCL, MAD]) {
      for (const t of instants) {
        const p = zonedParts(t, tz);
        const back = zonedInstant(p, tz);
        // Equal, except the second pass of a repeated hour, which maps to the first pass.
        if (back !== t) {
          secondPasses++;
          expect(t - back, `${tz} ${new Date(t).toISOString()}`).toBe(HOUR);
          expect(zonedParts(back, tz)).toEqual(p);
        }
      }
    }
    // Santiago repeats 23:00–23:59 and Madrid 02:00–02:59 twice a year: 1 hourly + 6 ten-minute samples each.
    expect(secondPasses).toBe(2 * 2 * (1 + 6));
  });

  it('rejects impossible wall times', () => {
    expect(() => zonedInstant({ year: 2025, month: 13, day: 1, hour: 0, minute: 0 }, SCL)).toThrow(/month/);
    expect(() => zonedInstant({ year: 2025, month: 1, day: 1, hour: 24, minute: 0 }, SCL)).toThrow(/hour/);
    expect(() => zonedInstant({ year: 2025, month: 1, day: 1, hour: 9, minute: 0.5 }, SCL)).toThrow(/minute/);
  });
});
