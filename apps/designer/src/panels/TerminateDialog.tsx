import { useEffect, useRef, useState } from 'react';
import { backend } from '../api/session';
import { useT } from '../i18n';
import { useUi } from '../store/ui';

/**
 * The in-app confirmation before terminating a journey (the last resort): says what terminate does and asks for the
 * reason, which the journey keeps. `note` explains why the dialog opened (e.g. a cancel the stuck journey refused).
 */
export function TerminateDialog({
  journeyId,
  note,
  onClose,
  onDone,
}: {
  journeyId: string;
  note?: string | null;
  onClose(): void;
  onDone(): void;
}) {
  const t = useT();
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = ref.current;
    if (d && !d.open) d.showModal?.();
  }, []);
  const submit = async () => {
    if (!reason.trim()) {
      setError(t('watch.terminateReasonNeeded'));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await backend().terminateJourney(journeyId, reason.trim());
      useUi.getState().toast(t('watch.terminateDone'), 'success');
      onDone();
    } catch (err) {
      setError((err as Error).message);
    } finally {
      setBusy(false);
    }
  };
  return (
    <dialog
      ref={ref}
      className="dialog"
      aria-labelledby="terminate-title"
      onCancel={onClose}
      data-testid="terminate-dialog"
    >
      <form
        method="dialog"
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <h2 id="terminate-title">{t('watch.terminateTitle')}</h2>
        {note ? <p className="attention-note">{note}</p> : null}
        <p className="hint">{t('watch.terminateExplain')}</p>
        <div className="field">
          <label htmlFor="terminate-reason">{t('watch.terminateReason')}</label>
          <textarea
            id="terminate-reason"
            className="input"
            rows={3}
            maxLength={500}
            placeholder={t('watch.terminateReasonPlaceholder')}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            data-testid="terminate-reason"
          />
        </div>
        {error ? <p className="field-error">{error}</p> : null}
        <div className="row end">
          <button type="button" className="btn ghost" onClick={onClose}>
            {t('watch.terminateBack')}
          </button>
          <button type="submit" className="btn danger" disabled={busy} data-testid="terminate-confirm">
            {t('watch.terminateConfirm')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
