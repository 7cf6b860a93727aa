/**
 * Orthogonal edge routing that keeps lines off the blocks: an edge leaves its port downwards, enters its target
 * from above, and in between follows the cheapest path of horizontal and vertical segments that crosses no other
 * block (each grown by a margin), counting every bend as extra length so lines stay simple. The grid it searches
 * is made of the blocks' own sides, so it stays small: only blocks near the edge are considered first.
 */

export interface Pt {
  x: number;
  y: number;
}

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface RouteOptions {
  /** Space kept around blocks. */
  margin?: number;
  /** Straight run out of the port and into the target before the first bend. */
  stub?: number;
  /** Extra cost of a bend, in pixels of length. */
  bend?: number;
}

interface Box {
  l: number;
  r: number;
  t: number;
  b: number;
}

const grow = (r: Rect, m: number): Box => ({ l: r.x - m, r: r.x + r.width + m, t: r.y - m, b: r.y + r.height + m });

/** Whether a point is strictly inside a box (its border is free). */
const inside = (p: Pt, o: Box) => p.x > o.l && p.x < o.r && p.y > o.t && p.y < o.b;

/** Whether an axis-parallel segment passes through a box's interior. */
function crosses(a: Pt, b: Pt, o: Box): boolean {
  if (a.y === b.y) {
    const [x1, x2] = a.x < b.x ? [a.x, b.x] : [b.x, a.x];
    return a.y > o.t && a.y < o.b && x2 > o.l && x1 < o.r;
  }
  const [y1, y2] = a.y < b.y ? [a.y, b.y] : [b.y, a.y];
  return a.x > o.l && a.x < o.r && y2 > o.t && y1 < o.b;
}

/** Whether a polyline passes through a block (grown by `margin`); for tests and checks. */
export function hitsRect(points: readonly Pt[], rect: Rect, margin = 0): boolean {
  const o = grow(rect, margin);
  for (let i = 1; i < points.length; i++) if (crosses(points[i - 1]!, points[i]!, o)) return true;
  return false;
}

/** Drops points that do not turn. */
function simplify(points: Pt[]): Pt[] {
  const out: Pt[] = [];
  for (const p of points) {
    const a = out.at(-2);
    const b = out.at(-1);
    if (b && b.x === p.x && b.y === p.y) continue;
    if (a && b && ((a.x === b.x && b.x === p.x) || (a.y === b.y && b.y === p.y))) out[out.length - 1] = p;
    else out.push(p);
  }
  return out;
}

/** A small binary heap of [cost, index]. */
class Heap {
  private items: [number, number][] = [];
  get size() {
    return this.items.length;
  }
  push(item: [number, number]): void {
    const a = this.items;
    a.push(item);
    let i = a.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (a[p]![0] <= a[i]![0]) break;
      [a[p], a[i]] = [a[i]!, a[p]!];
      i = p;
    }
  }
  pop(): [number, number] | undefined {
    const a = this.items;
    const top = a[0];
    const last = a.pop();
    if (a.length > 0 && last) {
      a[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < a.length && a[l]![0] < a[m]![0]) m = l;
        if (r < a.length && a[r]![0] < a[m]![0]) m = r;
        if (m === i) break;
        [a[m], a[i]] = [a[i]!, a[m]!];
        i = m;
      }
    }
    return top;
  }
}

const DIRS = 4; // 0 right, 1 left, 2 down, 3 up
/** How far around an edge's ends blocks are considered first. */
const PAD = 240;

