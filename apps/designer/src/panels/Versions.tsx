import { useCallback, useEffect, useMemo, useState } from 'react';
import { backend } from '../api/session';
import type { VersionInfo } from '../api/types';
import { type ChangeLine, describeChanges, diffDocs } from '../graph/diff';
import type { Doc } from '../graph/types';
import { formatDateTime, useT } from '../i18n';
import { ModalDialog } from '../pages/ModalDialog';
import { useEditor } from '../store/editor';
import { useUi } from '../store/ui';
import { changeWords } from './change-words';

type Side = number | 'draft';

/**
 * Published versions: compare any version with another or with the draft (the changes in words, before and
 * after; on the canvas when the draft is one side), and restore one after a confirmation in the app's language.
 */
export function Versions({ refreshKey, onRestored }: { refreshKey: number; onRestored(): void }) {
  const t = useT();
  const flowId = useEditor((s) => s.flowId);
  const diff = useEditor((s) => s.diff);
  const doc = useEditor((s) => s.doc);
  const [versions, setVersions] = useState<VersionInfo[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [from, setFrom] = useState<Side | null>(null);
  const [to, setTo] = useState<Side>('draft');
  const [docs, setDocs] = useState<{ a: Doc; b: Doc; label: string } | null>(null);
  const [restoring, setRestoring] = useState<VersionInfo | null>(null);

  // A comparison with the draft follows the draft as it is edited.
  useEffect(() => {
    const d = useEditor.getState().diff;
    if (!d || d.base === undefined) return;
    useEditor.getState().setDiff({ ...diffDocs(d.base, doc), base: d.base, label: d.label });
  }, [doc]);

  const load = useCallback(async () => {
    if (!flowId) return;
    try {
      const list = await backend().versions(flowId);
      setVersions(list);
      setFrom((f) => f ?? list[0]?.version ?? null);
    } catch (err) {
      setError((err as Error).message);
    }
  }, [flowId]);
  useEffect(() => {
    void refreshKey;
    void load();
  }, [load, refreshKey]);

  const docOf = async (side: Side): Promise<Doc> => {
    if (side === 'draft') return useEditor.getState().doc;
    const v = versions?.find((x) => x.version === side);
    return v?.document ?? (await backend().versionDocument(flowId ?? '', side));
  };
  const sideName = (side: Side) => (side === 'draft' ? t('versions.draft') : `v${side}`);

  const compare = async (a: Side, b: Side) => {
    if (!flowId) return;
    try {
      const [da, db] = await Promise.all([docOf(a), docOf(b)]);
      const label = t('versions.diffTitle', { a: sideName(a), b: sideName(b) });
      setDocs({ a: da, b: db, label });
      // The canvas shows the draft, so it can show a comparison that ends in the draft.
      if (b === 'draft') useEditor.getState().setDiff({ ...diffDocs(da, db), base: da, label });
      else useEditor.getState().setDiff(null);
    } catch (err) {
      useUi.getState().toast((err as Error).message, 'error');
    }
  };

  const lines = useMemo<ChangeLine[]>(() => {
    if (!docs) return [];
    // Against the draft, the draft as it is now.
    const b = to === 'draft' ? doc : docs.b;
    return describeChanges(docs.a, b, changeWords(t.lang, [docs.a, b]));
  }, [docs, doc, to, t.lang]);

  return (
    <section className="versions" aria-label={t('versions.title')}>
      <div className="versions-main">
        {error ? <p className="field-error">{error}</p> : null}
        {versions && versions.length === 0 ? <p className="hint">{t('versions.empty')}</p> : null}
        {versions && versions.length > 0 ? (
          <form
            className="row wrap compare-form"
            onSubmit={(e) => {
              e.preventDefault();
              if (from !== null) void compare(from, to);
            }}
          >
            <span className="inline">
              <label htmlFor="compare-from">{t('versions.from')}</label>
              <select
                id="compare-from"
                className="input"
                value={String(from ?? '')}
                onChange={(e) => setFrom(Number(e.target.value))}
              >
                {versions.map((v) => (
                  <option key={v.version} value={v.version}>
                    v{v.version}
                  </option>
                ))}
              </select>
            </span>
            <span className="inline">
              <label htmlFor="compare-to">{t('versions.to')}</label>
              <select
                id="compare-to"
                className="input"
                value={String(to)}
                onChange={(e) => setTo(e.target.value === 'draft' ? 'draft' : Number(e.target.value))}
              >
                <option value="draft">{t('versions.draft')}</option>
                {versions.map((v) => (
                  <option key={v.version} value={v.version}>
                    v{v.version}
                  </option>
                ))}
              </select>
            </span>
            <button type="submit" className="btn small primary" data-testid="compare">
              {t('versions.compareWith')}
            </button>
          </form>
        ) : null}
        <ul className="version-list">
          {(versions ?? []).map((v, i) => (
            <li key={v.version}>
              <div className="version-main">
                <strong>v{v.version}</strong>
                {i === 0 ? <span className="pill published">{t('versions.current')}</span> : null}
                <span className="muted">{formatDateTime(v.publishedAt, t.lang)}</span>
              </div>
              <div className="version-note">{v.note || '—'}</div>
              <div className="row">
                <button type="button" className="btn small" onClick={() => void compare(v.version, 'draft')}>
                  {t('versions.compare')}
                </button>
                <button type="button" className="btn small ghost" onClick={() => setRestoring(v)}>
                  {t('versions.rollback')}
                </button>
              </div>
            </li>
          ))}
        </ul>
      </div>
      {docs ? (
        <div className="diff-panel" data-testid="diff-panel">
          <div className="row spread">
            <strong>{docs.label}</strong>
            <button
              type="button"
              className="btn small ghost"
              onClick={() => {
                setDocs(null);
                useEditor.getState().setDiff(null);
              }}
            >
              {t('versions.close')}
            </button>
          </div>
          {diff && to === 'draft' ? (
            <div className="diff-banner">
              <span className="pill added">{t('versions.added', { n: diff.counts.added })}</span>
              <span className="pill removed">{t('versions.removed', { n: diff.counts.removed })}</span>
              <span className="pill changed">{t('versions.changed', { n: diff.counts.changed })}</span>
            </div>
          ) : null}
          {lines.length === 0 ? <p className="hint">{t('versions.same')}</p> : null}
          <ul className="change-list">
            {lines.map((l, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: lines are derived in a stable order
              <li key={i} className={`change ${l.kind}`}>
                <span
                  className={`pill ${l.kind === 'connected' ? 'added' : l.kind === 'disconnected' ? 'removed' : l.kind === 'settings' ? 'changed' : l.kind}`}
                >
                  {t(`versions.kinds.${l.kind}`)}
                </span>{' '}
                <strong>{l.where}</strong>
                {l.field ? (
                  <>
                    {' · '}
                    {l.field}: <del>{l.before}</del> → <ins>{l.after}</ins>
                  </>
                ) : null}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {restoring ? (
        <RestoreDialog
          version={restoring}
          onClose={() => setRestoring(null)}
          onDone={() => {
            setRestoring(null);
            setDocs(null);
            onRestored();
          }}
        />
      ) : null}
    </section>
  );
}

/** Asks before restoring a version, in the app's language, with a note (prefilled, editable) for the history. */
function RestoreDialog({ version, onClose, onDone }: { version: VersionInfo; onClose(): void; onDone(): void }) {
  const t = useT();
  const [note, setNote] = useState(() => t('versions.rollbackNote', { v: version.version }));
  const [busy, setBusy] = useState(false);
  const submit = async () => {
    const s = useEditor.getState();
    if (!s.flowId) return;
    setBusy(true);
    try {
      const rec = await backend().rollback(
        s.flowId,
        version.version,
        note.trim() || t('versions.rollbackNote', { v: version.version }),
      );
      s.change(rec.document);
      s.setDiff(null);
      s.markSaved(useEditor.getState().revision, rec.publishedVersion);
      s.setPublishedDoc(rec.document);
      useUi.getState().toast(t('versions.restored', { v: version.version, n: rec.publishedVersion ?? '' }), 'success');
      onDone();
    } catch (err) {
      useUi.getState().toast((err as Error).message, 'error');
    } finally {
      setBusy(false);
    }
  };
  return (
    <ModalDialog
      id="restore"
      title={t('versions.confirmTitle', { v: version.version })}
      cancelLabel={t('publish.cancel')}
      submitLabel={t('versions.rollback')}
      busy={busy}
      submitTestId="restore-submit"
      onClose={onClose}
      onSubmit={() => void submit()}
    >
      <p>{t('versions.confirmRollback', { v: version.version })}</p>
      <div className="field">
        <label htmlFor="restore-note">{t('publish.note')}</label>
        <input id="restore-note" className="input" value={note} onChange={(e) => setNote(e.target.value)} />
      </div>
    </ModalDialog>
  );
}
