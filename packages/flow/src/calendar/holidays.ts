/**
 * National public holidays of the countries Ruta knows (CL, MX, AR, CO, ES), computed from the rules in force
 * (fixed dates, Easter-based days, each country's "move to Monday" laws) plus small tables for days that are
 * decreed year by year (Chilean election days, Argentine bridge days). Regional and local holidays are not
 * included. Rules are those of current law and are applied to every year; where a law started recently the
 * holiday is only produced from that year on.
 */
import type { z } from 'zod';
import type { HolidayCountry as HolidayCountrySchema } from '../catalog/fields';
import { civilFromDays, daysFromCivil, formatDays, parseDate, weekdayIndex } from './civil';

export type HolidayCountry = z.infer<typeof HolidayCountrySchema>;

/** One public holiday: its date and its name in Spanish and English. */
export interface Holiday {
  date: string;
  name: { es: string; en: string };
}

type Name = Holiday['name'];

/** Day numbers (days since 1970-01-01) with names, before formatting. */
type Entry = [days: number, name: Name];

// Weekday indexes (0 = Sunday).
const MON = 1;
const TUE = 2;
const WED = 3;
const THU = 4;
const FRI = 5;

const FIRST_YEAR = 1583; // first full Gregorian year
const LAST_YEAR = 9999;

const day = (year: number, month: number, d: number): number => daysFromCivil(year, month, d);

/** Easter Sunday (Gregorian computus, anonymous/Meeus–Jones–Butcher algorithm), as a day number. */
export function easterSunday(year: number): number {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const dayOfMonth = ((h + l - 7 * m + 114) % 31) + 1;
  return day(year, month, dayOfMonth);
}

/** The n-th (1-based) given weekday of a month. */
function nthWeekday(year: number, month: number, weekday: number, n: number): number {
  const first = day(year, month, 1);
  return first + ((weekday - weekdayIndex(first) + 7) % 7) + (n - 1) * 7;
}

/** Monday on or after the day (Colombia's Ley Emiliani, Ley 51 de 1983). */
function nextMonday(d: number): number {
  return d + ((MON - weekdayIndex(d) + 7) % 7);
}

/** Chile, Ley 19.668: Tue/Wed/Thu → Monday of that week; Fri → following Monday; Sat/Sun/Mon stay. */
function chileMove(d: number): number {
  const w = weekdayIndex(d);
  if (w === TUE || w === WED || w === THU) return d - (w - MON);
  if (w === FRI) return d + 3;
  return d;
}

/** Argentina, Ley 27.399 art. 6: Tue/Wed → previous Monday; Thu/Fri → next Monday; other days stay. */
function argentinaMove(d: number, fridayStays = false): number {
  const w = weekdayIndex(d);
  if (w === TUE || w === WED) return d - (w - MON);
  if (w === THU) return d + 4;
  if (w === FRI && !fridayStays) return d + 3;
  return d;
}

// ---------------------------------------------------------------------------------------------------------------
// June (southern winter) solstice, for Chile's Día Nacional de los Pueblos Indígenas (Ley 21.357).

/** Official dates (day of June) as decreed / published; other years are computed. */
const CL_SOLSTICE_JUNE_DAY: Record<number, number> = {
  2021: 21, // fixed by the law itself (the solstice was 23:31 on the 20th, Chile time)
  2022: 21,
  2023: 21,
  2024: 20,
  2025: 20,
  2026: 21,
  2027: 21,
  2028: 20,
  2029: 20,
  2030: 21,
};

