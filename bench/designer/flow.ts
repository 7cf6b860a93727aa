import type { FlowDocumentInput } from '@ruta/flow';

/**
 * A generated flow of `size` nodes laid out on a grid: a chain of sends, waits, variables and branches
 * (each branch's `vip` port ends the journey), like the engine benchmark's big flow.
 */
export function generatedFlow(size: number, id = `f_bench_${size}`): FlowDocumentInput {
  const nodes: FlowDocumentInput['nodes'] = [];
  const edges: FlowDocumentInput['edges'] = [];
  const at = (i: number) => ({ x: (i % 20) * 300, y: Math.floor(i / 20) * 170 });
  nodes.push({ id: 'n_trigger', kind: 'trigger.event', params: { eventType: 'bench.start' }, position: at(0) });
  let prev = 'n_trigger';
  let port = 'out';
  for (let i = 1; nodes.length < size - 1; i++) {
    const nid = `n_${i}`;
    const k = i % 4;
    if (k === 0)
      nodes.push({
        id: nid,
        kind: 'message.send',
        params: { channel: 'sms', template: `Paso ${i} para {{ customer.name }}` },
        position: at(nodes.length),
      });
    else if (k === 1)
      nodes.push({ id: nid, kind: 'wait.duration', params: { duration: '1h' }, position: at(nodes.length) });
    else if (k === 2)
      nodes.push({
        id: nid,
        kind: 'logic.set',
        params: { name: `v${i}`, value: 'customer.tier + "x"' },
        position: at(nodes.length),
      });
    else
      nodes.push({
        id: nid,
        kind: 'logic.branch',
        params: { branches: [{ port: 'vip', condition: '"vip" in customer.tags' }] },
        position: at(nodes.length),
      });
    edges.push({ id: `e_${i}`, from: prev, port, to: nid });
    if (k === 3 && nodes.length < size - 1) {
      const endId = `n_${i}_end`;
      nodes.push({ id: endId, kind: 'end', params: {}, position: at(nodes.length) });
      edges.push({ id: `e_${i}_vip`, from: nid, port: 'vip', to: endId });
      port = 'else';
    } else port = k === 0 ? 'sent' : 'out';
    prev = nid;
  }
  nodes.push({ id: 'n_done', kind: 'end', params: {}, position: at(nodes.length) });
  edges.push({ id: 'e_done', from: prev, port, to: 'n_done' });
  return {
    schemaVersion: 2,
    id,
    name: `Bench ${size}`,
    settings: { reentry: 'every_time', transactional: false },
    nodes,
    edges,
  };
}
