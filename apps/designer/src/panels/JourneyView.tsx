import { useState } from 'react';
import { ApiError } from '../api/client';
import { backend } from '../api/session';
import type { JourneyDetail, JourneyTimer } from '../api/types';
import { nodeName } from '../canvas/names';
import type { Doc } from '../graph/types';
import { formatDateTime, useT } from '../i18n';
import { Phone } from '../sim/Phone';
import { useUi } from '../store/ui';
import { PathLog } from './PathLog';
import { messageStatusText, outcomeName, reasonText, stepLine } from './step-words';
import { TerminateDialog } from './TerminateDialog';

/** Temporal Web UI of the local dev server. */
export const TEMPORAL_UI = 'http://127.0.0.1:8233';

/** Why a journey waits, in words: where, until when (or with no limit), the reason and what is missing. */
export function WaitText({ wait, doc }: { wait: JourneyTimer; doc: Doc }) {
  const t = useT();
  const node = doc.nodes.find((n) => n.id === wait.nodeId);
  const name = node ? nodeName(node, t.lang) : wait.nodeId;
  const until = wait.deadline ? formatDateTime(wait.deadline, t.lang) : '';
  return (
    <p className={`wait-line ${wait.reason ? `reason-${wait.reason}` : ''}`} data-testid="journey-wait">
      {until ? t('watch.waitsUntil', { node: name, until }) : t('watch.waitsNoLimit', { node: name })}
      {wait.reason ? (
        <>
          {' '}
          <strong className="reason">{reasonText(wait.reason, t.lang)}</strong>
        </>
      ) : null}
      {wait.missing?.length ? (
        <>
          {' · '}
          {t('log.missing', { what: wait.missing.join(', ') })}
        </>
      ) : null}
      {wait.message ? (
        <>
          {' '}
          <span className="parked-why" data-testid="journey-parked">
            {wait.message[t.lang]} <a href="#/attention">{t('watch.needsAttention')}</a>
          </span>
        </>
      ) : null}
    </p>
  );
}

