import { describe, expect, it } from 'vitest';
import { numberInLanguage } from './number-words';

describe('numbers in a template’s language', () => {
  it('writes a decimal comma in Spanish and keeps the point in English', () => {
    expect(numberInLanguage(12.5, 'es')).toBe('12,5');
    expect(numberInLanguage(-0.8, 'es')).toBe('-0,8');
    expect(numberInLanguage(12.5, 'en')).toBe(12.5);
  });

  it('leaves whole numbers, text and lists without decimals as the very same value', () => {
    expect(numberInLanguage(19990, 'es')).toBe(19990);
    expect(numberInLanguage('4.5 estrellas', 'es')).toBe('4.5 estrellas');
    const list = [1, 2, 'tres'];
    expect(numberInLanguage(list, 'es')).toBe(list);
    expect(numberInLanguage([1.5, 2], 'es')).toEqual(['1,5', 2]);
    expect(numberInLanguage(Number.NaN, 'es')).toBeNaN();
  });
});
