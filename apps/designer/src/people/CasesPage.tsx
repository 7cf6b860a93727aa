import { useCallback, useEffect, useState } from 'react';
import { type CaseInfo, people } from '../api/auth';
import { useSession } from '../api/session';
import { TopNav } from '../pages/TopNav';
import { useUi } from '../store/ui';
import { GatedButton } from './Gated';
import { usePeopleText } from './texts';

/**
 * The open cases (handoffs) the person reaches — their queues' for agents, their teams' for supervisors — most urgent
 * first. A first view of the agent's side; the inbox with conversations builds on the same API.
 */
export function CasesPage() {
  const p = usePeopleText();
  const lang = useUi((s) => s.lang);
  const me = useSession((s) => s.me);
  const [cases, setCases] = useState<CaseInfo[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const load = useCallback(
    () =>
      people
        .cases()
        .then(setCases)
        .catch((e: Error) => setError(e.message)),
    [],
  );
  useEffect(() => {
    void load();
  }, [load]);

  const limited = me?.limitedTo['cases:read'] === 'queues';
  const resolve = async (c: CaseInfo) => {
    try {
      await people.resolveCase(c.id, 'resolved');
      useUi.getState().toast(p('cases.resolved'), 'success');
      void load();
    } catch (err) {
      useUi.getState().toast((err as Error).message, 'error');
    }
  };

  return (
    <div className="page">
      <TopNav active="cases" />
      <main className="page-body">
        <div className="page-head">
          <div>
            <h1>{p('cases.title')}</h1>
            <p className="muted">
              {limited ? p('cases.intro') : p('cases.introAll')}
              {limited && me?.queues.length ? ` (${me.queues.map((q) => q.name).join(', ')})` : ''}
            </p>
          </div>
        </div>
        {error ? <p className="field-error">{error}</p> : null}
        {cases === null && !error ? <p className="muted">…</p> : null}
        {cases?.length === 0 ? <p className="muted">{p('cases.empty')}</p> : null}
        {cases && cases.length > 0 ? (
          <table className="people-table" data-testid="cases">
            <thead>
              <tr>
                <th scope="col">{p('cases.subject')}</th>
                <th scope="col">{p('cases.customer')}</th>
                <th scope="col">{p('cases.queue')}</th>
                <th scope="col">{p('cases.priority')}</th>
                <th scope="col">{p('cases.sla')}</th>
                <th scope="col">
                  <span className="sr-only">{p('cases.resolve')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {cases.map((c) => (
                <tr key={c.id}>
                  <td>{c.subject ?? c.id}</td>
                  <td>{c.customerId}</td>
                  <td>{c.queue}</td>
                  <td>{p(`cases.priorities.${c.priority}`)}</td>
                  <td>{c.slaDeadline ? new Date(c.slaDeadline).toLocaleString(lang) : '—'}</td>
                  <td>
                    <GatedButton
                      permission="cases:write"
                      className="btn small"
                      onClick={() => void resolve(c)}
                      aria-label={`${p('cases.resolve')}: ${c.subject ?? c.id}`}
                    >
                      {p('cases.resolve')}
                    </GatedButton>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : null}
      </main>
    </div>
  );
}