// Meeus, Astronomical Algorithms (2nd ed.), ch. 27: periodic terms A, B (deg), C (deg per Julian century).
const SOLSTICE_TERMS: readonly (readonly [number, number, number])[] = [
  [485, 324.96, 1934.136],
  [203, 337.23, 32964.467],
  [199, 342.08, 20.186],
  [182, 27.85, 445267.112],
  [156, 73.14, 45036.886],
  [136, 171.52, 22518.443],
  [77, 222.54, 65928.934],
  [74, 296.72, 3034.906],
  [70, 243.58, 9037.513],
  [58, 119.81, 33718.147],
  [52, 297.17, 150.678],
  [50, 21.02, 2281.226],
  [45, 247.54, 29929.562],
  [44, 325.15, 31555.956],
  [29, 60.93, 4443.417],
  [18, 155.12, 67555.328],
  [17, 288.79, 4562.452],
  [16, 198.04, 62894.029],
  [14, 199.76, 31436.921],
  [12, 95.39, 14577.848],
  [12, 287.11, 31931.756],
  [12, 320.81, 34777.259],
  [9, 227.73, 1222.114],
  [8, 15.45, 16859.074],
];

/** The June solstice instant (ms since epoch, about a minute of accuracy for years 1000–3000). */
export function juneSolstice(year: number): number {
  const rad = Math.PI / 180;
  const y = (year - 2000) / 1000;
  const jde0 = 2451716.56767 + 365241.62603 * y + 0.00325 * y ** 2 + 0.00888 * y ** 3 - 0.0003 * y ** 4;
  const t = (jde0 - 2451545.0) / 36525;
  const w = (35999.373 * t - 2.47) * rad;
  const dl = 1 + 0.0334 * Math.cos(w) + 0.0007 * Math.cos(2 * w);
  let s = 0;
  for (const [a, b, c] of SOLSTICE_TERMS) s += a * Math.cos((b + c * t) * rad);
  const jde = jde0 + (0.00001 * s) / dl;
  const deltaT = 69_000; // TT − UTC, ~69 s in the 2020s; irrelevant at day precision
  return Math.round((jde - 2440587.5) * 86_400_000) - deltaT;
}

function chileSolsticeDay(year: number): number {
  const official = CL_SOLSTICE_JUNE_DAY[year];
  if (official !== undefined) return day(year, 6, official);
  // Continental Chile keeps UTC−4 in June (standard time).
  return Math.floor((juneSolstice(year) - 4 * 3_600_000) / 86_400_000);
}

// ---------------------------------------------------------------------------------------------------------------
// Country rules.

const N = (es: string, en: string): Name => ({ es, en });

/** Chilean election days (legal, non-waivable holidays under the electoral law); decreed per election. */
const CL_ELECTIONS: Record<number, [number, number, Name][]> = {
  2024: [
    [6, 9, N('Elecciones primarias', 'Primary elections')],
    [10, 27, N('Elecciones municipales y regionales', 'Municipal and regional elections')],
  ],
  2025: [
    [6, 29, N('Elecciones primarias presidenciales', 'Presidential primary elections')],
    [11, 16, N('Elecciones presidenciales y parlamentarias', 'Presidential and parliamentary elections')],
    [12, 14, N('Segunda vuelta presidencial', 'Presidential runoff election')],
  ],
};

