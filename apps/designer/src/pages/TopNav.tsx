import { useSession } from '../api/session';
import { useT } from '../i18n';
import { LangSwitch } from './LangSwitch';

/** The top bar of the list pages. */
export function TopNav({ active }: { active: 'list' | 'templates' | 'kb' }) {
  const t = useT();
  const kind = useSession((s) => s.backend.kind);
  return (
    <header className="topbar">
      <span className="brand">
        <span className="brand-logo" aria-hidden="true">
          <svg viewBox="0 0 32 32" width="22" height="22" aria-hidden="true" focusable="false">
            <rect width="32" height="32" rx="8" fill="currentColor" />
            <path d="M9 22c4 0 4-12 8-12s4 12 8 12" stroke="white" strokeWidth="3" fill="none" strokeLinecap="round" />
          </svg>
        </span>
        Ruta
      </span>
      <nav className="nav" aria-label="Ruta">
        <a href="#/flows" aria-current={active === 'list' ? 'page' : undefined}>
          {t('nav.flows')}
        </a>
        <a href="#/templates" aria-current={active === 'templates' ? 'page' : undefined}>
          {t('nav.templates')}
        </a>
        <a href="#/kb" aria-current={active === 'kb' ? 'page' : undefined}>
          {t('kb.nav')}
        </a>
      </nav>
      <span className="grow" />
      {kind === 'local' ? <span className="pill offline">{t('header.offline')}</span> : null}
      <LangSwitch />
      {kind === 'http' ? (
        <button type="button" className="btn ghost small" onClick={() => useSession.getState().signOut()}>
          {t('signIn.signOut')}
        </button>
      ) : null}
    </header>
  );
}
