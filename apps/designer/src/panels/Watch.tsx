import { nodeKind } from '@ruta/flow';
import { useCallback, useEffect, useState } from 'react';
import { ApiError } from '../api/client';
import { backend, useSession } from '../api/session';
import type { JourneyDetail, JourneyStatus, JourneySummary, VersionInfo } from '../api/types';
import type { Doc } from '../graph/types';
import { pickText, useT } from '../i18n';
import { Phone } from '../sim/Phone';
import { type PathHighlight, useEditor } from '../store/editor';
import { useUi } from '../store/ui';
import { TerminateDialog } from './TerminateDialog';

/** Temporal Web UI of the local dev server. */
export const TEMPORAL_UI = 'http://127.0.0.1:8233';

/** The canvas highlight of a real journey: the nodes it went through, the edges it took, where it is now. */
export function journeyHighlight(doc: Doc, j: JourneyDetail): PathHighlight {
  const nodes: PathHighlight['nodes'] = {};
  const edges: PathHighlight['edges'] = {};
  for (const s of j.steps) {
    if (!s.nodeId) continue;
    nodes[s.nodeId] = 'visited';
    if (s.type === 'leave' && s.port) {
      const e = doc.edges.find((x) => x.from === s.nodeId && x.port === s.port);
      if (e) edges[e.id] = true;
    }
  }
  const current = j.wait?.nodeId ?? j.currentNodeId;
  if (current) nodes[current] = j.status === 'running' ? 'waiting' : 'current';
  return { nodes, edges };
}

