import { useCallback, useEffect, useState } from 'react';
import { useSession } from '../api/session';
import { useT } from '../i18n';
import { TopNav } from '../pages/TopNav';
import { ArticleEditor } from './ArticleEditor';
import { AskBox } from './AskBox';
import type { KbApi, KbArticle, KbHit, KbLang, KbStatus } from './api';
import './kb.css';

/** The knowledge base: articles by language and status, searched as the bot searches, edited and published. */
export function KnowledgeBase() {
  const t = useT();
  const kb = useSession((s) => s.backend.kb);
  return (
    <div className="page">
      <TopNav active="kb" />
      <div className="page-body">
        <div className="page-head">
          <div>
            <h1>{t('kb.title')}</h1>
            <p className="muted">{t('kb.intro')}</p>
          </div>
        </div>
        {kb ? <Articles kb={kb} /> : <div className="empty-state">{t('kb.offline')}</div>}
      </div>
    </div>
  );
}

type Editing = { article: KbArticle | null } | null;

function Articles({ kb }: { kb: KbApi }) {
  const t = useT();
  const [articles, setArticles] = useState<KbArticle[] | null>(null);
  const [lang, setLang] = useState<KbLang | ''>('');
  const [status, setStatus] = useState<KbStatus | ''>('');
  const [q, setQ] = useState('');
  const [found, setFound] = useState<KbHit[] | null>(null);
  const [editing, setEditing] = useState<Editing>(null);
  const [error, setError] = useState<string | null>(null);

  const load = useCallback(
    () =>
      kb
        .list({ ...(lang ? { lang } : {}), ...(status ? { status } : {}) })
        .then((r) => setArticles(r.articles))
        .catch((e: Error) => setError(e.message)),
    [kb, lang, status],
  );
  useEffect(() => {
    void load();
  }, [load]);

  // A search goes through the bot's search (accents, stemming, scores); the filters still apply to its hits.
  useEffect(() => {
    const needle = q.trim();
    if (!needle) return setFound(null);
    const timer = setTimeout(() => {
      kb.search(needle, lang || undefined)
        .then((r) => setFound(r.hits.filter((h) => !status || h.status === status)))
        .catch((e: Error) => setError(e.message));
    }, 200);
    return () => clearTimeout(timer);
  }, [kb, q, lang, status]);

  const open = async (id: string) => setEditing({ article: await kb.get(id) });
  const saved = (a: KbArticle) => {
    setEditing({ article: a });
    void load();
  };
  const deleted = () => {
    setEditing(null);
    void load();
  };

  const rows: { id: string; title: string; lang: KbLang; status?: KbStatus; score?: number }[] =
    found ?? articles ?? [];
  return (
    <>
      <div className="kb-filters">
        <input
          className="input search"
          type="search"
          aria-label={t('kb.search')}
          placeholder={t('kb.search')}
          value={q}
          onChange={(e) => setQ(e.target.value)}
          data-testid="kb-search"
        />
        <select
          className="input"
          aria-label={t('kb.edit.lang')}
          value={lang}
          onChange={(e) => setLang(e.target.value as KbLang | '')}
        >
          <option value="">{t('kb.allLangs')}</option>
          <option value="es">{t('kb.es')}</option>
          <option value="en">{t('kb.en')}</option>
        </select>
        <select
          className="input"
          aria-label={t('kb.edit.status')}
          value={status}
          onChange={(e) => setStatus(e.target.value as KbStatus | '')}
        >
          <option value="">{t('kb.allStatuses')}</option>
          <option value="draft">{t('kb.draft')}</option>
          <option value="published">{t('kb.published')}</option>
        </select>
        <span className="grow" />
        <button
          type="button"
          className="btn primary"
          onClick={() => setEditing({ article: null })}
          data-testid="kb-new"
        >
          + {t('kb.new')}
        </button>
      </div>
      {error ? <p className="field-error">{error}</p> : null}
      <div className="kb-layout">
        <div>
          {articles === null ? <p className="muted">{t('common.loading')}</p> : null}
          {articles?.length === 0 && !found ? <div className="empty-state">{t('kb.empty')}</div> : null}
          {found?.length === 0 ? <p className="muted">{t('kb.noMatch', { q })}</p> : null}
          <ul className="kb-list" aria-label={t('kb.count', { n: rows.length })}>
            {rows.map((a) => (
              <li key={a.id}>
                <button
                  type="button"
                  className="kb-item"
                  aria-current={editing?.article?.id === a.id}
                  onClick={() => void open(a.id)}
                >
                  <strong>{a.title}</strong>
                  <span className="kb-item-foot">
                    <span className="pill">{t(`kb.${a.lang}`)}</span>
                    {a.status ? (
                      <span className={`pill ${a.status === 'published' ? 'published' : ''}`}>
                        {t(`kb.${a.status}`)}
                      </span>
                    ) : null}
                    {a.score !== undefined ? (
                      <span className="muted small kb-score">{t('kb.score', { pct: Math.round(a.score * 100) })}</span>
                    ) : null}
                  </span>
                </button>
              </li>
            ))}
          </ul>
        </div>
        <div className="kb-side">
          {editing ? (
            <ArticleEditor
              key={editing.article ? `${editing.article.id}:${editing.article.revision}` : 'new'}
              kb={kb}
              article={editing.article}
              onSaved={saved}
              onDeleted={deleted}
              onClose={() => setEditing(null)}
            />
          ) : null}
          <AskBox kb={kb} />
        </div>
      </div>
    </>
  );
}
