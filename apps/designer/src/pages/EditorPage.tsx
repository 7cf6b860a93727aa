import type { ScenarioInputDoc } from '@ruta/flow';
import { type ReactFlowInstance, ReactFlowProvider, useReactFlow } from '@xyflow/react';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { backend, useCan, useSession } from '../api/session';
import type { TemplateInfo } from '../api/types';
import { Canvas } from '../canvas/Canvas';
import { type PaletteItem, paletteItems } from '../catalog/palette';
import { bundledTemplates, scenariosFor } from '../catalog/samples';
import { NODE_HEIGHT, NODE_WIDTH } from '../graph/layout';
import { portsOf } from '../graph/ports';
import type { XY } from '../graph/types';
import { useT } from '../i18n';
import { Inspector } from '../panels/Inspector';
import { Palette } from '../panels/Palette';
import { Problems } from '../panels/Problems';
import { Schedule } from '../panels/Schedule';
import { Versions } from '../panels/Versions';
import { Watch, WatchLegend } from '../panels/Watch';
import { SimulatorPanel } from '../sim/SimulatorPanel';
import { redo, undo, useEditor } from '../store/editor';
import { useUi } from '../store/ui';
import { Dock, type Tab } from './Dock';
import { Header } from './Header';
import { exportJson, parseFlowJson, pickJsonFile } from './io';
import { PublishDialog } from './PublishDialog';
import { SkipLinks } from './SkipLinks';
import { useShortcuts } from './shortcuts';

/** The editor of one flow: palette, canvas, inspector, and the problems / simulator / versions / watch panel. */
export function EditorPage({ flowId }: { flowId: string }) {
  return (
    <ReactFlowProvider>
      <Editor flowId={flowId} />
    </ReactFlowProvider>
  );
}

/** Pans the canvas so a block is in view (a block added below the selection may land off screen). */
export function revealNode(rf: ReactFlowInstance, id: string): void {
  requestAnimationFrame(() => {
    const s = useEditor.getState();
    const node = s.doc.nodes.find((n) => n.id === id) ?? s.doc.notes.find((n) => n.id === id);
    const box = document.querySelector('.canvas')?.getBoundingClientRect();
    if (!node || !box) return;
    const size = s.measured[id] ?? { width: NODE_WIDTH, height: NODE_HEIGHT };
    const a = rf.flowToScreenPosition(node.position);
    const b = rf.flowToScreenPosition({ x: node.position.x + size.width, y: node.position.y + size.height });
    const margin = 24;
    const visible =
      a.x >= box.left + margin && a.y >= box.top + margin && b.x <= box.right - margin && b.y <= box.bottom - margin;
    if (visible) return;
    void rf.setCenter(node.position.x + size.width / 2, node.position.y + size.height / 2, {
      zoom: rf.getZoom(),
      duration: 250,
    });
  });
}