function chile(year: number): Entry[] {
  const easter = easterSunday(year);
  const out: Entry[] = [
    [day(year, 1, 1), N('Año Nuevo', "New Year's Day")],
    [easter - 2, N('Viernes Santo', 'Good Friday')],
    [easter - 1, N('Sábado Santo', 'Holy Saturday')],
    [day(year, 5, 1), N('Día Nacional del Trabajo', 'Labour Day')],
    [day(year, 5, 21), N('Día de las Glorias Navales', 'Navy Day')],
    [chileMove(day(year, 6, 29)), N('San Pedro y San Pablo', 'Saints Peter and Paul')],
    [day(year, 8, 15), N('Asunción de la Virgen', 'Assumption of Mary')],
    [day(year, 9, 18), N('Independencia Nacional', 'Independence Day')],
    [day(year, 9, 19), N('Día de las Glorias del Ejército', 'Army Day')],
    [chileMove(day(year, 10, 12)), N('Encuentro de Dos Mundos', 'Meeting of Two Worlds Day')],
    [day(year, 11, 1), N('Día de Todos los Santos', "All Saints' Day")],
    [day(year, 12, 8), N('Inmaculada Concepción', 'Immaculate Conception')],
    [day(year, 12, 25), N('Navidad', 'Christmas Day')],
  ];
  // Ley 20.983: January 2 when it falls on a Monday (New Year's Day on a Sunday).
  const jan2 = day(year, 1, 2);
  if (year >= 2017 && weekdayIndex(jan2) === MON) out.push([jan2, N('Feriado nacional', 'National holiday')]);
  // Ley 21.357: the day of the southern winter solstice.
  if (year >= 2021) {
    out.push([chileSolsticeDay(year), N('Día Nacional de los Pueblos Indígenas', "National Indigenous Peoples' Day")]);
  }
  // Ley 20.148.
  if (year >= 2007) out.push([day(year, 7, 16), N('Virgen del Carmen', 'Our Lady of Mount Carmel')]);
  // Fiestas Patrias bridges: Sept 17 when Monday (Ley 20.215) or Friday (Ley 20.983, from 2017);
  // Sept 20 when Friday (Ley 20.215, from 2008).
  const sep17 = day(year, 9, 17);
  const sep20 = day(year, 9, 20);
  const extra = N('Fiestas Patrias (feriado adicional)', 'National holiday (Fiestas Patrias)');
  if (year >= 2007 && (weekdayIndex(sep17) === MON || (year >= 2017 && weekdayIndex(sep17) === FRI))) {
    out.push([sep17, extra]);
  }
  if (year >= 2008 && weekdayIndex(sep20) === FRI) out.push([sep20, extra]);
  // Ley 20.299 (as amended): Oct 31; on a Tuesday it moves to Friday Oct 27, on a Wednesday to Friday Nov 2.
  if (year >= 2008) {
    const oct31 = day(year, 10, 31);
    const w = weekdayIndex(oct31);
    const date = w === TUE ? oct31 - 4 : w === WED ? oct31 + 2 : oct31;
    out.push([
      date,
      N('Día Nacional de las Iglesias Evangélicas y Protestantes', 'Evangelical and Protestant Churches Day'),
    ]);
  }
  for (const [m, d, name] of CL_ELECTIONS[year] ?? []) out.push([day(year, m, d), name]);
  return out;
}

function mexico(year: number): Entry[] {
  const out: Entry[] = [
    [day(year, 1, 1), N('Año Nuevo', "New Year's Day")],
    [nthWeekday(year, 2, MON, 1), N('Día de la Constitución', 'Constitution Day')],
    [nthWeekday(year, 3, MON, 3), N('Natalicio de Benito Juárez', "Benito Juárez's Birthday")],
    [day(year, 5, 1), N('Día del Trabajo', 'Labour Day')],
    [day(year, 9, 16), N('Día de la Independencia', 'Independence Day')],
    [nthWeekday(year, 11, MON, 3), N('Día de la Revolución', 'Revolution Day')],
    [day(year, 12, 25), N('Navidad', 'Christmas Day')],
  ];
  // LFT art. 74 VII: every six years, the day the new President takes office (Oct 1 since 2024).
  if (year >= 2024 && (year - 2024) % 6 === 0) {
    out.push([day(year, 10, 1), N('Transmisión del Poder Ejecutivo Federal', 'Presidential Inauguration Day')]);
  }
  return out;
}

/** Argentine bridge days ("feriados con fines turísticos"), decreed year by year. */
const AR_BRIDGES: Record<number, [number, number][]> = {
  2024: [
    [4, 1],
    [6, 21],
    [10, 11],
  ],
  2025: [
    [5, 2],
    [8, 15],
    [11, 21],
  ],
  2026: [
    [3, 23],
    [7, 10],
    [12, 7],
  ],
};

