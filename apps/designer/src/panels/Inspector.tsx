import { contextVariables, type ExprExpect, eventDataVariables, FlowSettings, nodeKind } from '@ruta/flow';
import { useEffect, useMemo, useRef } from 'react';
import { z } from 'zod';
import { KindIcon } from '../canvas/Icon';
import { canvasOptions } from '../canvas/options';
import { paramsSchema } from '../catalog/palette';
import { conditionFields } from '../conditions/fields';
import type { FormEnv } from '../forms/context';
import { SchemaForm } from '../forms/SchemaForm';
import { type JsonSchema, pathKey } from '../forms/schema';
import type { DocNode } from '../graph/types';
import { pickText, useT } from '../i18n';
import { fieldLabel } from '../i18n/fields';
import { PanelToggle } from '../pages/PanelToggle';
import { useEditor } from '../store/editor';
import { EventFields } from './EventFields';
import { Outputs } from './Outputs';

// The flow's settings form comes from the same schema; engine tuning (continue-as-new) stays out of it.
const SETTINGS_SCHEMA = (() => {
  const s = z.toJSONSchema(FlowSettings, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
  const { continueAsNewAfterEvents: _hidden, ...properties } = s.properties ?? {};
  return { ...s, properties, required: ['reentry'] };
})();

/** The right panel: the selected block's generated form, a note's text, or the flow's own settings. */
export function Inspector({
  readOnly,
  collapsed,
  onToggle,
}: {
  readOnly?: boolean;
  collapsed?: boolean;
  onToggle?: () => void;
}) {
  const t = useT();
  const selection = useEditor((s) => s.selection);
  const doc = useEditor((s) => s.doc);
  const node = selection.length === 1 ? doc.nodes.find((n) => n.id === selection[0]) : undefined;
  const note = selection.length === 1 ? doc.notes.find((n) => n.id === selection[0]) : undefined;
  const toggle = onToggle ? (
    <PanelToggle
      collapsed={Boolean(collapsed)}
      controls="inspector-panel"
      expandLabel={t('inspector.expand')}
      collapseLabel={t('inspector.collapse')}
      glyphs={['«', '»']}
      focusId="inspector-focus"
      onToggle={onToggle}
    />
  ) : null;
  if (collapsed) {
    return (
      <aside className="inspector rail" aria-label={t('inspector.title')} id="inspector-panel">
        {toggle}
        <span className="rail-label" aria-hidden="true">
          {t('inspector.title')}
        </span>
      </aside>
    );
  }
  return (
    <aside className="inspector" aria-label={t('inspector.title')} id="inspector-panel">
      <div className="panel-head inspector-top">
        <h2 className="section-title" id="inspector-focus" tabIndex={-1}>
          {t('inspector.title')}
        </h2>
        {toggle}
      </div>
      <fieldset className="inspector-body" disabled={readOnly}>
        {node ? (
          <NodeInspector key={node.id} node={node} />
        ) : note ? (
          <div className="inspector-section">
            <div className="panel-title">{t('inspector.note')}</div>
            <label className="field">
              {t('inspector.note')}
              <textarea
                className="input"
                rows={6}
                value={note.text}
                onChange={(e) => useEditor.getState().setNoteText(note.id, e.target.value)}
              />
            </label>
            <button type="button" className="btn danger" onClick={() => useEditor.getState().removeSelected()}>
              {t('form.remove')}
            </button>
          </div>
        ) : selection.length > 1 ? (
          <div className="inspector-section">
            <div className="panel-title">{t('inspector.multi', { n: selection.length })}</div>
            <button type="button" className="btn danger" onClick={() => useEditor.getState().removeSelected()}>
              {t('form.remove')}
            </button>
          </div>
        ) : (
          <FlowInspector />
        )}
      </fieldset>
    </aside>
  );
}

function FlowInspector() {
  const t = useT();
  const doc = useEditor((s) => s.doc);
  const change = useEditor((s) => s.change);
  const env = useMemo<FormEnv>(
    () => ({
      lang: t.lang,
      idPrefix: 'flow',
      errors: new Map(),
      scope: { vars: {}, nodes: {} },
      variables: [],
      expects: new Map(),
    }),
    [t.lang],
  );
  return (
    <div className="inspector-section">
      <div className="panel-title">{t('inspector.flow')}</div>
      <p className="hint">{t('inspector.empty')}</p>
      <div className="field">
        <label htmlFor="flow-name">{t('inspector.flowName')}</label>
        <input
          id="flow-name"
          className="input"
          value={doc.name}
          onChange={(e) => change({ ...doc, name: e.target.value }, 'flow:name')}
        />
      </div>
      <div className="field">
        <label htmlFor="flow-desc">{t('inspector.description')}</label>
        <textarea
          id="flow-desc"
          className="input"
          rows={4}
          value={doc.description ?? ''}
          onChange={(e) => change({ ...doc, description: e.target.value || undefined } as typeof doc, 'flow:desc')}
        />
      </div>
      <SchemaForm
        schema={SETTINGS_SCHEMA}
        value={doc.settings as Record<string, unknown>}
        env={env}
        onChange={(settings) => change({ ...doc, settings: settings as typeof doc.settings }, 'flow:settings')}
      />
      <p className="hint kbd-hint">
        <strong>{t('kbd.title')}:</strong> {t('kbd.list')}
      </p>
    </div>
  );
}

function NodeInspector({ node }: { node: DocNode }) {
  const t = useT();
  const spec = nodeKind(node.kind);
  const diagnostics = useEditor((s) => s.validation.diagnostics);
  const scope = useEditor((s) => s.validation.scope);
  const custom = useEditor((s) => s.custom);
  const focus = useEditor((s) => s.focus);
  const setParams = useEditor((s) => s.setParams);
  const root = useRef<HTMLDivElement>(null);

  const mine = useMemo(() => diagnostics.filter((d) => d.nodeId === node.id), [diagnostics, node.id]);
  const errors = useMemo(() => {
    const m = new Map<string, string[]>();
    for (const d of mine) {
      if (d.path[0] !== 'params') continue;
      const key = pathKey(d.path.slice(1));
      m.set(key, [...(m.get(key) ?? []), d.message[t.lang]]);
    }
    return m;
  }, [mine, t.lang]);
  const general = mine.filter((d) => d.path[0] !== 'params');
  const doc = useEditor((s) => s.doc);
  // The event this block's expressions see: a wait's own event type for its filter, else the trigger's.
  const trigger = doc.nodes.find((n) => n.kind === 'trigger.event');
  const triggerType = typeof trigger?.params.eventType === 'string' ? trigger.params.eventType : '';
  const ownType = node.kind === 'wait.event' && typeof node.params.eventType === 'string' ? node.params.eventType : '';
  const eventSchema = doc.events[ownType || triggerType];
  const variables = useMemo(
    () => [...contextVariables(scope), ...eventDataVariables(eventSchema)],
    [scope, eventSchema],
  );
  const fields = useMemo(() => {
    const names = Object.fromEntries(canvasOptions(doc, t.lang).map((o) => [o.id, { es: o.name, en: o.name }]));
    const values: Record<string, { value: string; label: { es: string; en: string } }[]> = {};
    for (const n of doc.nodes) {
      if (n.kind !== 'logic.split') continue;
      const variants = (n.params.variants as { port?: string }[] | undefined) ?? [];
      values[`nodes.${n.id}.variant`] = variants
        .filter((v) => v.port)
        .map((v) => ({ value: v.port as string, label: { es: v.port as string, en: v.port as string } }));
    }
    return conditionFields(scope, eventSchema, names, values);
  }, [scope, eventSchema, doc, t.lang]);
  const expects = useMemo(() => {
    const m = new Map<string, ExprExpect>();
    if (!spec?.expressions) return m;
    const parsed = spec.params.safeParse(node.params);
    try {
      for (const e of spec.expressions((parsed.success ? parsed.data : node.params) as never))
        m.set(pathKey(e.path), e.expect);
    } catch {
      // params too broken to list expressions; fields fall back to `any`
    }
    return m;
  }, [spec, node.params]);

  // A clicked problem focuses its field: the deepest rendered field on the problem's path.
  useEffect(() => {
    if (!focus || focus.nodeId !== node.id || !root.current) return;
    const path = focus.path[0] === 'params' ? focus.path.slice(1) : focus.path;
    for (let n = path.length; n >= 0; n--) {
      const key = pathKey(path.slice(0, n));
      const el = root.current.querySelector<HTMLElement>(
        n === 0 ? '[data-field-path]' : `[data-field-path="${CSS.escape(key)}"]`,
      );
      if (!el) continue;
      const input = el.querySelector<HTMLElement>('input, textarea, select') ?? el.querySelector<HTMLElement>('button');
      el.scrollIntoView({ block: 'center' });
      (input ?? el).focus();
      el.classList.add('flash');
      setTimeout(() => el.classList.remove('flash'), 1200);
      return;
    }
  }, [focus, node.id]);

  if (!spec) {
    return (
      <div className="inspector-section">
        <p className="field-error">{t('inspector.unknownKind', { kind: node.kind })}</p>
      </div>
    );
  }
  const schema = paramsSchema(node.kind)!;
  const env: FormEnv = {
    lang: t.lang,
    idPrefix: node.id,
    errors,
    scope,
    variables,
    expects,
    conditionFields: fields,
    kind: node.kind,
  };
  const activity = node.kind === 'custom' ? custom.find((a) => a.name === node.params.activity) : undefined;

  return (
    <div className="inspector-section" ref={root}>
      <div className={`inspector-head group-${spec.group}`}>
        <span className="step-icon">
          <KindIcon kind={node.kind} group={spec.group} />
        </span>
        <div>
          <div className="panel-title">
            {activity?.label ? pickText(activity.label, t.lang) : pickText(spec.label, t.lang)}
          </div>
          <p className="hint">{pickText(activity?.description ?? spec.description, t.lang)}</p>
        </div>
      </div>
      <div className="field">
        <label htmlFor={`${node.id}-label`}>{t('inspector.label')}</label>
        <input
          id={`${node.id}-label`}
          className="input"
          value={node.label ?? ''}
          placeholder={pickText(spec.label, t.lang)}
          onChange={(e) => useEditor.getState().setLabel(node.id, e.target.value)}
        />
      </div>
      {general.length > 0 ? (
        <ul className="inspector-problems">
          {general.map((d) => (
            <li key={`${d.code}-${d.path.join('.')}`} className={d.severity}>
              {d.message[t.lang]}
            </li>
          ))}
        </ul>
      ) : null}
      <h3 className="section-title">{t('inspector.params')}</h3>
      {node.kind === 'custom' ? (
        <CustomParams node={node} env={env} />
      ) : (
        <SchemaForm schema={schema} value={node.params} env={env} onChange={(p) => setParams(node.id, p)} />
      )}
      {node.kind === 'trigger.event' || node.kind === 'wait.event' ? (
        <EventFields eventType={typeof node.params.eventType === 'string' ? node.params.eventType : ''} />
      ) : null}
      <Outputs node={node} />
      <button type="button" className="btn danger" onClick={() => useEditor.getState().removeIds([node.id])}>
        {t('inspector.delete')}
      </button>
      <details className="tech">
        <summary>{t('inspector.technical')}</summary>
        <p className="hint mono">
          {t('inspector.id')}: {node.id} · {t('inspector.kind')}: {node.kind}
        </p>
      </details>
    </div>
  );
}

/** A custom node: pick the activity, then a form generated from that activity's input schema. */
function CustomParams({ node, env }: { node: DocNode; env: FormEnv }) {
  const t = useT();
  const custom = useEditor((s) => s.custom);
  const setParams = useEditor((s) => s.setParams);
  const name = typeof node.params.activity === 'string' ? node.params.activity : '';
  const activity = custom.find((a) => a.name === name);
  const input = (node.params.input ?? {}) as Record<string, unknown>;
  const inputErrors = new Map<string, string[]>();
  for (const [k, v] of env.errors)
    if (k === 'input' || k.startsWith('input.')) inputErrors.set(k.replace(/^input\.?/, ''), v);
  const activityErrors = env.errors.get('activity') ?? [];
  return (
    <>
      <div className={`field ${activityErrors.length ? 'has-error' : ''}`} data-field-path="activity">
        <label htmlFor={`${node.id}-activity`}>{fieldLabel('activity', t.lang)}</label>
        {custom.length > 0 ? (
          <select
            id={`${node.id}-activity`}
            className="input"
            value={name}
            onChange={(e) => setParams(node.id, { activity: e.target.value, input: {} })}
          >
            <option value="">{t('form.none')}</option>
            {custom.map((a) => (
              <option key={a.name} value={a.name}>
                {a.label ? pickText(a.label, t.lang) : a.name}
              </option>
            ))}
          </select>
        ) : (
          <input
            id={`${node.id}-activity`}
            className="input mono"
            value={name}
            onChange={(e) => setParams(node.id, { ...node.params, activity: e.target.value })}
          />
        )}
        {activityErrors.map((e) => (
          <p className="field-error" key={e}>
            {e}
          </p>
        ))}
      </div>
      {activity ? (
        <div data-field-path="input">
          <SchemaForm
            schema={activity.input as JsonSchema}
            value={input}
            env={{ ...env, idPrefix: `${node.id}-input`, errors: inputErrors, templated: true }}
            onChange={(v) => setParams(node.id, { ...node.params, input: v })}
          />
        </div>
      ) : (
        <SchemaForm
          schema={{ type: 'object', properties: { input: { type: 'object' } } }}
          value={{ input }}
          env={env}
          onChange={(v) => setParams(node.id, { ...node.params, input: (v as { input?: unknown }).input ?? {} })}
        />
      )}
    </>
  );
}
