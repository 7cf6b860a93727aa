import { useEffect } from 'react';
import { useSession } from './api/session';
import { useT } from './i18n';
import { KnowledgeBase } from './kb/KnowledgeBase';
import { EditorPage } from './pages/EditorPage';
import { FlowList } from './pages/FlowList';
import { Templates } from './pages/Templates';
import { TopNav } from './pages/TopNav';
import { AccountPage } from './people/AccountPage';
import { CasesPage } from './people/CasesPage';
import { homeRoute, routeAllowed } from './people/guard';
import { SignInPage } from './people/SignInPage';
import { usePeopleText } from './people/texts';
import { UsersPage } from './people/UsersPage';
import { parseRoute, useUi } from './store/ui';

/** A signed-in person whose roles open no section: says so, with the header to sign out. */
function NoAccess() {
  const p = usePeopleText();
  return (
    <div className="page">
      <TopNav active="account" />
      <main className="page-body">
        <p className="notice" role="status">
          {p('denied.nothing')}
        </p>
      </main>
    </div>
  );
}

/**
 * Routes by the location hash once the session is known: the sign-in page until someone is signed in, the password
 * page while a one-time password must be changed, and only the sections the person's permissions open (any other
 * address goes to the first one they may see).
 */
export function App() {
  const t = useT();
  const status = useSession((s) => s.status);
  const me = useSession((s) => s.me);
  const kind = useSession((s) => s.backend.kind);
  const route = useUi((s) => s.route);
  const toasts = useUi((s) => s.toasts);

  useEffect(() => {
    void useSession.getState().start();
    const onHash = () => useUi.setState({ route: parseRoute(location.hash) });
    window.addEventListener('hashchange', onHash);
    window.addEventListener('popstate', onHash);
    document.documentElement.lang = useUi.getState().lang;
    return () => {
      window.removeEventListener('hashchange', onHash);
      window.removeEventListener('popstate', onHash);
    };
  }, []);

  const ready = status === 'ready';
  const forced = me?.user.mustChangePassword ?? false;
  const allowed = ready && routeAllowed(route, me, kind);
  const home = ready ? homeRoute(me, kind) : null;
  useEffect(() => {
    if (ready && !forced && !allowed && home) useUi.getState().go(home);
  }, [ready, forced, allowed, home]);

  let body: React.ReactNode;
  if (status === 'probing') body = <div className="loading">{t('common.loading')}</div>;
  else if (status === 'signin') body = <SignInPage />;
  else if (forced) body = <AccountPage />;
  else if (!allowed) body = home ? null : <NoAccess />;
  else if (route.name === 'flow') body = <EditorPage key={route.id} flowId={route.id} />;
  else if (route.name === 'templates') body = <Templates />;
  else if (route.name === 'cases') body = <CasesPage />;
  else if (route.name === 'people') body = <UsersPage />;
  else if (route.name === 'account') body = <AccountPage />;
  else if (route.name === 'kb') body = <KnowledgeBase />;
  else body = <FlowList />;

  return (
    <>
      {body}
      <div className="toasts" aria-live="polite">
        {toasts.map((x) => (
          <div key={x.id} className={`toast ${x.tone}`} role={x.tone === 'error' ? 'alert' : 'status'}>
            {x.text}
            <button
              type="button"
              className="icon-btn"
              aria-label={t('common.close')}
              onClick={() => useUi.getState().dismiss(x.id)}
            >
              ×
            </button>
          </div>
        ))}
      </div>
    </>
  );
}
