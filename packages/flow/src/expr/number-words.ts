/**
 * How a number reads inside a message in the template's language: Spanish writes a decimal comma (`puntaje -0,8`),
 * English a point. Integers read as they are in both (an order number or an amount in pesos is never regrouped, so a
 * customer can copy it back).
 */
import type { Json } from '../journey';
import type { TemplateLang } from './value-words';

/** The value with its decimal numbers (or a list's) written in `lang`; the very same value when nothing changes. */
export function numberInLanguage(value: Json, lang: TemplateLang): Json {
  if (lang === 'en') return value;
  if (typeof value === 'number') return decimalComma(value);
  if (!Array.isArray(value)) return value;
  const said = value.map((v) => (typeof v === 'number' ? decimalComma(v) : v));
  return said.some((v, i) => v !== value[i]) ? said : value;
}

function decimalComma(n: number): Json {
  return Number.isFinite(n) && !Number.isInteger(n) ? String(n).replace('.', ',') : n;
}
