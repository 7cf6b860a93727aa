import { useCallback, useEffect, useState } from 'react';
import { useCan, useSession } from '../api/session';
import { formatDateTime } from '../i18n/datetime';
import { inboxWord } from '../inbox/texts';
import { TopNav } from '../pages/TopNav';
import { useUi } from '../store/ui';
import {
  type AttentionGroup,
  type AttentionJourney,
  type AttentionOverview,
  attentionApi,
  type BulkAction,
  type BulkKind,
} from './api';
import { downloadCsv, toCsv } from './csv';
import { useOpsText } from './texts';
import './ops.css';

/** How often a running bulk action's progress is asked for. */
const POLL_MS = 1000;

/**
 * "Needs attention": journeys that need a person, grouped by flow version, step and reason, with why in plain words
 * and the controls that help; a bulk action runs as a batch on the server and its progress is polled here.
 */
export function AttentionPage() {
  const o = useOpsText();
  const kind = useSession((s) => s.backend.kind);
  return (
    <div className="page">
      <TopNav active="attention" />
      <div className="page-body">
        <div className="page-head">
          <div>
            <h1>{o('attention.title')}</h1>
            <p className="muted">{o('attention.intro')}</p>
          </div>
        </div>
        {kind === 'http' ? <Groups /> : <div className="empty-state">{o('attention.offline')}</div>}
      </div>
    </div>
  );
}