function Editor({ flowId }: { flowId: string }) {
  const t = useT();
  const rf = useReactFlow();
  const loaded = useEditor((s) => s.flowId === flowId);
  const custom = useEditor((s) => s.custom);
  const mode = useEditor((s) => s.mode);
  const layout = useUi((s) => s.layout);
  const scheduled = useEditor((s) => s.doc.nodes.some((n) => n.kind === 'trigger.schedule'));
  const [tab, setTab] = useState<Tab>('problems');
  const [error, setError] = useState<string | null>(null);
  const [publishing, setPublishing] = useState(false);
  const [versionsKey, setVersionsKey] = useState(0);
  const [templates, setTemplates] = useState<TemplateInfo[]>(bundledTemplates());
  const kind = useSession((s) => s.backend.kind);
  // Without flows:write the flow is shown read-only; tabs for what the person may not see are left out.
  const canEdit = useCan('flows:write');
  const canSeeVersions = useCan('flows:publish');
  const canWatch = useCan('journeys:read');

  useEffect(() => {
    let cancelled = false;
    setError(null);
    backend()
      .getFlow(flowId)
      .then((rec) => {
        if (cancelled) return;
        useEditor.getState().load(rec.id, rec.document, rec.publishedVersion);
        // React Flow queues fitView until nodes are measured: on an empty flow it would re-center the first
        // block dropped, away from where the user put it.
        if (rec.document.nodes.length > 0) requestAnimationFrame(() => rf.fitView({ padding: 0.2, maxZoom: 1 }));
        if (rec.publishedVersion !== null) {
          backend()
            .versionDocument(rec.id, rec.publishedVersion)
            .then((doc) => !cancelled && useEditor.getState().setPublishedDoc(doc))
            .catch(() => undefined);
        }
      })
      .catch((err: Error) => !cancelled && setError(err.message));
    backend()
      .activities()
      .then((a) => {
        if (cancelled) return;
        useEditor.getState().setCustom(a.custom);
        useEditor.getState().setActivityFlags(a.flags.filter((f) => f.flowId === flowId));
        useEditor.getState().setQueues(a.queues);
      })
      .catch(() => undefined);
    backend()
      .templates()
      .then((list) => !cancelled && list.length > 0 && setTemplates(list))
      .catch(() => undefined);
    return () => {
      cancelled = true;
    };
  }, [flowId, rf]);

  useAutosave(canEdit);

  const palette = useMemo(() => paletteItems(custom, t.lang), [custom, t.lang]);
  const docScenarios = useEditor((s) => s.doc.scenarios);
  const scenarios = useMemo<ScenarioInputDoc[]>(
    () => [...docScenarios, ...scenariosFor(flowId, templates)],
    [flowId, templates, docScenarios],
  );

  const add = useCallback(
    (item: PaletteItem, at?: XY) => {
      const s = useEditor.getState();
      const params = structuredClone(item.params);
      if (at) {
        s.addNode(item.kind, params, at);
        return;
      }
      // From the keyboard (or a click): below the selected block, connected to its first free port.
      const from = s.selection.length === 1 ? s.doc.nodes.find((n) => n.id === s.selection[0]) : undefined;
      if (from) {
        const used = new Set(s.doc.edges.filter((e) => e.from === from.id).map((e) => e.port));
        const ports = portsOf(from, s.doc.edges);
        const free = ports.findIndex((p) => !used.has(p.name));
        const h = s.measured[from.id]?.height ?? NODE_HEIGHT;
        const pos = { x: from.position.x + Math.max(0, free) * 290, y: from.position.y + h + 90 };
        const id = s.addNode(item.kind, params, pos);
        if (free >= 0 && !item.kind.startsWith('trigger.'))
          useEditor.getState().connect(from.id, ports[free]!.name, id);
        revealNode(rf, id);
        return;
      }
      const box = document.querySelector('.canvas')?.getBoundingClientRect();
      const center = box
        ? rf.screenToFlowPosition({ x: box.left + box.width / 2, y: box.top + box.height / 3 })
        : { x: 0, y: 0 };
      const id = s.addNode(item.kind, params, { x: center.x - NODE_WIDTH / 2, y: center.y - 40 });
      revealNode(rf, id);
    },
    [rf],
  );

  const addNote = useCallback(() => {
    const box = document.querySelector('.canvas')?.getBoundingClientRect();
    const c = box ? rf.screenToFlowPosition({ x: box.left + 80, y: box.top + 80 }) : { x: 0, y: 0 };
    useEditor.getState().addNote(c);
  }, [rf]);

  const fit = useCallback(() => void rf.fitView({ padding: 0.12, duration: 250, maxZoom: 1 }), [rf]);
  const tidy = useCallback(() => {
    useEditor.getState().layout();
    requestAnimationFrame(() => fit());
  }, [fit]);
  const readOnly = mode === 'watch' || !canEdit;
  const shortcutActions = useMemo(() => ({ fit, layout: tidy, readOnly }), [fit, tidy, readOnly]);
  useShortcuts(shortcutActions);

  const importJson = async () => {
    const text = await pickJsonFile();
    if (!text) return;
    try {
      const doc = parseFlowJson(text);
      useEditor.getState().change({ ...doc, id: useEditor.getState().doc.id });
      requestAnimationFrame(() => fit());
    } catch (err) {
      useUi.getState().toast((err as Error).message, 'error');
    }
  };

  const switchTab = (next: Tab) => {
    setTab(next);
    const s = useEditor.getState();
    s.setMode(next === 'watch' ? 'watch' : 'design');
    if (next !== 'simulate' && next !== 'watch') s.setHighlight(null);
    if (next !== 'versions') s.setDiff(null);
  };

  if (error) {
    return (
      <div className="page-error">
        <p className="field-error">{t('common.error', { e: error })}</p>
        <button type="button" className="btn" onClick={() => useUi.getState().go({ name: 'list' })}>
          {t('nav.back')}
        </button>
      </div>
    );
  }
  if (!loaded) return <div className="loading">{t('common.loading')}</div>;

  const tabs: { id: Tab; label: string; extra?: React.ReactNode }[] = [
    { id: 'problems', label: t('problems.title'), extra: <ProblemCount /> },
    { id: 'simulate', label: t('sim.title') },
    ...(canSeeVersions ? [{ id: 'versions' as const, label: t('header.versions') }] : []),
    ...(scheduled ? [{ id: 'schedule' as const, label: t('schedule.title') }] : []),
    ...(canWatch ? [{ id: 'watch' as const, label: t('header.watch') }] : []),
  ];

  const columns = `${layout.palette ? 228 : 56}px minmax(0, 1fr) ${layout.inspector ? 344 : 44}px`;
  return (
    <div className={`editor mode-${mode}`}>
      <SkipLinks />
      <Header
        onUndo={undo}
        onRedo={redo}
        onLayout={tidy}
        onFit={fit}
        onExport={() => exportJson(useEditor.getState().doc)}
        onImport={() => void importJson()}
        onPublish={() => setPublishing(true)}
        offline={kind === 'local'}
      />
      <div className="workspace" style={{ gridTemplateColumns: columns }}>
        {readOnly ? (
          <WatchLegend collapsed={!layout.palette} />
        ) : (
          <Palette
            items={palette}
            collapsed={!layout.palette}
            onToggle={() => useUi.getState().setLayout({ palette: !layout.palette })}
            onAdd={(i) => add(i)}
            onAddNote={addNote}
          />
        )}
        <main className="editor-center">
          <Canvas palette={palette} readOnly={readOnly} onAdd={add} />
          <Dock tab={tab} tabs={tabs} onTab={switchTab}>
            {tab === 'problems' ? <Problems /> : null}
            {tab === 'simulate' ? <SimulatorPanel scenarios={scenarios} /> : null}
            {tab === 'versions' ? (
              <Versions refreshKey={versionsKey} onRestored={() => setVersionsKey((k) => k + 1)} />
            ) : null}
            {tab === 'schedule' && scheduled ? <Schedule refreshKey={versionsKey} /> : null}
            {tab === 'watch' ? <Watch /> : null}
          </Dock>
        </main>
        <Inspector
          readOnly={readOnly}
          collapsed={!layout.inspector}
          onToggle={() => useUi.getState().setLayout({ inspector: !layout.inspector })}
        />
      </div>
      {publishing ? (
        <PublishDialog
          onClose={() => setPublishing(false)}
          onPublished={() => {
            setPublishing(false);
            setVersionsKey((k) => k + 1);
          }}
        />
      ) : null}
    </div>
  );
}

function ProblemCount() {
  const t = useT();
  const n = useEditor((s) => s.validation.diagnostics.filter((d) => d.severity === 'error').length);
  return n > 0 ? (
    <span className="tab-count error">
      {n}
      <span className="sr-only"> {t('problems.errors', { n })}</span>
    </span>
  ) : null;
}

/** Saves the draft a moment after the last edit (when the person may edit flows). */
function useAutosave(canEdit: boolean): void {
  const revision = useEditor((s) => s.revision);
  const saved = useEditor((s) => s.savedRevision);
  useEffect(() => {
    if (revision === saved || !canEdit) return;
    const id = setTimeout(() => {
      const s = useEditor.getState();
      if (!s.flowId) return;
      const rev = s.revision;
      useUi.getState().setSave('saving');
      backend()
        .saveFlow(s.flowId, s.doc)
        .then(() => {
          useEditor.getState().markSaved(rev);
          useUi.getState().setSave('saved');
        })
        .catch(() => useUi.getState().setSave('error'));
    }, 700);
    return () => clearTimeout(id);
  }, [revision, saved, canEdit]);
}
