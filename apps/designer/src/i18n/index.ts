import { useCallback } from 'react';
import { useUi } from '../store/ui';
import { en } from './en';
import { es } from './es';
import { format } from './format';
import { isPlural, pluralForm } from './plural';
import type { Dict, Lang } from './types';

export { initialLang } from './lang';
export type { Dict, Lang } from './types';

const DICTS: Record<Lang, Dict> = { es, en };

export { format };

/**
 * A dictionary lookup by dotted key, e.g. `t('header.publish')`. A plural entry (`{ one, other }`) takes the
 * form for `vars.n`: `t('problems.errors', { n: 1 })` → «1 error».
 */
export function translate(lang: Lang, key: string, vars?: Record<string, string | number>): string {
  let v: unknown = DICTS[lang];
  for (const part of key.split('.')) v = (v as Record<string, unknown> | undefined)?.[part];
  if (isPlural(v)) {
    const n = typeof vars?.n === 'number' ? vars.n : Number(vars?.n ?? 0);
    const shown = {
      ...vars,
      n: typeof vars?.n === 'number' ? vars.n.toLocaleString(lang === 'es' ? 'es-CL' : 'en-US') : String(vars?.n ?? ''),
    };
    return format(pluralForm(v, n, lang), shown);
  }
  return typeof v === 'string' ? format(v, vars) : key;
}

export { formatDateTime } from './datetime';

export type T = ((key: string, vars?: Record<string, string | number>) => string) & { lang: Lang; dict: Dict };

/** The current language's translate function; re-renders when the language changes. */
export function useT(): T {
  const lang = useUi((s) => s.lang);
  const fn = useCallback((key: string, vars?: Record<string, string | number>) => translate(lang, key, vars), [lang]);
  return Object.assign(fn, { lang, dict: DICTS[lang] });
}

/** Picks the text of a localized value. */
export function pickText(text: { es: string; en: string } | undefined, lang: Lang): string {
  if (!text) return '';
  return text[lang] || text.es || text.en;
}
