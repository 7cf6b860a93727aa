import { describe, expect, it } from 'vitest';
import { formatDays } from './civil';
import { easterSunday, type HolidayCountry, holidays, isHoliday, juneSolstice } from './holidays';

const dates = (country: HolidayCountry, year: number): string[] => holidays(country, year).map((h) => h.date);
const named = (country: HolidayCountry, year: number, es: string): string[] =>
  holidays(country, year)
    .filter((h) => h.name.es === es)
    .map((h) => h.date);

describe('easterSunday (Gregorian computus)', () => {
  it('gives the published dates', () => {
    const known: Record<number, string> = {
      2008: '2008-03-23',
      2019: '2019-04-21',
      2024: '2024-03-31',
      2025: '2025-04-20',
      2026: '2026-04-05',
      2027: '2027-03-28',
      2028: '2028-04-16',
      2029: '2029-04-01',
      2030: '2030-04-21',
      2031: '2031-04-13',
      2032: '2032-03-28',
      2033: '2033-04-17',
      2034: '2034-04-09',
      2035: '2035-03-25',
      2038: '2038-04-25',
      2285: '2285-03-22',
    };
    for (const [year, date] of Object.entries(known)) expect(formatDays(easterSunday(Number(year)))).toBe(date);
  });
});

describe('Chile', () => {
  it('2025, complete', () => {
    expect(dates('CL', 2025)).toEqual([
      '2025-01-01',
      '2025-04-18', // Viernes Santo
      '2025-04-19', // Sábado Santo
      '2025-05-01',
      '2025-05-21',
      '2025-06-20', // Pueblos Indígenas (solstice Jun 20, 22:42 Chile time)
      '2025-06-29', // San Pedro y San Pablo (Sunday: stays)
      '2025-06-29', // presidential primaries, same day
      '2025-07-16',
      '2025-08-15',
      '2025-09-18',
      '2025-09-19',
      '2025-10-12', // Sunday: stays
      '2025-10-31', // Friday: stays
      '2025-11-01',
      '2025-11-16', // elections
      '2025-12-08',
      '2025-12-14', // presidential runoff
      '2025-12-25',
    ]);
  });

  it('2026, complete, with names in es and en', () => {
    const list = holidays('CL', 2026);
    expect(list.map((h) => h.date)).toEqual([
      '2026-01-01',
      '2026-04-03',
      '2026-04-04',
      '2026-05-01',
      '2026-05-21',
      '2026-06-21',
      '2026-06-29',
      '2026-07-16',
      '2026-08-15',
      '2026-09-18',
      '2026-09-19',
      '2026-10-12',
      '2026-10-31',
      '2026-11-01',
      '2026-12-08',
      '2026-12-25',
    ]);
    expect(list.find((h) => h.date === '2026-09-18')?.name).toEqual({
      es: 'Independencia Nacional',
      en: 'Independence Day',
    });
    expect(list.find((h) => h.date === '2026-06-21')?.name.en).toBe("National Indigenous Peoples' Day");
    for (const h of list) {
      expect(h.name.es.length).toBeGreaterThan(0);
      expect(h.name.en.length).toBeGreaterThan(0);
    }
  });

  it('isHoliday', () => {
    expect(isHoliday('CL', '2026-09-18')).toBe(true);
    expect(isHoliday('CL', '2026-09-19')).toBe(true);
    expect(isHoliday('CL', '2026-09-17')).toBe(false);
    expect(isHoliday('CL', '2026-01-01')).toBe(true);
    expect(isHoliday('CL', '2026-01-02')).toBe(false);
    expect(() => isHoliday('CL', '2026-02-30')).toThrow(/YYYY-MM-DD/);
    expect(() => isHoliday('CL', '18/09/2026')).toThrow(RangeError);
  });

  it('moves San Pedro y San Pablo and Encuentro de Dos Mundos to Monday (Ley 19.668)', () => {
    // Tue/Wed/Thu → Monday before; Fri → Monday after; Sat/Sun/Mon stay.
    expect(named('CL', 2024, 'San Pedro y San Pablo')).toEqual(['2024-06-29']); // Sat
    expect(named('CL', 2026, 'San Pedro y San Pablo')).toEqual(['2026-06-29']); // Mon
    expect(named('CL', 2027, 'San Pedro y San Pablo')).toEqual(['2027-06-28']); // Tue
    expect(named('CL', 2033, 'San Pedro y San Pablo')).toEqual(['2033-06-27']); // Wed
    expect(named('CL', 2028, 'San Pedro y San Pablo')).toEqual(['2028-06-26']); // Thu
    expect(named('CL', 2029, 'San Pedro y San Pablo')).toEqual(['2029-07-02']); // Fri
    expect(named('CL', 2024, 'Encuentro de Dos Mundos')).toEqual(['2024-10-12']); // Sat
    expect(named('CL', 2027, 'Encuentro de Dos Mundos')).toEqual(['2027-10-11']); // Tue
    expect(named('CL', 2033, 'Encuentro de Dos Mundos')).toEqual(['2033-10-10']); // Wed
    expect(named('CL', 2028, 'Encuentro de Dos Mundos')).toEqual(['2028-10-09']); // Thu
    expect(named('CL', 2029, 'Encuentro de Dos Mundos')).toEqual(['2029-10-15']); // Fri
  });

  it('moves the Evangelical churches day: Tuesday → Fri Oct 27, Wednesday → Fri Nov 2 (Ley 20.299)', () => {
    const name = 'Día Nacional de las Iglesias Evangélicas y Protestantes';
    expect(named('CL', 2024, name)).toEqual(['2024-10-31']); // Thu
    expect(named('CL', 2028, name)).toEqual(['2028-10-27']); // Tue
    expect(named('CL', 2029, name)).toEqual(['2029-11-02']); // Wed
    expect(named('CL', 2034, name)).toEqual(['2034-10-27']);
    expect(named('CL', 2035, name)).toEqual(['2035-11-02']);
  });

  it('adds the Fiestas Patrias bridges: Sep 17 on a Monday or Friday, Sep 20 on a Friday', () => {
    const name = 'Fiestas Patrias (feriado adicional)';
    expect(named('CL', 2024, name)).toEqual(['2024-09-20']); // 18 Wed, 19 Thu, 20 Fri
    expect(named('CL', 2025, name)).toEqual([]); // 18 Thu, 19 Fri
    expect(named('CL', 2026, name)).toEqual([]); // 18 Fri, 19 Sat
    expect(named('CL', 2027, name)).toEqual(['2027-09-17']); // 17 Fri, 18 Sat
    expect(named('CL', 2028, name)).toEqual([]); // 18 Mon
    expect(named('CL', 2029, name)).toEqual(['2029-09-17']); // 17 Mon, 18 Tue
    expect(named('CL', 2030, name)).toEqual(['2030-09-20']); // 19 Thu, 20 Fri
    expect(named('CL', 2035, name)).toEqual(['2035-09-17']);
  });

  it('adds January 2 when it is a Monday (Ley 20.983)', () => {
    expect(isHoliday('CL', '2034-01-02')).toBe(true);
    expect(isHoliday('CL', '2023-01-02')).toBe(true);
    expect(isHoliday('CL', '2029-01-02')).toBe(false);
  });

  it('puts the Indigenous Peoples day on the official solstice dates 2024–2030 and computes later ones', () => {
    const name = 'Día Nacional de los Pueblos Indígenas';
    const official = ['2024-06-20', '2025-06-20', '2026-06-21', '2027-06-21', '2028-06-20', '2029-06-20', '2030-06-21'];
    expect([2024, 2025, 2026, 2027, 2028, 2029, 2030].flatMap((y) => named('CL', y, name))).toEqual(official);
    expect([2031, 2032, 2033, 2034, 2035].flatMap((y) => named('CL', y, name))).toEqual([
      '2031-06-21',
      '2032-06-20',
      '2033-06-20',
      '2034-06-21',
      '2035-06-21',
    ]);
    expect(named('CL', 2020, name)).toEqual([]); // law from 2021
  });

  it('computes the June solstice to within minutes', () => {
    // Published instants (UTC): 2024-06-20 20:51, 2025-06-21 02:42, 2026-06-21 08:24.
    expect(Math.abs(juneSolstice(2024) - Date.parse('2024-06-20T20:51:00Z'))).toBeLessThan(3 * 60_000);
    expect(Math.abs(juneSolstice(2025) - Date.parse('2025-06-21T02:42:00Z'))).toBeLessThan(3 * 60_000);
    expect(Math.abs(juneSolstice(2026) - Date.parse('2026-06-21T08:24:00Z'))).toBeLessThan(3 * 60_000);
  });

  it('returns copies: callers cannot corrupt the cache', () => {
    const list = holidays('CL', 2026);
    (list[0] as { date: string }).date = '1999-01-01';
    list.pop();
    expect(holidays('CL', 2026)[0]?.date).toBe('2026-01-01');
    expect(holidays('CL', 2026)).toHaveLength(16);
  });
});

