import { describe, expect, it } from 'vitest';
import { countUnit, describeDuration } from './duration';

describe('describeDuration', () => {
  it('keeps the unit the duration was written in, with singular and plural', () => {
    expect(describeDuration('24h', 'es')).toBe('24 horas');
    expect(describeDuration('1d', 'es')).toBe('1 día');
    expect(describeDuration('2d', 'es')).toBe('2 días');
    expect(describeDuration('1h', 'en')).toBe('1 hour');
    expect(describeDuration('90m', 'en')).toBe('90 minutes');
    expect(describeDuration('1w', 'es')).toBe('1 semana');
  });

  it('spells compound and ISO durations in the largest units, joined the way people write', () => {
    expect(describeDuration('1d12h', 'es')).toBe('1 día y 12 horas');
    expect(describeDuration('PT36H', 'en')).toBe('1 day and 12 hours');
    expect(describeDuration('1d2h30m', 'en')).toBe('1 day, 2 hours and 30 minutes');
    expect(describeDuration('not a duration', 'es')).toBe('not a duration');
  });

  it('counts in the language: 1 one, 0 and 1.5 other, thousands grouped', () => {
    expect(countUnit(0, 'd', 'es')).toBe('0 días');
    expect(countUnit(1, 'm', 'en')).toBe('1 minute');
    expect(countUnit(1500, 'h', 'en')).toBe('1,500 hours');
  });
});
