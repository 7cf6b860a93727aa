import { useEffect } from 'react';
import { useSession } from './api/session';
import { useT } from './i18n';
import { KnowledgeBase } from './kb/KnowledgeBase';
import { EditorPage } from './pages/EditorPage';
import { FlowList } from './pages/FlowList';
import { SignIn } from './pages/SignIn';
import { Templates } from './pages/Templates';
import { parseRoute, useUi } from './store/ui';

/** Routes by the location hash, once the backend is known. */
export function App() {
  const t = useT();
  const status = useSession((s) => s.status);
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

  let body: React.ReactNode;
  if (status === 'probing') body = <div className="loading">{t('common.loading')}</div>;
  else if (status === 'signin') body = <SignIn />;
  else if (route.name === 'flow') body = <EditorPage key={route.id} flowId={route.id} />;
  else if (route.name === 'templates') body = <Templates />;
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
