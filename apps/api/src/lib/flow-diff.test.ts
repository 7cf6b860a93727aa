import { describe, expect, it } from 'vitest';
import { diffFlows } from './flow-diff';

const base = {
  name: 'F',
  nodes: [
    { id: 'n_a', kind: 'trigger.event', params: { eventType: 'x' }, position: { x: 0, y: 0 } },
    { id: 'n_b', kind: 'end', params: { outcome: 'ok' }, position: { x: 0, y: 100 } },
  ],
  edges: [{ id: 'e_1', from: 'n_a', port: 'out', to: 'n_b' }],
};

describe('diffFlows', () => {
  it('says two equal documents are the same, and that moving a node changes nothing else', () => {
    expect(diffFlows(base, base).same).toBe(true);
    const moved = { ...base, nodes: [base.nodes[0]!, { ...base.nodes[1]!, position: { x: 50, y: 100 } }] };
    const d = diffFlows(base, moved);
    expect(d.same).toBe(true);
    expect(d.nodes.moved).toEqual(['n_b']);
  });

  it('lists nodes added, removed and changed, and edges rewired, by id', () => {
    const next = {
      name: 'F2',
      nodes: [
        { ...base.nodes[0]!, label: 'Start' },
        { id: 'n_c', kind: 'end', params: { outcome: 'other' }, position: { x: 0, y: 0 } },
      ],
      edges: [
        { id: 'e_1', from: 'n_a', port: 'out', to: 'n_c' },
        { id: 'e_2', from: 'n_c', port: 'out', to: 'n_a' },
      ],
    };
    const d = diffFlows(base, next);
    expect(d.same).toBe(false);
    expect(d.nodes.added).toEqual([{ id: 'n_c', kind: 'end' }]);
    expect(d.nodes.removed).toEqual([{ id: 'n_b', kind: 'end' }]);
    expect(d.nodes.changed).toEqual([
      { id: 'n_a', kind: 'trigger.event', changes: [{ field: 'label', from: null, to: 'Start' }] },
    ]);
    expect(d.edges.changed).toEqual([
      { id: 'e_1', from: { from: 'n_a', port: 'out', to: 'n_b' }, to: { from: 'n_a', port: 'out', to: 'n_c' } },
    ]);
    expect(d.edges.added.map((e) => e.id)).toEqual(['e_2']);
    expect(d.document).toEqual([{ field: 'name', from: 'F', to: 'F2' }]);
  });
});
