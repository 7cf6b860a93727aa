import { useState } from 'react';
import { backend } from '../api/session';
import { useT } from '../i18n';
import { useEditor } from '../store/editor';
import { useUi } from '../store/ui';
import { ModalDialog } from './ModalDialog';

/** Publishes the draft (saved first) as a new immutable version, with a note. */
export function PublishDialog({ onClose, onPublished }: { onClose(): void; onPublished(): void }) {
  const t = useT();
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
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
    <ModalDialog
      id="publish"
      title={t('publish.title')}
      cancelLabel={t('publish.cancel')}
      submitLabel={t('publish.submit')}
      busy={busy}
      submitTestId="publish-submit"
      onClose={onClose}
      onSubmit={() => void submit()}
    >
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
    </ModalDialog>
  );
}
