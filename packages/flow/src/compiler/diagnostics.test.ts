import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { SCHEMA_VERSION } from '../document';
import { compile } from './compile';
import { doc, edge, end, expectDiagnostic, only, send, trigger } from './testing.test-helpers';
import { DIAGNOSTIC_CODES, type DiagnosticCode } from './types';

const covered = new Set<DiagnosticCode>();
/** Marks a code as tested, for the last test. */
const check = (code: DiagnosticCode) => covered.add(code);

/** A minimal valid flow: trigger → message → end. */
const valid = () =>
  doc(
    [trigger(), send('n_msg', 'Saludo'), end('n_end')],
    [edge('n_trigger', 'out', 'n_msg'), edge('n_msg', 'sent', 'n_end')],
  );

describe('compile: the minimal flow', () => {
  it('compiles without diagnostics', () => {
    const result = compile(valid());
    expect(result.diagnostics).toEqual([]);
    expect(result.ok).toBe(true);
  });
});

describe('compile: one diagnostic per code', () => {
  it('unsupported_schema_version: newer, unknown and missing versions', () => {
    const newer = compile({ ...valid(), schemaVersion: SCHEMA_VERSION + 1 });
    check('unsupported_schema_version');
    const d = expectDiagnostic(newer, 'unsupported_schema_version', { path: ['schemaVersion'] });
    expect(d.message.es).toContain(`versión ${SCHEMA_VERSION + 1}`);
    expect(d.message.en).toContain(`version ${SCHEMA_VERSION + 1}`);
    expect(newer.ok).toBe(false);

    const missing = compile({ ...valid(), schemaVersion: undefined });
    expect(only(missing, 'unsupported_schema_version').message.en).toContain('schemaVersion is missing');
    const zero = compile({ ...valid(), schemaVersion: 0 });
    expect(only(zero, 'unsupported_schema_version').message.es).toContain('no existe');
  });

  it('invalid_document: zod issues of the document mapped to node and document paths', () => {
    check('invalid_document');
    const badId = compile(doc([trigger(), { id: 'paso1', kind: 'end', label: 'Fin malo' }], []));
    const d = expectDiagnostic(badId, 'invalid_document', { nodeId: 'paso1', path: ['id'], label: 'Fin malo' });
    expect(d.message.es).toContain('n_');

    const noName = compile({ ...valid(), name: '' });
    expectDiagnostic(noName, 'invalid_document', { path: ['name'] });

    const notObject = compile('hola');
    expect(only(notObject, 'invalid_document').path).toEqual([]);
    expect(compile(null).ok).toBe(false);

    const badEdge = compile(doc([trigger()], [{ id: 'e_1', from: 'n_trigger', port: '', to: 'n_x' }]));
    expectDiagnostic(badEdge, 'invalid_document', { edgeId: 'e_1', path: ['port'] });
  });

  it('duplicate_node_id', () => {
    check('duplicate_node_id');
    const result = compile(
      doc(
        [trigger(), send('n_msg', 'Saludo'), send('n_msg', 'Despedida'), end('n_end')],
        [edge('n_trigger', 'out', 'n_msg'), edge('n_msg', 'sent', 'n_end')],
      ),
    );
    const d = expectDiagnostic(result, 'duplicate_node_id', { nodeId: 'n_msg', path: ['id'], label: 'Saludo' });
    expect(d.message.es).toContain('«Despedida»');
  });

  it('duplicate_edge_id', () => {
    check('duplicate_edge_id');
    const result = compile(
      doc(
        [trigger(), send('n_msg'), end('n_end')],
        [edge('n_trigger', 'out', 'n_msg', 'e_same'), edge('n_msg', 'sent', 'n_end', 'e_same')],
      ),
    );
    expectDiagnostic(result, 'duplicate_edge_id', { edgeId: 'e_same', path: ['id'] });
  });

  it('unknown_kind, with a suggestion', () => {
    check('unknown_kind');
    const result = compile(
      doc(
        [trigger(), { id: 'n_msg', kind: 'message.sned', label: 'Saludo', params: {} }, end('n_end')],
        [edge('n_trigger', 'out', 'n_msg'), edge('n_msg', 'sent', 'n_end')],
      ),
    );
    const d = expectDiagnostic(result, 'unknown_kind', { nodeId: 'n_msg', path: ['kind'], label: 'Saludo' });
    expect(d.message.es).toContain('«message.send»');
    // No cascade: the edges of a node of unknown kind are not judged.
    expect(result.diagnostics).toHaveLength(1);
  });

  it('invalid_params: missing, wrong type, too small, enum, regex — one diagnostic per issue', () => {
    check('invalid_params');
    const missing = compile(
      doc(
        [trigger(), { id: 'n_wait', kind: 'wait.reply', params: {} }, end('n_a'), end('n_b')],
        [edge('n_trigger', 'out', 'n_wait'), edge('n_wait', 'replied', 'n_a'), edge('n_wait', 'timeout', 'n_b')],
      ),
    );
    const d = expectDiagnostic(missing, 'invalid_params', {
      nodeId: 'n_wait',
      path: ['params', 'timeout'],
      label: { es: 'Esperar respuesta', en: 'Wait for a reply' },
    });
    expect(d.message.es).toContain('«plazo»');
    expect(d.message.es).toContain('obligatorio');
    expect(d.message.en).toContain('required');
    expect(d.nodeLabel).toEqual({ es: 'Esperar respuesta', en: 'Wait for a reply' });

    const several = compile(
      doc(
        [
          trigger(),
          { id: 'n_msg', kind: 'message.send', label: 'Aviso', params: { channel: 'fax', template: 5 } },
          { id: 'n_loop', kind: 'logic.loop', params: { times: 0 } },
          { id: 'n_branch', kind: 'logic.branch', params: { branches: [{ port: 'Molesto!', condition: 'true' }] } },
          { id: 'n_dur', kind: 'wait.duration', params: { duration: 'pronto' } },
          end('n_end'),
        ],
        [
          edge('n_trigger', 'out', 'n_msg'),
          edge('n_msg', 'sent', 'n_loop'),
          edge('n_loop', 'again', 'n_dur'),
          edge('n_loop', 'done', 'n_branch'),
          edge('n_dur', 'out', 'n_end'),
          edge('n_branch', 'else', 'n_end'),
        ],
      ),
    );
    const issues = several.diagnostics.filter((x) => x.code === 'invalid_params');
    const at = (nodeId: string, ...path: (string | number)[]) => {
      const found = issues.find((x) => x.nodeId === nodeId && JSON.stringify(x.path) === JSON.stringify(path));
      expect(found, `${nodeId} ${path.join('.')}`).toBeDefined();
      return found!;
    };
    const channel = at('n_msg', 'params', 'channel');
    expect(channel.message.es).toContain('«Aviso»');
    expect(channel.message.es).toContain('«fax» no es una opción válida');
    expect(channel.message.en).toContain('"whatsapp", "sms", "email" and "voice"');
    const template = at('n_msg', 'params', 'template');
    expect(template.message.en).toContain('It must be text or a group of fields');
    const times = at('n_loop', 'params', 'times');
    expect(times.message.es).toContain('Repite al menos una vez');
    expect(times.message.en).toContain('Repeat at least once');
    const port = at('n_branch', 'params', 'branches', 0, 'port');
    expect(port.message.es).toContain('Usa minúsculas');
    expect(port.message.en).toContain('Use lowercase letters');
    expect(port.message.es).toContain('«condiciones › n.º 1 › nombre de la salida»');
    const duration = at('n_dur', 'params', 'duration');
    expect(duration.message.es).toContain('Usa una duración como 30m');
    expect(issues).toHaveLength(5);
  });

  it('duplicate_port_name: repeated branch names and a name taken by a built-in port', () => {
    check('duplicate_port_name');
    const twice = compile(
      doc(
        [
          trigger(),
          {
            id: 'n_branch',
            kind: 'logic.branch',
            label: '¿Molesto?',
            params: {
              branches: [
                { port: 'angry', condition: 'sentiment.escalate' },
                { port: 'angry', condition: 'sentiment.score < 0.0' },
              ],
            },
          },
          end('n_end'),
        ],
        [edge('n_trigger', 'out', 'n_branch'), edge('n_branch', 'angry', 'n_end'), edge('n_branch', 'else', 'n_end')],
      ),
    );
    expectDiagnostic(twice, 'duplicate_port_name', {
      nodeId: 'n_branch',
      path: ['params', 'branches', 1, 'port'],
      label: '¿Molesto?',
    });

    const builtin = compile(
      doc(
        [
          trigger(),
          { id: 'n_branch', kind: 'logic.branch', params: { branches: [{ port: 'else', condition: 'true' }] } },
          end('n_end'),
        ],
        [edge('n_trigger', 'out', 'n_branch'), edge('n_branch', 'else', 'n_end')],
      ),
    );
    const d = expectDiagnostic(builtin, 'duplicate_port_name', {
      nodeId: 'n_branch',
      path: ['params', 'branches', 0, 'port'],
      label: { es: 'Condición', en: 'Branch' },
    });
    expect(d.message.es).toContain('ya existe');
  });

  it('split_percent_sum: says the current sum', () => {
    check('split_percent_sum');
    const result = compile(
      doc(
        [
          trigger(),
          {
            id: 'n_split',
            kind: 'logic.split',
            label: 'Prueba A/B',
            params: {
              variants: [
                { port: 'a', percent: 50 },
                { port: 'b', percent: 40 },
              ],
            },
          },
          end('n_a'),
          end('n_b'),
        ],
        [edge('n_trigger', 'out', 'n_split'), edge('n_split', 'a', 'n_a'), edge('n_split', 'b', 'n_b')],
      ),
    );
    const d = expectDiagnostic(result, 'split_percent_sum', {
      nodeId: 'n_split',
      path: ['params', 'variants'],
      label: 'Prueba A/B',
    });
    expect(d.message.es).toContain('suman 90 %');
    expect(d.message.en).toContain('add up to 90%');
    expect(d.message.es).toContain('10 %');
  });

  it('dangling_edge: to and from a missing node', () => {
    check('dangling_edge');
    const to = compile(
      doc(
        [trigger(), send('n_msg', 'Saludo')],
        [edge('n_trigger', 'out', 'n_msg'), edge('n_msg', 'sent', 'n_gone', 'e_gone')],
      ),
    );
    const d = expectDiagnostic(to, 'dangling_edge', {
      nodeId: 'n_msg',
      edgeId: 'e_gone',
      path: ['to'],
      label: 'Saludo',
    });
    expect(d.message.es).toContain('n_gone');
    const from = compile(
      doc(
        [trigger(), send('n_msg', 'Saludo'), end('n_end')],
        [edge('n_trigger', 'out', 'n_msg'), edge('n_msg', 'sent', 'n_end'), edge('n_ghost', 'out', 'n_end', 'e_ghost')],
      ),
    );
    expectDiagnostic(from, 'dangling_edge', { nodeId: 'n_end', edgeId: 'e_ghost', path: ['from'] });
  });

  it('unknown_port: lists the ports the node has', () => {
    check('unknown_port');
    const result = compile(
      doc(
        [trigger(), send('n_msg', 'Saludo'), end('n_end')],
        [edge('n_trigger', 'out', 'n_msg'), edge('n_msg', 'sent', 'n_end'), edge('n_msg', 'sentt', 'n_end', 'e_typo')],
      ),
    );
    const d = expectDiagnostic(result, 'unknown_port', {
      nodeId: 'n_msg',
      edgeId: 'e_typo',
      path: ['port'],
      label: 'Saludo',
    });
    expect(d.message.es).toContain('¿Quisiste decir «sent»?');
    expect(d.message.es).toContain('«enviado» (sent)');
    expect(d.message.en).toContain('"failed"');
  });

  it('port_multiple_edges: one output, two steps', () => {
    check('port_multiple_edges');
    const result = compile(
      doc(
        [trigger(), send('n_msg', 'Saludo'), end('n_a'), end('n_b')],
        [
          edge('n_trigger', 'out', 'n_msg'),
          edge('n_msg', 'sent', 'n_a', 'e_first'),
          edge('n_msg', 'sent', 'n_b', 'e_second'),
        ],
      ),
    );
    const d = expectDiagnostic(result, 'port_multiple_edges', {
      nodeId: 'n_msg',
      edgeId: 'e_second',
      path: ['port'],
      label: 'Saludo',
    });
    expect(d.nodes).toEqual(['n_a', 'n_b']);
    expect(d.message.es).toContain('«enviado»');
  });

  it('edge_into_trigger', () => {
    check('edge_into_trigger');
    const result = compile(
      doc(
        [trigger(), send('n_msg', 'Saludo')],
        [edge('n_trigger', 'out', 'n_msg'), edge('n_msg', 'sent', 'n_trigger', 'e_back')],
      ),
    );
    expectDiagnostic(result, 'edge_into_trigger', {
      nodeId: 'n_trigger',
      edgeId: 'e_back',
      path: ['to'],
      label: 'Pedido creado',
    });
  });

  it('unconnected_port: a required port without an edge', () => {
    check('unconnected_port');
    const result = compile(
      doc(
        [trigger(), { id: 'n_wait', kind: 'wait.reply', params: { timeout: '24h' } }, end('n_end')],
        [edge('n_trigger', 'out', 'n_wait'), edge('n_wait', 'replied', 'n_end')],
      ),
    );
    const d = expectDiagnostic(result, 'unconnected_port', {
      nodeId: 'n_wait',
      path: ['ports', 'timeout'],
      label: { es: 'Esperar respuesta', en: 'Wait for a reply' },
    });
    expect(d.message.es).toContain('«sin respuesta»');
    // An optional port (message.send failed) may stay unconnected.
    expect(compile(valid()).ok).toBe(true);
  });

  it('missing_trigger', () => {
    check('missing_trigger');
    const result = compile(doc([send('n_msg'), end('n_end')], [edge('n_msg', 'sent', 'n_end')]));
    expectDiagnostic(result, 'missing_trigger', { path: ['nodes'] });
    expect(result.diagnostics.map((d) => d.code)).toEqual(['missing_trigger']);
  });

  it('multiple_triggers', () => {
    check('multiple_triggers');
    const result = compile(
      doc(
        [trigger(), { id: 'n_manual', kind: 'trigger.manual', label: 'A mano' }, send('n_msg'), end('n_end')],
        [edge('n_trigger', 'out', 'n_msg'), edge('n_manual', 'out', 'n_msg'), edge('n_msg', 'sent', 'n_end')],
      ),
    );
    const d = expectDiagnostic(result, 'multiple_triggers', { nodeId: 'n_manual', path: [], label: 'A mano' });
    expect(d.nodes).toEqual(['n_trigger', 'n_manual']);
    expect(d.message.es).toContain('«Pedido creado»');
  });

  it('unreachable_node: an error that says how to fix it', () => {
    check('unreachable_node');
    const result = compile(
      doc(
        [trigger(), send('n_msg'), end('n_end'), send('n_lost', 'Mensaje perdido'), end('n_lost_end')],
        [edge('n_trigger', 'out', 'n_msg'), edge('n_msg', 'sent', 'n_end'), edge('n_lost', 'sent', 'n_lost_end')],
      ),
    );
    const lost = result.diagnostics.filter((d) => d.code === 'unreachable_node');
    expect(lost.map((d) => d.nodeId).sort()).toEqual(['n_lost', 'n_lost_end']);
    const d = lost.find((x) => x.nodeId === 'n_lost')!;
    expect(d.severity).toBe('error');
    expect(d.message.es).toContain('«Mensaje perdido»');
    expect(d.message.es).toContain('Conéctalo');
    expect(d.message.en).toContain('Connect it');
    expect(result.ok).toBe(false);
  });

  it('cycle_without_wait: names every node of the cycle', () => {
    check('cycle_without_wait');
    const result = compile(
      doc(
        [
          trigger(),
          send('n_msg', 'Saludo'),
          { id: 'n_set', kind: 'logic.set', label: 'Contar', params: { name: 'count', value: '1' } },
        ],
        [edge('n_trigger', 'out', 'n_msg'), edge('n_msg', 'sent', 'n_set'), edge('n_set', 'out', 'n_msg')],
      ),
    );
    const d = expectDiagnostic(result, 'cycle_without_wait', { nodeId: 'n_msg', path: [], label: 'Saludo' });
    expect(d.nodes).toEqual(['n_msg', 'n_set']);
    expect(d.message.es).toContain('«Saludo» → «Contar» → «Saludo»');
    expect(d.message.en).toContain('"Saludo" → "Contar" → "Saludo"');
  });

  it('cycle_without_wait: a self-loop', () => {
    const result = compile(
      doc(
        [trigger(), { id: 'n_set', kind: 'logic.set', label: 'Contar', params: { name: 'count', value: '1' } }],
        [edge('n_trigger', 'out', 'n_set'), edge('n_set', 'out', 'n_set')],
      ),
    );
    expect(only(result, 'cycle_without_wait').nodes).toEqual(['n_set']);
  });

  it('bot_handoff_without_person: a bot whose hand-off reaches no «Hand off» step (a warning)', () => {
    check('bot_handoff_without_person');
    const bot = { id: 'n_bot', kind: 'kb.answer', label: 'Bot', params: {} };
    const nowhere = compile(
      doc(
        [trigger(), bot, send('n_sorry', 'Disculpas'), end('n_end')],
        [
          edge('n_trigger', 'out', 'n_bot'),
          edge('n_bot', 'answered', 'n_end'),
          edge('n_bot', 'handoff', 'n_sorry'),
          edge('n_sorry', 'sent', 'n_end', 'e_sorry_end'),
        ],
      ),
    );
    expect(nowhere.ok).toBe(true);
    const d = expectDiagnostic(nowhere, 'bot_handoff_without_person', {
      nodeId: 'n_bot',
      path: ['ports', 'handoff'],
      label: 'Bot',
    });
    expect(d.severity).toBe('warning');
    const person = compile(
      doc(
        [
          trigger(),
          bot,
          send('n_sorry', 'Disculpas'),
          { id: 'n_person', kind: 'handoff', params: { sla: '2h' } },
          end('n_end'),
        ],
        [
          edge('n_trigger', 'out', 'n_bot'),
          edge('n_bot', 'answered', 'n_end'),
          edge('n_bot', 'handoff', 'n_sorry'),
          edge('n_sorry', 'sent', 'n_person'),
          edge('n_person', 'resolved', 'n_end'),
          edge('n_person', 'sla_breached', 'n_end', 'e_person_breached'),
        ],
      ),
    );
    expect(person.diagnostics.map((x) => x.code)).not.toContain('bot_handoff_without_person');
  });

  it('handoff_queue_unstaffed: a hand-off to a queue that does not exist or nobody works (a warning, when queues are known)', () => {
    check('handoff_queue_unstaffed');
    const flow = (queue: string) =>
      doc(
        [trigger(), { id: 'n_person', kind: 'handoff', label: 'Agente', params: { sla: '2h', queue } }, end('n_end')],
        [
          edge('n_trigger', 'out', 'n_person'),
          edge('n_person', 'resolved', 'n_end'),
          edge('n_person', 'sla_breached', 'n_end', 'e_person_breached'),
        ],
      );
    const queues = { deliveries: { people: 2 }, billing: { people: 0 } };
    const missing = compile(flow('support'), { queues });
    expect(missing.ok).toBe(true);
    const d = expectDiagnostic(missing, 'handoff_queue_unstaffed', {
      nodeId: 'n_person',
      path: ['params', 'queue'],
      label: 'Agente',
    });
    expect(d.severity).toBe('warning');
    expect(d.message.es).toContain('«support» de «Agente» no existe');
    expect(d.message.en).toContain('"support" of "Agente" does not exist');
    const empty = only(compile(flow('billing'), { queues }), 'handoff_queue_unstaffed');
    expect(empty.message.es).toContain('Nadie atiende la cola «billing»');
    expect(empty.message.en).toContain('Add agents to the queue in People');
    const staffed = compile(flow('deliveries'), { queues });
    expect(staffed.diagnostics.map((x) => x.code)).not.toContain('handoff_queue_unstaffed');
    // Without the queues (the compiler alone, a file on disk) nothing is said.
    expect(compile(flow('support')).diagnostics.map((x) => x.code)).not.toContain('handoff_queue_unstaffed');
  });

  it('unbounded_loop: a cycle with a wait but no «Repeat» (a warning); a loop node bounds it', () => {
    check('unbounded_loop');
    const unbounded = compile(
      doc(
        [
          trigger(),
          send('n_ask', 'Preguntar'),
          { id: 'n_wait', kind: 'wait.reply', label: 'Esperar', params: { timeout: '1d' } },
          end('n_end'),
        ],
        [
          edge('n_trigger', 'out', 'n_ask'),
          edge('n_ask', 'sent', 'n_wait'),
          edge('n_wait', 'replied', 'n_ask'),
          edge('n_wait', 'timeout', 'n_end'),
        ],
      ),
    );
    const d = expectDiagnostic(unbounded, 'unbounded_loop', { nodeId: 'n_ask', path: [], label: 'Preguntar' });
    expect(d.severity).toBe('warning');
    expect(d.nodes).toEqual(['n_ask', 'n_wait']);
    expect(d.message.es).toContain('«Esperar»');
    expect(d.message.es).toContain('«Repetir»');
    expect(unbounded.ok).toBe(true);

    const bounded = compile(
      doc(
        [
          trigger(),
          send('n_ask', 'Preguntar'),
          { id: 'n_wait', kind: 'wait.reply', params: { timeout: '1d' } },
          { id: 'n_loop', kind: 'logic.loop', params: { times: 3 } },
          end('n_end'),
        ],
        [
          edge('n_trigger', 'out', 'n_ask'),
          edge('n_ask', 'sent', 'n_wait'),
          edge('n_wait', 'replied', 'n_loop'),
          edge('n_loop', 'again', 'n_ask'),
          edge('n_loop', 'done', 'n_end'),
          edge('n_wait', 'timeout', 'n_end'),
        ],
      ),
    );
    expect(bounded.diagnostics).toEqual([]);

    // A loop node whose «done» goes back into the cycle does not bound it.
    const leaky = compile(
      doc(
        [
          trigger(),
          send('n_ask', 'Preguntar'),
          { id: 'n_wait', kind: 'wait.reply', params: { timeout: '1d' } },
          { id: 'n_loop', kind: 'logic.loop', params: { times: 3 } },
          end('n_end'),
        ],
        [
          edge('n_trigger', 'out', 'n_ask'),
          edge('n_ask', 'sent', 'n_wait'),
          edge('n_wait', 'replied', 'n_loop'),
          edge('n_loop', 'again', 'n_end'),
          edge('n_loop', 'done', 'n_ask'),
          edge('n_wait', 'timeout', 'n_end'),
        ],
      ),
    );
    expect(only(leaky, 'unbounded_loop').nodes).toEqual(['n_ask', 'n_wait', 'n_loop']);
  });

  const branchOn = (condition: string, label = '¿Molesto?') =>
    doc(
      [
        trigger(),
        { id: 'n_branch', kind: 'logic.branch', label, params: { branches: [{ port: 'angry', condition }] } },
        end('n_a'),
        end('n_b'),
      ],
      [edge('n_trigger', 'out', 'n_branch'), edge('n_branch', 'angry', 'n_a'), edge('n_branch', 'else', 'n_b')],
    );
  const conditionPath = ['params', 'branches', 0, 'condition'];

  it('expr_syntax', () => {
    check('expr_syntax');
    const result = compile(branchOn('sentiment.score >'));
    const d = expectDiagnostic(result, 'expr_syntax', { nodeId: 'n_branch', path: conditionPath, label: '¿Molesto?' });
    expect(d.message.es).toContain('«condiciones › n.º 1 › condición»');
  });

  it('expr_type', () => {
    check('expr_type');
    const result = compile(branchOn('customer.name'));
    expectDiagnostic(result, 'expr_type', { nodeId: 'n_branch', path: conditionPath, label: '¿Molesto?' });
  });

  it('expr_unknown_variable', () => {
    check('expr_unknown_variable');
    const result = compile(branchOn('cliente.tier == "gold"'));
    expectDiagnostic(result, 'expr_unknown_variable', { nodeId: 'n_branch', path: conditionPath, label: '¿Molesto?' });
    const unset = compile(branchOn('vars.attempts > 2'));
    expect(only(unset, 'expr_unknown_variable').path).toEqual(conditionPath);
  });

  it('expr_regex', () => {
    check('expr_regex');
    const result = compile(branchOn('reply.text.matches("(a)\\\\1")'));
    const d = expectDiagnostic(result, 'expr_regex', { nodeId: 'n_branch', path: conditionPath, label: '¿Molesto?' });
    expect(d.message.es).toContain('matches()');
    expect(d.message.en).toContain('matches()');
  });

  it('expr_too_costly', () => {
    check('expr_too_costly');
    const items = 'event.data.items';
    const result = compile(branchOn(`${items}.map(a, ${items}.map(b, ${items}.map(c, c))).size() > 0`));
    const d = expectDiagnostic(result, 'expr_too_costly', { nodeId: 'n_branch', path: conditionPath });
    expect(d.message.es).toContain('demasiado trabajo');
    expect(d.message.en).toContain('too much work');
    // The same work in a message template is caught too.
    const inTemplate = compile(sendText(`Hola {{ ${items}.map(a, ${items}.map(b, ${items}.map(c, c))).size() }}`));
    expect(only(inTemplate, 'expr_too_costly').nodeId).toBe('n_msg');
  });

  const sendText = (template: unknown) =>
    doc(
      [trigger(), send('n_msg', 'Saludo', { template }), end('n_end')],
      [edge('n_trigger', 'out', 'n_msg'), edge('n_msg', 'sent', 'n_end')],
    );

  it('template_syntax', () => {
    check('template_syntax');
    const result = compile(sendText({ es: 'Hola {{ customer.name', en: 'Hi {{ customer.name }}' }));
    expectDiagnostic(result, 'template_syntax', {
      nodeId: 'n_msg',
      path: ['params', 'template', 'es'],
      label: 'Saludo',
    });
  });

  it('template_type', () => {
    check('template_type');
    const result = compile(sendText('Tienes {{ customer.name + 1 }} puntos'));
    expectDiagnostic(result, 'template_type', { nodeId: 'n_msg', path: ['params', 'template'], label: 'Saludo' });
  });

  it('unknown_template_variable', () => {
    check('unknown_template_variable');
    const result = compile(sendText('Hola {{ cliente.nombre }}'));
    expectDiagnostic(result, 'unknown_template_variable', {
      nodeId: 'n_msg',
      path: ['params', 'template'],
      label: 'Saludo',
    });
  });

  it('event_field_unknown: a field the event type does not declare, in a template and in a condition', () => {
    check('event_field_unknown');
    const events = { 'order.created': { fields: { eta: { type: 'text', required: true } } } };
    const result = compile(
      doc(
        [
          trigger({ eventType: 'order.created', filter: 'event.data.total > 10' }),
          send('n_msg', 'Saludo', { template: 'Llega {{ event.data.eat }}' }),
          end('n_end'),
        ],
        [edge('n_trigger', 'out', 'n_msg'), edge('n_msg', 'sent', 'n_end')],
        { events },
      ),
    );
    const d = result.diagnostics.find((x) => x.code === 'event_field_unknown' && x.nodeId === 'n_msg');
    expect(d).toMatchObject({ severity: 'warning', path: ['params', 'template'], nodeLabel: { es: 'Saludo' } });
    expect(d?.message.es).toContain('«eat»');
    expect(d?.message.es).toContain('¿quisiste decir «eta»?');
    expect(d?.message.en).toContain('did you mean "eta"?');
    const filter = result.diagnostics.filter((x) => x.code === 'event_field_unknown' && x.nodeId === 'n_trigger');
    expect(filter.map((x) => x.path)).toEqual([['params', 'filter']]);
    // A warning: the flow still compiles.
    expect(result.ok).toBe(true);
    // Without a declared schema nothing is flagged; a wait's filter is checked against the event it waits for.
    expect(compile(valid()).diagnostics).toEqual([]);
    const waiting = compile(
      doc(
        [
          trigger(),
          {
            id: 'n_wait',
            kind: 'wait.event',
            params: { eventType: 'order.paid', filter: 'event.data.eta != ""', timeout: '1d' },
          },
          end('n_end'),
        ],
        [
          edge('n_trigger', 'out', 'n_wait'),
          edge('n_wait', 'received', 'n_end'),
          edge('n_wait', 'timeout', 'n_end', 'e_t'),
        ],
        { events: { ...events, 'order.paid': { fields: { amount: { type: 'number' } } } } },
      ),
    );
    expect(only(waiting, 'event_field_unknown').message.en).toContain('Event "order.paid"');
  });

  it('template_no_fallback: sending with gaps, a placeholder on a field that may be missing', () => {
    check('template_no_fallback');
    const build = (template: string, settings: Record<string, unknown>, required = false) =>
      compile(
        doc(
          [trigger(), send('n_msg', 'Saludo', { template }), end('n_end')],
          [edge('n_trigger', 'out', 'n_msg'), edge('n_msg', 'sent', 'n_end')],
          { settings, events: { 'order.created': { fields: { eta: { type: 'text', required } } } } },
        ),
      );
    const gaps = build('Llega {{ event.data.eta }}', { missingData: 'fallback' });
    const d = expectDiagnostic(gaps, 'template_no_fallback', {
      nodeId: 'n_msg',
      path: ['params', 'template'],
      label: 'Saludo',
    });
    expect(d.message.es).toContain('{{ event.data.eta | "pronto" }}');
    expect(d.message.en).toContain('goes out with a blank');
    // A fallback, a required field, or a rule that never sends a gap: nothing to say.
    expect(build('Llega {{ event.data.eta | "pronto" }}', { missingData: 'fallback' }).diagnostics).toEqual([]);
    expect(build('Llega {{ event.data.eta }}', { missingData: 'fallback' }, true).diagnostics).toEqual([]);
    expect(build('Llega {{ event.data.eta }}', { missingData: 'hold' }).diagnostics).toEqual([]);
  });

  it('node_reference_not_before: a node on another branch', () => {
    check('node_reference_not_before');
    const result = compile(
      doc(
        [
          trigger(),
          {
            id: 'n_split',
            kind: 'logic.split',
            params: {
              variants: [
                { port: 'a', percent: 50 },
                { port: 'b', percent: 50 },
              ],
            },
          },
          { id: 'n_sent', kind: 'ai.sentiment', label: 'Medir tono', params: {} },
          send('n_msg', 'Saludo', { template: 'Tu tono: {{ nodes.n_sent.label }}' }),
          end('n_a'),
          end('n_b'),
        ],
        [
          edge('n_trigger', 'out', 'n_split'),
          edge('n_split', 'a', 'n_sent'),
          edge('n_split', 'b', 'n_msg'),
          edge('n_sent', 'out', 'n_a'),
          edge('n_msg', 'sent', 'n_b'),
        ],
      ),
    );
    const d = expectDiagnostic(result, 'node_reference_not_before', {
      nodeId: 'n_msg',
      path: ['params', 'template'],
      label: 'Saludo',
    });
    expect(d.nodes).toEqual(['n_sent']);
    expect(d.message.es).toContain('«Medir tono»');
  });

  it('node_reference_not_before: a later node, and a node reading itself outside a loop', () => {
    const later = compile(
      doc(
        [
          trigger(),
          {
            id: 'n_branch',
            kind: 'logic.branch',
            params: { branches: [{ port: 'low', condition: 'nodes.n_sent.score < 0.0' }] },
          },
          { id: 'n_sent', kind: 'ai.sentiment', params: {} },
          end('n_end'),
        ],
        [
          edge('n_trigger', 'out', 'n_branch'),
          edge('n_branch', 'low', 'n_sent'),
          edge('n_branch', 'else', 'n_end'),
          edge('n_sent', 'out', 'n_end'),
        ],
      ),
    );
    expect(only(later, 'node_reference_not_before').path).toEqual(conditionPath);

    const self = compile(
      doc(
        [trigger(), { id: 'n_sent', kind: 'ai.sentiment', params: { text: 'nodes.n_sent.lang' } }, end('n_end')],
        [edge('n_trigger', 'out', 'n_sent'), edge('n_sent', 'out', 'n_end')],
      ),
    );
    expect(only(self, 'node_reference_not_before').path).toEqual(['params', 'text']);
  });

  it('set_type_conflict', () => {
    check('set_type_conflict');
    const result = compile(
      doc(
        [
          trigger(),
          { id: 'n_set_a', kind: 'logic.set', label: 'Guardar número', params: { name: 'last', value: '1' } },
          { id: 'n_set_b', kind: 'logic.set', label: 'Guardar texto', params: { name: 'last', value: '"uno"' } },
          end('n_end'),
        ],
        [edge('n_trigger', 'out', 'n_set_a'), edge('n_set_a', 'out', 'n_set_b'), edge('n_set_b', 'out', 'n_end')],
      ),
    );
    const d = expectDiagnostic(result, 'set_type_conflict', {
      nodeId: 'n_set_b',
      path: ['params', 'value'],
      label: 'Guardar texto',
    });
    expect(d.nodes).toEqual(['n_set_a', 'n_set_b']);
    expect(d.message.es).toContain('«Guardar número»');
    expect(d.message.es).toContain('número entero');
    expect(d.message.es).toContain('texto');
  });

  const customFlow = (input: Record<string, unknown>, activity = 'billing.refund', label = 'Reembolsar') =>
    doc(
      [trigger(), { id: 'n_custom', kind: 'custom', label, params: { activity, input } }, end('n_end')],
      [edge('n_trigger', 'out', 'n_custom'), edge('n_custom', 'out', 'n_end')],
    );
  const activities = {
    'billing.refund': {
      name: 'billing.refund',
      input: z.object({ orderId: z.string().min(3), amount: z.number().positive(), notify: z.boolean().default(true) }),
      output: z.object({ refundId: z.string(), amount: z.number() }),
    },
    'billing.invoice': { name: 'billing.invoice', input: z.object({}) },
  };

  it('unknown_activity: lists the registered ones', () => {
    check('unknown_activity');
    const result = compile(customFlow({}, 'billing.refnd'), { activities });
    const d = expectDiagnostic(result, 'unknown_activity', {
      nodeId: 'n_custom',
      path: ['params', 'activity'],
      label: 'Reembolsar',
    });
    expect(d.message.es).toContain('¿Quisiste decir «billing.refund»?');
    expect(d.message.en).toContain('"billing.invoice" and "billing.refund"');
    const none = compile(customFlow({}), {});
    expect(only(none, 'unknown_activity').message.es).toContain('No hay actividades propias registradas');
  });

  it('invalid_activity_input: the activity schema, with templates', () => {
    check('invalid_activity_input');
    const wrong = compile(customFlow({ orderId: 'A1', amount: 'mucho' }), { activities });
    const issues = wrong.diagnostics.filter((d) => d.code === 'invalid_activity_input');
    expect(issues.map((d) => d.path)).toEqual([
      ['params', 'input', 'orderId'],
      ['params', 'input', 'amount'],
    ]);
    for (const d of issues) {
      expect(d.nodeId).toBe('n_custom');
      expect(d.message.es).toContain('«Reembolsar»');
      expect(d.message.en).toContain('"billing.refund"');
    }
    const missing = compile(customFlow({ orderId: 'ABC' }), { activities });
    expectDiagnostic(missing, 'invalid_activity_input', {
      nodeId: 'n_custom',
      path: ['params', 'input', 'amount'],
      label: 'Reembolsar',
    });
    // A whole placeholder where a number is wanted is checked by its type.
    const typed = compile(customFlow({ orderId: '{{ event.data.orderId }}', amount: '{{ customer.name }}' }), {
      activities,
    });
    expectDiagnostic(typed, 'invalid_activity_input', {
      nodeId: 'n_custom',
      path: ['params', 'input', 'amount'],
      label: 'Reembolsar',
    });
  });

  it('invalid_retry', () => {
    check('invalid_retry');
    const flow = valid();
    (flow.nodes[1] as { retry?: unknown }).retry = { initialInterval: 'pronto', maximumAttempts: 3 };
    const result = compile(flow);
    const d = expectDiagnostic(result, 'invalid_retry', {
      nodeId: 'n_msg',
      path: ['retry', 'initialInterval'],
      label: 'Saludo',
    });
    expect(d.message.es).toContain('«pronto»');

    const inverted = valid();
    (inverted.nodes[1] as { retry?: unknown }).retry = { initialInterval: '10m', maximumInterval: '1m' };
    expect(only(compile(inverted), 'invalid_retry').path).toEqual(['retry', 'maximumInterval']);
  });

  it('retry_ignored: a warning on a node that calls no service', () => {
    check('retry_ignored');
    const result = compile(
      doc(
        [
          trigger(),
          {
            id: 'n_wait',
            kind: 'wait.duration',
            label: 'Esperar un rato',
            params: { duration: '1h' },
            retry: { maximumAttempts: 3 },
          },
          end('n_end'),
        ],
        [edge('n_trigger', 'out', 'n_wait'), edge('n_wait', 'out', 'n_end')],
      ),
    );
    const d = expectDiagnostic(result, 'retry_ignored', {
      nodeId: 'n_wait',
      path: ['retry'],
      label: 'Esperar un rato',
    });
    expect(d.severity).toBe('warning');
    expect(result.ok).toBe(true);
  });

  it('internal_error: a throwing activity schema is reported, not thrown', () => {
    check('internal_error');
    const exploding = {
      'billing.refund': {
        name: 'billing.refund',
        input: z.object({}).superRefine(() => {
          throw new Error('kaboom');
        }),
      },
    };
    const result = compile(customFlow({}), { activities: exploding });
    const d = expectDiagnostic(result, 'internal_error', { nodeId: 'n_custom', path: [], label: 'Reembolsar' });
    expect(d.message.en).toContain('kaboom');
  });

  /** A schedule trigger with these params (over a valid weekly, VIP-only default) → message → end. */
  const scheduled = (params: Record<string, unknown>) =>
    doc(
      [
        {
          id: 'n_trigger',
          kind: 'trigger.schedule',
          label: 'Cada lunes',
          params: {
            cron: '0 9 * * 1',
            audience: { conditions: [{ field: 'tags', op: 'contains', value: 'vip' }] },
            ...params,
          },
        },
        send('n_msg', 'Saludo'),
        end('n_end'),
      ],
      [edge('n_trigger', 'out', 'n_msg'), edge('n_msg', 'sent', 'n_end')],
    );
  const at = { nodeId: 'n_trigger', label: 'Cada lunes' };

  it('schedule_timing: neither cron nor interval, or both', () => {
    check('schedule_timing');
    expect(compile(scheduled({})).ok).toBe(true);
    const neither = expectDiagnostic(compile(scheduled({ cron: undefined })), 'schedule_timing', {
      ...at,
      path: ['params', 'cron'],
    });
    expect(neither.message.en).toContain('does not say when it runs');
    const both = expectDiagnostic(compile(scheduled({ every: '1d' })), 'schedule_timing', {
      ...at,
      path: ['params', 'every'],
    });
    expect(both.message.es).toContain('Deja solo uno');
  });

  it('invalid_cron: names the field and what is wrong with it', () => {
    check('invalid_cron');
    const hour = expectDiagnostic(compile(scheduled({ cron: '0 25 * * 1' })), 'invalid_cron', {
      ...at,
      path: ['params', 'cron'],
    });
    expect(hour.message.es).toContain('«hora»');
    expect(hour.message.en).toContain('25 is out of range: it goes from 0 to 23');
    const fields = only(compile(scheduled({ cron: '0 9 * *' })), 'invalid_cron');
    expect(fields.message.en).toContain('has 4 fields');
    expect(only(compile(scheduled({ cron: '*/0 9 * * MON' })), 'invalid_cron').message.en).toContain('step');
    expect(only(compile(scheduled({ cron: '0 9 * * FUNDAY' })), 'invalid_cron').message.en).toContain(
      'day of the week',
    );
    for (const ok of ['*/15 8-18 * * MON-FRI', '0 9 1,15 * *', '30 6 * JAN,jul 0', '0 0-23/2 * * *']) {
      expect(compile(scheduled({ cron: ok })).diagnostics, ok).toEqual([]);
    }
  });

  it('a time zone the runtime does not know is an invalid param, in Spanish and English', () => {
    const d = expectDiagnostic(compile(scheduled({ timeZone: 'Mars/Olympus' })), 'invalid_params', {
      ...at,
      path: ['params', 'timeZone'],
    });
    expect(d.message.es).toContain('Usa una zona horaria como America/Santiago');
    expect(d.message.en).toContain('Use a time zone such as America/Santiago');
  });

  it('invalid_interval: shorter than the deployment allows (1 minute by default)', () => {
    check('invalid_interval');
    const short = expectDiagnostic(compile(scheduled({ cron: undefined, every: '30s' })), 'invalid_interval', {
      ...at,
      path: ['params', 'every'],
    });
    expect(short.message.en).toContain('at most once every 1m');
    expect(compile(scheduled({ cron: undefined, every: '1h' })).ok).toBe(true);
    expect(compile(scheduled({ cron: undefined, every: '2s' }), { minScheduleIntervalMs: 1000 }).ok).toBe(true);
    // Not a duration at all: the params schema says so (in both languages).
    const text = compile(scheduled({ cron: undefined, every: 'weekly' }));
    expect(only(text, 'invalid_params').path).toEqual(['params', 'every']);
  });

  it('invalid_segment: missing audience, unknown field, wrong operator, wrong value', () => {
    check('invalid_segment');
    const missing = expectDiagnostic(compile(scheduled({ audience: undefined })), 'invalid_segment', {
      ...at,
      path: ['params', 'audience'],
    });
    expect(missing.message.en).toContain('does not say who it reaches');
    const segment = (conditions: unknown[]) => compile(scheduled({ audience: { match: 'all', conditions } }));
    const field = expectDiagnostic(segment([{ field: 'plan', op: 'eq', value: 'pro' }]), 'invalid_segment', {
      ...at,
      path: ['params', 'audience', 'conditions', 0, 'field'],
    });
    expect(field.message.en).toContain('attributes.<key>');
    const op = only(segment([{ field: 'tags', op: 'gt', value: 3 }]), 'invalid_segment');
    expect(op.path).toEqual(['params', 'audience', 'conditions', 0, 'op']);
    expect(op.message.es).toContain('«contiene»');
    const cases: [unknown, string][] = [
      [{ field: 'attributes.balance', op: 'gt', value: '1000' }, 'must be a number'],
      [{ field: 'tier', op: 'in', value: [] }, 'list of values'],
      [{ field: 'consent.whatsapp', op: 'eq', value: 'yes' }, 'true or false'],
      [{ field: 'timeZone', op: 'eq', value: 'Mars/Olympus' }, 'not a time zone'],
      [{ field: 'attributes.plan', op: 'eq' }, 'missing'],
      [{ field: 'attributes.plan', op: 'eq', value: ['pro'] }, 'not a list'],
    ];
    for (const [condition, text] of cases) {
      const d = only(segment([{ field: 'tags', op: 'contains', value: 'vip' }, condition]), 'invalid_segment');
      expect(d.path, JSON.stringify(condition)).toEqual(['params', 'audience', 'conditions', 1, 'value']);
      expect(d.message.en).toContain(text);
      expect(d.message.en).toContain('condition #2');
    }
    const fine = segment([
      { field: 'tags', op: 'contains', value: 'vip' },
      { field: 'attributes.plan', op: 'eq', value: 'pro' },
      { field: 'attributes.balance', op: 'gt', value: 1000 },
      { field: 'attributes.address.city', op: 'in', value: ['Santiago', 'Lima'] },
      { field: 'consent.whatsapp', op: 'eq', value: true },
      { field: 'email', op: 'exists' },
    ]);
    expect(fine.diagnostics).toEqual([]);
  });

  it('audience_everyone: a warning when the segment has no conditions', () => {
    check('audience_everyone');
    const result = compile(scheduled({ audience: { match: 'all', conditions: [] } }));
    const d = expectDiagnostic(result, 'audience_everyone', { ...at, path: ['params', 'audience', 'conditions'] });
    expect(d.severity).toBe('warning');
    expect(result.ok).toBe(true);
  });

  it('covers every diagnostic code', () => {
    expect([...DIAGNOSTIC_CODES].filter((c) => !covered.has(c))).toEqual([]);
  });
});
