import { useCan, useSession } from '../api/session';
import { useT } from '../i18n';
import { usePeopleText } from '../people/texts';
import { UserMenu } from '../people/UserMenu';

export type Section = 'list' | 'templates' | 'kb' | 'cases' | 'people' | 'account';

/**
 * The top bar of the list pages: the sections the person may open (others are not shown), and who is signed in.
 */
export function TopNav({ active }: { active: Section }) {
  const t = useT();
  const p = usePeopleText();
  const kind = useSession((s) => s.backend.kind);
  const flows = useCan('flows:read');
  const kb = useCan('kb:read');
  const cases = useCan('cases:read');
  const users = useCan('users:read');
  const link = (section: Section, href: string, label: string) => (
    <a href={href} aria-current={active === section ? 'page' : undefined}>
      {label}
    </a>
  );
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
      <nav className="nav" aria-label={p('nav.label')}>
        {flows ? link('list', '#/flows', t('nav.flows')) : null}
        {flows ? link('templates', '#/templates', t('nav.templates')) : null}
        {kb ? link('kb', '#/kb', t('kb.nav')) : null}
        {cases ? link('cases', '#/cases', p('nav.cases')) : null}
        {users ? link('people', '#/people', p('nav.people')) : null}
      </nav>
      <span className="grow" />
      {kind === 'local' ? <span className="pill offline">{t('header.offline')}</span> : null}
      <UserMenu />
    </header>
  );
}
