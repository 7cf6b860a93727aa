import { describe, expect, it } from 'vitest';
import type { BusinessHours } from '../catalog/fields';
import { addBusinessTime, type BusinessHoursLike, isOpen, nextOpen } from './business';

const at = (iso: string): number => {
  const t = Date.parse(iso);
  if (Number.isNaN(t)) throw new Error(`bad test instant ${iso}`);
  return t;
};
const MIN = 60_000;
const HOUR = 3_600_000;
const SCL = 'America/Santiago';
const ALL_DAYS: BusinessHours['days'] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

/** Mon–Fri 09:00–18:00, Chilean holidays. */
const CL_OFFICE: BusinessHours = {
  days: ['mon', 'tue', 'wed', 'thu', 'fri'],
  start: '09:00',
  end: '18:00',
  holidays: 'CL',
};
const office = (extra: Partial<BusinessHours>): BusinessHours => ({ ...CL_OFFICE, ...extra });

describe('isOpen', () => {
  it('is open from start (inclusive) to end (exclusive) on open days', () => {
    expect(isOpen(at('2026-03-10T09:00:00-03:00'), CL_OFFICE, SCL)).toBe(true);
    expect(isOpen(at('2026-03-10T08:59:59.999-03:00'), CL_OFFICE, SCL)).toBe(false);
    expect(isOpen(at('2026-03-10T17:59:59.999-03:00'), CL_OFFICE, SCL)).toBe(true);
    expect(isOpen(at('2026-03-10T18:00:00-03:00'), CL_OFFICE, SCL)).toBe(false);
    expect(isOpen(at('2026-03-14T12:00:00-03:00'), CL_OFFICE, SCL)).toBe(false); // Saturday
  });

  it('is closed on a holiday only when the window names the country', () => {
    const fiestasPatrias = at('2026-09-18T10:00:00-03:00');
    expect(isOpen(fiestasPatrias, CL_OFFICE, SCL)).toBe(false);
    expect(isOpen(fiestasPatrias, office({ holidays: undefined }), SCL)).toBe(true);
  });

  it("uses the window's time zone over the customer's", () => {
    const t = at('2026-03-10T10:00:00+01:00'); // 06:00 in Santiago
    expect(isOpen(t, office({ timeZone: 'Europe/Madrid', holidays: 'ES' }), SCL)).toBe(true);
    expect(isOpen(t, CL_OFFICE, SCL)).toBe(false);
    expect(isOpen(t, CL_OFFICE, 'Europe/Madrid')).toBe(true);
  });

  it('applies the schema defaults to unparsed input (Mon–Fri 09:00–18:00)', () => {
    const raw: BusinessHoursLike = {};
    expect(isOpen(at('2026-03-10T09:30:00-03:00'), raw, SCL)).toBe(true);
    expect(isOpen(at('2026-03-10T18:30:00-03:00'), raw, SCL)).toBe(false);
    expect(isOpen(at('2026-03-15T10:00:00-03:00'), raw, SCL)).toBe(false);
  });
});