/** Cheapest orthogonal path from `from` (heading down) to `to` (arriving heading down) around the boxes, or null. */
function search(from: Pt, to: Pt, boxes: Box[], bend: number): Pt[] | null {
  const xs = [...new Set([from.x, to.x, ...boxes.flatMap((o) => [o.l, o.r])])].sort((a, b) => a - b);
  const mid = Math.round((from.y + to.y) / 2);
  const ys = [...new Set([from.y, to.y, mid, ...boxes.flatMap((o) => [o.t, o.b])])].sort((a, b) => a - b);
  const W = xs.length;
  const H = ys.length;
  const id = (ix: number, iy: number) => iy * W + ix;
  // The grid lines include every box side, so a box covers whole cells: a point is blocked when it lies strictly
  // inside a box, and a link between two neighbours when its middle does. Marked box by box over index ranges.
  const free = new Uint8Array(W * H).fill(1);
  const hOpen = new Uint8Array(W * H).fill(1); // link (ix, iy) → (ix + 1, iy)
  const vOpen = new Uint8Array(W * H).fill(1); // link (ix, iy) → (ix, iy + 1)
  for (const o of boxes) {
    const x0 = xs.indexOf(o.l);
    const x1 = xs.indexOf(o.r);
    const y0 = ys.indexOf(o.t);
    const y1 = ys.indexOf(o.b);
    for (let iy = y0; iy <= y1; iy++)
      for (let ix = x0; ix <= x1; ix++) {
        const inY = iy > y0 && iy < y1;
        const inX = ix > x0 && ix < x1;
        if (inX && inY) free[id(ix, iy)] = 0;
        if (inY && ix < x1) hOpen[id(ix, iy)] = 0;
        if (inX && iy < y1) vOpen[id(ix, iy)] = 0;
      }
  }
  const start = id(xs.indexOf(from.x), ys.indexOf(from.y));
  const goal = id(xs.indexOf(to.x), ys.indexOf(to.y));
  const cost = new Float64Array(W * H * DIRS).fill(Number.POSITIVE_INFINITY);
  const prev = new Int32Array(W * H * DIRS).fill(-1);
  const heap = new Heap();
  cost[start * DIRS + 2] = 0;
  heap.push([0, start * DIRS + 2]);
  let done = -1;
  while (heap.size > 0) {
    const [c, state] = heap.pop()!;
    if (c > cost[state]!) continue;
    const node = Math.floor(state / DIRS);
    const dir = state % DIRS;
    if (node === goal) {
      done = state;
      break;
    }
    const ix = node % W;
    const iy = Math.floor(node / W);
    const steps: [number, number, number][] = [
      [ix + 1, iy, 0],
      [ix - 1, iy, 1],
      [ix, iy + 1, 2],
      [ix, iy - 1, 3],
    ];
    for (const [nx, ny, nd] of steps) {
      if (nx < 0 || ny < 0 || nx >= W || ny >= H) continue;
      // Never turn straight back on the segment just drawn.
      if ((dir ^ 1) === nd && dir >> 1 === nd >> 1) continue;
      const next = id(nx, ny);
      if (!free[next]) continue;
      const link = nd < 2 ? hOpen[id(Math.min(ix, nx), iy)] : vOpen[id(ix, Math.min(iy, ny))];
      if (!link) continue;
      let nc = c + Math.abs(xs[nx]! - xs[ix]!) + Math.abs(ys[ny]! - ys[iy]!) + (nd === dir ? 0 : bend);
      // Arriving anywhere but from above costs the bend into the target's stub.
      if (next === goal && nd !== 2) nc += bend;
      const ns = next * DIRS + nd;
      if (nc < cost[ns]!) {
        cost[ns] = nc;
        prev[ns] = state;
        heap.push([nc, ns]);
      }
    }
  }
  if (done < 0) return null;
  const points: Pt[] = [];
  for (let s = done; s >= 0; s = prev[s]!) {
    const node = Math.floor(s / DIRS);
    points.push({ x: xs[node % W]!, y: ys[Math.floor(node / W)]! });
  }
  return points.reverse();
}

/**
 * The points of an edge from `source` (a port at the bottom of a block) to `target` (the top of another),
 * avoiding `obstacles` (every block, its own two included). Falls back to a plain three-segment line when no
 * clean path exists (blocks overlapping the ports).
 */
export function routeEdge(source: Pt, target: Pt, obstacles: readonly Rect[], options: RouteOptions = {}): Pt[] {
  farRoute = false;
  const margin = options.margin ?? 14;
  const bend = options.bend ?? 48;
  const s = { x: Math.round(source.x), y: Math.round(source.y) };
  const t = { x: Math.round(target.x), y: Math.round(target.y) };
  const all = obstacles.map((r) => grow(r, margin));
  // The two blocks the edge joins: the one whose bottom holds the port, the one whose top takes the line.
  const own = (o: Box) =>
    (s.x >= o.l && s.x <= o.r && s.y >= o.t && s.y <= o.b) || (t.x >= o.l && t.x <= o.r && t.y >= o.t && t.y <= o.b);
  const others = all.filter((o) => !own(o));
  const clear = (pts: Pt[]) => pts.every((p, i) => i === 0 || !others.some((o) => crosses(pts[i - 1]!, p, o)));
  // Most edges go down to a block below: a straight line or one elbow halfway, when nothing is in the way.
  // (A port's handle hangs a little below its block, so a close block below may start a few pixels higher.)
  if (t.y > s.y - 40) {
    const mid = Math.round((s.y + t.y) / 2);
    const elbow = simplify([s, { x: s.x, y: mid }, { x: t.x, y: mid }, t]);
    if (clear(elbow)) return elbow;
  }
  // A block beside the source and not below it (its top higher than the port): step down, across the gap
  // between the two blocks, up above the target and into it, rather than around everything.
  const from = obstacles.find((r) => s.x >= r.x && s.x <= r.x + r.width && Math.abs(r.y + r.height - s.y) <= 20);
  const into = obstacles.find((r) => t.x >= r.x && t.x <= r.x + r.width && Math.abs(r.y - t.y) <= 20);
  if (from && into) {
    const gapL = Math.min(from.x + from.width, into.x + into.width);
    const gapR = Math.max(from.x, into.x);
    if (gapR - gapL >= 2 * margin) {
      const xm = Math.round((gapL + gapR) / 2);
      const below = s.y + Math.max(6, Math.round(margin / 2));
      const above = t.y - Math.max(6, Math.round(margin / 2));
      const side = simplify([
        s,
        { x: s.x, y: below },
        { x: xm, y: below },
        { x: xm, y: above },
        { x: t.x, y: above },
        t,
      ]);
      if (clear(side)) return side;
    }
  }
  // Close blocks leave little room between them: the stubs take at most half of it.
  const gap = t.y - s.y;
  const stub = Math.max(
    4,
    Math.min(options.stub ?? margin + 10, gap > 0 ? Math.floor(gap / 2) : Number.POSITIVE_INFINITY),
  );
  const s1 = { x: s.x, y: s.y + stub };
  const t1 = { x: t.x, y: t.y - stub };
  const usable = (o: Box) => !inside(s1, o) && !inside(t1, o);
  // Blocks near the straight line first (most edges); all blocks when that finds nothing.
  const pad = PAD;
  const area = {
    l: Math.min(s1.x, t1.x) - pad,
    r: Math.max(s1.x, t1.x) + pad,
    t: Math.min(s1.y, t1.y) - pad,
    b: Math.max(s1.y, t1.y) + pad,
  };
  const near = all.filter((o) => usable(o) && o.r > area.l && o.l < area.r && o.b > area.t && o.t < area.b);
  farRoute = false;
  let path = search(s1, t1, near, bend);
  if (!path) {
    farRoute = true;
    path = search(s1, t1, all.filter(usable), bend);
  }
  if (!path) {
    const midY = Math.round((s1.y + t1.y) / 2);
    return simplify([s, s1, { x: s.x, y: midY }, { x: t.x, y: midY }, t1, t]);
  }
  return simplify([s, ...path, t]);
}

