import { useState } from 'react';
import { ApiError } from '../api/client';
import { formatDateTime, useT } from '../i18n';
import { useUi } from '../store/ui';
import type { KbApi, KbArticle, KbDraft, KbLang, KbStatus } from './api';

/** The first paragraph of a text: what the bot sends. */
export const firstParagraph = (body: string) =>
  body
    .trim()
    .split(/\n\s*\n/)[0]
    ?.trim() ?? '';

const blank = (): KbDraft => ({ lang: 'es', title: '', body: '', tags: [], status: 'draft' });

/**
 * Creates or edits one article: language, title, text, tags, and publishing (the bot only sees published articles).
 * A save carries the revision the person started from, so someone else's edit is never overwritten silently.
 */
export function ArticleEditor(props: {
  kb: KbApi;
  article: KbArticle | null;
  onSaved(article: KbArticle): void;
  onDeleted(id: string): void;
  onClose(): void;
}) {
  const t = useT();
  const { kb, article } = props;
  const [draft, setDraft] = useState<KbDraft>(
    article
      ? { lang: article.lang, title: article.title, body: article.body, tags: article.tags, status: article.status }
      : blank(),
  );
  const [tags, setTags] = useState((article?.tags ?? []).join(', '));
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  /** The article as someone else saved it while this person was editing (a save answered 409). */
  const [stale, setStale] = useState<KbArticle | null>(null);
  const set = (patch: Partial<KbDraft>) => setDraft((d) => ({ ...d, ...patch }));

  /** Saves from the revision the person started from, or over `over` (theirs kept, the other edit replaced). */
  const save = async (status: KbStatus = draft.status, over?: KbArticle) => {
    if (!draft.title.trim() || !draft.body.trim()) return setProblem(t('kb.edit.required'));
    setBusy(true);
    setProblem(null);
    const next: KbDraft = {
      ...draft,
      status,
      tags: tags
        .split(',')
        .map((x) => x.trim())
        .filter(Boolean),
      ...(article ? { revision: (over ?? article).revision } : {}),
    };
    try {
      const saved = article ? await kb.save(article.id, next) : await kb.create(next);
      useUi.getState().toast(t('kb.edit.saved'), 'success');
      setStale(null);
      props.onSaved(saved);
    } catch (err) {
      if (article && err instanceof ApiError && err.status === 409) {
        // Says who changed it and when, and keeps this person's text until they choose.
        setStale(await kb.get(article.id).catch(() => ({ ...article, author: null, revision: article.revision + 1 })));
      } else setProblem((err as Error).message);
    } finally {
      setBusy(false);
    }
  };

  const remove = async () => {
    if (!article || !confirm(t('kb.edit.confirmDelete', { title: article.title }))) return;
    try {
      await kb.remove(article.id);
      props.onDeleted(article.id);
    } catch (err) {
      setProblem((err as Error).message);
    }
  };

  const reload = async () => {
    if (!article) return;
    const fresh = await kb.get(article.id);
    setStale(null);
    props.onSaved(fresh);
  };

  const answer = firstParagraph(draft.body);
  return (
    <section className="kb-panel" aria-label={article ? t('kb.edit.titleEdit') : t('kb.edit.titleNew')}>
      <div className="row spread">
        <h2>{article ? t('kb.edit.titleEdit') : t('kb.edit.titleNew')}</h2>
        <button type="button" className="btn small ghost" onClick={props.onClose}>
          {t('kb.edit.close')}
        </button>
      </div>
      <div className="row">
        <div className="field">
          <label htmlFor="kb-lang">{t('kb.edit.lang')}</label>
          <select
            id="kb-lang"
            className="input"
            value={draft.lang}
            onChange={(e) => set({ lang: e.target.value as KbLang })}
          >
            <option value="es">{t('kb.es')}</option>
            <option value="en">{t('kb.en')}</option>
          </select>
        </div>
        <div className="field grow">
          <label htmlFor="kb-title">{t('kb.edit.title')}</label>
          <input
            id="kb-title"
            className="input"
            value={draft.title}
            maxLength={200}
            onChange={(e) => set({ title: e.target.value })}
          />
        </div>
      </div>
      <div className="field">
        <label htmlFor="kb-body">{t('kb.edit.body')}</label>
        <textarea
          id="kb-body"
          className="input"
          rows={9}
          value={draft.body}
          onChange={(e) => set({ body: e.target.value })}
        />
        <span className="muted small">{t('kb.edit.bodyHint')}</span>
      </div>
      <div className="field">
        <label htmlFor="kb-tags">{t('kb.edit.tags')}</label>
        <input id="kb-tags" className="input" value={tags} onChange={(e) => setTags(e.target.value)} />
        <span className="muted small">{t('kb.edit.tagsHint')}</span>
      </div>
      {answer ? (
        <div className="field">
          <span className="small muted">{t('kb.edit.preview')}</span>
          <div className="kb-preview" data-testid="kb-preview">
            {answer}
          </div>
        </div>
      ) : null}
      {problem ? (
        <p className="field-error" role="alert">
          {problem}
        </p>
      ) : null}
      {stale ? (
        <div className="field-error" role="alert" data-testid="kb-conflict">
          <p>
            {stale.author
              ? t('kb.edit.conflictBy', {
                  who: stale.author,
                  when: formatDateTime(stale.updatedAt, t.lang),
                  revision: stale.revision,
                })
              : t('kb.edit.conflict')}
          </p>
          <div className="row">
            <button type="button" className="btn small" onClick={() => void reload()}>
              {t('kb.edit.reload')}
            </button>
            <button type="button" className="btn small" disabled={busy} onClick={() => void save(draft.status, stale)}>
              {t('kb.edit.overwrite')}
            </button>
          </div>
        </div>
      ) : null}
      <div className="row spread">
        <div className="row">
          <button type="button" className="btn" disabled={busy} onClick={() => void save()}>
            {t('kb.edit.save')}
          </button>
          {draft.status === 'draft' ? (
            <button type="button" className="btn primary" disabled={busy} onClick={() => void save('published')}>
              {t('kb.edit.publish')}
            </button>
          ) : (
            <button type="button" className="btn" disabled={busy} onClick={() => void save('draft')}>
              {t('kb.edit.unpublish')}
            </button>
          )}
        </div>
        {article ? (
          <button type="button" className="btn danger small" onClick={() => void remove()}>
            {t('kb.edit.delete')}
          </button>
        ) : null}
      </div>
    </section>
  );
}