describe('nextOpen', () => {
  it('returns the instant itself when open', () => {
    const t = at('2026-03-10T11:11:11.111-03:00');
    expect(nextOpen(t, CL_OFFICE, SCL)).toBe(t);
  });

  it('skips the weekend', () => {
    expect(nextOpen(at('2026-03-14T12:00:00-03:00'), CL_OFFICE, SCL)).toBe(at('2026-03-16T09:00:00-03:00'));
    expect(nextOpen(at('2026-03-13T18:00:00-03:00'), CL_OFFICE, SCL)).toBe(at('2026-03-16T09:00:00-03:00'));
  });

  it('waits for the morning: a customer at 23:30 in Santiago, window 09:00–21:00 → 09:00 next day', () => {
    const hours = { days: ALL_DAYS, start: '09:00', end: '21:00' };
    expect(nextOpen(at('2025-03-11T23:30:00-03:00'), hours, SCL)).toBe(at('2025-03-12T09:00:00-03:00'));
    expect(nextOpen(at('2025-07-08T23:30:00-04:00'), hours, SCL)).toBe(at('2025-07-09T09:00:00-04:00'));
    // Early morning, same day.
    expect(nextOpen(at('2025-07-09T06:00:00-04:00'), hours, SCL)).toBe(at('2025-07-09T09:00:00-04:00'));
  });

  it('crosses the year end: Dec 31 evening → Jan 2, since Jan 1 is a holiday', () => {
    expect(nextOpen(at('2025-12-31T19:00:00-03:00'), CL_OFFICE, SCL)).toBe(at('2026-01-02T09:00:00-03:00'));
    expect(nextOpen(at('2025-12-31T23:59:59-03:00'), CL_OFFICE, SCL)).toBe(at('2026-01-02T09:00:00-03:00'));
  });

  it('skips Chilean holidays: Fiestas Patrias 2026 (Fri 18, Sat 19) → Mon 21', () => {
    expect(nextOpen(at('2026-09-17T18:30:00-03:00'), CL_OFFICE, SCL)).toBe(at('2026-09-21T09:00:00-03:00'));
    expect(nextOpen(at('2026-09-18T10:00:00-03:00'), CL_OFFICE, SCL)).toBe(at('2026-09-21T09:00:00-03:00'));
  });

  it('skips holidays in the other countries, in their zones', () => {
    // Bogotá: Mon 2025-03-24 is San José (moved by Ley Emiliani).
    expect(nextOpen(at('2025-03-21T18:00:00-05:00'), office({ holidays: 'CO' }), 'America/Bogota')).toBe(
      at('2025-03-25T09:00:00-05:00'),
    );
    // Buenos Aires: Carnival Mon 3 and Tue 4 March 2025.
    expect(
      nextOpen(at('2025-02-28T19:00:00-03:00'), office({ holidays: 'AR' }), 'America/Argentina/Buenos_Aires'),
    ).toBe(at('2025-03-05T09:00:00-03:00'));
    // Mexico City: Mon 2025-03-17 is Benito Juárez's birthday (3rd Monday of March).
    expect(nextOpen(at('2025-03-14T18:00:00-06:00'), office({ holidays: 'MX' }), 'America/Mexico_City')).toBe(
      at('2025-03-18T09:00:00-06:00'),
    );
  });

  describe('across America/Santiago DST transitions', () => {
    it('opens at the first valid instant when the window starts inside the skipped hour (Sep 7, 2025)', () => {
      // Sun 2025-09-07: clocks jump from 00:00 −04 to 01:00 −03, so 00:30 never happens.
      const hours = { days: ALL_DAYS, start: '00:30', end: '02:00' };
      expect(nextOpen(at('2025-09-06T23:00:00-04:00'), hours, SCL)).toBe(at('2025-09-07T01:00:00-03:00'));
      expect(isOpen(at('2025-09-07T00:59:59-03:00'), hours, SCL)).toBe(false); // = 23:59:59 −04 on Saturday
      expect(isOpen(at('2025-09-07T01:30:00-03:00'), hours, SCL)).toBe(true);
      // The next day opens at 00:30 as usual.
      expect(nextOpen(at('2025-09-07T02:00:00-03:00'), hours, SCL)).toBe(at('2025-09-08T00:30:00-03:00'));
    });

    it('same on Sep 6, 2026 for a Sunday-only window', () => {
      const sundays = { days: ['sun' as const], start: '00:15', end: '10:00' };
      expect(nextOpen(at('2026-09-05T20:00:00-04:00'), sundays, SCL)).toBe(at('2026-09-06T01:00:00-03:00'));
      expect(nextOpen(at('2026-08-29T20:00:00-04:00'), sundays, SCL)).toBe(at('2026-08-30T00:15:00-04:00'));
    });

    it('re-opens when the clock turns back into the window (Apr 4, 2026: 24:00 −03 → 23:00 −04)', () => {
      const late = { days: ALL_DAYS, start: '22:00', end: '23:59' };
      // 23:59:30 −03 is past the end; 30 s later the clock reads 23:00 −04, inside the window again.
      expect(isOpen(at('2026-04-04T23:59:30-03:00'), late, SCL)).toBe(false);
      expect(nextOpen(at('2026-04-04T23:59:30-03:00'), late, SCL)).toBe(at('2026-04-04T23:00:00-04:00'));
      expect(isOpen(at('2026-04-04T23:30:00-04:00'), late, SCL)).toBe(true);
    });

    it('opens on the second pass when the window lies inside the repeated hour (Apr 5, 2025)', () => {
      const hours = { days: ['sat' as const], start: '23:30', end: '23:59' };
      expect(nextOpen(at('2025-04-05T20:00:00-03:00'), hours, SCL)).toBe(at('2025-04-05T23:30:00-03:00'));
      expect(nextOpen(at('2025-04-05T23:59:30-03:00'), hours, SCL)).toBe(at('2025-04-05T23:30:00-04:00'));
    });
  });

  it('handles Europe/Madrid DST: a window starting in the skipped hour (Mar 30, 2025)', () => {
    const hours = { days: ['sun' as const], start: '02:30', end: '04:00', timeZone: 'Europe/Madrid' };
    expect(nextOpen(at('2025-03-29T23:00:00+01:00'), hours, SCL)).toBe(at('2025-03-30T03:00:00+02:00'));
    expect(addBusinessTime(at('2025-03-29T23:00:00+01:00'), HOUR, hours, SCL)).toBe(at('2025-03-30T04:00:00+02:00'));
  });
});

