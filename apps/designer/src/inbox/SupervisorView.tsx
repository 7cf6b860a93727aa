import { useCallback, useEffect, useState } from 'react';
import { useCan } from '../api/session';
import { useUi } from '../store/ui';
import { inboxApi, type Overview } from './api';
import { useQueueName } from './queues';
import { SlaClock } from './SlaClock';
import { clockText } from './sla';
import { caseTitle, useInboxText } from './texts';

/** Supervisors: their queues (waiting time, cases near breach, how cases are handed out), agents' loads, reassigning. */
export function SupervisorView({ version }: { version: number }) {
  const x = useInboxText();
  const queueName = useQueueName();
  const canAssign = useCan('cases:assign');
  const [data, setData] = useState<Overview | null>(null);
  const [error, setError] = useState<string | null>(null);
  const load = useCallback(
    () =>
      inboxApi
        .overview()
        .then((d) => {
          setData(d);
          setError(null);
        })
        .catch((e: Error) => setError(e.message)),
    [],
  );
  // biome-ignore lint/correctness/useExhaustiveDependencies: live events (version) reload the numbers.
  useEffect(() => {
    void load();
  }, [load, version]);
  if (error) return <p className="field-error">{error}</p>;
  if (!data) return <p className="muted">…</p>;
  const reassign = async (caseId: string, assignee: string) => {
    try {
      await inboxApi.assign(caseId, assignee || null);
      useUi.getState().toast(x('actions.reassigned'), 'success');
      void load();
    } catch (err) {
      useUi.getState().toast((err as Error).message, 'error');
    }
  };
  return (
    <div className="supervisor" data-testid="supervisor">
      <section aria-labelledby="sq-title">
        <h2 id="sq-title">{x('supervisor.queues')}</h2>
        <table className="people-table">
          <thead>
            <tr>
              <th scope="col">{x('supervisor.queue')}</th>
              <th scope="col">{x('supervisor.open')}</th>
              <th scope="col">{x('supervisor.unassigned')}</th>
              <th scope="col">{x('supervisor.waiting')}</th>
              <th scope="col">{x('supervisor.nearBreach')}</th>
              <th scope="col">{x('supervisor.mode')}</th>
            </tr>
          </thead>
          <tbody>
            {data.queues.map((q) => (
              <tr key={q.queue}>
                <th scope="row">{q.name}</th>
                <td>{q.open}</td>
                <td>{q.unassigned}</td>
                <td>{q.oldestWaitingSince ? clockText(Date.now() - Date.parse(q.oldestWaitingSince)) : '—'}</td>
                <td className={q.nearBreach ? 'sla-warning' : undefined}>{q.nearBreach}</td>
                <td>{x(`supervisor.modes.${q.assignment}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section aria-labelledby="sa-title">
        <h2 id="sa-title">{x('supervisor.agents')}</h2>
        <table className="people-table">
          <thead>
            <tr>
              <th scope="col">{x('supervisor.agent')}</th>
              <th scope="col">{x('supervisor.load')}</th>
            </tr>
          </thead>
          <tbody>
            {data.agents.map((a) => (
              <tr key={a.id}>
                <th scope="row">{a.displayName}</th>
                <td>{a.open}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section aria-labelledby="sr-title">
        <h2 id="sr-title">{x('supervisor.atRisk', { min: data.warnMinutes })}</h2>
        {data.atRisk.length === 0 ? <p className="muted">{x('supervisor.noRisk')}</p> : null}
        <ul className="case-list">
          {data.atRisk.map((c) => (
            <li key={c.id} className="row">
              <span>
                {caseTitle(x, c)} · {queueName(c.queue)} · <SlaClock deadline={c.slaDeadline} />
              </span>
              {canAssign ? (
                <label>
                  <span className="sr-only">
                    {x('actions.reassign')} {caseTitle(x, c)}
                  </span>
                  <select value={c.assignedTo ?? ''} onChange={(e) => void reassign(c.id, e.target.value)}>
                    <option value="">{x('actions.nobody')}</option>
                    {data.agents
                      .filter((a) => a.queues.includes(c.queue))
                      .map((a) => (
                        <option key={a.id} value={a.id}>
                          {a.displayName}
                        </option>
                      ))}
                  </select>
                </label>
              ) : null}
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
