import { create } from 'zustand';
import { useUi } from '../store/ui';
import { type Me, type Permission, people, setCsrfToken, whenSessionEnds } from './auth';
import { type Backend, HttpBackend, LocalBackend, probeApi } from './client';
import type { ApiError } from './errors';

/** Why the sign-in page shows: nobody signed in yet, the session ended (idle or too old), or a failed provider sign-in. */
export type SignInReason =
  | { kind: 'none' }
  | { kind: 'expired'; why: 'idle' | 'absolute' }
  | { kind: 'signed-out' }
  | { kind: 'provider'; error: string };

interface Session {
  status: 'probing' | 'signin' | 'ready';
  backend: Backend;
  /** The signed-in person (null without a server or before signing in). */
  me: Me | null;
  reason: SignInReason;
  /** Finds out whether a Ruta API answers here and whether a session is open. */
  start(): Promise<void>;
  /** Signs in; resolves to the problem's status on failure (401 wrong, 429 too many, 0 network), null on success. */
  signIn(email: string, password: string): Promise<ApiError | null>;
  signOut(): Promise<void>;
  /** After a change of password or language: the person as the API now sees them. */
  refresh(me: Me): void;
}

const local = new LocalBackend();
const http = new HttpBackend();

/** The person's language becomes the designer's when they sign in. */
function adopt(me: Me): Partial<Session> {
  setCsrfToken(me.csrfToken);
  if (useUi.getState().lang !== me.user.language) useUi.getState().setLang(me.user.language);
  return { status: 'ready', backend: http, me };
}

/** The error of a failed OpenID Connect sign-in, taken once from the address (`?signin_error=`). */
function takeProviderError(): string | null {
  try {
    const url = new URL(location.href);
    const error = url.searchParams.get('signin_error');
    if (!error) return null;
    url.searchParams.delete('signin_error');
    history.replaceState(null, '', url.toString());
    return error;
  } catch {
    return null;
  }
}

/**
 * Who uses the designer: the person signed in to the API (session cookie), or — when no Ruta API answers here (a
 * static preview) — this browser alone.
 */
export const useSession = create<Session>((set) => ({
  status: 'probing',
  backend: local,
  me: null,
  reason: { kind: 'none' },
  async start() {
    const providerError = takeProviderError();
    if ((await probeApi()) === 'absent') return set({ status: 'ready', backend: local, me: null });
    try {
      // No session cookie: the sign-in page, without a 401 in the console.
      if (!(await people.providers()).session) throw new Error('not signed in');
      set(adopt(await people.me()));
    } catch {
      set({
        status: 'signin',
        me: null,
        reason: providerError ? { kind: 'provider', error: providerError } : { kind: 'none' },
      });
    }
  },
  async signIn(email, password) {
    try {
      set({ ...adopt(await people.signIn(email, password)), reason: { kind: 'none' } });
      return null;
    } catch (err) {
      return err as ApiError;
    }
  },
  async signOut() {
    await people.signOut().catch(() => undefined);
    setCsrfToken(null);
    set({ status: 'signin', me: null, reason: { kind: 'signed-out' } });
  },
  refresh(me) {
    set(adopt(me));
  },
}));

// A 401 in the middle of work: the session ended; back to the sign-in page, saying why.
whenSessionEnds((problem) => {
  if (useSession.getState().status !== 'ready' || !useSession.getState().me) return;
  setCsrfToken(null);
  const reason = (problem as { reason?: unknown }).reason;
  useSession.setState({
    status: 'signin',
    me: null,
    reason:
      reason === 'idle' || reason === 'absolute' ? { kind: 'expired', why: reason } : { kind: 'expired', why: 'idle' },
  });
});

/** The current backend (outside React). */
export const backend = (): Backend => useSession.getState().backend;

/**
 * Whether the person may do what needs `permission`. Without a server (this browser alone) everything is allowed;
 * with one, only what `GET /v1/me` lists.
 */
export function can(permission: Permission, me = useSession.getState().me, kind = useSession.getState().backend.kind) {
  return kind === 'local' || me?.permissions.includes(permission) === true;
}

/** {@link can} as a hook: re-renders when the person changes. */
export function useCan(permission: Permission): boolean {
  const me = useSession((s) => s.me);
  const kind = useSession((s) => s.backend.kind);
  return can(permission, me, kind);
}
