/**
 * Pure edits of a flow document. Each returns a new document (structural sharing) and never
 * mutates its input, so the store can keep them in the undo history as they are.
 */
import { idsOf, newEdgeId, newNodeId, newNoteId } from './ids';
import type { Doc, DocEdge, DocNode, DocNote, XY } from './types';

/** Adds a node of a kind at a position; returns the new document and the node's id. */
export function addNode(
  doc: Doc,
  kind: string,
  params: Record<string, unknown>,
  position: XY,
  label?: string,
): { doc: Doc; id: string } {
  const id = newNodeId(kind === 'custom' && typeof params.activity === 'string' ? params.activity : kind, idsOf(doc));
  const node: DocNode = { id, kind, params, position: round(position), ...(label ? { label } : {}) };
  return { doc: { ...doc, nodes: [...doc.nodes, node] }, id };
}

/** Adds a sticky note. */
export function addNote(doc: Doc, position: XY, text = ''): { doc: Doc; id: string } {
  const id = newNoteId(idsOf(doc));
  return { doc: { ...doc, notes: [...doc.notes, { id, text, position: round(position) }] }, id };
}

/**
 * Connects a node's port to another node. A port leads to one place, so an existing edge from the same
 * port is replaced; self-loops and edges into a trigger are refused (returns the document unchanged).
 */
export function connect(doc: Doc, from: string, port: string, to: string): Doc {
  if (from === to) return doc;
  const target = doc.nodes.find((n) => n.id === to);
  if (!target || target.kind.startsWith('trigger.')) return doc;
  const kept = doc.edges.filter((e) => !(e.from === from && e.port === port));
  const taken = new Set(kept.map((e) => e.id));
  const edge: DocEdge = { id: newEdgeId(from, port, taken), from, port, to };
  return { ...doc, edges: [...kept, edge] };
}

/** Removes nodes, edges and notes by id, and every edge touching a removed node. */
export function removeElements(doc: Doc, ids: ReadonlySet<string>): Doc {
  if (ids.size === 0) return doc;
  const nodes = doc.nodes.filter((n) => !ids.has(n.id));
  const gone = new Set(doc.nodes.filter((n) => ids.has(n.id)).map((n) => n.id));
  const edges = doc.edges.filter((e) => !ids.has(e.id) && !gone.has(e.from) && !gone.has(e.to));
  const notes = doc.notes.filter((n) => !ids.has(n.id));
  return { ...doc, nodes, edges, notes };
}

/** Replaces a node's params. */
export function setParams(doc: Doc, id: string, params: Record<string, unknown>): Doc {
  return mapNode(doc, id, (n) => ({ ...n, params }));
}

/** Sets (or clears, with an empty text) a node's label. */
export function setLabel(doc: Doc, id: string, label: string): Doc {
  return mapNode(doc, id, (n) => {
    const { label: _old, ...rest } = n;
    return label ? { ...rest, label } : rest;
  });
}

/** Moves nodes and notes to new positions. */
export function moveElements(doc: Doc, positions: ReadonlyMap<string, XY>): Doc {
  if (positions.size === 0) return doc;
  const at = <T extends { id: string; position: XY }>(x: T): T => {
    const p = positions.get(x.id);
    return p ? { ...x, position: round(p) } : x;
  };
  return { ...doc, nodes: doc.nodes.map(at), notes: doc.notes.map(at) };
}

/** Changes a note's text. */
export function setNoteText(doc: Doc, id: string, text: string): Doc {
  return { ...doc, notes: doc.notes.map((n): DocNote => (n.id === id ? { ...n, text } : n)) };
}

function mapNode(doc: Doc, id: string, f: (n: DocNode) => DocNode): Doc {
  return { ...doc, nodes: doc.nodes.map((n) => (n.id === id ? f(n) : n)) };
}

const round = (p: XY): XY => ({ x: Math.round(p.x), y: Math.round(p.y) });
