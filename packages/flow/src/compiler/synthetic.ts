import { type FlowDocumentInput, SCHEMA_VERSION } from '../document';

type SyntheticNode = FlowDocumentInput['nodes'][number];
type SyntheticEdge = NonNullable<FlowDocumentInput['edges']>[number];

/**
 * A valid flow of about `size` nodes for tests and benchmarks: a trigger, then blocks of nine steps
 * (message → wait for reply → sentiment → branch → ticket / set variable → note → loop back once →
 * wait), each block joining into the next, with expressions and templates that read earlier nodes.
 * Nodes are laid out top to bottom; every block is bounded and waits, so it compiles without problems.
 */
export function syntheticFlow(size: number): FlowDocumentInput {
  const nodes: SyntheticNode[] = [];
  const edges: SyntheticEdge[] = [];
  let row = 0;
  const add = (id: string, kind: string, params: Record<string, unknown>, col = 1, label?: string) => {
    nodes.push({ id, kind, params, position: { x: col * 280, y: row * 140 }, ...(label ? { label } : {}) });
  };
  const link = (from: string, port: string, to: string) => {
    edges.push({ id: `e_${edges.length}`, from, port, to });
  };
  add('n_trigger', 'trigger.event', { eventType: 'order.created' }, 1, 'Pedido creado');
  let prev = { id: 'n_trigger', port: 'out' };
  const blocks = Math.max(1, Math.ceil((size - 2) / 9));
  for (let b = 0; b < blocks; b++) {
    const id = (s: string) => `n_${s}_${b}`;
    row++;
    add(id('msg'), 'message.send', {
      channel: 'whatsapp',
      template: { es: `Hola {{ customer.name }}, paso ${b}`, en: `Hi {{ customer.name }}, step ${b}` },
    });
    link(prev.id, prev.port, id('msg'));
    row++;
    add(id('reply'), 'wait.reply', { timeout: '24h' }, 1, `Esperar respuesta ${b}`);
    link(id('msg'), 'sent', id('reply'));
    row++;
    add(id('sent'), 'ai.sentiment', { text: `nodes.${id('reply')}.text` });
    link(id('reply'), 'replied', id('sent'));
    row++;
    add(id('branch'), 'logic.branch', {
      branches: [{ port: 'angry', condition: `nodes.${id('sent')}.score < -0.5 || sentiment.escalate` }],
    });
    link(id('sent'), 'out', id('branch'));
    row++;
    add(
      id('ticket'),
      'crm.ticket',
      { subject: `Cliente molesto: {{ nodes.${id('reply')}.text }}`, priority: 'high' },
      0,
    );
    add(id('set'), 'logic.set', { name: `score${b}`, value: `nodes.${id('sent')}.score` }, 2);
    link(id('branch'), 'angry', id('ticket'));
    link(id('branch'), 'else', id('set'));
    row++;
    add(id('note'), 'crm.note', { text: `Ticket {{ nodes.${id('ticket')}.ticketId }}` }, 0);
    link(id('ticket'), 'out', id('note'));
    row++;
    add(id('loop'), 'logic.loop', { times: 2 });
    link(id('note'), 'out', id('loop'));
    link(id('set'), 'out', id('loop'));
    link(id('loop'), 'again', id('msg'));
    row++;
    add(id('wait'), 'wait.duration', { duration: '1h' });
    link(id('loop'), 'done', id('wait'));
    link(id('reply'), 'timeout', id('wait'));
    prev = { id: id('wait'), port: 'out' };
  }
  row++;
  add('n_end', 'end', { outcome: 'done' });
  link(prev.id, prev.port, 'n_end');
  return {
    schemaVersion: SCHEMA_VERSION,
    id: `f_synthetic_${size}`,
    name: `Flujo sintético de ${size} pasos`,
    settings: { reentry: 'one_at_a_time', transactional: false },
    nodes,
    edges,
  };
}