function Groups() {
  const o = useOpsText();
  const lang = useUi((s) => s.lang);
  const [data, setData] = useState<AttentionOverview | null>(null);
  const [error, setError] = useState<string | null>(null);
  const load = useCallback(
    () =>
      attentionApi
        .overview()
        .then(setData)
        .catch((e: Error) => setError(e.message)),
    [],
  );
  useEffect(() => {
    void load();
  }, [load]);

  if (error)
    return (
      <div role="alert" className="error-box">
        {error}
      </div>
    );
  if (!data) return <div className="loading">…</div>;
  const exportGroups = () =>
    downloadCsv(
      'needs-attention.csv',
      toCsv(
        ['flow', 'version', 'node', 'reason', 'failure_type', 'count', 'since', 'example'],
        data.groups.map((g) => [g.flowId, g.version, g.nodeId, g.reason, g.failureType, g.count, g.since, g.example]),
      ),
    );
  return (
    <>
      {data.groups.length === 0 ? (
        <div className="empty-state">{o('attention.empty')}</div>
      ) : (
        <section className="ops-section">
          <div className="ops-section-head">
            <h2 data-testid="attention-total">{o('attention.total', { n: data.total })}</h2>
            <button type="button" className="btn small ghost" onClick={exportGroups}>
              {o('attention.csv')}
            </button>
          </div>
          <ul className="attention-groups">
            {data.groups.map((g) => (
              <Group
                key={`${g.flowId}:${g.version}:${g.nodeId}:${g.reason}:${g.failureType}`}
                group={g}
                onChange={load}
              />
            ))}
          </ul>
        </section>
      )}
      {data.unconfirmed.total > 0 ? (
        <section className="ops-section" data-testid="unconfirmed">
          <h2>{o('attention.unconfirmedCount', { n: data.unconfirmed.total })}</h2>
          <p className="muted">{data.unconfirmed.message[lang]}</p>
          <table className="ops-table">
            <thead>
              <tr>
                <th>{o('attention.customer')}</th>
                <th>{o('attention.journey')}</th>
                <th>{o('attention.channel')}</th>
                <th>{o('attention.at')}</th>
              </tr>
            </thead>
            <tbody>
              {data.unconfirmed.items.map((m) => (
                <tr key={m.id}>
                  <td>{m.customerId}</td>
                  <td>{m.journeyId ?? '—'}</td>
                  <td>{inboxWord(lang, 'channels', m.channel)}</td>
                  <td>{formatDateTime(m.createdAt, lang)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ) : null}
    </>
  );
}

function Group({ group: g, onChange }: { group: AttentionGroup; onChange: () => void }) {
  const o = useOpsText();
  const lang = useUi((s) => s.lang);
  const canWrite = useCan('journeys:write');
  const [open, setOpen] = useState(false);
  const [journeys, setJourneys] = useState<AttentionJourney[] | null>(null);
  const [batch, setBatch] = useState<BulkAction | null>(null);
  const label = (a: BulkKind) => o(`attention.${a}`);

  useEffect(() => {
    if (!open) return;
    void attentionApi.journeys(g).then((r) => setJourneys(r.journeys));
  }, [open, g]);

  // Poll the batch until it is done, then reload the groups.
  useEffect(() => {
    if (!batch || batch.status === 'done') return;
    const timer = setTimeout(() => {
      attentionApi
        .bulkStatus(batch.id)
        .then((b) => {
          setBatch(b);
          if (b.status === 'done') {
            const held = b.heldAgain ? ` ${o('attention.heldAgain', { held: b.heldAgain })}` : '';
            useUi
              .getState()
              .toast(
                o('attention.finished', { succeeded: b.succeeded, total: b.total, failed: b.failed }) + held,
                b.failed ? 'error' : b.heldAgain ? 'info' : 'success',
              );
            onChange();
          }
        })
        .catch((e: Error) => useUi.getState().toast(e.message, 'error'));
    }, POLL_MS);
    return () => clearTimeout(timer);
  }, [batch, onChange, o]);

  const run = async (action: BulkKind, ids?: string[]) => {
    const n = ids?.length ?? g.count;
    if (!ids && !window.confirm(o(`attention.confirm.${action}`, { n }))) return;
    try {
      setBatch(await attentionApi.bulk(g, action, ids));
    } catch (err) {
      useUi.getState().toast((err as Error).message, 'error');
    }
  };
  const actions = (['retry', 'skip', 'cancel'] as const).filter((a) => g.actions.includes(a));

  return (
    <li className="attention-group" data-testid="attention-group">
      <div className="attention-group-head">
        <div>
          <strong>{g.flowId}</strong> · v{g.version} · {g.nodeId ?? '—'}{' '}
          <span className={`pill reason-${g.reason}`}>{g.reasonLabel[lang]}</span>
        </div>
        <span className="attention-count" data-testid="attention-count">
          {g.count}
        </span>
      </div>
      <p>{g.message[lang]}</p>
      <p className="muted small">
        {o('attention.since')}: {formatDateTime(g.since, lang)}
      </p>
      <div className="row gap">
        {actions.map((a) => (
          <button
            key={a}
            type="button"
            className={`btn small${a === 'cancel' ? ' danger' : ''}`}
            disabled={!canWrite || batch?.status === 'running'}
            onClick={() => void run(a)}
          >
            {label(a)}
          </button>
        ))}
        <button type="button" className="btn small ghost" onClick={() => setOpen(!open)} aria-expanded={open}>
          {open ? o('attention.hide') : o('attention.show')}
        </button>
      </div>
      {batch ? (
        <div className="bulk-progress" role="status">
          <progress max={batch.total} value={batch.done} />
          <span>
            {o('attention.progress', {
              action: label(batch.action),
              done: batch.done,
              total: batch.total,
              failed: batch.failed,
            })}
            {batch.heldAgain ? ` · ${o('attention.heldAgain', { held: batch.heldAgain })}` : null}
          </span>
        </div>
      ) : null}
      {open && journeys ? (
        <table className="ops-table">
          <thead>
            <tr>
              <th>{o('attention.customer')}</th>
              <th>{o('attention.since')}</th>
              <th>{o('attention.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {journeys.map((j) => (
              <tr key={j.id}>
                <td>
                  <a href={`#/flows/${encodeURIComponent(g.flowId)}`}>{j.customerId}</a>
                </td>
                <td>{formatDateTime(j.since, lang)}</td>
                <td className="row gap">
                  {actions.map((a) => (
                    <button
                      key={a}
                      type="button"
                      className="btn small ghost"
                      disabled={!canWrite}
                      onClick={() => void run(a, [j.id])}
                    >
                      {o(`attention.${a}One`)}
                    </button>
                  ))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </li>
  );
}
