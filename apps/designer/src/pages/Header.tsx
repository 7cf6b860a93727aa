import { useMemo } from 'react';
import { useStore } from 'zustand';
import { useCan } from '../api/session';
import { hasChanges } from '../graph/diff';
import { useT } from '../i18n';
import { GatedButton } from '../people/Gated';
import { usePeopleText } from '../people/texts';
import { UserMenu } from '../people/UserMenu';
import { useEditor } from '../store/editor';
import { useUi } from '../store/ui';

interface Props {
  onUndo(): void;
  onRedo(): void;
  onLayout(): void;
  onFit(): void;
  onExport(): void;
  onImport(): void;
  onPublish(): void;
  offline: boolean;
}

/** The editor's top bar: back, flow name, save state, edit tools, publish, language. */
export function Header(props: Props) {
  const t = useT();
  const name = useEditor((s) => s.doc.name);
  const ok = useEditor((s) => s.validation.ok);
  const validating = useEditor((s) => s.validating);
  const dirty = useEditor((s) => s.revision !== s.savedRevision);
  const published = useEditor((s) => s.publishedVersion);
  const doc = useEditor((s) => s.doc);
  const publishedDoc = useEditor((s) => s.publishedDoc);
  // Compared when the document changes (an edit), not on every drag frame.
  const unpublished = useMemo(() => publishedDoc !== null && hasChanges(publishedDoc, doc), [publishedDoc, doc]);
  const save = useUi((s) => s.save);
  const canUndo = useStore(useEditor.temporal, (s) => s.pastStates.length > 0);
  const canRedo = useStore(useEditor.temporal, (s) => s.futureStates.length > 0);
  const saveText =
    save === 'error' ? t('header.saveError') : dirty || save === 'saving' ? t('header.saving') : t('header.saved');
  const publishBlocked = !ok || validating;
  const canEdit = useCan('flows:write');
  const p = usePeopleText();
  return (
    <header className="topbar">
      <button
        type="button"
        className="btn ghost"
        onClick={() => useUi.getState().go({ name: 'list' })}
        aria-label={`Ruta: ${t('nav.back')}`}
      >
        ← <span className="brand-mark">Ruta</span>
      </button>
      <input
        className="flow-name"
        aria-label={t('header.name')}
        value={name}
        onChange={(e) => {
          const s = useEditor.getState();
          s.change({ ...s.doc, name: e.target.value }, 'flow:name');
        }}
      />
      {published === null ? (
        <span className="pill">{t('list.draft')}</span>
      ) : unpublished ? (
        <span className="pill changed" data-testid="unpublished" title={t('header.unpublishedHint', { v: published })}>
          {t('header.unpublished', { v: published })}
        </span>
      ) : (
        <span className="pill published" title={t('header.liveHint', { v: published })}>
          {t('header.live', { v: published })}
        </span>
      )}
      <span className={`save-state ${save}`} aria-live="polite">
        {saveText}
      </span>
      {props.offline ? <span className="pill offline">{t('header.offline')}</span> : null}
      {canEdit ? null : (
        <span className="pill" title={p('denied.readOnlyHint')}>
          {p('denied.readOnly')}
        </span>
      )}
      <div className="toolbar" role="toolbar" aria-label="Editor">
        <button type="button" className="btn ghost" onClick={props.onUndo} disabled={!canUndo} title="Ctrl+Z">
          <span aria-hidden="true">↶</span> <span className="tool-label">{t('header.undo')}</span>
        </button>
        <button type="button" className="btn ghost" onClick={props.onRedo} disabled={!canRedo} title="Ctrl+Shift+Z">
          <span aria-hidden="true">↷</span> <span className="tool-label">{t('header.redo')}</span>
        </button>
        <button type="button" className="btn ghost" onClick={props.onLayout} title="L">
          {t('header.layout')}
        </button>
        <button type="button" className="btn ghost" onClick={props.onFit} title="F">
          {t('header.fit')}
        </button>
        <button type="button" className="btn ghost" onClick={props.onImport}>
          {t('header.import')}
        </button>
        <button type="button" className="btn ghost" onClick={props.onExport}>
          {t('header.export')}
        </button>
      </div>
      <UserMenu />
      <GatedButton
        permission="flows:publish"
        className="btn primary"
        onClick={props.onPublish}
        disabled={publishBlocked}
        title={publishBlocked ? t('header.publishDisabled') : undefined}
        data-testid="publish"
      >
        {t('header.publish')}
      </GatedButton>
    </header>
  );
}
