import {
  Background,
  BackgroundVariant,
  type Connection,
  ControlButton,
  Controls,
  type EdgeChange,
  MiniMap,
  type NodeChange,
  type OnConnectEnd,
  ReactFlow,
  useReactFlow,
} from '@xyflow/react';
import { type DragEvent, useCallback, useMemo, useRef, useState } from 'react';
import type { PaletteItem } from '../catalog/palette';
import { NODE_HEIGHT, NODE_WIDTH } from '../graph/layout';
import type { Rect } from '../graph/route';
import { type CanvasNode, type EdgeCache, type NodeCache, toCanvasEdges, toCanvasNodes } from '../graph/to-flow';
import type { XY } from '../graph/types';
import { useT } from '../i18n';
import { useEditor } from '../store/editor';
import { useUi } from '../store/ui';
import { NoteNode } from './NoteNode';
import { describeEdge, describeNode } from './names';
import { ObstaclesContext, RoutedEdge } from './RoutedEdge';
import { StepNode } from './StepNode';

// Defined once at module level, as React Flow wants.
const NODE_TYPES = { step: StepNode, note: NoteNode };
const EDGE_TYPES = { routed: RoutedEdge };
const DEFAULT_EDGE = { type: 'routed' };
const PRO = { hideAttribution: true };
/** Above this many blocks edges keep the plain step line: routing every edge on every move would cost too much. */
const ROUTE_LIMIT = 150;

export const DRAG_TYPE = 'application/x-ruta-palette';

const MINIMAP_COLORS: Record<string, string> = {
  triggers: '#7c3aed',
  messages: '#2563eb',
  waits: '#d97706',
  logic: '#0891b2',
  intelligence: '#db2777',
  crm: '#059669',
  people: '#ea580c',
  custom: '#64748b',
};

interface Props {
  palette: readonly PaletteItem[];
  readOnly?: boolean;
  onAdd(item: PaletteItem, at: XY): void;
}

