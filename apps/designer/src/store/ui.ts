import { create } from 'zustand';
import { initialLang } from '../i18n/lang';
import type { Lang } from '../i18n/types';

export type Route = { name: 'list' } | { name: 'templates' } | { name: 'kb' } | { name: 'flow'; id: string };

/** Parses the location hash: `#/flows`, `#/flows/<id>`, `#/templates`, `#/kb`. */
export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean);
  if (parts[0] === 'templates') return { name: 'templates' };
  if (parts[0] === 'kb') return { name: 'kb' };
  if (parts[0] === 'flows' && parts[1]) return { name: 'flow', id: decodeURIComponent(parts[1]) };
  return { name: 'list' };
}

/** The hash of a route. */
export function routeHash(route: Route): string {
  return route.name === 'flow'
    ? `#/flows/${encodeURIComponent(route.id)}`
    : route.name === 'templates' || route.name === 'kb'
      ? `#/${route.name}`
      : '#/flows';
}

export interface Toast {
  id: number;
  text: string;
  tone: 'info' | 'error' | 'success';
}

interface UiState {
  lang: Lang;
  route: Route;
  toasts: Toast[];
  save: 'saved' | 'saving' | 'error';
  setSave(save: UiState['save']): void;
  setLang(lang: Lang): void;
  go(route: Route): void;
  toast(text: string, tone?: Toast['tone']): void;
  dismiss(id: number): void;
}

let toastIds = 0;

/** App-wide state that is not part of a flow: language, route, notifications. */
export const useUi = create<UiState>((set) => ({
  lang: initialLang(),
  route: parseRoute(globalThis.location?.hash ?? ''),
  toasts: [],
  save: 'saved',
  setSave: (save) => set({ save }),
  setLang(lang) {
    try {
      localStorage.setItem('ruta.lang', lang);
    } catch {
      // ignore
    }
    document.documentElement.lang = lang;
    set({ lang });
  },
  go(route) {
    const hash = routeHash(route);
    if (globalThis.location && location.hash !== hash) history.pushState(null, '', hash);
    set({ route });
  },
  toast(text, tone = 'info') {
    const id = ++toastIds;
    set((s) => ({ toasts: [...s.toasts, { id, text, tone }] }));
    setTimeout(() => set((s) => ({ toasts: s.toasts.filter((t) => t.id !== id) })), tone === 'error' ? 8000 : 2500);
  },
  dismiss(id) {
    set((s) => ({ toasts: s.toasts.filter((t) => t.id !== id) }));
  },
}));
