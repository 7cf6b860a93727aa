import type { Diagnostic } from '@ruta/flow';
import { useReactFlow } from '@xyflow/react';
import { pickText, useT } from '../i18n';
import { useEditor } from '../store/editor';

/** Every problem of the flow, errors first; clicking one selects its block and focuses the field. */
export function Problems() {
  const t = useT();
  const diagnostics = useEditor((s) => s.validation.diagnostics);
  const flags = useEditor((s) => s.activityFlags);
  const validating = useEditor((s) => s.validating);
  const rf = useReactFlow();
  const sorted = [...diagnostics].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.length - errors;

  const open = (d: Diagnostic) => {
    const s = useEditor.getState();
    if (d.nodeId && s.doc.nodes.some((n) => n.id === d.nodeId)) {
      s.focusField(d.nodeId, d.path);
      const node = rf.getNode(d.nodeId);
      if (node) {
        const w = node.measured?.width ?? 260;
        const h = node.measured?.height ?? 100;
        rf.setCenter(node.position.x + w / 2, node.position.y + h / 2, {
          zoom: Math.max(rf.getZoom(), 0.8),
          duration: 300,
        });
      }
    } else if (d.edgeId) {
      s.select([d.edgeId]);
    } else if (d.nodes?.[0]) {
      s.select(d.nodes.filter((id) => s.doc.nodes.some((n) => n.id === id)));
    } else {
      s.select([]);
    }
  };

  return (
    <section className="problems" aria-label={t('problems.title')}>
      <div className="problems-summary" aria-live="polite">
        {validating ? (
          <span className="muted">{t('problems.checking')}</span>
        ) : diagnostics.length === 0 ? (
          <span className="ok">✓ {t('problems.none')}</span>
        ) : (
          <>
            {errors ? <span className="pill error">{t('problems.errors', { n: errors })}</span> : null}
            {warnings ? <span className="pill warning">{t('problems.warnings', { n: warnings })}</span> : null}
          </>
        )}
      </div>
      <ul className="problem-list">
        {flags.map((f) => (
          <li key={`flag-${f.id}`}>
            <button
              type="button"
              className="problem error"
              data-code="activity_changed"
              onClick={() => useEditor.getState().select([f.nodeId])}
            >
              <span className="dot error" />
              <span className="problem-where">{f.nodeId}</span>
              <span className="problem-msg">
                {t('problems.activityChanged', { version: f.flowVersion, activity: f.activity })}{' '}
                {f.changes.map((c) => c.message[t.lang]).join(' ')}
              </span>
            </button>
          </li>
        ))}
        {sorted.map((d, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: diagnostics have no id; order is stable per compile
          <li key={i}>
            <button type="button" className={`problem ${d.severity}`} onClick={() => open(d)} data-code={d.code}>
              <span className={`dot ${d.severity}`} />
              <span className="sr-only">
                {d.severity === 'error' ? t('problems.errors', { n: 1 }) : t('problems.warnings', { n: 1 })}
              </span>
              <span className="problem-where">
                {d.nodeLabel ? pickText(d.nodeLabel, t.lang) : (d.nodeId ?? t('problems.flow'))}
              </span>
              <span className="problem-msg">{d.message[t.lang]}</span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