function argentina(year: number): Entry[] {
  const easter = easterSunday(year);
  const out: Entry[] = [
    [day(year, 1, 1), N('Año Nuevo', "New Year's Day")],
    [easter - 48, N('Lunes de Carnaval', 'Carnival Monday')],
    [easter - 47, N('Martes de Carnaval', 'Carnival Tuesday')],
    [
      day(year, 3, 24),
      N('Día Nacional de la Memoria por la Verdad y la Justicia', 'National Day of Remembrance for Truth and Justice'),
    ],
    [
      day(year, 4, 2),
      N('Día del Veterano y de los Caídos en la Guerra de Malvinas', 'Malvinas War Veterans and Fallen Day'),
    ],
    [easter - 2, N('Viernes Santo', 'Good Friday')],
    [day(year, 5, 1), N('Día del Trabajador', 'Labour Day')],
    [day(year, 5, 25), N('Día de la Revolución de Mayo', 'May Revolution Day')],
    [
      day(year, 6, 20),
      N('Paso a la Inmortalidad del General Manuel Belgrano', 'General Manuel Belgrano Memorial Day (Flag Day)'),
    ],
    [day(year, 7, 9), N('Día de la Independencia', 'Independence Day')],
    [
      argentinaMove(day(year, 8, 17)),
      N('Paso a la Inmortalidad del General José de San Martín', 'General José de San Martín Memorial Day'),
    ],
    [
      argentinaMove(day(year, 10, 12)),
      N('Día del Respeto a la Diversidad Cultural', 'Day of Respect for Cultural Diversity'),
    ],
    [argentinaMove(day(year, 11, 20)), N('Día de la Soberanía Nacional', 'National Sovereignty Day')],
    [day(year, 12, 8), N('Inmaculada Concepción de María', 'Immaculate Conception')],
    [day(year, 12, 25), N('Navidad', 'Christmas Day')],
  ];
  // Ley 27.258: Güemes (June 17) moves like the others, except that on a Friday it stays
  // (the following Monday is already Flag Day).
  if (year >= 2016) {
    out.push([
      argentinaMove(day(year, 6, 17), true),
      N('Paso a la Inmortalidad del General Martín Miguel de Güemes', 'General Martín Miguel de Güemes Memorial Day'),
    ]);
  }
  for (const [m, d] of AR_BRIDGES[year] ?? []) {
    out.push([day(year, m, d), N('Feriado con fines turísticos', 'Bridge holiday (tourism)')]);
  }
  return out;
}

function colombia(year: number): Entry[] {
  const easter = easterSunday(year);
  const out: Entry[] = [
    [day(year, 1, 1), N('Año Nuevo', "New Year's Day")],
    [nextMonday(day(year, 1, 6)), N('Día de los Reyes Magos', 'Epiphany')],
    [nextMonday(day(year, 3, 19)), N('Día de San José', "Saint Joseph's Day")],
    [easter - 3, N('Jueves Santo', 'Maundy Thursday')],
    [easter - 2, N('Viernes Santo', 'Good Friday')],
    [day(year, 5, 1), N('Día del Trabajo', 'Labour Day')],
    [nextMonday(easter + 39), N('Ascensión del Señor', 'Ascension Day')],
    [nextMonday(easter + 60), N('Corpus Christi', 'Corpus Christi')],
    [nextMonday(easter + 68), N('Sagrado Corazón', 'Sacred Heart')],
    [nextMonday(day(year, 6, 29)), N('San Pedro y San Pablo', 'Saints Peter and Paul')],
    [day(year, 7, 20), N('Día de la Independencia', 'Independence Day')],
    [day(year, 8, 7), N('Batalla de Boyacá', 'Battle of Boyacá')],
    [nextMonday(day(year, 8, 15)), N('La Asunción de la Virgen', 'Assumption of Mary')],
    [nextMonday(day(year, 10, 12)), N('Día de la Raza', 'Columbus Day')],
    [nextMonday(day(year, 11, 1)), N('Día de Todos los Santos', "All Saints' Day")],
    [nextMonday(day(year, 11, 11)), N('Independencia de Cartagena', 'Independence of Cartagena')],
    [day(year, 12, 8), N('Inmaculada Concepción', 'Immaculate Conception')],
    [day(year, 12, 25), N('Navidad', 'Christmas Day')],
  ];
  // Ley 2578 de 2026: Our Lady of the Rosary of Chiquinquirá (July 9), moved to Monday like the others.
  if (year >= 2026) {
    out.push([
      nextMonday(day(year, 7, 9)),
      N('Nuestra Señora del Rosario de Chiquinquirá', 'Our Lady of the Rosary of Chiquinquirá'),
    ]);
  }
  return out;
}

