import { type ReactNode, useEffect, useRef } from 'react';

interface Props {
  id: string;
  title: string;
  cancelLabel: string;
  submitLabel: string;
  busy?: boolean;
  submitTestId?: string;
  onClose(): void;
  onSubmit(): void;
  children: ReactNode;
}

/** The app's own modal dialog (never the browser's confirm box): a title, its content, cancel and submit. */
export function ModalDialog(p: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = ref.current;
    if (d && !d.open) d.showModal?.();
  }, []);
  return (
    <dialog ref={ref} className="dialog" aria-labelledby={`${p.id}-title`} onCancel={p.onClose}>
      <form
        method="dialog"
        onSubmit={(e) => {
          e.preventDefault();
          p.onSubmit();
        }}
      >
        <h2 id={`${p.id}-title`}>{p.title}</h2>
        {p.children}
        <div className="row end">
          <button type="button" className="btn ghost" onClick={p.onClose}>
            {p.cancelLabel}
          </button>
          <button type="submit" className="btn primary" disabled={p.busy} data-testid={p.submitTestId}>
            {p.submitLabel}
          </button>
        </div>
      </form>
    </dialog>
  );
}
