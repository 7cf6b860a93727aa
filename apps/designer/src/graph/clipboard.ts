import { idsOf, newEdgeId, newNodeId, newNoteId } from './ids';
import type { Doc, DocEdge, DocNode, DocNote } from './types';

/** What copy puts on the clipboard: the selected nodes and notes, and the edges between them. */
export interface Fragment {
  ruta: 'fragment';
  nodes: DocNode[];
  edges: DocEdge[];
  notes: DocNote[];
}

/** Copies the selected nodes and notes, with the edges whose both ends are selected. */
export function copyFragment(doc: Doc, selected: ReadonlySet<string>): Fragment {
  const nodes = doc.nodes.filter((n) => selected.has(n.id));
  const ids = new Set(nodes.map((n) => n.id));
  const edges = doc.edges.filter((e) => ids.has(e.from) && ids.has(e.to));
  const notes = doc.notes.filter((n) => selected.has(n.id));
  return structuredClone({ ruta: 'fragment', nodes, edges, notes });
}

/** Whether a parsed value is a fragment written by {@link copyFragment}. */
export function isFragment(value: unknown): value is Fragment {
  return typeof value === 'object' && value !== null && (value as { ruta?: unknown }).ruta === 'fragment';
}

/**
 * Pastes a fragment with fresh ids, shifted by an offset. A second trigger is dropped (a flow has one).
 * Returns the new document and the pasted ids (to select them).
 */
export function pasteFragment(doc: Doc, fragment: Fragment, offset = { x: 40, y: 40 }): { doc: Doc; ids: string[] } {
  const taken = idsOf(doc);
  const hasTrigger = doc.nodes.some((n) => n.kind.startsWith('trigger.'));
  const rename = new Map<string, string>();
  const nodes: DocNode[] = [];
  for (const n of fragment.nodes) {
    if (hasTrigger && n.kind.startsWith('trigger.')) continue;
    const id = newNodeId(n.id.replace(/^n_/, '').replace(/_\d+$/, ''), taken);
    taken.add(id);
    rename.set(n.id, id);
    nodes.push({ ...structuredClone(n), id, position: { x: n.position.x + offset.x, y: n.position.y + offset.y } });
  }
  const edges: DocEdge[] = [];
  for (const e of fragment.edges) {
    const from = rename.get(e.from);
    const to = rename.get(e.to);
    if (!from || !to) continue;
    const id = newEdgeId(from, e.port, taken);
    taken.add(id);
    edges.push({ id, from, port: e.port, to });
  }
  const notes: DocNote[] = [];
  for (const n of fragment.notes) {
    const id = newNoteId(taken);
    taken.add(id);
    notes.push({ ...n, id, position: { x: n.position.x + offset.x, y: n.position.y + offset.y } });
  }
  return {
    doc: { ...doc, nodes: [...doc.nodes, ...nodes], edges: [...doc.edges, ...edges], notes: [...doc.notes, ...notes] },
    ids: [...nodes.map((n) => n.id), ...notes.map((n) => n.id)],
  };
}
