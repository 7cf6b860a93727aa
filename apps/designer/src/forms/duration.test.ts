import { describe, expect, it } from 'vitest';
import { translate } from '../i18n';
import { splitDuration } from './widgets/DurationField';

describe('duration fields', () => {
  it('keep the unit the user chose: 24 hours stay 24 hours', () => {
    expect(splitDuration('24h')).toEqual({ amount: '24', unit: 'h' });
    expect(splitDuration('48h')).toEqual({ amount: '48', unit: 'h' });
    expect(splitDuration('7d')).toEqual({ amount: '7', unit: 'd' });
    expect(splitDuration('60m')).toEqual({ amount: '60', unit: 'm' });
  });

  it('read compound and ISO durations in the largest unit that divides them', () => {
    expect(splitDuration('1d12h')).toEqual({ amount: '36', unit: 'h' });
    expect(splitDuration('P2D')).toEqual({ amount: '2', unit: 'd' });
    expect(splitDuration('')).toEqual({ amount: '', unit: 'h' });
  });

  it('name the unit in the singular or plural of the amount', () => {
    expect(translate('es', 'form.units.d', { n: 1 })).toBe('día');
    expect(translate('es', 'form.units.d', { n: 2 })).toBe('días');
    expect(translate('en', 'form.units.h', { n: 1 })).toBe('hour');
    expect(translate('en', 'form.units.h', { n: 24 })).toBe('hours');
  });
});
