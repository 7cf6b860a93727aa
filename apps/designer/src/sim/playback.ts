import type { Plan, ScenarioInputDoc, SimulationResult } from '@ruta/flow';
import type { PathHighlight } from '../store/editor';

/** Gaps longer than this between two moves are a wait the player stops at (to fast-forward or reply). */
export const WAIT_GAP_MS = 60_000;

/** What the canvas lights up after `step` moves of a simulation. */
export function highlightAt(plan: Plan, result: SimulationResult, step: number): PathHighlight {
  const nodes: PathHighlight['nodes'] = {};
  const moves = result.moves.slice(0, step + 1);
  for (const m of moves) nodes[m.nodeId] = 'visited';
  const last = moves.at(-1);
  let current: string | null = null;
  if (last?.port) current = plan.nodes[last.nodeId]?.next[last.port] ?? null;
  else if (last) current = last.nodeId;
  if (current) nodes[current] = step < result.moves.length - 1 || result.status === 'running' ? 'waiting' : 'current';
  return { nodes, edges: edgesOf(plan, moves) };
}

/** Edge ids of a path: for each move with a port, the plan's edge leaving by it. */
function edgesOf(plan: Plan, moves: SimulationResult['moves']): Record<string, true> {
  const out: Record<string, true> = {};
  for (const m of moves) {
    if (!m.port) continue;
    const to = plan.nodes[m.nodeId]?.next[m.port];
    if (to) out[`${m.nodeId}\u0000${m.port}\u0000${to}`] = true;
  }
  return out;
}

/** Maps `from\0port\0to` keys to edge ids of the document. */
export function edgeIds(
  keys: Record<string, true>,
  edges: readonly { id: string; from: string; port: string; to: string }[],
): Record<string, true> {
  const out: Record<string, true> = {};
  for (const e of edges) if (keys[`${e.from}\u0000${e.port}\u0000${e.to}`]) out[e.id] = true;
  return out;
}

/** Whether the player should stop after `step` because the journey waits before the next move. */
export function waitsAfter(result: SimulationResult, step: number): boolean {
  const a = result.moves[step];
  const b = result.moves[step + 1];
  if (!a || !b) return false;
  return Date.parse(b.at) - Date.parse(a.at) >= WAIT_GAP_MS;
}

/**
 * Where the player stops when it plays from `from`: the first move after which the journey waits (to
 * fast-forward or act as the customer), or the last move. Fast-forward plays from the move after the wait, so it
 * always reaches the next real wait or the end, never a move a moment later in the same minute.
 */
export function playTo(result: SimulationResult, from: number): number {
  const last = result.moves.length - 1;
  for (let i = Math.max(0, from); i < last; i++) if (waitsAfter(result, i)) return i;
  return Math.max(0, last);
}

/** The virtual time after `step` moves. */
export function clockAt(result: SimulationResult, step: number): string {
  return result.moves[step]?.at ?? result.startedAt;
}

/** A scenario input `after` for a moment of the simulation: whole seconds since the start. */
export function afterFor(result: SimulationResult, atMs: number): string {
  const s = Math.max(0, Math.round((atMs - Date.parse(result.startedAt)) / 1000));
  return s === 0 ? '0s' : `${s}s`;
}

/** When a tester's action lands while the player waits after `step`: shortly after the wait began. */
export function actionTime(result: SimulationResult, step: number): number {
  const a = Date.parse(clockAt(result, step));
  const b = result.moves[step + 1] ? Date.parse(result.moves[step + 1]!.at) : a + 2 * WAIT_GAP_MS;
  return a + Math.min(WAIT_GAP_MS, Math.max(1000, Math.floor((b - a) / 2)));
}

/** A scenario with the tester's extra inputs appended. */
export function withInputs(
  scenario: ScenarioInputDoc,
  extra: NonNullable<ScenarioInputDoc['inputs']>,
): ScenarioInputDoc {
  return { ...scenario, inputs: [...(scenario.inputs ?? []), ...extra] };
}
