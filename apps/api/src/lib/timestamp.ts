/**
 * Times as Ruta accepts them: RFC 3339 date-times with an offset, in the range PostgreSQL's timestamptz and
 * JavaScript's Date both hold exactly (years 0001–9999, offsets up to ±15:59), normalised to UTC.
 */

/** The accepted form, also published as the OpenAPI `pattern` (so clients and fuzzers know the offset bound). */
export const TIMESTAMP_PATTERN =
  '^[0-9]{4}-[0-9]{2}-[0-9]{2}[Tt][0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]{1,9})?([Zz]|[+-](0[0-9]|1[0-5]):[0-5][0-9])$';

const FORM = new RegExp(TIMESTAMP_PATTERN);
const PARTS = /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(\.\d+)?(?:[Zz]|([+-])(\d{2}):(\d{2}))$/;

const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/**
 * The instant as an ISO 8601 UTC string (millisecond precision), or why the text is not one Ruta can store.
 *
 * @example
 * parseTimestamp('2026-03-02T10:00:00-03:00') // { ok: true, iso: '2026-03-02T13:00:00.000Z' }
 */
export function parseTimestamp(text: string): { ok: true; iso: string } | { ok: false; message: string } {
  const m = FORM.test(text) ? PARTS.exec(text) : null;
  if (!m) {
    return {
      ok: false,
      message:
        'Use an ISO 8601 (RFC 3339) time with an offset up to ±15:59, e.g. 2026-03-02T10:00:00-03:00 or 2026-03-02T13:00:00Z',
    };
  }
  const [year, month, day, hour, minute, second] = m.slice(1, 7).map(Number) as [number, ...number[]];
  if (year < 1) return { ok: false, message: 'Years start at 0001' };
  if (month! < 1 || month! > 12 || day! < 1 || day! > daysIn(year, month!)) {
    return { ok: false, message: `There is no day ${m[3]} in month ${m[2]} of ${m[1]}` };
  }
  if (hour! > 23 || minute! > 59 || second! > 59)
    return { ok: false, message: 'Hours 00–23, minutes and seconds 00–59' };
  const ms = Math.floor(Number(`0${m[7] ?? ''}`) * 1000);
  const offsetMinutes = m[8] ? (m[8] === '-' ? -1 : 1) * (Number(m[9]) * 60 + Number(m[10])) : 0;
  const utc = new Date(0);
  utc.setUTCFullYear(year, month! - 1, day);
  utc.setUTCHours(hour!, minute! - offsetMinutes, second, ms);
  const iso = utc.toISOString();
  // 0001-01-01T00:00+01:00 is in year 0 in UTC: PostgreSQL has no year 0.
  if (utc.getUTCFullYear() < 1 || utc.getUTCFullYear() > 9999) {
    return { ok: false, message: 'The time falls outside years 0001–9999 in UTC' };
  }
  return { ok: true, iso };
}
