import { nodeKind } from '@ruta/flow';
import { Handle, type NodeProps, Position } from '@xyflow/react';
import { memo, useMemo } from 'react';
import { parseParams } from '../graph/params-cache';
import type { StepNode as StepNodeType } from '../graph/to-flow';
import { pickText, useT } from '../i18n';
import { useEditor } from '../store/editor';
import { KindIcon } from './Icon';

/** One step on the canvas: kind icon and name, a one-line summary of its params, its ports, its problems. */
function StepNodeView({ id, data, selected }: NodeProps<StepNodeType>) {
  const t = useT();
  const { node, ports, input, ghost } = data;
  const spec = nodeKind(node.kind);
  const errors = useEditor((s) => s.validation.counts[id]?.errors ?? 0);
  const warnings = useEditor((s) => s.validation.counts[id]?.warnings ?? 0);
  const path = useEditor((s) => s.highlight?.nodes[id]);
  const diff = useEditor((s) => s.diff?.nodes.get(id));
  const stats = useEditor((s) => s.stats?.nodes[id]);
  const summary = useMemo(() => {
    if (!spec) return '';
    const parsed = parseParams(node.kind, node.params);
    if (!parsed.ok) return '';
    try {
      return spec.summary(parsed.value as never, t.lang);
    } catch {
      return '';
    }
  }, [spec, node.kind, node.params, t.lang]);
  const kindLabel = spec ? pickText(spec.label, t.lang) : node.kind;
  const title = node.label || kindLabel;
  const classes = [
    'step',
    `group-${spec?.group ?? 'custom'}`,
    selected ? 'selected' : '',
    errors ? 'has-errors' : warnings ? 'has-warnings' : '',
    path ? `path-${path}` : '',
    diff && diff !== 'same' ? `diff-${diff}` : '',
    ghost ? 'diff-removed ghost' : '',
  ].join(' ');
  const custom = useEditor((s) =>
    node.kind === 'custom' ? s.custom.find((a) => a.name === node.params.activity) : undefined,
  );
  const customName = custom?.label
    ? pickText(custom.label, t.lang)
    : typeof node.params.activity === 'string'
      ? node.params.activity
      : '';
  // Under the title: what kind of block it is when it has a name of its own (never its internal id).
  const subtitle = node.label ? customName || kindLabel : customName;
  return (
    <div className={classes} data-testid={`node-${id}`} data-kind={node.kind}>
      {input ? <Handle type="target" position={Position.Top} id="in" className="handle-in" /> : null}
      <div className="step-head">
        <span className="step-icon">
          <KindIcon kind={node.kind} group={spec?.group ?? 'custom'} />
        </span>
        <div className="step-titles">
          <div className="step-title">{title}</div>
          {subtitle ? <div className="step-kind">{subtitle}</div> : null}
        </div>
        {errors + warnings > 0 ? (
          <span
            className={`badge ${errors ? 'error' : 'warning'}`}
            title={[
              errors ? t('canvas.errors', { n: errors }) : '',
              warnings ? t('canvas.warnings', { n: warnings }) : '',
            ]
              .filter(Boolean)
              .join(', ')}
            role="img"
            aria-label={errors ? t('canvas.errors', { n: errors }) : t('canvas.warnings', { n: warnings })}
          >
            {errors || warnings}
          </span>
        ) : null}
      </div>
      {summary ? <div className="step-summary">{summary}</div> : null}
      {stats ? (
        <div className="step-stats">
          <span title={t('watch.entered')}>↘ {stats.entered}</span>
          <span title={t('watch.waitingNow')} className="waiting">
            ◷ {stats.waitingNow}
          </span>
          <span title={t('watch.completed')} className="ok">
            ✓ {stats.completed}
          </span>
          {stats.failed ? (
            <span title={t('watch.failed')} className="bad">
              ✕ {stats.failed}
            </span>
          ) : null}
        </div>
      ) : null}
      {ports.length > 0 ? (
        <div className="step-ports">
          {ports.map((p) => (
            <div key={p.name} className={`port ${p.unknown ? 'unknown' : ''}`} data-port={p.name}>
              <span className="port-label">{pickText(p.label, t.lang)}</span>
              <Handle type="source" position={Position.Bottom} id={p.name} className="handle-out" />
            </div>
          ))}
        </div>
      ) : null}
    </div>
  );
}

export const StepNode = memo(StepNodeView);
