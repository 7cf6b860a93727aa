import { compile, FlowDocument, SCHEMA_VERSION } from '@ruta/flow';
import { describe, expect, it } from 'vitest';
import { copyFragment, pasteFragment } from './clipboard';
import { diffDocs, removedEdges } from './diff';
import { addNode, connect, moveElements, removeElements, setParams } from './edit';
import { autoLayout } from './layout';
import { portsOf } from './ports';
import { toCanvasEdges, toCanvasNodes } from './to-flow';
import type { Doc } from './types';

const base = (): Doc =>
  FlowDocument.parse({
    schemaVersion: SCHEMA_VERSION,
    id: 'f_test',
    name: 'Test',
    nodes: [
      { id: 'n_trigger', kind: 'trigger.event', params: { eventType: 'order.created' }, position: { x: 0, y: 0 } },
      { id: 'n_send', kind: 'message.send', params: { channel: 'sms', template: 'Hola' }, position: { x: 0, y: 150 } },
      { id: 'n_wait', kind: 'wait.reply', params: { timeout: '1d' }, position: { x: 0, y: 300 } },
    ],
    edges: [
      { id: 'e_1', from: 'n_trigger', port: 'out', to: 'n_send' },
      { id: 'e_2', from: 'n_send', port: 'sent', to: 'n_wait' },
    ],
  });

describe('edit', () => {
  it('adds a node with a fresh readable id without touching the input', () => {
    const doc = base();
    const r = addNode(doc, 'message.send', { channel: 'sms', template: 'x' }, { x: 10.4, y: 20.6 });
    expect(r.id).toBe('n_message_send');
    expect(r.doc.nodes).toHaveLength(4);
    expect(r.doc.nodes.at(-1)?.position).toEqual({ x: 10, y: 21 });
    expect(doc.nodes).toHaveLength(3);
    expect(addNode(r.doc, 'message.send', {}, { x: 0, y: 0 }).id).toBe('n_message_send_2');
  });

  it('connects a port to one place: a new edge from the same port replaces the old one', () => {
    let doc = addNode(base(), 'end', { outcome: 'done' }, { x: 0, y: 0 }).doc;
    doc = connect(doc, 'n_wait', 'replied', 'n_end');
    doc = connect(doc, 'n_send', 'sent', 'n_end');
    expect(doc.edges.filter((e) => e.from === 'n_send' && e.port === 'sent').map((e) => e.to)).toEqual(['n_end']);
    expect(doc.edges.find((e) => e.from === 'n_wait')?.to).toBe('n_end');
  });

  it('refuses self loops and edges into a trigger', () => {
    const doc = base();
    expect(connect(doc, 'n_send', 'failed', 'n_send')).toBe(doc);
    expect(connect(doc, 'n_wait', 'timeout', 'n_trigger')).toBe(doc);
  });

  it('removes nodes with the edges touching them', () => {
    const doc = removeElements(base(), new Set(['n_send']));
    expect(doc.nodes.map((n) => n.id)).toEqual(['n_trigger', 'n_wait']);
    expect(doc.edges).toEqual([]);
  });

  it('moves and sets params immutably', () => {
    const doc = base();
    const moved = moveElements(doc, new Map([['n_wait', { x: 5, y: 6 }]]));
    expect(moved.nodes[2]?.position).toEqual({ x: 5, y: 6 });
    expect(moved.nodes[0]).toBe(doc.nodes[0]);
    const p = setParams(doc, 'n_wait', { timeout: '2d' });
    expect(p.nodes[2]?.params).toEqual({ timeout: '2d' });
    expect(doc.nodes[2]?.params).toEqual({ timeout: '1d' });
  });
});

describe('clipboard', () => {
  it('copies selected nodes with the edges between them and pastes them with fresh ids', () => {
    const doc = base();
    const f = copyFragment(doc, new Set(['n_send', 'n_wait']));
    expect(f.nodes).toHaveLength(2);
    expect(f.edges).toEqual([{ id: 'e_2', from: 'n_send', port: 'sent', to: 'n_wait' }]);
    const r = pasteFragment(doc, f);
    expect(r.ids).toEqual(['n_send_2', 'n_wait_2']);
    const pasted = r.doc.edges.at(-1)!;
    expect(pasted).toMatchObject({ from: 'n_send_2', port: 'sent', to: 'n_wait_2' });
    expect(r.doc.nodes.find((n) => n.id === 'n_send_2')?.position).toEqual({ x: 40, y: 190 });
  });

  it('does not paste a second trigger', () => {
    const doc = base();
    const r = pasteFragment(doc, copyFragment(doc, new Set(['n_trigger', 'n_send'])));
    expect(r.doc.nodes.filter((n) => n.kind.startsWith('trigger.'))).toHaveLength(1);
    expect(r.ids).toEqual(['n_send_2']);
  });
});

