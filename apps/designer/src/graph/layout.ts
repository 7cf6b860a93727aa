import dagre from '@dagrejs/dagre';
import { portsOf } from './ports';
import type { Doc, XY } from './types';

export const NODE_WIDTH = 264;
export const NODE_HEIGHT = 104;

/**
 * Tidies the flow top to bottom with dagre. Sizes come from the canvas's measurements when known.
 * Edges are added in port order so a node's children keep their ports' left-to-right order.
 * Notes are left where they are. Returns top-left positions by node id.
 */
export function autoLayout(
  doc: Doc,
  sizes: ReadonlyMap<string, { width: number; height: number }> = new Map(),
): Map<string, XY> {
  const g = new dagre.graphlib.Graph({ multigraph: true });
  g.setGraph({ rankdir: 'TB', nodesep: 48, ranksep: 72, marginx: 0, marginy: 0 });
  g.setDefaultEdgeLabel(() => ({}));
  for (const n of doc.nodes) {
    const s = sizes.get(n.id) ?? { width: NODE_WIDTH, height: NODE_HEIGHT };
    g.setNode(n.id, { width: s.width, height: s.height });
  }
  const ids = new Set(doc.nodes.map((n) => n.id));
  for (const n of doc.nodes) {
    const order = portsOf(n, doc.edges).map((p) => p.name);
    const out = doc.edges
      .filter((e) => e.from === n.id && ids.has(e.to))
      .sort((a, b) => order.indexOf(a.port) - order.indexOf(b.port));
    for (const e of out) g.setEdge(e.from, e.to, {}, e.id);
  }
  dagre.layout(g);
  const out = new Map<string, XY>();
  for (const n of doc.nodes) {
    const p = g.node(n.id) as { x: number; y: number; width: number; height: number } | undefined;
    if (p) out.set(n.id, { x: Math.round(p.x - p.width / 2), y: Math.round(p.y - p.height / 2) });
  }
  return out;
}
