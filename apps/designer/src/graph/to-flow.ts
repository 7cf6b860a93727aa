/**
 * Document → React Flow. The canvas's nodes and edges are derived from the flow document; node objects
 * keep their identity while nothing about them changed, so React Flow re-renders only what did.
 */

import type { PortSpec } from '@ruta/flow';
import type { Edge, Node } from '@xyflow/react';
import { hasInput, portsOf } from './ports';
import type { Doc, DocEdge, DocNode, DocNote, XY } from './types';

export interface StepData extends Record<string, unknown> {
  node: DocNode;
  ports: (PortSpec & { unknown?: boolean })[];
  input: boolean;
  ghost?: 'removed';
}
export interface NoteData extends Record<string, unknown> {
  note: DocNote;
}
export type StepNode = Node<StepData, 'step'>;
export type NoteNode = Node<NoteData, 'note'>;
export type CanvasNode = StepNode | NoteNode;

interface CacheEntry {
  src: DocNode | DocNote;
  edgesKey: string;
  aria: string;
  selected: boolean;
  x: number;
  y: number;
  w: number | undefined;
  h: number | undefined;
  out: CanvasNode;
}

/** Keeps derived nodes between renders. */
export type NodeCache = Map<string, CacheEntry>;

export interface DeriveOptions {
  selection: ReadonlySet<string>;
  dragging: Record<string, XY> | null;
  measured: Record<string, { width: number; height: number }>;
  /** Nodes of an older version drawn as ghosts (diff). */
  ghosts?: readonly DocNode[];
  readOnly?: boolean;
  /** What a screen reader says for a node, in the user's language (never its internal id alone). */
  describe?: (node: DocNode | DocNote, type: 'step' | 'note') => string;
}

/** The canvas nodes of a document (steps, then notes, then diff ghosts). */
export function toCanvasNodes(doc: Doc, opts: DeriveOptions, cache: NodeCache = new Map()): CanvasNode[] {
  const bySource = new Map<string, DocEdge[]>();
  for (const e of doc.edges) {
    const list = bySource.get(e.from);
    if (list) list.push(e);
    else bySource.set(e.from, [e]);
  }
  const out: CanvasNode[] = [];
  const seen = new Set<string>();
  const derive = (src: DocNode | DocNote, type: 'step' | 'note', edges: DocEdge[] = [], ghost = false) => {
    const id = src.id;
    seen.add(id);
    const pos = opts.dragging?.[id] ?? src.position;
    const m = opts.measured[id];
    const selected = opts.selection.has(id);
    const edgesKey = type === 'step' ? edges.map((e) => e.port).join('|') : '';
    const aria = opts.describe?.(src, type) ?? '';
    const prev = cache.get(id);
    if (
      prev &&
      prev.src === src &&
      prev.edgesKey === edgesKey &&
      prev.aria === aria &&
      prev.selected === selected &&
      prev.x === pos.x &&
      prev.y === pos.y &&
      (prev.w !== undefined || m === undefined)
    ) {
      // A new measurement alone keeps the node object: React Flow already holds the size it measured. Only a
      // node's first measurement makes a new object, so that a later re-derivation (a selection) never hands
      // React Flow a node without its size (it would drop it from the minimap and from fit view).
      out.push(prev.out);
      return;
    }
    const base = {
      id,
      position: pos,
      selected,
      ...(aria ? { ariaLabel: aria } : {}),
      ...(m ? { measured: m } : {}),
      ...(opts.readOnly || ghost ? { draggable: false, connectable: false } : {}),
    };
    // The data object keeps its identity while the document node and its ports are the same, so the memoized
    // node component does not re-render for a move, a selection or a measurement.
    const sameData = prev && prev.src === src && prev.edgesKey === edgesKey;
    const node: CanvasNode =
      type === 'step'
        ? {
            ...base,
            type: 'step',
            data: sameData
              ? (prev.out.data as StepData)
              : {
                  node: src as DocNode,
                  ports: portsOf(src as DocNode, edges),
                  input: hasInput((src as DocNode).kind),
                  ...(ghost ? { ghost: 'removed' as const } : {}),
                },
            ...(ghost ? { selectable: false } : {}),
          }
        : {
            ...base,
            type: 'note',
            data: sameData ? (prev.out.data as NoteData) : { note: src as DocNote },
            dragHandle: '.note-handle',
          };
    cache.set(id, { src, edgesKey, aria, selected, x: pos.x, y: pos.y, w: m?.width, h: m?.height, out: node });
    out.push(node);
  };
  for (const n of doc.nodes) derive(n, 'step', bySource.get(n.id));
  for (const n of doc.notes) derive(n, 'note');
  for (const g of opts.ghosts ?? []) if (!seen.has(g.id)) derive(g, 'step', [], true);
  for (const id of cache.keys()) if (!seen.has(id)) cache.delete(id);
  return out;
}

export interface EdgeStyleInput {
  selection: ReadonlySet<string>;
  visited?: Record<string, true> | undefined;
  problems?: Record<string, 'error' | 'warning'> | undefined;
  diff?: ReadonlyMap<string, string> | undefined;
  counts?: Record<string, number> | undefined;
  removed?: readonly DocEdge[] | undefined;
  lang: 'es' | 'en';
  /** Draw edges around blocks (RoutedEdge); off for very large flows, which keep the plain step line. */
  routed?: boolean;
  /** What a screen reader says for an edge, in the user's language. */
  describe?: (edge: DocEdge) => string;
}

/** Keeps derived edges between renders (by edge id). */
export type EdgeCache = Map<string, { src: DocEdge; key: string; out: Edge }>;

/** The canvas edges of a document, with classes for path, problems and diff, and counts as labels. */
export function toCanvasEdges(doc: Doc, o: EdgeStyleInput, cache: EdgeCache = new Map()): Edge[] {
  const mk = (e: DocEdge, extra: string[]): Edge => {
    const classes = [...extra];
    if (o.visited?.[e.id]) classes.push('visited');
    const p = o.problems?.[e.id];
    if (p) classes.push(p);
    const d = o.diff?.get(e.id);
    if (d && d !== 'same') classes.push(`diff-${d}`);
    const count = o.counts?.[e.id] ?? o.counts?.[`${e.from}\u0000${e.port}\u0000${e.to}`];
    const selected = o.selection.has(e.id);
    const aria = o.describe?.(e) ?? '';
    const key = `${classes.join(' ')}|${count ?? ''}|${selected}|${o.lang}|${o.routed}|${aria}`;
    const prev = cache.get(e.id);
    if (prev && prev.src === e && prev.key === key) return prev.out;
    const out: Edge = {
      id: e.id,
      source: e.from,
      sourceHandle: e.port,
      target: e.to,
      targetHandle: 'in',
      type: o.routed ? 'routed' : 'smoothstep',
      selected,
      ...(aria ? { ariaLabel: aria } : {}),
      className: classes.join(' '),
      ...(count !== undefined
        ? { label: count.toLocaleString(o.lang === 'es' ? 'es-CL' : 'en-US'), labelShowBg: true }
        : {}),
      ...(o.visited?.[e.id] ? { animated: true } : {}),
    };
    cache.set(e.id, { src: e, key, out });
    return out;
  };
  return [...doc.edges.map((e) => mk(e, [])), ...(o.removed ?? []).map((e) => mk(e, ['diff-removed']))];
}
