/**
 * Graph algorithms on node indices 0..n-1 with adjacency lists. All linear in nodes + edges.
 */

/**
 * Tarjan's strongly connected components, iterative (no recursion limit on long flows).
 * Returns every component, each in discovery order; components come out in reverse topological order.
 */
export function tarjan(n: number, adj: readonly (readonly number[])[]): number[][] {
  const index = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const onStack = new Uint8Array(n);
  const stack: number[] = [];
  const out: number[][] = [];
  let counter = 0;
  // Explicit call stack: vertex and the position of the next successor to look at.
  const callV: number[] = [];
  const callI: number[] = [];

  for (let root = 0; root < n; root++) {
    if (index[root] !== -1) continue;
    callV.push(root);
    callI.push(0);
    index[root] = low[root] = counter++;
    stack.push(root);
    onStack[root] = 1;
    while (callV.length > 0) {
      const top = callV.length - 1;
      const v = callV[top] as number;
      const succ = adj[v] ?? [];
      const i = callI[top] as number;
      if (i < succ.length) {
        callI[top] = i + 1;
        const w = succ[i] as number;
        if (index[w] === -1) {
          index[w] = low[w] = counter++;
          stack.push(w);
          onStack[w] = 1;
          callV.push(w);
          callI.push(0);
        } else if (onStack[w]) {
          if ((index[w] as number) < (low[v] as number)) low[v] = index[w] as number;
        }
        continue;
      }
      // All successors seen: close v.
      callV.pop();
      callI.pop();
      if (callV.length > 0) {
        const parent = callV[callV.length - 1] as number;
        if ((low[v] as number) < (low[parent] as number)) low[parent] = low[v] as number;
      }
      if (low[v] === index[v]) {
        const comp: number[] = [];
        let w: number;
        do {
          w = stack.pop() as number;
          onStack[w] = 0;
          comp.push(w);
        } while (w !== v);
        comp.reverse();
        out.push(comp);
      }
    }
  }
  return out;
}

/** True when a component is a cycle: more than one node, or one node with an edge to itself. */
export function isCycle(comp: readonly number[], adj: readonly (readonly number[])[]): boolean {
  if (comp.length > 1) return true;
  const v = comp[0] as number;
  return (adj[v] ?? []).includes(v);
}

/**
 * The cycles of the subgraph made of `vertices`, keeping only edges for which `keep(from, to)` holds.
 * Returns the cycles' vertices (global indices).
 */
export function cyclesWithin(
  vertices: readonly number[],
  adj: readonly (readonly number[])[],
  keep: (from: number, to: number) => boolean,
  member: (v: number) => boolean,
): number[][] {
  const local = new Map<number, number>();
  for (const [i, v] of vertices.entries()) local.set(v, i);
  const sub: number[][] = vertices.map((v) =>
    (adj[v] ?? []).filter((w) => member(w) && keep(v, w)).map((w) => local.get(w) as number),
  );
  return tarjan(vertices.length, sub)
    .filter((c) => isCycle(c, sub))
    .map((c) => c.map((i) => vertices[i] as number));
}

/** Breadth-first order of the vertices reachable from `start` (start included). */
export function reachableFrom(start: number, n: number, adj: readonly (readonly number[])[]): number[] {
  const seen = new Uint8Array(n);
  const order = [start];
  seen[start] = 1;
  for (let i = 0; i < order.length; i++) {
    for (const w of adj[order[i] as number] ?? []) {
      if (!seen[w]) {
        seen[w] = 1;
        order.push(w);
      }
    }
  }
  return order;
}
