import { type FlowDocumentInput, SCHEMA_VERSION } from '@ruta/flow';
import { useEffect, useMemo, useState } from 'react';
import { backend, useSession } from '../api/session';
import type { FlowSummary } from '../api/types';
import { formatDateTime, useT } from '../i18n';
import { GatedButton } from '../people/Gated';
import { useUi } from '../store/ui';
import { parseFlowJson, pickJsonFile } from './io';
import { TopNav } from './TopNav';

/** A new, empty flow with a unique id. */
export function blankFlow(name: string): FlowDocumentInput {
  const id = `f_${Date.now().toString(36)}`;
  return {
    schemaVersion: SCHEMA_VERSION,
    id,
    name,
    settings: { reentry: 'one_at_a_time', transactional: false, missingData: 'hold' },
    nodes: [],
    edges: [],
    notes: [],
  };
}

/** Every flow, searchable; new, import, open, delete. */
export function FlowList() {
  const t = useT();
  const [flows, setFlows] = useState<FlowSummary[] | null>(null);
  const [q, setQ] = useState('');
  const [error, setError] = useState<string | null>(null);
  const kind = useSession((s) => s.backend.kind);

  const load = () =>
    backend()
      .listFlows()
      .then(setFlows)
      .catch((e: Error) => setError(e.message));
  // biome-ignore lint/correctness/useExhaustiveDependencies: reload when the backend changes
  useEffect(() => {
    void load();
  }, [kind]);

  const shown = useMemo(() => {
    const needle = q.trim().toLowerCase();
    return (flows ?? []).filter(
      (f) => !needle || `${f.name} ${f.description ?? ''} ${f.id}`.toLowerCase().includes(needle),
    );
  }, [flows, q]);

  const create = async () => {
    const rec = await backend().createFlow(blankFlow(t.lang === 'es' ? 'Nuevo flujo' : 'New flow'));
    useUi.getState().go({ name: 'flow', id: rec.id });
  };
  const importFlow = async () => {
    const text = await pickJsonFile();
    if (!text) return;
    try {
      const rec = await backend().createFlow(parseFlowJson(text));
      useUi.getState().go({ name: 'flow', id: rec.id });
    } catch (err) {
      useUi.getState().toast((err as Error).message, 'error');
    }
  };
  const remove = async (f: FlowSummary) => {
    if (!confirm(t('list.confirmDelete', { name: f.name }))) return;
    await backend().deleteFlow(f.id);
    void load();
  };

  return (
    <div className="page">
      <TopNav active="list" />
      <div className="page-body">
        <div className="page-head">
          <h1>{t('list.title')}</h1>
          <div className="row">
            <input
              className="input search"
              type="search"
              aria-label={t('list.search')}
              placeholder={t('list.search')}
              value={q}
              onChange={(e) => setQ(e.target.value)}
            />
            <GatedButton permission="flows:write" className="btn" onClick={() => void importFlow()}>
              {t('list.import')}
            </GatedButton>
            <GatedButton
              permission="flows:write"
              className="btn primary"
              onClick={() => void create()}
              data-testid="new-flow"
            >
              + {t('list.new')}
            </GatedButton>
          </div>
        </div>
        {error ? <p className="field-error">{error}</p> : null}
        {flows === null ? <p className="muted">{t('common.loading')}</p> : null}
        {flows && flows.length === 0 ? (
          <div className="empty-state">
            <p>{t('list.empty')}</p>
            <button type="button" className="btn" onClick={() => useUi.getState().go({ name: 'templates' })}>
              {t('nav.templates')}
            </button>
          </div>
        ) : null}
        {flows && flows.length > 0 && shown.length === 0 ? <p className="muted">{t('list.noMatch', { q })}</p> : null}
        <ul className="cards">
          {shown.map((f) => (
            <li key={f.id} className="card">
              <a className="card-link" href={`#/flows/${encodeURIComponent(f.id)}`}>
                <div className="card-title">{f.name}</div>
                {f.description ? <p className="card-desc">{f.description}</p> : null}
              </a>
              <div className="card-foot">
                {f.publishedVersion !== null ? (
                  <span className="pill published">{t('list.published', { v: f.publishedVersion })}</span>
                ) : (
                  <span className="pill">{t('list.draft')}</span>
                )}
                <span className="muted small">{t('list.updated', { when: formatDateTime(f.updatedAt, t.lang) })}</span>
                <GatedButton
                  permission="flows:write"
                  className="btn small ghost"
                  onClick={() => void remove(f)}
                  aria-label={`${t('list.delete')} ${f.name}`}
                >
                  {t('list.delete')}
                </GatedButton>
              </div>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