/** For a published flow: journeys per node and edge on the canvas, the list of journeys, and one journey's detail. */
export function Watch() {
  const t = useT();
  const flowId = useEditor((s) => s.flowId);
  const doc = useEditor((s) => s.doc);
  const published = useEditor((s) => s.publishedVersion);
  const kind = useSession((s) => s.backend.kind);
  const [versions, setVersions] = useState<VersionInfo[]>([]);
  const [version, setVersion] = useState<number | null>(published);
  const [status, setStatus] = useState<JourneyStatus | ''>('');
  const [attentionOnly, setAttentionOnly] = useState(false);
  /** The terminate confirmation, with why it opened (a refused cancel), or null when closed. */
  const [terminating, setTerminating] = useState<{ note: string | null } | null>(null);
  const [journeys, setJourneys] = useState<JourneySummary[]>([]);
  const [open, setOpen] = useState<string | null>(null);
  const [detail, setDetail] = useState<JourneyDetail | null>(null);
  const [error, setError] = useState<string | null>(null);

  const refresh = useCallback(async () => {
    if (!flowId || version === null) return;
    try {
      const [stats, list] = await Promise.all([
        backend().stats(flowId, version),
        backend().journeys({
          flowId,
          version,
          ...(status ? { status } : {}),
          ...(attentionOnly ? { attention: true } : {}),
        }),
      ]);
      useEditor.getState().setStats(stats);
      setJourneys(list);
      setError(null);
    } catch (err) {
      setError((err as Error).message);
    }
  }, [flowId, version, status, attentionOnly]);

  useEffect(() => {
    if (!flowId) return;
    backend()
      .versions(flowId)
      .then((v) => {
        setVersions(v);
        setVersion((cur) => cur ?? v[0]?.version ?? null);
      })
      .catch(() => setVersions([]));
  }, [flowId]);

  useEffect(() => {
    void refresh();
    const id = setInterval(() => void refresh(), 3000);
    return () => clearInterval(id);
  }, [refresh]);

  useEffect(() => () => useEditor.getState().setStats(null), []);

  const loadDetail = useCallback(async () => {
    if (!open) return;
    try {
      const d = await backend().journey(open);
      setDetail(d);
      useEditor.getState().setHighlight(journeyHighlight(useEditor.getState().doc, d));
    } catch (err) {
      setError((err as Error).message);
    }
  }, [open]);
  useEffect(() => {
    if (!open) {
      setDetail(null);
      useEditor.getState().setHighlight(null);
      return;
    }
    void loadDetail();
    const id = setInterval(() => void loadDetail(), 2000);
    return () => clearInterval(id);
  }, [open, loadDetail]);

  if (kind === 'local') return <p className="hint pad">{t('watch.unavailable')}</p>;
  if (published === null && versions.length === 0) return <p className="hint pad">{t('watch.notPublished')}</p>;

  // A known reason code reads as words; anything else shows as it came.
  const reasonText = (code: string) => {
    const text = t(`watch.reasons.${code}`);
    return text === `watch.reasons.${code}` ? code : text;
  };
  const fmt = (iso: string) => (iso ? new Date(iso).toLocaleString(t.lang === 'es' ? 'es-CL' : 'en-US') : '');
  const label = (id: string | null | undefined) => {
    const n = doc.nodes.find((x) => x.id === id);
    const spec = n ? nodeKind(n.kind) : undefined;
    return n?.label || (spec ? pickText(spec.label, t.lang) : (id ?? ''));
  };

  return (
    <section className="watch" aria-label={t('watch.title')}>
      <div className="watch-list">
        <div className="row wrap">
          <label className="inline">
            {t('watch.version')}
            <select className="input" value={version ?? ''} onChange={(e) => setVersion(Number(e.target.value))}>
              {versions.map((v) => (
                <option key={v.version} value={v.version}>
                  v{v.version}
                </option>
              ))}
            </select>
          </label>
          <label className="inline">
            {t('watch.status')}
            <select className="input" value={status} onChange={(e) => setStatus(e.target.value as JourneyStatus | '')}>
              <option value="">{t('watch.all')}</option>
              {(['running', 'completed', 'failed', 'cancelled', 'terminated'] as const).map((s) => (
                <option key={s} value={s}>
                  {t(`sim.status.${s}`)}
                </option>
              ))}
            </select>
          </label>
          <label className="inline">
            <input
              type="checkbox"
              checked={attentionOnly}
              onChange={(e) => setAttentionOnly(e.target.checked)}
              data-testid="attention-only"
            />
            {t('watch.attentionOnly')}
          </label>
          <button type="button" className="btn small" onClick={() => void refresh()}>
            {t('watch.refresh')}
          </button>
        </div>
        {error ? <p className="field-error">{error}</p> : null}
        {journeys.length === 0 ? <p className="hint">{t('watch.empty')}</p> : null}
        <table className="journeys">
          <thead>
            <tr>
              <th>{t('watch.customer')}</th>
              <th>{t('watch.status')}</th>
              <th>{t('watch.started')}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {journeys.map((j) => (
              <tr key={j.id} className={open === j.id ? 'active' : ''}>
                <td className="mono">{j.customerId}</td>
                <td>
                  <span className={`pill ${j.status}`}>{t(`sim.status.${j.status}`)}</span>
                  {j.attention ? (
                    <span
                      className="pill warning"
                      title={j.attention.message[t.lang]}
                      data-testid={`attention-${j.id}`}
                    >
                      ⚠ {t('watch.attention')}
                    </span>
                  ) : null}
                </td>
                <td>{fmt(j.startedAt)}</td>
                <td>
                  <button
                    type="button"
                    className="btn small"
                    onClick={() => setOpen(j.id)}
                    data-testid={`open-${j.id}`}
                  >
                    {t('watch.open')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {detail ? (
        <div className="journey-detail" data-testid="journey-detail">
          <div className="row spread">
            <strong>{t('watch.detail', { id: detail.customerId })}</strong>
            <button type="button" className="btn small ghost" onClick={() => setOpen(null)}>
              {t('watch.close')}
            </button>
          </div>
          <div className="row wrap">
            <span className={`pill ${detail.status}`}>{t(`sim.status.${detail.status}`)}</span>
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
                  disabled={!detail.wait}
                  onClick={() =>
                    void backend()
                      .skipWait(detail.id)
                      .then(loadDetail)
                      .catch((e: Error) => useUi.getState().toast(e.message, 'error'))
                  }
                >
                  {t('watch.skipWait')}
                </button>
                <button
                  type="button"
                  className="btn small danger"
                  onClick={() =>
                    void backend()
                      .cancelJourney(detail.id)
                      .then(loadDetail)
                      .catch((e: Error) => {
                        // A stuck journey cannot take a cancel: offer the way out instead of a dead end.
                        if (e instanceof ApiError && e.problem.type?.endsWith('journey-stuck')) {
                          setTerminating({ note: t('watch.stuckCancel') });
                        } else useUi.getState().toast(e.message, 'error');
                      })
                  }
                >
                  {t('watch.cancel')}
                </button>
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
                void loadDetail();
                void refresh();
              }}
            />
          ) : null}
          <h4>{t('watch.currentWait')}</h4>
          {detail.wait ? (
            <p data-testid="journey-wait">
              {label(detail.wait.nodeId)} → {detail.wait.deadline ? fmt(detail.wait.deadline) : '∞'}
              {detail.wait.reason ? ` (${reasonText(detail.wait.reason)})` : ''}
            </p>
          ) : (
            <p className="hint">{t('watch.noWait')}</p>
          )}
          {detail.timers.length > 0 ? (
            <>
              <h4>{t('watch.timers')}</h4>
              <ul className="timers">
                {detail.timers.map((tm) => (
                  <li key={`${tm.nodeId}-${tm.deadline}`}>
                    {label(tm.nodeId)} · {tm.deadline ? fmt(tm.deadline) : '∞'}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          <h4>{t('watch.messages')}</h4>
          <Phone
            messages={detail.messages}
            customerName={detail.customerId}
            canReply={detail.status === 'running'}
            format={fmt}
            onReply={(text) =>
              void backend()
                .sandboxReply({ customerId: detail.customerId, text })
                .then(loadDetail)
                .catch((e: Error) => useUi.getState().toast(e.message, 'error'))
            }
          />
        </div>
      ) : null}
    </section>
  );
}

/** The left column in watch mode: what the numbers on the blocks mean. */
export function WatchLegend() {
  const t = useT();
  return (
    <aside className="palette legend" aria-label={t('watch.title')}>
      <div className="panel-title">{t('watch.title')}</div>
      <ul className="legend-list">
        <li>
          <b>↘</b> {t('watch.entered')}
        </li>
        <li className="waiting">
          <b>◷</b> {t('watch.waitingNow')}
        </li>
        <li className="ok">
          <b>✓</b> {t('watch.completed')}
        </li>
        <li className="bad">
          <b>✕</b> {t('watch.failed')}
        </li>
      </ul>
      <p className="hint">{t('watch.legend')}</p>
    </aside>
  );
}
