import { create } from 'zustand';
import { initialLang } from '../i18n/lang';
import type { Lang } from '../i18n/types';

export type Route =
  | { name: 'list' }
  | { name: 'templates' }
  | { name: 'kb' }
  | { name: 'flow'; id: string }
  | { name: 'cases' }
  | { name: 'people' }
  | { name: 'account' };

/** Parses the location hash: `#/flows`, `#/flows/<id>`, `#/templates`, `#/kb`, `#/cases`, `#/people`, `#/account`. */
export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean);
  if (parts[0] === 'templates') return { name: 'templates' };
  if (parts[0] === 'kb') return { name: 'kb' };
  if (parts[0] === 'cases' || parts[0] === 'people' || parts[0] === 'account') return { name: parts[0] };
  if (parts[0] === 'flows' && parts[1]) return { name: 'flow', id: decodeURIComponent(parts[1]) };
  return { name: 'list' };
}

/** The hash of a route. */
export function routeHash(route: Route): string {
  switch (route.name) {
    case 'flow':
      return `#/flows/${encodeURIComponent(route.id)}`;
    case 'list':
      return '#/flows';
    default:
      return `#/${route.name}`;
  }
}

/** How the editor's panels are arranged; kept in this browser. */
export interface LayoutPrefs {
  /** The palette shows names and search (else a narrow rail of icons). */
  palette: boolean;
  inspector: boolean;
  /** The bottom panel (problems, simulator, versions, watch) shows its content (else only its tabs). */
  dock: boolean;
  dockHeight: number;
  minimap: boolean;
}

export const DOCK_MIN = 140;
export const dockMax = (): number => Math.max(DOCK_MIN, Math.round((globalThis.innerHeight ?? 800) * 0.7));

/** Panels that leave the canvas most of a laptop screen, and everything on a big one. */
export function defaultLayout(
  width = globalThis.innerWidth ?? 1440,
  height = globalThis.innerHeight ?? 900,
): LayoutPrefs {
  return {
    palette: width >= 1440,
    inspector: true,
    dock: true,
    dockHeight: Math.min(360, Math.max(DOCK_MIN, Math.round(height * 0.28))),
    minimap: width >= 1440,
  };
}

function loadLayout(): LayoutPrefs {
  const fallback = defaultLayout();
  try {
    const stored = JSON.parse(globalThis.localStorage?.getItem('ruta.layout') ?? 'null') as Partial<LayoutPrefs> | null;
    return stored ? { ...fallback, ...stored } : fallback;
  } catch {
    return fallback;
  }
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
  layout: LayoutPrefs;
  setLayout(patch: Partial<LayoutPrefs>): void;
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
  layout: loadLayout(),
  setLayout(patch) {
    set((s) => {
      const layout = { ...s.layout, ...patch };
      try {
        localStorage.setItem('ruta.layout', JSON.stringify(layout));
      } catch {
        // storage may be unavailable
      }
      return { layout };
    });
  },
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
