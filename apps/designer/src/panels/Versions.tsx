import { useCallback, useEffect, useState } from 'react';
import { backend } from '../api/session';
import type { VersionInfo } from '../api/types';
import { diffDocs } from '../graph/diff';
import { useT } from '../i18n';
import { useEditor } from '../store/editor';
import { useUi } from '../store/ui';

/** Published versions: compare one with the draft on the canvas (added, removed, changed), or restore it. */
export function Versions({ refreshKey, onRestored }: { refreshKey: number; onRestored(): void }) {
  const t = useT();
  const flowId = useEditor((s) => s.flowId);
  const diff = useEditor((s) => s.diff);
  const [versions, setVersions] = useState<VersionInfo[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  // The comparison follows the draft as it is edited.
  const doc = useEditor((s) => s.doc);
  useEffect(() => {
    const d = useEditor.getState().diff;
    if (!d || d.base === undefined) return;
    useEditor.getState().setDiff({ ...diffDocs(d.base, doc), base: d.base, label: d.label });
  }, [doc]);

  const load = useCallback(async () => {
    if (!flowId) return;
    try {
      setVersions(await backend().versions(flowId));
    } catch (err) {
      setError((err as Error).message);
    }
  }, [flowId]);
  useEffect(() => {
    void refreshKey;
    void load();
  }, [load, refreshKey]);

  const compare = async (v: VersionInfo) => {
    if (!flowId) return;
    const base = v.document ?? (await backend().versionDocument(flowId, v.version));
    const d = diffDocs(base, useEditor.getState().doc);
    useEditor
      .getState()
      .setDiff({ ...d, base, label: t('versions.diffTitle', { a: v.version, b: t('versions.draft') }) });
  };

  const rollback = async (v: VersionInfo) => {
    if (!flowId || !confirm(t('versions.confirmRollback', { v: v.version }))) return;
    try {
      const rec = await backend().rollback(flowId, v.version);
      useEditor.getState().change(rec.document);
      useEditor.getState().setDiff(null);
      useEditor.getState().markSaved(useEditor.getState().revision, rec.publishedVersion);
      useUi.getState().toast(t('versions.rollback') + ` v${v.version}`, 'success');
      onRestored();
    } catch (err) {
      useUi.getState().toast((err as Error).message, 'error');
    }
  };

  return (
    <section className="versions" aria-label={t('versions.title')}>
      {diff ? (
        <div className="diff-banner">
          <strong>{diff.label}</strong>
          <span className="pill added">
            +{diff.counts.added} {t('versions.added')}
          </span>
          <span className="pill removed">
            −{diff.counts.removed} {t('versions.removed')}
          </span>
          <span className="pill changed">
            ~{diff.counts.changed} {t('versions.changed')}
          </span>
          <button type="button" className="btn small" onClick={() => useEditor.getState().setDiff(null)}>
            {t('versions.close')}
          </button>
        </div>
      ) : null}
      {error ? <p className="field-error">{error}</p> : null}
      {versions && versions.length === 0 ? <p className="hint">{t('versions.empty')}</p> : null}
      <ul className="version-list">
        {(versions ?? []).map((v, i) => (
          <li key={v.version}>
            <div className="version-main">
              <strong>v{v.version}</strong>
              {i === 0 ? <span className="pill">{t('versions.current')}</span> : null}
              <span className="muted">{v.publishedAt ? new Date(v.publishedAt).toLocaleString(t.lang) : ''}</span>
            </div>
            <div className="version-note">{v.note || '—'}</div>
            <div className="row">
              <button type="button" className="btn small" onClick={() => void compare(v)}>
                {t('versions.compare')}
              </button>
              <button type="button" className="btn small ghost" onClick={() => void rollback(v)}>
                {t('versions.rollback')}
              </button>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
