import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ACTIVITY_DEFAULTS } from './activities';
import { describeDiagnosticCodes } from './codes';
import { compile, nodeReferences } from './compile';
import { outputValueType, wholePlaceholder } from './custom';
import { formatDiagnostics } from './format';
import { tarjan } from './graph';
import { syntheticFlow } from './synthetic';
import { doc, edge, end, only, send, type TestEdge, type TestNode, trigger } from './testing.test-helpers';
import { type CompileResult, DIAGNOSTIC_CODES } from './types';

declare const console: { log(...args: unknown[]): void };
declare const performance: { now(): number };

const planOf = (result: CompileResult) => {
  if (!result.ok) throw new Error(formatDiagnostics(result.diagnostics, 'en'));
  return result.plan;
};

/** trigger → sentiment → branch (angry → ticket → handoff → ends ; else → message → end). */
function escalation(): { nodes: TestNode[]; edges: TestEdge[] } {
  return {
    nodes: [
      trigger({ eventType: 'message.received' }),
      {
        id: 'n_sent',
        kind: 'ai.sentiment',
        label: 'Tono',
        params: { text: 'event.data.text' },
        position: { x: 1, y: 2 },
      },
      {
        id: 'n_branch',
        kind: 'logic.branch',
        params: { branches: [{ port: 'angry', condition: 'nodes.n_sent.escalate || sentiment.label == "negative"' }] },
      },
      {
        id: 'n_ticket',
        kind: 'crm.ticket',
        params: { subject: 'Cliente molesto: {{ event.data.text }}', priority: 'high' },
      },
      { id: 'n_handoff', kind: 'handoff', params: { sla: '2h' }, retry: { maximumAttempts: 4, timeout: '45s' } },
      send('n_thanks', 'Gracias'),
      end('n_ok', 'resolved'),
      end('n_late', 'late'),
      end('n_bye'),
    ],
    edges: [
      edge('n_trigger', 'out', 'n_sent'),
      edge('n_sent', 'out', 'n_branch'),
      edge('n_branch', 'angry', 'n_ticket'),
      edge('n_branch', 'else', 'n_thanks'),
      edge('n_ticket', 'out', 'n_handoff'),
      edge('n_handoff', 'resolved', 'n_ok'),
      edge('n_handoff', 'sla_breached', 'n_late'),
      edge('n_thanks', 'sent', 'n_bye'),
    ],
  };
}

const escalationDoc = () => {
  const { nodes, edges } = escalation();
  return doc(nodes, edges, { description: 'Prueba', notes: [{ id: 'c_1', text: 'nota', position: { x: 0, y: 0 } }] });
};

