import { useCallback, useEffect, useState } from 'react';
import { backend, useSession } from '../api/session';
import type { JourneyDetail, JourneyStatus, JourneySummary, VersionInfo } from '../api/types';
import { nodeName } from '../canvas/names';
import type { Doc } from '../graph/types';
import { formatDateTime, useT } from '../i18n';
import { type PathHighlight, useEditor } from '../store/editor';
import { JourneyView } from './JourneyView';
import { outcomeName } from './step-words';

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
  const [search, setSearch] = useState('');
  const [query, setQuery] = useState('');
  const [attentionOnly, setAttentionOnly] = useState(false);
  const [journeys, setJourneys] = useState<JourneySummary[]>([]);
  const [open, setOpen] = useState<string | null>(null);
  const [detail, setDetail] = useState<JourneyDetail | null>(null);
  const [error, setError] = useState<string | null>(null);

  // Search as the user types, a moment after the last key.
  useEffect(() => {
    const id = setTimeout(() => setQuery(search.trim()), 300);
    return () => clearTimeout(id);
  }, [search]);

  const refresh = useCallback(async () => {
    if (!flowId || version === null) return;
    try {
      const [stats, list] = await Promise.all([
        backend().stats(flowId, version),
        backend().journeys({
          flowId,
          version,
          ...(status ? { status } : {}),
          ...(query ? { q: query } : {}),
          ...(attentionOnly ? { attention: true } : {}),
        }),
      ]);
      useEditor.getState().setStats(stats);
      setJourneys(list);
      setError(null);
    } catch (err) {
      setError((err as Error).message);
    }
  }, [flowId, version, status, query, attentionOnly]);

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

  const fmt = (iso: string | null | undefined) => formatDateTime(iso, t.lang);
  const who = (j: JourneySummary) => j.customerName || j.customerId;
  const where = (j: JourneySummary) => {
    if (j.status !== 'running') return j.outcome ? outcomeName(doc, j.outcome, t.lang) : '';
    const n = doc.nodes.find((x) => x.id === j.currentNodeId);
    return n ? nodeName(n, t.lang) : '';
  };

  return (
    <section className={`watch ${detail ? 'has-detail' : ''}`} aria-label={t('watch.title')}>
      <div className="watch-list">
        <div className="row wrap">
          <label className="inline grow">
            <span className="sr-only">{t('watch.search')}</span>
            <input
              className="input search"
              type="search"
              placeholder={t('watch.search')}
              aria-label={t('watch.search')}
              value={search}
              onChange={(e) => setSearch(e.target.value)}
              data-testid="journey-search"
            />
          </label>
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
        {journeys.length === 0 ? (
          <p className="hint">{query ? t('watch.noMatch', { q: query }) : t('watch.empty')}</p>
        ) : (
          <table className="journeys">
            <thead>
              <tr>
                <th scope="col">{t('watch.customer')}</th>
                <th scope="col">{t('watch.status')}</th>
                <th scope="col" className="col-wide">
                  {t('watch.where')}
                </th>
                <th scope="col" className="col-wide">
                  {t('watch.started')}
                </th>
                <th scope="col">
                  <span className="sr-only">{t('watch.open')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {journeys.map((j) => (
                <tr key={j.id} className={open === j.id ? 'active' : ''}>
                  <td>
                    <span className="who">{who(j)}</span>
                    {j.customerName ? <span className="muted small mono"> {j.customerId}</span> : null}
                  </td>
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
                  <td className="col-wide">{where(j)}</td>
                  <td className="nowrap col-wide">{fmt(j.startedAt)}</td>
                  <td>
                    <button
                      type="button"
                      className="btn small"
                      onClick={() => setOpen(j.id)}
                      aria-label={t('watch.openOne', { who: who(j) })}
                      data-testid={`open-${j.id}`}
                    >
                      {t('watch.open')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </div>
      {detail ? (
        <JourneyView
          detail={detail}
          doc={doc}
          onClose={() => setOpen(null)}
          onChanged={async () => {
            await Promise.all([loadDetail(), refresh()]);
          }}
        />
      ) : null}
    </section>
  );
}

/** The left column in watch mode: what the numbers on the blocks mean (symbols only when the column is folded). */
export function WatchLegend({ collapsed }: { collapsed?: boolean }) {
  const t = useT();
  const items = [
    ['', '↘', t('watch.entered')],
    ['waiting', '◷', t('watch.waitingNow')],
    ['ok', '✓', t('watch.completed')],
    ['bad', '✕', t('watch.failed')],
  ] as const;
  return (
    <aside className={`palette legend ${collapsed ? 'rail' : ''}`} aria-label={t('watch.title')}>
      {collapsed ? null : (
        <h2 className="panel-title" id="palette-focus" tabIndex={-1}>
          {t('watch.title')}
        </h2>
      )}
      <ul className="legend-list">
        {items.map(([cls, symbol, text]) => (
          <li key={symbol} className={cls} title={text}>
            <b aria-hidden={collapsed ? true : undefined}>{symbol}</b>
            {collapsed ? <span className="sr-only">{text}</span> : ` ${text}`}
          </li>
        ))}
      </ul>
      {collapsed ? null : <p className="hint">{t('watch.legend')}</p>}
    </aside>
  );
}