/** The canvas: nodes and edges derived from the document; every change goes back to the store as an intent. */
export function Canvas({ palette, readOnly, onAdd }: Props) {
  const t = useT();
  const rf = useReactFlow();
  const doc = useEditor((s) => s.doc);
  const selection = useEditor((s) => s.selection);
  const dragging = useEditor((s) => s.dragging);
  const measured = useEditor((s) => s.measured);
  // Nodes are re-derived when a block is measured for the first time (see toCanvasNodes), not on every resize.
  const measuredCount = Object.keys(measured).length;
  const diff = useEditor((s) => s.diff);
  const highlight = useEditor((s) => s.highlight);
  const problems = useEditor((s) => s.validation.edges);
  const stats = useEditor((s) => s.stats);
  const minimap = useUi((s) => s.layout.minimap);
  const cache = useRef<NodeCache>(new Map());
  const edgeCache = useRef<EdgeCache>(new Map());
  // Fit the flow on first show; an empty flow keeps zoom 1 so the first blocks land at their real size.
  const [fitOnInit] = useState(() => doc.nodes.length > 0);
  const selSet = useMemo(() => new Set(selection), [selection]);
  const routed = doc.nodes.length <= ROUTE_LIMIT;
  const lang = t.lang;

  const nodes = useMemo(() => {
    void measuredCount;
    return toCanvasNodes(
      doc,
      // Sizes are read, not subscribed to: a measurement must not re-derive every node (see toCanvasNodes).
      {
        selection: selSet,
        dragging,
        measured: useEditor.getState().measured,
        ...(diff ? { ghosts: diff.removedNodes } : {}),
        readOnly: Boolean(readOnly),
        describe: (n, type) => describeNode(n, type, lang),
      },
      cache.current,
    );
  }, [doc, selSet, dragging, diff, readOnly, lang, measuredCount]);
  const edges = useMemo(
    () =>
      toCanvasEdges(
        doc,
        {
          selection: selSet,
          visited: highlight?.edges,
          problems,
          diff: diff?.edges,
          counts: stats?.edges,
          removed: diff
            ? diff.base.edges
                .filter((e) => diff.edges.get(`removed:${e.id}`))
                .map((e) => ({ ...e, id: `removed:${e.id}` }))
            : undefined,
          lang,
          routed,
          describe: (e) => describeEdge(doc, e, lang),
        },
        edgeCache.current,
      ),
    [doc, selSet, highlight, problems, diff, stats, lang, routed],
  );

  // Every block as a rectangle edges keep clear of (live positions while dragging, measured sizes).
  const obstacles = useMemo<Rect[]>(
    () =>
      routed
        ? doc.nodes.map((n) => {
            const p = dragging?.[n.id] ?? n.position;
            const m = measured[n.id];
            return { x: p.x, y: p.y, width: m?.width ?? NODE_WIDTH, height: m?.height ?? NODE_HEIGHT };
          })
        : [],
    [doc.nodes, dragging, measured, routed],
  );

  const onNodesChange = useCallback((changes: NodeChange<CanvasNode>[]) => {
    const s = useEditor.getState();
    const sizes: Record<string, { width: number; height: number }> = {};
    const moving: Record<string, XY> = {};
    const ended: Record<string, XY> = {};
    let sel: Set<string> | null = null;
    for (const c of changes) {
      if (c.type === 'dimensions' && c.dimensions) sizes[c.id] = c.dimensions;
      else if (c.type === 'position' && c.position) {
        if (c.dragging) moving[c.id] = c.position;
        else ended[c.id] = c.position;
      } else if (c.type === 'position' && c.dragging === false) {
        const p = s.dragging?.[c.id];
        if (p) ended[c.id] = p;
      } else if (c.type === 'select') {
        sel ??= new Set(s.selection);
        if (c.selected) sel.add(c.id);
        else sel.delete(c.id);
      }
    }
    if (Object.keys(sizes).length) s.setMeasured(sizes);
    if (Object.keys(moving).length) s.dragMove(moving);
    if (Object.keys(ended).length) s.dragEnd(ended);
    if (sel) s.select([...sel]);
  }, []);

  const onEdgesChange = useCallback((changes: EdgeChange[]) => {
    const s = useEditor.getState();
    let sel: Set<string> | null = null;
    for (const c of changes) {
      if (c.type === 'select') {
        sel ??= new Set(s.selection);
        if (c.selected) sel.add(c.id);
        else sel.delete(c.id);
      }
    }
    if (sel) s.select([...sel]);
  }, []);

  const onNodeDragStop = useCallback(() => {
    const s = useEditor.getState();
    if (s.dragging) s.dragEnd({});
  }, []);

  const onConnect = useCallback((c: Connection) => {
    if (c.source && c.target) useEditor.getState().connect(c.source, c.sourceHandle ?? 'out', c.target);
  }, []);

  // A line dropped anywhere on a block connects to it, not only on its small top handle.
  const onConnectEnd = useCallback<OnConnectEnd>(
    (event, state) => {
      if (state.isValid || !state.fromNode || state.fromHandle?.type !== 'source') return;
      const point = 'changedTouches' in event ? event.changedTouches[0] : event;
      if (!point) return;
      const el = document.elementFromPoint(point.clientX, point.clientY)?.closest('.react-flow__node');
      const to = el?.getAttribute('data-id');
      if (!to || to === state.fromNode.id) return;
      const target = useEditor.getState().doc.nodes.find((n) => n.id === to);
      if (!target) return;
      if (target.kind.startsWith('trigger.')) {
        useUi.getState().toast(t('canvas.noEdgeIntoTrigger'), 'error');
        return;
      }
      useEditor.getState().connect(state.fromNode.id, state.fromHandle.id ?? 'out', to);
    },
    [t],
  );

  const onDragOver = useCallback((e: DragEvent) => {
    if (e.dataTransfer.types.includes(DRAG_TYPE)) {
      e.preventDefault();
      e.dataTransfer.dropEffect = 'copy';
    }
  }, []);

  const onDrop = useCallback(
    (e: DragEvent) => {
      const key = e.dataTransfer.getData(DRAG_TYPE);
      if (!key) return;
      e.preventDefault();
      const item = palette.find((p) => p.key === key);
      const at = rf.screenToFlowPosition({ x: e.clientX, y: e.clientY });
      if (key === 'note') useEditor.getState().addNote({ x: at.x - 90, y: at.y - 20 });
      else if (item) onAdd(item, { x: at.x - NODE_WIDTH / 2, y: at.y - 30 });
    },
    [palette, rf, onAdd],
  );

  const aria = useMemo(
    () => ({
      'node.a11yDescription.default': t('canvas.a11y.node'),
      'node.a11yDescription.keyboardDisabled': t('canvas.a11y.node'),
      'edge.a11yDescription.default': t('canvas.a11y.edge'),
      'controls.ariaLabel': t('canvas.a11y.controls'),
      'controls.zoomIn.ariaLabel': t('canvas.a11y.zoomIn'),
      'controls.zoomOut.ariaLabel': t('canvas.a11y.zoomOut'),
      'controls.fitView.ariaLabel': t('canvas.a11y.fitView'),
      'controls.interactive.ariaLabel': t('canvas.a11y.interactive'),
      'minimap.ariaLabel': t('canvas.a11y.minimap'),
      'handle.ariaLabel': t('canvas.a11y.handle'),
    }),
    [t],
  );

  return (
    <section
      className={`canvas ${nodes.length > 150 ? 'large' : ''}`}
      onDragOver={onDragOver}
      onDrop={onDrop}
      id="canvas-focus"
      tabIndex={-1}
      aria-label={t('canvas.label')}
    >
      <ObstaclesContext.Provider value={obstacles}>
        <ReactFlow<CanvasNode>
          nodes={nodes}
          edges={edges}
          nodeTypes={NODE_TYPES}
          edgeTypes={EDGE_TYPES}
          defaultEdgeOptions={DEFAULT_EDGE}
          onNodesChange={onNodesChange}
          onEdgesChange={onEdgesChange}
          onNodeDragStop={onNodeDragStop}
          onConnect={onConnect}
          onConnectEnd={onConnectEnd}
          connectionRadius={40}
          nodesDraggable={!readOnly}
          nodesConnectable={!readOnly}
          // Edges are reached through their blocks (inspector: outputs), not one by one with Tab.
          edgesFocusable={false}
          deleteKeyCode={null}
          selectionKeyCode="Shift"
          multiSelectionKeyCode={['Meta', 'Control']}
          minZoom={0.05}
          maxZoom={2}
          fitView={fitOnInit}
          fitViewOptions={{ padding: 0.12, maxZoom: 1 }}
          onlyRenderVisibleElements={nodes.length > 150}
          proOptions={PRO}
          ariaLabelConfig={aria}
          aria-label={t('canvas.label')}
        >
          <Background variant={BackgroundVariant.Dots} gap={20} size={1.2} color="#cbd5e1" />
          {minimap ? (
            <MiniMap
              pannable
              zoomable
              style={{ width: 150, height: 96 }}
              ariaLabel={t('canvas.a11y.minimap')}
              nodeColor={(n) =>
                n.type === 'note' ? '#fde68a' : (MINIMAP_COLORS[groupOf(n as CanvasNode)] ?? '#94a3b8')
              }
              nodeStrokeWidth={0}
              maskColor="rgba(241,245,249,0.7)"
            />
          ) : null}
          <Controls showInteractive={false}>
            <ControlButton
              onClick={() => useUi.getState().setLayout({ minimap: !minimap })}
              aria-label={minimap ? t('canvas.hideMinimap') : t('canvas.showMinimap')}
              aria-pressed={minimap}
              title={minimap ? t('canvas.hideMinimap') : t('canvas.showMinimap')}
            >
              <svg viewBox="0 0 16 16" width="12" height="12" aria-hidden="true" focusable="false">
                <rect
                  x="1.5"
                  y="3"
                  width="13"
                  height="10"
                  rx="1.5"
                  fill="none"
                  stroke="currentColor"
                  strokeWidth="1.5"
                />
                <rect x="8" y="7.5" width="4.5" height="3.5" fill="currentColor" />
              </svg>
            </ControlButton>
          </Controls>
        </ReactFlow>
      </ObstaclesContext.Provider>
      {doc.nodes.length === 0 && !readOnly ? (
        <div className="canvas-empty" aria-hidden="true">
          <strong>{t('canvas.emptyTitle')}</strong>
          <span>{t('canvas.emptyBody')}</span>
        </div>
      ) : null}
    </section>
  );
}

function groupOf(n: CanvasNode): string {
  if (n.type !== 'step') return 'custom';
  const kind = n.data.node.kind;
  if (kind.startsWith('trigger.')) return 'triggers';
  if (kind.startsWith('message.')) return 'messages';
  if (kind.startsWith('wait.')) return 'waits';
  if (kind.startsWith('logic.') || kind === 'goal' || kind === 'end') return 'logic';
  if (kind.startsWith('ai.')) return 'intelligence';
  if (kind.startsWith('crm.')) return 'crm';
  if (kind === 'handoff' || kind.startsWith('survey.')) return 'people';
  return 'custom';
}
