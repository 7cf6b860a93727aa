import {
  Background,
  BackgroundVariant,
  type Connection,
  Controls,
  type EdgeChange,
  MiniMap,
  type NodeChange,
  ReactFlow,
  useReactFlow,
} from '@xyflow/react';
import { type DragEvent, useCallback, useMemo, useRef, useState } from 'react';
import type { PaletteItem } from '../catalog/palette';
import { type CanvasNode, type EdgeCache, type NodeCache, toCanvasEdges, toCanvasNodes } from '../graph/to-flow';
import type { XY } from '../graph/types';
import { useT } from '../i18n';
import { useEditor } from '../store/editor';
import { NoteNode } from './NoteNode';
import { StepNode } from './StepNode';

// Defined once at module level, as React Flow wants.
const NODE_TYPES = { step: StepNode, note: NoteNode };
const DEFAULT_EDGE = { type: 'smoothstep' };
const PRO = { hideAttribution: true };

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
  const diff = useEditor((s) => s.diff);
  const highlight = useEditor((s) => s.highlight);
  const problems = useEditor((s) => s.validation.edges);
  const stats = useEditor((s) => s.stats);
  const cache = useRef<NodeCache>(new Map());
  const edgeCache = useRef<EdgeCache>(new Map());
  // Fit the flow on first show; an empty flow keeps zoom 1 so the first blocks land at their real size.
  const [fitOnInit] = useState(() => doc.nodes.length > 0);
  const selSet = useMemo(() => new Set(selection), [selection]);

  const nodes = useMemo(
    () =>
      toCanvasNodes(
        doc,
        // Sizes are read, not subscribed to: a measurement must not re-derive every node (see toCanvasNodes).
        {
          selection: selSet,
          dragging,
          measured: useEditor.getState().measured,
          ...(diff ? { ghosts: diff.removedNodes } : {}),
          readOnly: Boolean(readOnly),
        },
        cache.current,
      ),
    [doc, selSet, dragging, diff, readOnly],
  );
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
          lang: t.lang,
        },
        edgeCache.current,
      ),
    [doc, selSet, highlight, problems, diff, stats, t.lang],
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
      else if (item) onAdd(item, { x: at.x - 132, y: at.y - 30 });
    },
    [palette, rf, onAdd],
  );

  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: the drop target of palette drags; the palette's keyboard path (Enter) adds blocks without it
    <div className={`canvas ${nodes.length > 150 ? 'large' : ''}`} onDragOver={onDragOver} onDrop={onDrop}>
      <ReactFlow<CanvasNode>
        nodes={nodes}
        edges={edges}
        nodeTypes={NODE_TYPES}
        defaultEdgeOptions={DEFAULT_EDGE}
        onNodesChange={onNodesChange}
        onEdgesChange={onEdgesChange}
        onNodeDragStop={onNodeDragStop}
        onConnect={onConnect}
        nodesDraggable={!readOnly}
        nodesConnectable={!readOnly}
        deleteKeyCode={null}
        selectionKeyCode="Shift"
        multiSelectionKeyCode={['Meta', 'Control']}
        minZoom={0.1}
        maxZoom={2}
        fitView={fitOnInit}
        fitViewOptions={{ padding: 0.2, maxZoom: 1 }}
        onlyRenderVisibleElements={nodes.length > 150}
        proOptions={PRO}
        aria-label={t('canvas.label')}
      >
        <Background variant={BackgroundVariant.Dots} gap={20} size={1.2} color="#cbd5e1" />
        <MiniMap
          pannable
          zoomable
          style={{ width: 168, height: 112 }}
          ariaLabel="Minimap"
          nodeColor={(n) => (n.type === 'note' ? '#fde68a' : (MINIMAP_COLORS[groupOf(n as CanvasNode)] ?? '#94a3b8'))}
          nodeStrokeWidth={0}
          maskColor="rgba(241,245,249,0.7)"
        />
        <Controls showInteractive={false} />
      </ReactFlow>
      {doc.nodes.length === 0 && !readOnly ? (
        <div className="canvas-empty" aria-hidden="true">
          <strong>{t('canvas.emptyTitle')}</strong>
          <span>{t('canvas.emptyBody')}</span>
        </div>
      ) : null}
    </div>
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
