import { describe, expect, it } from 'vitest';
import { formatDateTime } from './datetime';
import { en } from './en';
import { es } from './es';
import { translate } from './index';

describe('plurals', () => {
  it('says 1 error and 2 errores, in both languages, with grouped thousands', () => {
    expect(translate('es', 'problems.errors', { n: 1 })).toBe('1 error');
    expect(translate('es', 'problems.errors', { n: 2 })).toBe('2 errores');
    expect(translate('es', 'problems.warnings', { n: 0 })).toBe('0 avisos');
    expect(translate('en', 'problems.errors', { n: 1 })).toBe('1 error');
    expect(translate('en', 'canvas.warnings', { n: 3 })).toBe('3 warnings');
    expect(translate('es', 'templates.nodes', { n: 1200 })).toBe('1.200 bloques');
    expect(translate('en', 'inspector.multi', { n: 1 })).toBe('1 block selected');
  });

  it('has the same keys in Spanish and English', () => {
    const keys = (o: object, prefix = ''): string[] =>
      Object.entries(o).flatMap(([k, v]) => (typeof v === 'object' ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`]));
    expect(keys(en).sort()).toEqual(keys(es).sort());
  });
});

describe('formatDateTime', () => {
  const at = '2026-03-02T13:05:00Z';
  it('writes one format everywhere: 24-hour time with the zone, in the given zone', () => {
    const es = formatDateTime(at, 'es', 'America/Santiago');
    expect(es).toMatch(/10:05/);
    expect(es).toMatch(/GMT-3/);
    expect(es).not.toMatch(/a\.\s?m\.|AM|PM/i);
    const en = formatDateTime(at, 'en', 'America/Santiago');
    expect(en).toMatch(/10:05/);
    expect(en).toMatch(/GMT-3/);
    expect(en).not.toMatch(/AM|PM/);
    expect(formatDateTime(at, 'en', 'UTC')).toMatch(/13:05/);
  });

  it('writes nothing for nothing or a bad date', () => {
    expect(formatDateTime(null, 'es')).toBe('');
    expect(formatDateTime('not a date', 'en')).toBe('');
  });
});
