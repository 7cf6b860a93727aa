import { create } from 'zustand';
import { type Backend, HttpBackend, LocalBackend, probeApi, storeApiKey, takeApiKey } from './client';

interface Session {
  status: 'probing' | 'signin' | 'ready';
  backend: Backend;
  error: string | null;
  /** Finds out whether a Ruta API answers here and whether the stored key works. */
  start(): Promise<void>;
  signIn(key: string): Promise<boolean>;
  useOffline(): void;
  signOut(): void;
}

const local = new LocalBackend();

/** Which backend the designer talks to: the API with the user's key, or this browser alone. */
export const useSession = create<Session>((set, get) => ({
  status: 'probing',
  backend: local,
  error: null,
  async start() {
    const key = takeApiKey();
    if (key === 'offline') return set({ status: 'ready', backend: local });
    const probe = await probeApi();
    if (probe === 'absent') return set({ status: 'ready', backend: local });
    if (!key) return set({ status: 'signin' });
    const ok = await get().signIn(key);
    if (!ok) set({ status: 'signin' });
  },
  async signIn(key) {
    const backend = new HttpBackend(key, '', () => set({ status: 'signin' }));
    try {
      await backend.activities();
      storeApiKey(key);
      set({ status: 'ready', backend, error: null });
      return true;
    } catch (err) {
      set({ error: (err as Error).message });
      return false;
    }
  },
  useOffline() {
    set({ status: 'ready', backend: local });
  },
  signOut() {
    storeApiKey(null);
    set({ status: 'signin', backend: local });
  },
}));

/** The current backend (outside React). */
export const backend = (): Backend => useSession.getState().backend;