describe('Mexico', () => {
  it('2025 and 2026: fixed days and "n-th Monday" rules', () => {
    expect(dates('MX', 2025)).toEqual([
      '2025-01-01',
      '2025-02-03', // 1st Monday of February
      '2025-03-17', // 3rd Monday of March
      '2025-05-01',
      '2025-09-16',
      '2025-11-17', // 3rd Monday of November
      '2025-12-25',
    ]);
    expect(dates('MX', 2026)).toEqual([
      '2026-01-01',
      '2026-02-02',
      '2026-03-16',
      '2026-05-01',
      '2026-09-16',
      '2026-11-16',
      '2026-12-25',
    ]);
  });

  it('adds the presidential inauguration (Oct 1) every six years', () => {
    expect(isHoliday('MX', '2024-10-01')).toBe(true);
    expect(isHoliday('MX', '2030-10-01')).toBe(true);
    expect(isHoliday('MX', '2027-10-01')).toBe(false);
  });
});

describe('Argentina', () => {
  it('2025, complete: Carnival, movable days (Ley 27.399) and bridge days', () => {
    expect(dates('AR', 2025)).toEqual([
      '2025-01-01',
      '2025-03-03', // Carnival Monday
      '2025-03-04', // Carnival Tuesday
      '2025-03-24',
      '2025-04-02',
      '2025-04-18',
      '2025-05-01',
      '2025-05-02', // bridge
      '2025-05-25',
      '2025-06-16', // Güemes, Tue Jun 17 → Mon
      '2025-06-20',
      '2025-07-09',
      '2025-08-15', // bridge
      '2025-08-17', // San Martín, Sunday: stays
      '2025-10-12', // Sunday: stays
      '2025-11-21', // bridge
      '2025-11-24', // Soberanía Nacional, Thu Nov 20 → next Mon
      '2025-12-08',
      '2025-12-25',
    ]);
  });

  it('moves Tue/Wed to the Monday before and Thu/Fri to the Monday after; Güemes stays on a Friday', () => {
    expect(isHoliday('AR', '2026-11-23')).toBe(true); // Nov 20, 2026 is a Friday
    expect(isHoliday('AR', '2026-11-20')).toBe(false);
    expect(isHoliday('AR', '2026-06-15')).toBe(true); // Jun 17, 2026 is a Wednesday
    expect(named('AR', 2022, 'Paso a la Inmortalidad del General Martín Miguel de Güemes')).toEqual(['2022-06-17']);
  });
});