describe('the plan', () => {
  it('has the trigger, the start, every reachable node with filled params, ports and activities', () => {
    const plan = planOf(compile(escalationDoc()));
    expect(plan.planVersion).toBe(1);
    expect(plan.flowId).toBe('f_test');
    expect(plan.name).toBe('Flujo de prueba');
    expect(plan.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(plan.settings).toEqual({ reentry: 'one_at_a_time', transactional: false, missingData: 'hold' });
    expect(plan.trigger).toEqual({
      nodeId: 'n_trigger',
      kind: 'trigger.event',
      params: { eventType: 'message.received' },
    });
    expect(plan.start).toBe('n_sent');
    expect(Object.keys(plan.nodes).sort()).toEqual(
      ['n_branch', 'n_bye', 'n_handoff', 'n_late', 'n_ok', 'n_sent', 'n_thanks', 'n_ticket', 'n_trigger'].sort(),
    );
    expect(plan.nodes.n_sent).toEqual({
      id: 'n_sent',
      kind: 'ai.sentiment',
      label: 'Tono',
      params: { text: 'event.data.text' },
      next: { out: 'n_branch' },
      activity: { name: 'sentiment.analyze', options: ACTIVITY_DEFAULTS['sentiment.analyze'] },
    });
    // Defaults filled in.
    expect(plan.nodes.n_ticket?.params).toEqual({
      action: 'create',
      subject: 'Cliente molesto: {{ event.data.text }}',
      priority: 'high',
      queue: 'support',
      status: 'open',
    });
    expect(plan.nodes.n_ticket?.activity?.name).toBe('crm.upsertTicket');
    expect(plan.nodes.n_ticket?.activity?.options).toEqual({
      startToCloseTimeoutMs: 30_000,
      retry: { maximumAttempts: 10, initialIntervalMs: 1_000, backoffCoefficient: 2, maximumIntervalMs: 60_000 },
    });
    // An optional port left unconnected leads nowhere.
    expect(plan.nodes.n_thanks?.next).toEqual({ sent: 'n_bye', failed: null });
    expect(plan.nodes.n_thanks?.activity?.options).toEqual({
      startToCloseTimeoutMs: 30_000,
      retry: { maximumAttempts: 8, initialIntervalMs: 2_000, backoffCoefficient: 2, maximumIntervalMs: 300_000 },
    });
    expect(plan.nodes.n_branch?.next).toEqual({ angry: 'n_ticket', else: 'n_thanks' });
    expect(plan.nodes.n_ok?.next).toEqual({});
    expect(plan.nodes.n_ok?.activity).toBeUndefined();
    // The node's retry field overrides its activity's defaults.
    expect(plan.nodes.n_handoff?.activity).toEqual({
      name: 'handoff.open',
      options: {
        startToCloseTimeoutMs: 45_000,
        retry: { maximumAttempts: 4, initialIntervalMs: 1_000, backoffCoefficient: 2, maximumIntervalMs: 60_000 },
      },
    });
    expect(plan.nodes.n_handoff?.params.hours).toEqual({
      days: ['mon', 'tue', 'wed', 'thu', 'fri'],
      start: '09:00',
      end: '18:00',
    });
    // Positions, notes and description are not part of the plan.
    expect(JSON.stringify(plan)).not.toContain('position');
    expect(JSON.stringify(plan)).not.toContain('nota');
    expect(plan.scope.nodes.n_sent).toMatchObject({ score: 'double', escalate: 'bool' });
    expect(plan.scope.nodes.n_thanks).toEqual({ messageId: 'string', channel: 'string', status: 'string' });
    expect(plan.scope.nodes.n_branch).toBeUndefined();
  });

  it('is plain JSON that shares nothing with the input', () => {
    const input = escalationDoc();
    const plan = planOf(compile(input));
    expect(JSON.parse(JSON.stringify(plan))).toEqual(plan);
    (input.nodes[3] as TestNode).params!.priority = 'low';
    expect(plan.nodes.n_ticket?.params.priority).toBe('high');
    // Defaults filled by zod are copies too: editing one plan does not leak into the next.
    (plan.nodes.n_handoff!.params.hours as { days: string[] }).days.push('sat');
    const next = planOf(compile(escalationDoc()));
    expect((next.nodes.n_handoff!.params.hours as { days: string[] }).days).toHaveLength(5);
  });

  it('is deterministic: node and edge order and positions do not change it; params do', () => {
    const first = planOf(compile(escalationDoc()));
    const again = planOf(compile(escalationDoc()));
    expect(again).toEqual(first);

    const shuffled = escalationDoc();
    shuffled.nodes.reverse();
    shuffled.edges = [...shuffled.edges.slice(3), ...shuffled.edges.slice(0, 3)].reverse();
    for (const n of shuffled.nodes) n.position = { x: Math.round(Math.random() * 1000), y: 7 };
    const reordered = planOf(compile(shuffled));
    expect(reordered.hash).toBe(first.hash);
    expect(reordered).toEqual(first);

    const described = { ...escalationDoc(), description: 'Otra descripción', notes: [] };
    expect(planOf(compile(described)).hash).toBe(first.hash);

    const changed = escalationDoc();
    (changed.nodes[4] as TestNode).params = { sla: '3h' };
    expect(planOf(compile(changed)).hash).not.toBe(first.hash);

    const relabeled = escalationDoc();
    (relabeled.nodes[1] as TestNode).label = 'Otro nombre';
    expect(planOf(compile(relabeled)).hash).not.toBe(first.hash);
  });

  it('compiles a v1 document (source / sourceHandle / target edges) to the same plan as its v2 form', () => {
    const v2 = { ...escalationDoc(), schemaVersion: 2 };
    const v1 = {
      ...v2,
      schemaVersion: 1,
      edges: v2.edges.map((e) => ({ id: e.id, source: e.from, sourceHandle: e.port, target: e.to })),
    };
    expect(planOf(compile(v1))).toEqual(planOf(compile(v2)));
  });

  it('compiles flows started by a schedule or by hand, and a wait for the first of several events', () => {
    const scheduled = planOf(
      compile(
        doc(
          [
            {
              id: 'n_trigger',
              kind: 'trigger.schedule',
              params: {
                cron: '0 9 * * 1',
                audience: { conditions: [{ field: 'tags', op: 'contains', value: 'vip' }] },
              },
            },
            {
              id: 'n_first',
              kind: 'wait.first',
              params: {
                options: [
                  { port: 'paid', eventType: 'payment.succeeded' },
                  { port: 'answered', eventType: 'reply', filter: 'reply.text != ""' },
                ],
                timeout: '3d',
              },
            },
            end('n_paid', 'paid'),
            end('n_answered', 'answered'),
            end('n_none', 'no_answer'),
          ],
          [
            edge('n_trigger', 'out', 'n_first'),
            edge('n_first', 'paid', 'n_paid'),
            edge('n_first', 'answered', 'n_answered'),
            edge('n_first', 'timeout', 'n_none'),
          ],
        ),
      ),
    );
    expect(scheduled.trigger.params).toEqual({
      cron: '0 9 * * 1',
      timeZone: 'America/Santiago',
      overlap: 'skip',
      audience: { match: 'all', conditions: [{ field: 'tags', op: 'contains', value: 'vip' }] },
    });
    expect(scheduled.nodes.n_first?.next).toEqual({ paid: 'n_paid', answered: 'n_answered', timeout: 'n_none' });

    const manual = planOf(
      compile(doc([{ id: 'n_trigger', kind: 'trigger.manual' }, end('n_end')], [edge('n_trigger', 'out', 'n_end')])),
    );
    expect(manual.start).toBe('n_end');
    expect(manual.trigger).toEqual({ nodeId: 'n_trigger', kind: 'trigger.manual', params: {} });
  });

  it('reports a wait.first option named like its timeout port', () => {
    const result = compile(
      doc(
        [
          trigger(),
          {
            id: 'n_first',
            kind: 'wait.first',
            params: { options: [{ port: 'timeout', eventType: 'payment.succeeded' }], timeout: '3d' },
          },
          end('n_end'),
        ],
        [edge('n_trigger', 'out', 'n_first'), edge('n_first', 'timeout', 'n_end')],
      ),
    );
    expect(result.diagnostics.map((d) => [d.code, d.path])).toEqual([
      ['duplicate_port_name', ['params', 'options', 0, 'port']],
    ]);
  });

  it('never throws, whatever it is given', () => {
    for (const input of [undefined, null, 0, 'x', [], {}, { schemaVersion: 2 }, { schemaVersion: 2, nodes: 'x' }]) {
      const result = compile(input);
      expect(result.ok).toBe(false);
      expect(result.diagnostics.length).toBeGreaterThan(0);
    }
  });

  it('orders diagnostics errors first, then along the flow', () => {
    const flow = escalationDoc();
    (flow.nodes[4] as TestNode).params = {};
    (flow.nodes[2] as TestNode).retry = { maximumAttempts: 2 };
    flow.nodes.reverse();
    const result = compile(flow);
    expect(result.diagnostics.map((d) => d.code)).toEqual(['invalid_params', 'retry_ignored']);
  });
});

describe('expression scope', () => {
  it('declares every logic.set variable with its checked type, even where read before the set', () => {
    const flow = doc(
      [
        trigger(),
        {
          id: 'n_branch',
          kind: 'logic.branch',
          params: { branches: [{ port: 'again', condition: 'vars.attempts > 1 && vars.lastText != ""' }] },
        },
        { id: 'n_count', kind: 'logic.set', params: { name: 'attempts', value: 'vars.attempts + 1' } },
        { id: 'n_text', kind: 'logic.set', params: { name: 'lastText', value: 'vars.copy' } },
        { id: 'n_copy', kind: 'logic.set', params: { name: 'copy', value: 'customer.name' } },
        { id: 'n_wait', kind: 'wait.duration', params: { duration: '1d' } },
        { id: 'n_loop', kind: 'logic.loop', params: { times: 3 } },
        end('n_end'),
      ],
      [
        edge('n_trigger', 'out', 'n_branch'),
        edge('n_branch', 'again', 'n_count'),
        edge('n_branch', 'else', 'n_end'),
        edge('n_count', 'out', 'n_text'),
        edge('n_text', 'out', 'n_copy'),
        edge('n_copy', 'out', 'n_wait'),
        edge('n_wait', 'out', 'n_loop'),
        edge('n_loop', 'again', 'n_branch'),
        edge('n_loop', 'done', 'n_end'),
      ],
    );
    const result = compile(flow);
    expect(result.diagnostics).toEqual([]);
    const plan = planOf(result);
    // `vars.attempts + 1` is typed after two rounds; `lastText` through `copy`.
    expect(plan.scope.vars).toEqual({ attempts: 'int', copy: 'string', lastText: 'string' });
  });

  it('types a custom activity output from its schema', () => {
    expect(outputValueType(undefined)).toBe('map<string, dyn>');
    expect(
      outputValueType(
        z.object({
          id: z.string(),
          count: z.number().int(),
          total: z.number(),
          ok: z.boolean(),
          tags: z.array(z.string()),
          lines: z.array(z.object({ sku: z.string() })),
          meta: z.record(z.string(), z.number()),
          state: z.enum(['a', 'b']),
          maybe: z.string().nullable().optional(),
          nested: z.object({ at: z.string() }),
        }),
      ),
    ).toEqual({
      count: 'int',
      id: 'string',
      lines: 'list<map<string, dyn>>',
      maybe: 'string',
      meta: 'map<string, double>',
      nested: { at: 'string' },
      ok: 'bool',
      state: 'string',
      tags: 'list<string>',
      total: 'double',
    });
  });
});

describe('custom activities', () => {
  const activities = {
    'billing.refund': {
      name: 'billing.refund',
      input: z.object({
        orderId: z.string().min(3),
        amount: z.number().positive(),
        email: z.string().email().optional(),
        urgent: z.boolean().default(false),
        lines: z.array(z.object({ sku: z.string() })).optional(),
      }),
      output: z.object({ refundId: z.string(), amount: z.number() }),
      startToCloseTimeoutMs: 20_000,
      retry: { maximumAttempts: 2 },
    },
  };
  const flow = (input: Record<string, unknown>, after = 'Reembolso {{ nodes.n_refund.refundId }}') =>
    doc(
      [
        trigger({ eventType: 'refund.requested' }),
        { id: 'n_refund', kind: 'custom', label: 'Reembolsar', params: { activity: 'billing.refund', input } },
        send('n_msg', 'Avisar', { template: after }),
        end('n_end'),
      ],
      [edge('n_trigger', 'out', 'n_refund'), edge('n_refund', 'out', 'n_msg'), edge('n_msg', 'sent', 'n_end')],
    );

  it('takes the activity name, its options and its output type into the plan', () => {
    const plan = planOf(compile(flow({ orderId: 'A-100', amount: 10 }), { activities }));
    expect(plan.nodes.n_refund?.activity).toEqual({
      name: 'billing.refund',
      options: {
        startToCloseTimeoutMs: 20_000,
        retry: { maximumAttempts: 2, initialIntervalMs: 1_000, backoffCoefficient: 2, maximumIntervalMs: 60_000 },
      },
    });
    expect(plan.nodes.n_refund?.next).toEqual({ out: 'n_msg', failed: null });
    expect(plan.scope.nodes.n_refund).toEqual({ amount: 'double', refundId: 'string' });
  });

  it('calls the activity by its registered name', () => {
    const aliased = { refund: { ...activities['billing.refund'] } };
    const input = flow({ orderId: 'A-100', amount: 10 });
    (input.nodes[1] as TestNode).params!.activity = 'refund';
    expect(planOf(compile(input, { activities: aliased })).nodes.n_refund?.activity?.name).toBe('billing.refund');
  });

  it('uses 60 s / 5 attempts when the spec says nothing', () => {
    const plain = { 'billing.refund': { name: 'billing.refund', input: z.object({}).passthrough() } };
    const plan = planOf(compile(flow({}, 'Listo'), { activities: plain }));
    expect(plan.nodes.n_refund?.activity?.options).toEqual(ACTIVITY_DEFAULTS.custom);
    expect(plan.scope.nodes.n_refund).toBe('map<string, dyn>');
  });

  it('accepts a whole placeholder for any type, and templates inside text', () => {
    const result = compile(
      flow({
        orderId: 'pedido {{ event.data.orderId }}',
        amount: '{{ event.data.amount }}',
        email: '{{ customer.email }}',
        urgent: '{{ sentiment.escalate }}',
        lines: '{{ event.data.lines }}',
      }),
      { activities },
    );
    expect(result.diagnostics).toEqual([]);
  });

  it('checks the placeholders of the input as templates', () => {
    const result = compile(flow({ orderId: 'pedido {{ pedido.id }}', amount: 5 }), { activities });
    const d = only(result, 'unknown_template_variable');
    expect(d.path).toEqual(['params', 'input', 'orderId']);
  });

  it('reports an output field that does not exist', () => {
    const result = compile(flow({ orderId: 'A-100', amount: 10 }, '{{ nodes.n_refund.refund }}'), { activities });
    expect(only(result, 'unknown_template_variable').nodeId).toBe('n_msg');
  });
});

describe('helpers', () => {
  it('wholePlaceholder', () => {
    expect(wholePlaceholder('{{ event.data.amount }}')).toBe('event.data.amount');
    expect(wholePlaceholder('{{x}}')).toBe('x');
    expect(wholePlaceholder(' {{ x }} ')).toBe('x');
    expect(wholePlaceholder('{{ a }} y {{ b }}')).toBeUndefined();
    expect(wholePlaceholder('total: {{ a }}')).toBeUndefined();
    expect(wholePlaceholder('{{ }}')).toBeUndefined();
  });

  it('nodeReferences', () => {
    expect(nodeReferences('nodes.n_a.score > 0.5 && nodes["n_b"].x == nodes[\'n_c\'].y')).toEqual([
      'n_a',
      'n_b',
      'n_c',
    ]);
    expect(nodeReferences('vars.nodes.n_a')).toEqual([]);
    expect(nodeReferences('Hola {{ nodes . n_a . text }}')).toEqual(['n_a']);
  });

  it('tarjan: components of a long chain and of cycles, without recursion', () => {
    const n = 100_000;
    const chain = Array.from({ length: n }, (_, i) => (i + 1 < n ? [i + 1] : [0]));
    expect(tarjan(n, chain)).toHaveLength(1);
    const comps = tarjan(4, [[1], [0], [3], []]).map((c) => c.sort().join());
    expect([...comps].sort()).toEqual(['0,1', '2', '3']);
    // Reverse topological order: 3 (reached from 2) comes out before 2.
    expect(comps.indexOf('3')).toBeLessThan(comps.indexOf('2'));
  });

  it('formatDiagnostics: one line per problem, with node, label and path', () => {
    const result = compile(
      doc(
        [trigger(), { id: 'n_wait', kind: 'wait.reply', params: {} }, end('n_end')],
        [edge('n_trigger', 'out', 'n_wait'), edge('n_wait', 'replied', 'n_end'), edge('n_wait', 'timeout', 'n_end')],
      ),
    );
    const es = formatDiagnostics(result.diagnostics, 'es');
    expect(es).toMatch(
      /^error {2}n_wait \(Esperar respuesta\) params\.timeout: «Esperar respuesta»: revisa el campo «plazo»\./,
    );
    expect(es).toContain('[invalid_params]');
    expect(formatDiagnostics(result.diagnostics, 'en')).toContain(
      'n_wait (Wait for a reply) params.timeout: "Wait for a reply"',
    );
    expect(formatDiagnostics([], 'es')).toBe('');
  });

  it('describeDiagnosticCodes: a title in both languages for every code', () => {
    const codes = describeDiagnosticCodes();
    expect(Object.keys(codes).sort()).toEqual([...DIAGNOSTIC_CODES].sort());
    for (const title of Object.values(codes)) {
      expect(title.es.length).toBeGreaterThan(3);
      expect(title.en.length).toBeGreaterThan(3);
    }
  });
});

describe('performance', () => {
  it('compiles a generated 1000-node flow (time is logged, not asserted)', () => {
    const flow = syntheticFlow(1000);
    expect(flow.nodes.length).toBeGreaterThanOrEqual(1000);
    const first = compile(flow);
    expect(first.diagnostics).toEqual([]);
    for (let i = 0; i < 10; i++) compile(flow); // warm up the JIT
    const runs: number[] = [];
    for (let i = 0; i < 11; i++) {
      const t0 = performance.now();
      const result = compile(flow);
      runs.push(performance.now() - t0);
      expect(result.ok).toBe(true);
    }
    runs.sort((a, b) => a - b);
    console.log(
      `compile ${flow.nodes.length} nodes / ${flow.edges?.length} edges: median ${runs[5]?.toFixed(1)} ms, best ${runs[0]?.toFixed(1)} ms`,
    );
  });
});
