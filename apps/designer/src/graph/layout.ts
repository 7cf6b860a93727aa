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
  const boxes = new Map<string, { x: number; y: number; w: number; h: number }>();
  for (const n of doc.nodes) {
    const p = g.node(n.id) as { x: number; y: number; width: number; height: number } | undefined;
    if (!p) continue;
    out.set(n.id, { x: Math.round(p.x - p.width / 2), y: Math.round(p.y - p.height / 2) });
    boxes.set(n.id, { x: p.x - p.width / 2, y: p.y - p.height / 2, w: p.width, h: p.height });
  }
  return wrapTall(out, boxes);
}

/** The shape a tidied flow aims for: a bit wider than tall, like the canvas. */
const TARGET_RATIO = 1.6;
const COLUMN_GAP = 140;

/**
 * A long flow laid out top to bottom makes a column far taller than wide, which no zoom can show on a screen.
 * Such a layout is cut into bands of whole ranks placed side by side, left to right, like newspaper columns, so
 * the whole flow keeps roughly the canvas's proportions. Short flows are left as they are.
 */
export function wrapTall(
  positions: Map<string, XY>,
  boxes: ReadonlyMap<string, { x: number; y: number; w: number; h: number }>,
): Map<string, XY> {
  if (boxes.size === 0) return positions;
  const all = [...boxes.values()];
  const minX = Math.min(...all.map((b) => b.x));
  const maxX = Math.max(...all.map((b) => b.x + b.w));
  const minY = Math.min(...all.map((b) => b.y));
  const maxY = Math.max(...all.map((b) => b.y + b.h));
  const width = maxX - minX;
  const height = maxY - minY;
  // k columns of width + gap and height / k: (k (width + gap)) / (height / k) ≈ TARGET_RATIO.
  const columns = Math.floor(Math.sqrt((TARGET_RATIO * height) / (width + COLUMN_GAP)));
  if (columns <= 1 || height < 2000) return positions;
  // Cut only between ranks (distinct top edges), into bands of about equal height.
  const tops = [...new Set(all.map((b) => b.y))].sort((a, b) => a - b);
  const band = height / columns;
  const bandOf = new Map<number, number>(tops.map((t) => [t, Math.min(columns - 1, Math.floor((t - minY) / band))]));
  const bandTop = new Map<number, number>();
  for (const t of tops) {
    const k = bandOf.get(t)!;
    if (!bandTop.has(k)) bandTop.set(k, t);
  }
  const out = new Map<string, XY>();
  for (const [id, p] of positions) {
    const b = boxes.get(id);
    if (!b) {
      out.set(id, p);
      continue;
    }
    const k = bandOf.get(b.y) ?? 0;
    out.set(id, {
      x: Math.round(p.x - minX + k * (width + COLUMN_GAP)),
      y: Math.round(p.y - (bandTop.get(k) ?? minY) + minY),
    });
  }
  return out;
}