describe('diff', () => {
  it('finds added, removed and changed nodes, ignoring moves', () => {
    const a = base();
    let b = setParams(a, 'n_wait', { timeout: '2d' });
    b = moveElements(b, new Map([['n_send', { x: 300, y: 150 }]]));
    b = removeElements(b, new Set(['n_trigger']));
    b = addNode(b, 'end', {}, { x: 0, y: 0 }).doc;
    const d = diffDocs(a, b);
    expect(d.nodes.get('n_wait')).toBe('changed');
    expect(d.nodes.get('n_send')).toBe('same');
    expect(d.nodes.get('n_trigger')).toBe('removed');
    expect(d.nodes.get('n_end')).toBe('added');
    expect(d.counts).toEqual({ added: 1, removed: 1, changed: 1 });
    expect(d.removedNodes.map((n) => n.id)).toEqual(['n_trigger']);
    expect(removedEdges(a, b).map((e) => e.id)).toEqual(['removed:e_1']);
  });
});

describe('ports', () => {
  it('lists a kind’s ports, branch names from params, and keeps ports edges still use', () => {
    const node = {
      id: 'n_b',
      kind: 'logic.branch',
      params: { branches: [{ port: 'vip', condition: '' }] },
      position: { x: 0, y: 0 },
    };
    expect(portsOf(node).map((p) => p.name)).toEqual(['vip', 'else']);
    const kept = portsOf(node, [{ id: 'e_x', from: 'n_b', port: 'gold', to: 'n_y' }]);
    expect(kept.map((p) => [p.name, Boolean(p.unknown)])).toEqual([
      ['vip', false],
      ['else', false],
      ['gold', true],
    ]);
    expect(
      portsOf({
        ...node,
        kind: 'logic.split',
        params: {
          variants: [
            { port: 'a', percent: 30 },
            { port: 'b', percent: 70 },
          ],
        },
      }).map((p) => p.label.en),
    ).toEqual(['a 30%', 'b 70%']);
  });
});

describe('layout', () => {
  it('places every node top to bottom in flow order', () => {
    const doc = base();
    const pos = autoLayout(doc);
    expect(pos.size).toBe(3);
    expect(pos.get('n_trigger')!.y).toBeLessThan(pos.get('n_send')!.y);
    expect(pos.get('n_send')!.y).toBeLessThan(pos.get('n_wait')!.y);
    expect(compile(moveElements(doc, pos)).diagnostics.filter((d) => d.severity === 'error')).toEqual([
      expect.objectContaining({ code: 'unconnected_port', nodeId: 'n_wait' }),
      expect.objectContaining({ code: 'unconnected_port', nodeId: 'n_wait' }),
    ]);
  });
});

describe('tidy up a long flow', () => {
  it('wraps a 150-block chain into columns that keep roughly the canvas proportions, in flow order', () => {
    const nodes = Array.from({ length: 150 }, (_, i) => ({
      id: i === 0 ? 'n_trigger' : `n_${i}`,
      kind: i === 0 ? 'trigger.manual' : 'wait.duration',
      params: i === 0 ? {} : { duration: '1h' },
      position: { x: 0, y: 0 },
    }));
    const edges = nodes.slice(1).map((n, i) => ({ id: `e_${i}`, from: nodes[i]!.id, port: 'out', to: n.id }));
    const doc = { ...base(), nodes, edges };
    const pos = autoLayout(doc);
    expect(pos.size).toBe(150);
    const xs = [...pos.values()].map((p) => p.x);
    const ys = [...pos.values()].map((p) => p.y);
    const width = Math.max(...xs) + 264 - Math.min(...xs);
    const height = Math.max(...ys) + 104 - Math.min(...ys);
    expect(width / height).toBeGreaterThan(0.8);
    expect(width / height).toBeLessThan(3.2);
    // No two blocks on one spot, and the flow reads column by column, top to bottom.
    expect(new Set([...pos.values()].map((p) => `${p.x},${p.y}`)).size).toBe(150);
    const order = nodes.map((n) => pos.get(n.id)!);
    for (let i = 1; i < order.length; i++) {
      const [a, b] = [order[i - 1]!, order[i]!];
      expect(b.x > a.x || (b.x === a.x && b.y > a.y)).toBe(true);
    }
  });

  it('leaves a short flow as dagre laid it out', () => {
    const pos = autoLayout(base());
    expect(new Set([...pos.values()].map((p) => p.x)).size).toBe(1);
  });
});

describe('to-flow', () => {
  it('derives canvas nodes and keeps unchanged nodes identical between renders', () => {
    const doc = base();
    const cache = new Map();
    const opts = { selection: new Set<string>(), dragging: null, measured: {} };
    const first = toCanvasNodes(doc, opts, cache);
    expect(first.map((n) => n.type)).toEqual(['step', 'step', 'step']);
    const doc2 = setParams(doc, 'n_wait', { timeout: '3d' });
    const second = toCanvasNodes(doc2, { ...opts, selection: new Set(['n_send']) }, cache);
    expect(second[0]).toBe(first[0]);
    expect(second[1]).not.toBe(first[1]);
    expect(second[1]?.selected).toBe(true);
    expect(second[2]).not.toBe(first[2]);
  });

  it('derives edges with handles, path highlight and counts', () => {
    const edges = toCanvasEdges(base(), {
      selection: new Set(),
      visited: { e_1: true },
      counts: { e_2: 12 },
      lang: 'es',
    });
    expect(edges[0]).toMatchObject({
      source: 'n_trigger',
      sourceHandle: 'out',
      target: 'n_send',
      className: 'visited',
      animated: true,
    });
    expect(edges[1]).toMatchObject({ label: '12' });
  });
});
