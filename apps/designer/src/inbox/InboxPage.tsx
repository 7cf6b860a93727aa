import { useCallback, useEffect, useRef, useState } from 'react';
import { useCan, useSession } from '../api/session';
import { TopNav } from '../pages/TopNav';
import { useUi } from '../store/ui';
import { type CaseFull, inboxApi } from './api';
import { CaseView, type Panel } from './CaseView';
import { SlaClock } from './SlaClock';
import { SupervisorView } from './SupervisorView';
import { inboxOrder } from './sla';
import { caseTitle, useInboxText } from './texts';
import './inbox.css';
import { useQueueName } from './queues';

/** A live event as `GET /v1/cases/stream` sends it. */
interface LiveMessage {
  event: { type: 'case.created' | 'case.changed' | 'customer.replied' | 'sla.warning'; caseId: string };
  case: CaseFull | null;
}

const OPEN = new Set(['open', 'pending']);
/** Without the live stream, the list reloads this often. */
const FALLBACK_RELOAD_MS = 30_000;

/** Keeps the inbox current from the live stream (one connection per browser tab), announcing what matters. */
function useLiveCases(onMessage: (m: LiveMessage) => void): boolean {
  const [live, setLive] = useState(false);
  const handler = useRef(onMessage);
  handler.current = onMessage;
  useEffect(() => {
    const source = new EventSource('/v1/cases/stream');
    const types = ['case.created', 'case.changed', 'customer.replied', 'sla.warning'];
    const listener = (e: MessageEvent<string>) => handler.current(JSON.parse(e.data) as LiveMessage);
    for (const t of types) source.addEventListener(t, listener);
    source.addEventListener('ready', () => setLive(true));
    source.onerror = () => setLive(false);
    return () => source.close();
  }, []);
  return live;
}

const typing = (el: EventTarget | null) =>
  el instanceof HTMLElement && (el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName));

/**
 * The agent workspace: the inbox of open cases of one's queues (priority, SLA clock, queue), live over server-sent
 * events, and the selected case; supervisors also get their queues' overview. Keyboard: j/k move, c takes, r replies,
 * n notes, t transfers, e resolves, ? shows the shortcuts.
 */