describe('addBusinessTime', () => {
  it('2h from Friday 17:30 → Monday 10:30', () => {
    expect(addBusinessTime(at('2026-03-13T17:30:00-03:00'), 2 * HOUR, CL_OFFICE, SCL)).toBe(
      at('2026-03-16T10:30:00-03:00'),
    );
  });

  it('2h from Friday 17:30 → Tuesday 10:30 when Monday is a holiday (San Pedro y San Pablo, Jun 29, 2026)', () => {
    expect(addBusinessTime(at('2026-06-26T17:30:00-04:00'), 2 * HOUR, CL_OFFICE, SCL)).toBe(
      at('2026-06-30T10:30:00-04:00'),
    );
  });

  it('crosses the year end', () => {
    expect(addBusinessTime(at('2025-12-31T17:00:00-03:00'), 2 * HOUR, CL_OFFICE, SCL)).toBe(
      at('2026-01-02T10:00:00-03:00'),
    );
  });

  it('counts business time, not wall time, across Santiago DST changes', () => {
    // 2025: clocks back on the night of Sat Apr 5.
    expect(addBusinessTime(at('2025-04-04T17:30:00-03:00'), 2 * HOUR, CL_OFFICE, SCL)).toBe(
      at('2025-04-07T10:30:00-04:00'),
    );
    // 2025: clocks forward on the night of Sat Sep 6.
    expect(addBusinessTime(at('2025-09-05T17:00:00-04:00'), 2 * HOUR, CL_OFFICE, SCL)).toBe(
      at('2025-09-08T10:00:00-03:00'),
    );
    // 2026: back on Apr 4; Good Friday Apr 3 is a holiday too.
    expect(addBusinessTime(at('2026-04-02T17:30:00-03:00'), 2 * HOUR, CL_OFFICE, SCL)).toBe(
      at('2026-04-06T10:30:00-04:00'),
    );
    // 2026: forward on Sep 6.
    expect(addBusinessTime(at('2026-09-04T17:30:00-04:00'), 2 * HOUR, CL_OFFICE, SCL)).toBe(
      at('2026-09-07T10:30:00-03:00'),
    );
  });

  it('uses the real length of a window shortened by the skipped hour', () => {
    // Sep 7, 2025 the 00:30–02:00 window lasts one hour (01:00–02:00 −03); the rest carries to Monday.
    const hours = { days: ALL_DAYS, start: '00:30', end: '02:00' };
    expect(addBusinessTime(at('2025-09-06T23:00:00-04:00'), 90 * MIN, hours, SCL)).toBe(
      at('2025-09-08T01:00:00-03:00'),
    );
    // Sun Sep 6, 2026, 00:15–10:00 lasts 9 h; 9 h fit exactly, one more minute waits a week.
    const sundays = { days: ['sun' as const], start: '00:15', end: '10:00' };
    expect(addBusinessTime(at('2026-09-05T20:00:00-04:00'), 9 * HOUR, sundays, SCL)).toBe(
      at('2026-09-06T10:00:00-03:00'),
    );
    expect(addBusinessTime(at('2026-09-05T20:00:00-04:00'), 9 * HOUR + MIN, sundays, SCL)).toBe(
      at('2026-09-13T00:16:00-03:00'),
    );
  });

  it('counts both passes of a repeated hour inside the window', () => {
    const late = { days: ALL_DAYS, start: '22:00', end: '23:59' };
    // 22:00–23:59 −03 (1 h 59 min), then 23:00 −04 onwards.
    expect(addBusinessTime(at('2026-04-04T22:00:00-03:00'), 2 * HOUR, late, SCL)).toBe(at('2026-04-04T23:01:00-04:00'));
  });

  it('works in Europe/Madrid across both 2025 DST changes and a Spanish holiday', () => {
    const madrid = office({ timeZone: 'Europe/Madrid', holidays: 'ES' });
    expect(addBusinessTime(at('2025-03-28T17:30:00+01:00'), 2 * HOUR, madrid, SCL)).toBe(
      at('2025-03-31T10:30:00+02:00'),
    );
    expect(addBusinessTime(at('2025-10-24T17:30:00+02:00'), 2 * HOUR, madrid, SCL)).toBe(
      at('2025-10-27T10:30:00+01:00'),
    );
    // Mon Dec 8, 2025 (Inmaculada Concepción) is a holiday.
    expect(addBusinessTime(at('2025-12-05T17:30:00+01:00'), 2 * HOUR, madrid, SCL)).toBe(
      at('2025-12-09T10:30:00+01:00'),
    );
  });

  it('works in Mexico City, Bogotá and Buenos Aires', () => {
    expect(
      addBusinessTime(at('2025-03-14T17:00:00-06:00'), 2 * HOUR, office({ holidays: 'MX' }), 'America/Mexico_City'),
    ).toBe(at('2025-03-18T10:00:00-06:00'));
    expect(
      addBusinessTime(at('2025-06-27T17:00:00-05:00'), 2 * HOUR, office({ holidays: 'CO' }), 'America/Bogota'),
    ).toBe(
      at('2025-07-01T10:00:00-05:00'), // Mon Jun 30: Sagrado Corazón and San Pedro y San Pablo
    );
    expect(
      addBusinessTime(
        at('2025-11-20T17:00:00-03:00'),
        2 * HOUR,
        office({ holidays: 'AR' }),
        'America/Argentina/Buenos_Aires',
      ),
    ).toBe(at('2025-11-25T10:00:00-03:00')); // Fri 21 bridge, Mon 24 Soberanía Nacional
  });

  it('ends at closing time when the duration uses up the window exactly', () => {
    expect(addBusinessTime(at('2026-03-13T17:00:00-03:00'), HOUR, CL_OFFICE, SCL)).toBe(
      at('2026-03-13T18:00:00-03:00'),
    );
    // A full business week: Mon 09:00 + 5 × 9 h = Fri 18:00.
    expect(addBusinessTime(at('2026-03-09T09:00:00-03:00'), 45 * HOUR, CL_OFFICE, SCL)).toBe(
      at('2026-03-13T18:00:00-03:00'),
    );
  });

  it('gives nextOpen for a zero duration, and counts long SLAs day by day', () => {
    expect(addBusinessTime(at('2026-03-14T12:00:00-03:00'), 0, CL_OFFICE, SCL)).toBe(at('2026-03-16T09:00:00-03:00'));
    expect(addBusinessTime(at('2026-03-10T11:00:00-03:00'), 0, CL_OFFICE, SCL)).toBe(at('2026-03-10T11:00:00-03:00'));
    // 10 business days of 9 h from Mon Sep 14, 2026: 14–17, 21–25 and 28 (Fri 18 is Fiestas Patrias).
    expect(addBusinessTime(at('2026-09-14T09:00:00-03:00'), 10 * 9 * HOUR, CL_OFFICE, SCL)).toBe(
      at('2026-09-28T18:00:00-03:00'),
    );
  });

  it('is monotonic and additive', () => {
    const hours = office({ start: '08:30', end: '17:45' });
    const durations = [0, MIN, 37 * MIN, 4 * HOUR, 9 * HOUR + 15 * MIN, 30 * HOUR, 100 * HOUR];
    for (
      let t = at('2025-03-01T00:00:00-03:00');
      t < at('2025-11-01T00:00:00-03:00');
      t += 5 * 24 * HOUR + 7 * HOUR + 13 * MIN
    ) {
      let previous = -Infinity;
      for (const d of durations) {
        const end = addBusinessTime(t, d, hours, SCL);
        expect(end).toBeGreaterThanOrEqual(previous);
        previous = end;
        if (d > 0) {
          const half = Math.floor(d / 2);
          const split = addBusinessTime(addBusinessTime(t, half, hours, SCL), d - half, hours, SCL);
          expect(split, new Date(t).toISOString()).toBe(end);
        }
      }
      const open = nextOpen(t, hours, SCL);
      expect(isOpen(open, hours, SCL)).toBe(true);
      if (open > t) expect(isOpen(open - 1000, hours, SCL)).toBe(false);
    }
  });
});

describe('errors', () => {
  it('rejects impossible windows and inputs with clear messages', () => {
    const t = at('2026-03-10T10:00:00-03:00');
    expect(() => nextOpen(t, { start: '18:00', end: '09:00' }, SCL)).toThrow(/end after they start/);
    expect(() => nextOpen(t, { start: '9:00' }, SCL)).toThrow(/09:00/);
    expect(() => nextOpen(t, { days: [] }, SCL)).toThrow(/no open day/);
    expect(() => isOpen(t, CL_OFFICE, 'Nowhere/Land')).toThrow(/Unknown time zone/);
    expect(() => addBusinessTime(t, -1, CL_OFFICE, SCL)).toThrow(/duration/);
    expect(() => addBusinessTime(t, Number.POSITIVE_INFINITY, CL_OFFICE, SCL)).toThrow(/duration/);
    expect(() => nextOpen(Number.NaN, CL_OFFICE, SCL)).toThrow(RangeError);
  });

  it('gives up on absurd durations instead of looping forever', () => {
    expect(() => addBusinessTime(at('2026-03-10T10:00:00-03:00'), 1e15, CL_OFFICE, SCL)).toThrow(/more business time/);
  });
});