/** One journey: status, controls (skip the wait, cancel) with feedback, the current wait, path and messages. */
export function JourneyView({
  detail,
  doc,
  onClose,
  onChanged,
}: {
  detail: JourneyDetail;
  doc: Doc;
  onClose(): void;
  onChanged(): Promise<void>;
}) {
  const t = useT();
  const [busy, setBusy] = useState<'skip' | 'cancel' | null>(null);
  const [confirmCancel, setConfirmCancel] = useState(false);
  /** The terminate confirmation, with why it opened (a refused cancel), or null when closed. */
  const [terminating, setTerminating] = useState<{ note: string | null } | null>(null);
  const who = detail.customerName || detail.customerId;
  const waitName = (() => {
    const n = doc.nodes.find((x) => x.id === detail.wait?.nodeId);
    return n ? nodeName(n, t.lang) : '';
  })();

  const skip = async () => {
    setBusy('skip');
    try {
      await backend().skipWait(detail.id);
      useUi.getState().toast(t('watch.skipped', { node: waitName }), 'success');
      await onChanged();
    } catch (err) {
      useUi.getState().toast(t('watch.skipFailed', { e: (err as Error).message }), 'error');
    } finally {
      setBusy(null);
    }
  };
  const cancel = async () => {
    setBusy('cancel');
    try {
      await backend().cancelJourney(detail.id);
      useUi.getState().toast(t('watch.cancelled', { who }), 'success');
      await onChanged();
    } catch (err) {
      // A stuck journey cannot take a cancel: offer the way out instead of a dead end.
      if (err instanceof ApiError && err.problem.type?.endsWith('journey-stuck')) {
        setTerminating({ note: t('watch.stuckCancel') });
      } else useUi.getState().toast((err as Error).message, 'error');
    } finally {
      setBusy(null);
      setConfirmCancel(false);
    }
  };

  const log = detail.steps.map((s) => stepLine(s, doc, t.lang)).filter((x): x is NonNullable<typeof x> => x !== null);

  return (
    <div className="journey-detail" data-testid="journey-detail">
      <div className="row spread">
        <h3>{t('watch.detail', { who })}</h3>
        <button type="button" className="btn small ghost" onClick={onClose}>
          {t('watch.close')}
        </button>
      </div>
      <div className="row wrap">
        <span className={`pill ${detail.status}`}>{t(`sim.status.${detail.status}`)}</span>
        {detail.status !== 'running' && detail.outcome ? (
          <span className="muted">{t('sim.outcome', { o: outcomeName(doc, detail.outcome, t.lang) })}</span>
        ) : null}
        <a
          className="btn small"
          href={`${TEMPORAL_UI}/namespaces/default/workflows/${encodeURIComponent(detail.workflowId)}`}
          target="_blank"
          rel="noreferrer"
        >
          {t('watch.temporal')} ↗
        </a>
        {detail.status === 'running' ? (
          <>
            <button
              type="button"
              className="btn small"
              disabled={!detail.wait || busy !== null}
              title={detail.wait ? undefined : t('watch.noWait')}
              onClick={() => void skip()}
              data-testid="skip-wait"
            >
              {busy === 'skip' ? t('watch.skipping') : t('watch.skipWait')}
            </button>
            {confirmCancel ? (
              <fieldset className="confirm plain" aria-label={t('watch.confirmCancel', { who })}>
                {t('watch.confirmCancel', { who })}{' '}
                <button
                  type="button"
                  className="btn small danger"
                  disabled={busy !== null}
                  onClick={() => void cancel()}
                >
                  {t('form.yes')}
                </button>
                <button type="button" className="btn small ghost" onClick={() => setConfirmCancel(false)}>
                  {t('form.no')}
                </button>
              </fieldset>
            ) : (
              <button type="button" className="btn small danger" onClick={() => setConfirmCancel(true)}>
                {t('watch.cancel')}
              </button>
            )}
            <button
              type="button"
              className="btn small danger"
              onClick={() => setTerminating({ note: null })}
              data-testid="terminate"
            >
              {t('watch.terminate')}
            </button>
          </>
        ) : null}
      </div>
      {detail.attention && detail.status === 'running' ? (
        <div className="attention" role="alert" data-testid="journey-attention">
          <strong>⚠ {t('watch.attention')}</strong>
          <p>{detail.attention.message[t.lang]}</p>
        </div>
      ) : null}
      {detail.endReason && detail.status !== 'running' ? (
        <p className="hint" data-testid="journey-end-reason">
          {t('watch.endReason', { r: detail.endReason })}
        </p>
      ) : null}
      {terminating ? (
        <TerminateDialog
          journeyId={detail.id}
          note={terminating.note}
          onClose={() => setTerminating(null)}
          onDone={() => {
            setTerminating(null);
            void onChanged();
          }}
        />
      ) : null}
      <h4>{t('watch.currentWait')}</h4>
      {detail.wait ? <WaitText wait={detail.wait} doc={doc} /> : <p className="hint">{t('watch.noWait')}</p>}
      <div className="journey-columns">
        <div>
          <h4>{t('watch.path')}</h4>
          <PathLog lines={log} label={t('watch.path')} />
        </div>
        <div>
          <h4>{t('watch.messages')}</h4>
          <Phone
            messages={detail.messages.map((m) => ({
              ...m,
              ...(m.status ? { statusText: statusOf(m.status, m.statusReason, t.lang) } : {}),
            }))}
            customerName={who}
            canReply={detail.status === 'running'}
            format={(iso) => formatDateTime(iso, t.lang)}
            onReply={(text) =>
              void backend()
                .sandboxReply({ customerId: detail.customerId, text })
                .then(onChanged)
                .catch((e: Error) => useUi.getState().toast(e.message, 'error'))
            }
          />
        </div>
      </div>
    </div>
  );
}

function statusOf(status: string, reason: string | undefined, lang: 'es' | 'en'): string {
  const s = messageStatusText(status, lang);
  return reason ? `${s}: ${reasonText(reason, lang)}` : s;
}