const routes = new Map<string, Pt[]>();
const ROUTES_KEPT = 4000;

/**
 * routeEdge, remembered: an edge is routed again only when its ends or a block near them move, so dragging one
 * block re-routes the edges around it, not all of them. Blocks far away only matter to the rare route that finds
 * no way nearby; such routes are not remembered.
 */
export function routeEdgeCached(source: Pt, target: Pt, obstacles: readonly Rect[], options: RouteOptions = {}): Pt[] {
  const m = (options.margin ?? 14) + PAD;
  const l = Math.min(source.x, target.x) - m;
  const r = Math.max(source.x, target.x) + m;
  const t = Math.min(source.y, target.y) - m;
  const b = Math.max(source.y, target.y) + m;
  let key = `${Math.round(source.x)},${Math.round(source.y)},${Math.round(target.x)},${Math.round(target.y)}`;
  for (const o of obstacles) {
    if (o.x + o.width > l && o.x < r && o.y + o.height > t && o.y < b) key += `|${o.x},${o.y},${o.width},${o.height}`;
  }
  const known = routes.get(key);
  if (known) {
    routes.delete(key);
    routes.set(key, known);
    return known;
  }
  const result = routeEdge(source, target, obstacles, options);
  if (!farRoute) {
    routes.set(key, result);
    if (routes.size > ROUTES_KEPT) routes.delete(routes.keys().next().value as string);
  }
  return result;
}

/** Set by routeEdge when its route needed blocks outside the area near the edge (it is then not remembered). */
let farRoute = false;

/** An SVG path through the points, with corners rounded by up to `radius`. */
export function pathOf(points: readonly Pt[], radius = 8): string {
  if (points.length === 0) return '';
  let d = `M ${points[0]!.x} ${points[0]!.y}`;
  for (let i = 1; i < points.length; i++) {
    const p = points[i]!;
    const a = points[i - 1]!;
    const n = points[i + 1];
    if (!n) {
      d += ` L ${p.x} ${p.y}`;
      break;
    }
    const r = Math.min(radius, Math.hypot(p.x - a.x, p.y - a.y) / 2, Math.hypot(n.x - p.x, n.y - p.y) / 2);
    const ux = Math.sign(p.x - a.x);
    const uy = Math.sign(p.y - a.y);
    const vx = Math.sign(n.x - p.x);
    const vy = Math.sign(n.y - p.y);
    d += ` L ${p.x - ux * r} ${p.y - uy * r} Q ${p.x} ${p.y} ${p.x + vx * r} ${p.y + vy * r}`;
  }
  return d;
}

/** Where a label sits: the middle of the longest segment. */
export function labelPoint(points: readonly Pt[]): Pt {
  let best = { x: points[0]?.x ?? 0, y: points[0]?.y ?? 0 };
  let longest = -1;
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1]!;
    const b = points[i]!;
    const len = Math.abs(a.x - b.x) + Math.abs(a.y - b.y);
    if (len > longest) {
      longest = len;
      best = { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
    }
  }
  return best;
}
