import { z } from 'zod';

/** The languages every business-facing text comes in. */
export const LANGS = ['es', 'en'] as const;
export type Lang = (typeof LANGS)[number];

/** A text in Spanish and English. */
export const Localized = z.object({ es: z.string().min(1), en: z.string().min(1) });
export type Localized = z.infer<typeof Localized>;

/** Picks the text for a language, falling back to Spanish then English. */
export function pick(text: Localized, lang: Lang): string {
  return text[lang] ?? text.es ?? text.en;
}
