import { canonicalJson } from '@ruta/flow';
import type { Doc, DocNode } from './types';

export type DiffStatus = 'added' | 'removed' | 'changed' | 'same';

/** How two versions of a flow differ, node by node and edge by edge (ids are stable across versions). */
export interface FlowDiff {
  nodes: Map<string, DiffStatus>;
  edges: Map<string, DiffStatus>;
  /** Nodes only in the older version, to draw as ghosts on the newer one. */
  removedNodes: DocNode[];
  counts: { added: number; removed: number; changed: number };
}

/** What a node is, for comparison: position does not count as a change, everything else does. */
const essence = (n: DocNode): string =>
  canonicalJson({ kind: n.kind, params: n.params, label: n.label ?? null, retry: n.retry ?? null });
const edgeKey = (e: { from: string; port: string; to: string }): string => `${e.from}\u0000${e.port}\u0000${e.to}`;

/** Compares an older version `a` with a newer `b`. */
export function diffDocs(a: Doc, b: Doc): FlowDiff {
  const before = new Map(a.nodes.map((n) => [n.id, n]));
  const after = new Map(b.nodes.map((n) => [n.id, n]));
  const nodes = new Map<string, DiffStatus>();
  const counts = { added: 0, removed: 0, changed: 0 };
  for (const n of b.nodes) {
    const old = before.get(n.id);
    const status: DiffStatus = !old ? 'added' : essence(old) === essence(n) ? 'same' : 'changed';
    nodes.set(n.id, status);
    if (status !== 'same') counts[status]++;
  }
  const removedNodes = a.nodes.filter((n) => !after.has(n.id));
  for (const n of removedNodes) {
    nodes.set(n.id, 'removed');
    counts.removed++;
  }
  const oldEdges = new Set(a.edges.map(edgeKey));
  const newEdges = new Set(b.edges.map(edgeKey));
  const edges = new Map<string, DiffStatus>();
  for (const e of b.edges) edges.set(e.id, oldEdges.has(edgeKey(e)) ? 'same' : 'added');
  for (const e of a.edges) if (!newEdges.has(edgeKey(e))) edges.set(`removed:${e.id}`, 'removed');
  return { nodes, edges, removedNodes, counts };
}

/** The older version's edges that are gone in the newer one (drawn dashed red on the diff). */
export function removedEdges(a: Doc, b: Doc): Doc['edges'] {
  const newEdges = new Set(b.edges.map(edgeKey));
  return a.edges.filter((e) => !newEdges.has(edgeKey(e))).map((e) => ({ ...e, id: `removed:${e.id}` }));
}