function spain(year: number): Entry[] {
  const easter = easterSunday(year);
  return [
    [day(year, 1, 1), N('Año Nuevo', "New Year's Day")],
    [day(year, 1, 6), N('Epifanía del Señor', 'Epiphany')],
    [easter - 2, N('Viernes Santo', 'Good Friday')],
    [day(year, 5, 1), N('Fiesta del Trabajo', 'Labour Day')],
    [day(year, 8, 15), N('Asunción de la Virgen', 'Assumption of Mary')],
    [day(year, 10, 12), N('Fiesta Nacional de España', 'National Day of Spain')],
    [day(year, 11, 1), N('Todos los Santos', "All Saints' Day")],
    [day(year, 12, 6), N('Día de la Constitución Española', 'Constitution Day')],
    [day(year, 12, 8), N('Inmaculada Concepción', 'Immaculate Conception')],
    [day(year, 12, 25), N('Natividad del Señor', 'Christmas Day')],
  ];
}

const RULES: Record<HolidayCountry, (year: number) => Entry[]> = {
  CL: chile,
  MX: mexico,
  AR: argentina,
  CO: colombia,
  ES: spain,
};

interface YearTable {
  list: Holiday[];
  days: Set<number>;
}

// Pure function of (country, year): safe to memoize, also in workflow code.
const cache = new Map<string, YearTable>();

function table(country: HolidayCountry, year: number): YearTable {
  const rule = RULES[country];
  if (!rule) throw new RangeError(`No holidays for country "${country}": use one of ${Object.keys(RULES).join(', ')}`);
  if (!Number.isInteger(year) || year < FIRST_YEAR || year > LAST_YEAR) {
    throw new RangeError(`Invalid year ${year}: expected an integer from ${FIRST_YEAR} to ${LAST_YEAR}`);
  }
  const key = `${country}:${year}`;
  let t = cache.get(key);
  if (!t) {
    const entries = rule(year)
      .filter(([d]) => civilFromDays(d).year === year)
      .sort((a, b) => a[0] - b[0]);
    t = {
      list: entries.map(([d, name]) => ({ date: formatDays(d), name })),
      days: new Set(entries.map(([d]) => d)),
    };
    cache.set(key, t);
  }
  return t;
}

/**
 * Public holidays of a country in a year, sorted by date, as 'YYYY-MM-DD' with names in es and en. Two
 * holidays on the same day are both listed.
 */
export function holidays(country: HolidayCountry, year: number): Holiday[] {
  return table(country, year).list.map((h) => ({ date: h.date, name: { ...h.name } }));
}

/** Whether a 'YYYY-MM-DD' date is a public holiday in the country. */
export function isHoliday(country: HolidayCountry, date: string): boolean {
  const d = parseDate(date);
  if (!d) throw new RangeError(`Invalid date "${date}": use YYYY-MM-DD`);
  return isHolidayDay(country, daysFromCivil(d.year, d.month, d.day));
}

/** Whether a day number (days since 1970-01-01) is a public holiday in the country. */
export function isHolidayDay(country: HolidayCountry, days: number): boolean {
  return table(country, civilFromDays(days).year).days.has(days);
}
