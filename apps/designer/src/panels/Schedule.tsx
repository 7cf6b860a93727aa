import { useCallback, useEffect, useState } from 'react';
import { ApiError } from '../api/client';
import { backend } from '../api/session';
import type { ScheduleInfo } from '../api/types';
import { pickText, useT } from '../i18n';
import { enumLabel } from '../i18n/fields';
import { useEditor } from '../store/editor';
import { useUi } from '../store/ui';

/** A moment in the schedule's time zone, in the designer's language: `lun 5 ene, 09:00`. */
export function formatInZone(iso: string, timeZone: string, lang: 'es' | 'en'): string {
  return new Intl.DateTimeFormat(lang, {
    timeZone,
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
  }).format(new Date(iso));
}

type Loaded = { kind: 'loading' } | { kind: 'none' } | { kind: 'offline' } | { kind: 'ok'; info: ScheduleInfo };

/**
 * The schedule of a flow started by a schedule: active or paused, when and for whom it runs, its next runs in the
 * flow's time zone, its recent runs with what each did; pause, resume and run now.
 */
export function Schedule({ refreshKey }: { refreshKey: number }) {
  const t = useT();
  const flowId = useEditor((s) => s.flowId);
  const [state, setState] = useState<Loaded>({ kind: 'loading' });
  const [busy, setBusy] = useState(false);

  const load = useCallback(async () => {
    if (!flowId) return;
    try {
      const info = await backend().schedule(flowId);
      setState(info ? { kind: 'ok', info } : { kind: 'none' });
    } catch (err) {
      if (err instanceof ApiError && err.status === 0) setState({ kind: 'offline' });
      else useUi.getState().toast((err as Error).message, 'error');
    }
  }, [flowId]);
  useEffect(() => {
    void refreshKey;
    void load();
  }, [load, refreshKey]);

  const act = async (fn: () => Promise<unknown>, done?: string) => {
    setBusy(true);
    try {
      await fn();
      if (done) useUi.getState().toast(done, 'success');
      await load();
    } catch (err) {
      useUi.getState().toast((err as Error).message, 'error');
    } finally {
      setBusy(false);
    }
  };

  if (state.kind === 'loading') return <p className="hint">{t('common.loading')}</p>;
  if (state.kind === 'offline') return <p className="hint">{t('schedule.unavailable')}</p>;
  if (state.kind === 'none' || !flowId) return <p className="hint">{t('schedule.notScheduled')}</p>;
  const { info } = state;
  const zone = info.timing?.timeZone ?? 'UTC';
  return (
    <section className="schedule" aria-label={t('schedule.title')}>
      <div className="row">
        <span className={`pill ${info.paused ? 'warning' : 'running'}`}>
          {info.paused ? t('schedule.paused') : t('schedule.active')}
        </span>
        <span className="muted">{t('schedule.version', { v: info.version })}</span>
        <button
          type="button"
          className="btn small"
          disabled={busy}
          onClick={() => {
            const note = info.paused ? undefined : (prompt(t('schedule.pauseNote')) ?? undefined);
            void act(() => backend().setSchedulePaused(flowId, !info.paused, note));
          }}
        >
          {info.paused ? t('schedule.resume') : t('schedule.pause')}
        </button>
        <button
          type="button"
          className="btn small"
          disabled={busy}
          onClick={() => {
            if (confirm(t('schedule.confirmRun')))
              void act(() => backend().runSchedule(flowId), t('schedule.requested'));
          }}
        >
          {t('schedule.runNow')}
        </button>
        <button type="button" className="btn small ghost" disabled={busy} onClick={() => void load()}>
          {t('schedule.refresh')}
        </button>
      </div>
      {info.note ? <p className="muted">{info.note}</p> : null}
      {!info.inSync && info.currentVersion !== null ? (
        <p className="field-error">{t('schedule.outOfSync', { v: info.version, c: info.currentVersion })}</p>
      ) : null}
      <dl className="schedule-facts">
        <dt>{t('schedule.when')}</dt>
        <dd>
          {info.timing?.cron ?? t('schedule.every', { every: info.timing?.every ?? '?' })} ·{' '}
          {t('schedule.zone', { tz: zone })}
        </dd>
        <dt>{t('schedule.who')}</dt>
        <dd>{pickText(info.audienceText ?? undefined, t.lang)}</dd>
        <dt>{t('schedule.overlap')}</dt>
        <dd>{info.timing ? enumLabel(info.timing.overlap, t.lang, 'overlap') : ''}</dd>
      </dl>
      <h4>{t('schedule.next', { tz: zone })}</h4>
      {info.nextRuns.length === 0 ? (
        <p className="hint">{t('schedule.noNext')}</p>
      ) : (
        <ul className="schedule-next">
          {info.nextRuns.map((at) => (
            <li key={at}>
              <time dateTime={at}>{formatInZone(at, zone, t.lang)}</time>
            </li>
          ))}
        </ul>
      )}
      <h4>{t('schedule.recent')}</h4>
      {info.recentRuns.length === 0 ? (
        <p className="hint">{t('schedule.noRuns')}</p>
      ) : (
        <ul className="schedule-runs">
          {info.recentRuns.map((r) => (
            <li key={r.id}>
              <time dateTime={r.scheduledAt}>{formatInZone(r.scheduledAt, zone, t.lang)}</time>{' '}
              <span className={`pill ${r.status}`}>{t(`schedule.status.${r.status}`)}</span>{' '}
              <span className="muted">
                v{r.flowVersion} ·{' '}
                {t('schedule.counts', { matched: r.matched, started: r.started, skipped: r.skipped })}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
