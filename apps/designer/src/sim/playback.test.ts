import type { SimulationResult } from '@ruta/flow';
import { describe, expect, it } from 'vitest';
import { playTo, waitsAfter } from './playback';

const at = (min: number) => new Date(Date.UTC(2026, 2, 2, 13, 0) + min * 60_000).toISOString();
const result = (minutes: number[]): SimulationResult =>
  ({
    moves: minutes.map((m, i) => ({ nodeId: `n_${i}`, port: 'out', at: at(m) })),
  }) as unknown as SimulationResult;

describe('playback', () => {
  // trigger 0' → send 0' → wait 24h (1440') → sms 1440' → end 1440'
  const r = result([0, 0, 1440, 1440, 1440]);

  it('plays to the first wait, and fast-forward from there reaches the end, not a step in the same minute', () => {
    expect(waitsAfter(r, 1)).toBe(true);
    expect(playTo(r, 0)).toBe(1);
    // Fast-forward: from the move after the wait.
    expect(playTo(r, 2)).toBe(4);
  });

  it('stops at every real wait in turn', () => {
    const two = result([0, 0, 60, 60, 2 * 1440, 2 * 1440]);
    expect(playTo(two, 0)).toBe(1);
    expect(playTo(two, 2)).toBe(3);
    expect(playTo(two, 4)).toBe(5);
  });

  it('plays a flow without waits to its end and copes with no moves', () => {
    expect(playTo(result([0, 0, 0]), 0)).toBe(2);
    expect(playTo(result([]), 0)).toBe(0);
  });
});
