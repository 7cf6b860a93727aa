import type { Lang } from './types';

/** The language to start in: stored choice, else the browser's, else Spanish. */
export function initialLang(): Lang {
  try {
    const stored = globalThis.localStorage?.getItem('ruta.lang');
    if (stored === 'es' || stored === 'en') return stored;
  } catch {
    // storage may be unavailable (privacy mode)
  }
  const nav = globalThis.navigator?.language ?? 'es';
  return nav.toLowerCase().startsWith('en') ? 'en' : 'es';
}