export function InboxPage() {
  const x = useInboxText();
  const queueName = useQueueName();
  const me = useSession((s) => s.me);
  const supervises = useCan('cases:assign');
  const [tab, setTab] = useState<'inbox' | 'supervisor'>('inbox');
  const [cases, setCases] = useState<CaseFull[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [selected, setSelected] = useState<string | null>(null);
  const [versions, setVersions] = useState<Record<string, number>>({});
  const [overviewVersion, setOverviewVersion] = useState(0);
  const [announcement, setAnnouncement] = useState('');
  const [panel, setPanel] = useState<Panel>('none');
  const [help, setHelp] = useState(false);
  const replyRef = useRef<HTMLTextAreaElement | null>(null);
  const noteRef = useRef<HTMLTextAreaElement | null>(null);

  const load = useCallback(
    () =>
      inboxApi
        .list()
        .then((list) => {
          setCases(inboxOrder(list));
          setError(null);
        })
        .catch((e: Error) => setError(e.message)),
    [],
  );
  useEffect(() => {
    void load();
  }, [load]);

  const live = useLiveCases((m) => {
    const { event } = m;
    const subject = m.case ? caseTitle(x, m.case) : event.caseId;
    setCases((list) => {
      if (!list) return list;
      const others = list.filter((c) => c.id !== event.caseId);
      return m.case && OPEN.has(m.case.status) ? inboxOrder([...others, m.case]) : others;
    });
    setVersions((v) => ({ ...v, [event.caseId]: (v[event.caseId] ?? 0) + 1 }));
    setOverviewVersion((v) => v + 1);
    if (event.type === 'case.created') setAnnouncement(x('list.newCase', { subject }));
    if (event.type === 'customer.replied') setAnnouncement(x('list.replied', { subject }));
    if (event.type === 'sla.warning') setAnnouncement(x('list.warning', { subject }));
  });

  // Without the live stream (a proxy that buffers, a dropped connection), reload now and then.
  useEffect(() => {
    if (live) return;
    const t = setInterval(() => void load(), FALLBACK_RELOAD_MS);
    return () => clearInterval(t);
  }, [live, load]);

  const move = useCallback(
    (step: number) => {
      if (!cases?.length) return;
      const i = cases.findIndex((c) => c.id === selected);
      const next = cases[Math.min(Math.max(i + step, 0), cases.length - 1)];
      if (next) {
        setSelected(next.id);
        setPanel('none');
        document.getElementById(`case-row-${next.id}`)?.focus();
      }
    },
    [cases, selected],
  );

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey || typing(e.target)) return;
      const current = cases?.find((c) => c.id === selected);
      const handled = (() => {
        switch (e.key) {
          case 'j':
            move(1);
            return true;
          case 'k':
            move(-1);
            return true;
          case '?':
            setHelp((h) => !h);
            return true;
          case 'r':
            replyRef.current?.focus();
            return Boolean(replyRef.current);
          case 'n':
            noteRef.current?.focus();
            return Boolean(noteRef.current);
          case 't':
            if (current) setPanel('transfer');
            return Boolean(current);
          case 'e':
            if (current) setPanel('resolve');
            return Boolean(current);
          case 'c':
            if (current && !current.assignedTo && me) {
              void inboxApi
                .claim(current.id)
                .then(() => {
                  useUi.getState().toast(x('actions.claimed'), 'success');
                  setVersions((v) => ({ ...v, [current.id]: (v[current.id] ?? 0) + 1 }));
                })
                .catch((err: Error) => useUi.getState().toast(err.message, 'error'));
              return true;
            }
            return false;
          default:
            return false;
        }
      })();
      if (handled) e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [cases, selected, move, me, x]);

  const gone = (id: string) => {
    setCases((list) => list?.filter((c) => c.id !== id) ?? null);
    setSelected(null);
  };
  const owner = (c: CaseFull) =>
    c.assignedTo === null ? x('list.unassigned') : c.assignedTo === me?.user.id ? x('list.mine') : c.assignedTo;

  return (
    <div className="page inbox-page">
      <TopNav active="cases" />
      <main className="page-body">
        <div className="page-head">
          <div>
            <h1>{x('title')}</h1>
            <p className="muted">
              <span className={`live-dot ${live ? 'on' : 'off'}`} aria-hidden="true" />{' '}
              <span data-testid="live-status" data-live={live}>
                {live ? x('live.on') : x('live.off')}
              </span>{' '}
              ·{' '}
              <button type="button" className="link" onClick={() => setHelp((h) => !h)} aria-expanded={help}>
                {x('keys.title')} <kbd>?</kbd>
              </button>
            </p>
            {help ? <p className="muted small">{x('keys.list')}</p> : null}
          </div>
          {supervises ? (
            <div role="tablist" aria-label={x('tabs.label')} className="row">
              {(['inbox', 'supervisor'] as const).map((t) => (
                <button
                  key={t}
                  type="button"
                  role="tab"
                  aria-selected={tab === t}
                  className={`btn ${tab === t ? 'primary' : ''}`}
                  onClick={() => setTab(t)}
                >
                  {x(`tabs.${t}`)}
                </button>
              ))}
            </div>
          ) : null}
        </div>
        <div className="sr-only" aria-live="polite" data-testid="inbox-announcer">
          {announcement}
        </div>
        {error ? <p className="field-error">{error}</p> : null}
        {tab === 'supervisor' && supervises ? (
          <SupervisorView version={overviewVersion} />
        ) : (
          <div className="inbox-grid">
            <section aria-label={x('list.label')} className="inbox-list">
              {cases === null && !error ? <p className="muted">…</p> : null}
              {cases?.length === 0 ? <p className="muted">{x('list.empty')}</p> : null}
              {cases && cases.length > 0 ? (
                <table className="people-table" data-testid="cases">
                  <thead>
                    <tr>
                      <th scope="col">{x('list.subject')}</th>
                      <th scope="col">{x('list.priority')}</th>
                      <th scope="col">{x('list.sla')}</th>
                      <th scope="col">{x('list.queue')}</th>
                      <th scope="col">{x('list.owner')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {cases.map((c) => (
                      <tr
                        key={c.id}
                        id={`case-row-${c.id}`}
                        tabIndex={0}
                        aria-selected={c.id === selected}
                        className={c.id === selected ? 'selected' : undefined}
                        data-case-id={c.id}
                        onClick={() => {
                          setSelected(c.id);
                          setPanel('none');
                        }}
                        onKeyDown={(e) => {
                          if (e.key === 'Enter' || e.key === ' ') {
                            e.preventDefault();
                            setSelected(c.id);
                            setPanel('none');
                          }
                        }}
                      >
                        <td>
                          {caseTitle(x, c)}
                          <span className="muted small"> · {c.customerId}</span>
                        </td>
                        <td className={`prio prio-${c.priority}`}>{x(`priorities.${c.priority}`)}</td>
                        <td>
                          <SlaClock deadline={c.slaDeadline} />
                        </td>
                        <td>{queueName(c.queue)}</td>
                        <td>{owner(c)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              ) : null}
            </section>
            <section className="inbox-case" aria-live="off">
              {selected ? (
                <CaseView
                  key={selected}
                  caseId={selected}
                  version={versions[selected] ?? 0}
                  panel={panel}
                  setPanel={setPanel}
                  replyRef={replyRef}
                  noteRef={noteRef}
                  onGone={gone}
                  onChanged={() => void load()}
                />
              ) : (
                <p className="muted">{x('view.pick')}</p>
              )}
            </section>
          </div>
        )}
      </main>
    </div>
  );
}
