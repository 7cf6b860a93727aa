import type { Lang } from './types';

/** A text that depends on a count: `{ one: '{n} error', other: '{n} errores' }`. */
export interface PluralText {
  one: string;
  other: string;
}

const rules = new Map<Lang, Intl.PluralRules>();

/** Whether a dictionary value is a plural text. */
export const isPlural = (v: unknown): v is PluralText =>
  typeof v === 'object' &&
  v !== null &&
  typeof (v as PluralText).one === 'string' &&
  typeof (v as PluralText).other === 'string';

/** The form of a plural text for a count, by the language's rules (1 → one; 0, 2, 1.5 → other). */
export function pluralForm(text: PluralText, n: number, lang: Lang): string {
  let r = rules.get(lang);
  if (!r) {
    r = new Intl.PluralRules(lang);
    rules.set(lang, r);
  }
  return r.select(n) === 'one' ? text.one : text.other;
}
