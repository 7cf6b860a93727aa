import { useEffect, useRef, useState } from 'react';
import { backend } from '../api/session';
import { useT } from '../i18n';
import { useEditor } from '../store/editor';
import { useUi } from '../store/ui';

/** Publishes the draft (saved first) as a new immutable version, with a note. */
export function PublishDialog({ onClose, onPublished }: { onClose(): void; onPublished(): void }) {
  const t = useT();
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = ref.current;
    if (d && !d.open) d.showModal?.();
  }, []);
  const submit = async () => {
    const s = useEditor.getState();
    if (!s.flowId) return;
    setBusy(true);
    setError(null);
    try {
      await backend().saveFlow(s.flowId, s.doc);
      s.markSaved(s.revision);
      const v = await backend().publish(s.flowId, note);
      useEditor.getState().markSaved(s.revision, v.version);
      useEditor.getState().setPublishedDoc(s.doc);
      useUi.getState().toast(t('publish.done', { v: v.version }), 'success');
      onPublished();
    } catch (err) {
      setError((err as Error).message);
    } finally {
      setBusy(false);
    }
  };
  return (
    <dialog ref={ref} className="dialog" aria-labelledby="publish-title" onCancel={onClose}>
      <form
        method="dialog"
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <h2 id="publish-title">{t('publish.title')}</h2>
        <div className="field">
          <label htmlFor="publish-note">{t('publish.note')}</label>
          <textarea
            id="publish-note"
            className="input"
            rows={3}
            placeholder={t('publish.notePlaceholder')}
            value={note}
            onChange={(e) => setNote(e.target.value)}
          />
        </div>
        {error ? <p className="field-error">{error}</p> : null}
        <div className="row end">
          <button type="button" className="btn ghost" onClick={onClose}>
            {t('publish.cancel')}
          </button>
          <button type="submit" className="btn primary" disabled={busy} data-testid="publish-submit">
            {t('publish.submit')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
