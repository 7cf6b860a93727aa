import { describe, expect, it } from 'vitest';
import { parseTimestamp } from './timestamp';

describe('parseTimestamp', () => {
  it('normalises offsets to UTC', () => {
    expect(parseTimestamp('2026-03-02T10:00:00-03:00')).toEqual({ ok: true, iso: '2026-03-02T13:00:00.000Z' });
    expect(parseTimestamp('2026-03-02t10:00:00.123456z')).toEqual({ ok: true, iso: '2026-03-02T10:00:00.123Z' });
    expect(parseTimestamp('0001-01-01T00:00:00Z')).toEqual({ ok: true, iso: '0001-01-01T00:00:00.000Z' });
    expect(parseTimestamp('9999-12-31T23:59:59-15:59')).toMatchObject({ ok: false });
    expect(parseTimestamp('9999-12-31T23:59:59+15:59')).toEqual({ ok: true, iso: '9999-12-31T08:00:59.000Z' });
  });

  it.each([
    ['an offset PostgreSQL cannot hold', '2026-01-01T00:00:00+19:00'],
    ['year 0', '0000-01-01T00:00:00Z'],
    ['a day the month does not have', '2026-02-29T00:00:00Z'],
    ['hour 24', '2026-01-01T24:00:00Z'],
    ['no offset', '2026-01-01T00:00:00'],
    ['a date alone', '2026-01-01'],
    ['a year before 0001 once in UTC', '0001-01-01T00:30:00+01:00'],
    ['words', 'yesterday'],
  ])('refuses %s', (_what, text) => {
    expect(parseTimestamp(text)).toMatchObject({ ok: false, message: expect.any(String) });
  });

  it('accepts 29 February in a leap year', () => {
    expect(parseTimestamp('2028-02-29T12:00:00Z')).toEqual({ ok: true, iso: '2028-02-29T12:00:00.000Z' });
  });
});