describe('Colombia', () => {
  it('2025, complete: Ley Emiliani moves to Monday and Easter-based days', () => {
    expect(dates('CO', 2025)).toEqual([
      '2025-01-01',
      '2025-01-06', // Reyes: already Monday
      '2025-03-24', // San José (Wed Mar 19 → Mon)
      '2025-04-17', // Jueves Santo
      '2025-04-18', // Viernes Santo
      '2025-05-01',
      '2025-06-02', // Ascensión (Easter + 43)
      '2025-06-23', // Corpus Christi (Easter + 64)
      '2025-06-30', // Sagrado Corazón (Easter + 71)
      '2025-06-30', // San Pedro y San Pablo (Sun Jun 29 → Mon)
      '2025-07-20',
      '2025-08-07',
      '2025-08-18', // Asunción (Fri Aug 15 → Mon)
      '2025-10-13', // Día de la Raza
      '2025-11-03', // Todos los Santos
      '2025-11-17', // Independencia de Cartagena
      '2025-12-08',
      '2025-12-25',
    ]);
  });

  it('2026 adds Nuestra Señora del Rosario de Chiquinquirá (Jul 9 → Monday)', () => {
    expect(named('CO', 2026, 'Nuestra Señora del Rosario de Chiquinquirá')).toEqual(['2026-07-13']);
    expect(named('CO', 2025, 'Nuestra Señora del Rosario de Chiquinquirá')).toEqual([]);
    expect(dates('CO', 2026)).toHaveLength(19);
  });
});

describe('Spain', () => {
  it('2026, national holidays', () => {
    expect(dates('ES', 2026)).toEqual([
      '2026-01-01',
      '2026-01-06',
      '2026-04-03',
      '2026-05-01',
      '2026-08-15',
      '2026-10-12',
      '2026-11-01',
      '2026-12-06',
      '2026-12-08',
      '2026-12-25',
    ]);
    expect(holidays('ES', 2026)[2]?.name).toEqual({ es: 'Viernes Santo', en: 'Good Friday' });
  });
});

describe('every country, 2024–2035', () => {
  it('produces sorted dates inside the year, with bilingual names', () => {
    for (const country of ['CL', 'MX', 'AR', 'CO', 'ES'] as const) {
      for (let year = 2024; year <= 2035; year++) {
        const list = holidays(country, year);
        expect(list.length).toBeGreaterThanOrEqual(7);
        const sorted = [...list].sort((a, b) => a.date.localeCompare(b.date));
        expect(list).toEqual(sorted);
        for (const h of list) {
          expect(h.date.startsWith(`${year}-`)).toBe(true);
          expect(isHoliday(country, h.date)).toBe(true);
        }
      }
    }
  });

  it('rejects unknown countries and years', () => {
    expect(() => holidays('PE' as HolidayCountry, 2026)).toThrow(/PE/);
    expect(() => holidays('CL', 2026.5)).toThrow(RangeError);
  });
});
