import { describe, expect, it } from 'vitest';
import { hitsRect, labelPoint, pathOf, type Rect, routeEdge, routeEdgeCached } from './route';

const block = (x: number, y: number): Rect => ({ x, y, width: 264, height: 104 });
const orthogonal = (pts: { x: number; y: number }[]) =>
  pts.every((p, i) => i === 0 || p.x === pts[i - 1]!.x || p.y === pts[i - 1]!.y);

describe('routeEdge', () => {
  it('goes straight down when nothing is in the way', () => {
    const a = block(0, 0);
    const b = block(0, 300);
    expect(routeEdge({ x: 132, y: 104 }, { x: 132, y: 300 }, [a, b])).toEqual([
      { x: 132, y: 104 },
      { x: 132, y: 300 },
    ]);
  });

  it('goes around a block standing between source and target (an "else" past the hand-off)', () => {
    const branch = block(0, 0);
    const handoff = block(0, 200);
    const end = block(0, 400);
    const pts = routeEdge({ x: 200, y: 104 }, { x: 132, y: 400 }, [branch, handoff, end]);
    expect(orthogonal(pts)).toBe(true);
    expect(hitsRect(pts, handoff)).toBe(false);
    expect(pts[0]).toEqual({ x: 200, y: 104 });
    expect(pts.at(-1)).toEqual({ x: 132, y: 400 });
    // It leaves downwards and enters from above.
    expect(pts[1]!.x).toBe(200);
    expect(pts.at(-2)!.x).toBe(132);
    expect(pts.at(-2)!.y).toBeLessThan(400);
  });

  it('routes a loop back up around its own blocks', () => {
    const wait = block(0, 0);
    const send = block(0, 200);
    const pts = routeEdge({ x: 132, y: 304 }, { x: 132, y: 0 }, [wait, send]);
    expect(orthogonal(pts)).toBe(true);
    expect(hitsRect(pts.slice(1, -1), wait)).toBe(false);
    expect(hitsRect(pts.slice(1, -1), send)).toBe(false);
  });

  it('clears many blocks in a grid and stays within a few bends', () => {
    const blocks: Rect[] = [];
    for (let r = 0; r < 6; r++) for (let c = 0; c < 4; c++) blocks.push(block(c * 340, r * 200));
    const pts = routeEdge({ x: 132, y: 104 }, { x: 3 * 340 + 132, y: 5 * 200 }, blocks);
    for (const b of blocks.slice(1, -1)) expect(hitsRect(pts, b)).toBe(false);
    expect(pts.length).toBeLessThanOrEqual(8);
  });
});

describe('pathOf and labelPoint', () => {
  it('draws rounded corners and puts labels on the longest segment', () => {
    const pts = [
      { x: 0, y: 0 },
      { x: 0, y: 50 },
      { x: 200, y: 50 },
      { x: 200, y: 60 },
    ];
    expect(pathOf(pts)).toMatch(/^M 0 0 L 0 42 Q 0 50 8 50/);
    expect(labelPoint(pts)).toEqual({ x: 100, y: 50 });
  });
});

describe('routeEdge between close blocks', () => {
  it('draws one elbow between blocks 36 px apart, never a loop back up', () => {
    const a = block(0, 0);
    const b = block(0, 140);
    const pts = routeEdge({ x: 180, y: 104 }, { x: 132, y: 140 }, [a, b]);
    expect(pts).toEqual([
      { x: 180, y: 104 },
      { x: 180, y: 122 },
      { x: 132, y: 122 },
      { x: 132, y: 140 },
    ]);
  });
});

describe('routeEdge to a block beside the source', () => {
  it('crosses the gap between the two blocks instead of going around them', () => {
    const wait = { x: 0, y: 0, width: 264, height: 130 };
    const sms = { x: 400, y: 60, width: 264, height: 104 };
    const pts = routeEdge({ x: 200, y: 130 }, { x: 532, y: 60 }, [wait, sms]);
    expect(pts).toEqual([
      { x: 200, y: 130 },
      { x: 200, y: 137 },
      { x: 332, y: 137 },
      { x: 332, y: 53 },
      { x: 532, y: 53 },
      { x: 532, y: 60 },
    ]);
  });
});

describe('routeEdgeCached', () => {
  it('gives the same route as routeEdge, routes again when a nearby block moves, not when a far one does', () => {
    const branch = block(0, 0);
    const handoff = block(0, 200);
    const end = block(0, 400);
    const far = block(3000, 3000);
    const s = { x: 200, y: 104 };
    const t = { x: 132, y: 400 };
    const first = routeEdgeCached(s, t, [branch, handoff, end, far]);
    expect(first).toEqual(routeEdge(s, t, [branch, handoff, end, far]));
    // A far block moving leaves the remembered route (the same array) in place.
    expect(routeEdgeCached(s, t, [branch, handoff, end, block(3100, 3000)])).toBe(first);
    // The hand-off moving out of the way gives a straighter route.
    const moved = routeEdgeCached(s, t, [branch, { ...handoff, x: 600 }, end, far]);
    expect(moved).not.toBe(first);
    expect(moved.length).toBeLessThan(first.length);
  });
});
