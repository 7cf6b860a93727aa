import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { compile } from '../compiler/compile';
import { outputValueType } from '../compiler/custom';
import { contractChanges } from './compat';
import { activityRef, parseActivityRef } from './entry';
import { compilerSpecs } from './specs';

const input = z.object({
  orderId: z.string().min(1),
  country: z.enum(['CL', 'MX']).default('CL'),
  note: z.string().optional(),
});
const output = z.object({
  status: z.enum(['pending', 'shipped', 'delivered']),
  eta: z.string().nullable(),
  items: z.number().int(),
  total: z.number(),
  tags: z.array(z.string()),
  address: z.object({ city: z.string(), zip: z.string().optional() }),
});
const json = (s: z.ZodType, io: 'input' | 'output') =>
  z.toJSONSchema(s, { io, unrepresentable: 'any' }) as Record<string, unknown>;
const entry = (over: Partial<{ input: z.ZodType; output: z.ZodType; version: number }> = {}) => ({
  name: 'orders.lookupStatus',
  version: over.version ?? 1,
  input: json(over.input ?? input, 'input'),
  output: json(over.output ?? output, 'output'),
});

describe('activity references', () => {
  it('names version 1 by its name and later versions with @', () => {
    expect(activityRef('billing.createPaymentLink')).toBe('billing.createPaymentLink');
    expect(activityRef('billing.createPaymentLink', 2)).toBe('billing.createPaymentLink@2');
    expect(parseActivityRef('billing.createPaymentLink@2')).toEqual({ name: 'billing.createPaymentLink', version: 2 });
    expect(parseActivityRef('billing.createPaymentLink')).toEqual({ name: 'billing.createPaymentLink', version: 1 });
    for (const bad of ['Billing.x', 'a@0', 'a@01', 'a@x', 'a@', '@2'])
      expect(parseActivityRef(bad), bad).toBeUndefined();
  });
});

describe('zod → JSON Schema (catalog) → zod (compiler) keeps the types', () => {
  it('types the output the same from the catalog as from the zod schema', () => {
    const spec = compilerSpecs([entry()])['orders.lookupStatus']!;
    expect(outputValueType(spec.output)).toEqual(outputValueType(output));
    expect(outputValueType(output)).toEqual({
      address: { city: 'string', zip: 'string' },
      eta: 'string',
      items: 'int',
      status: 'string',
      tags: 'list<string>',
      total: 'double',
    });
  });

  it('checks a node input against the catalog schema, and expressions against its output', () => {
    const doc = {
      schemaVersion: 3,
      id: 'f_orders',
      name: 'Orders',
      nodes: [
        { id: 'n_t', kind: 'trigger.event', params: { eventType: 'order.asked' } },
        {
          id: 'n_look',
          kind: 'custom',
          params: { activity: 'orders.lookupStatus', input: { orderId: '{{ event.data.orderId }}' } },
        },
        {
          id: 'n_if',
          kind: 'logic.branch',
          params: {
            branches: [{ port: 'late', condition: 'nodes.n_look.items > 2 && nodes.n_look.status == "pending"' }],
          },
        },
        { id: 'n_end', kind: 'end', params: {} },
      ],
      edges: [
        { id: 'e_1', from: 'n_t', port: 'out', to: 'n_look' },
        { id: 'e_2', from: 'n_look', port: 'out', to: 'n_if' },
        { id: 'e_3', from: 'n_if', port: 'late', to: 'n_end' },
        { id: 'e_4', from: 'n_if', port: 'else', to: 'n_end' },
      ],
    };
    const ok = compile(doc as never, { activities: compilerSpecs([{ ...entry(), taskQueue: 'orders-team' }]) });
    expect(ok.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(ok.ok && ok.plan.nodes.n_look?.activity).toMatchObject({
      name: 'orders.lookupStatus',
      options: { taskQueue: 'orders-team' },
    });
    // The output's `items` becomes text: the comparison with a number no longer type-checks.
    const changed = compile(doc as never, {
      activities: compilerSpecs([entry({ output: output.extend({ items: z.string() }) })]),
    });
    expect(changed.diagnostics.map((d) => [d.code, d.nodeId])).toContainEqual(['expr_type', 'n_if']);
    // A missing required input is an error on the node.
    const noOrder = compile(
      {
        ...doc,
        nodes: doc.nodes.map((n) =>
          n.id === 'n_look' ? { ...n, params: { activity: 'orders.lookupStatus', input: {} } } : n,
        ),
      } as never,
      {
        activities: compilerSpecs([entry()]),
      },
    );
    expect(noOrder.diagnostics.map((d) => [d.code, d.nodeId])).toContainEqual(['invalid_activity_input', 'n_look']);
  });

  it('keeps plans of activities without a task queue or heartbeat as they were', () => {
    const spec = compilerSpecs([
      { ...entry(), startToCloseTimeoutMs: 5_000, heartbeatTimeoutMs: null, taskQueue: null },
    ]);
    expect(Object.keys(spec['orders.lookupStatus']!)).not.toContain('taskQueue');
    expect(Object.keys(spec['orders.lookupStatus']!)).not.toContain('heartbeatTimeoutMs');
  });
});

describe('contract changes', () => {
  const v1 = entry();
  it('lets compatible changes pass: a new optional input, a new output field, an output made required', () => {
    const after = entry({
      input: input.extend({ channel: z.string().optional() }),
      output: output.extend({ carrier: z.string(), eta: z.string().nullable() }),
    });
    expect(contractChanges(v1, after)).toEqual([]);
    expect(contractChanges(v1, v1)).toEqual([]);
  });

  it('names removed fields, newly required inputs and changed types, on each side, in both languages', () => {
    const after = entry({
      input: input.extend({ note: z.string(), customerId: z.string() }).omit({ country: true }),
      output: output.omit({ eta: true }).extend({ items: z.string(), address: z.object({ city: z.number() }) }),
    });
    const changes = contractChanges(v1, after);
    expect(changes.map((c) => [c.side, c.kind, c.path.join('.')])).toEqual([
      ['input', 'removed', 'country'],
      ['input', 'newly_required', 'customerId'],
      ['input', 'newly_required', 'note'],
      ['output', 'type_changed', 'address.city'],
      ['output', 'removed', 'address.zip'],
      ['output', 'removed', 'eta'],
      ['output', 'type_changed', 'items'],
    ]);
    const items = changes.find((c) => c.path.join('.') === 'items')!;
    expect(items).toMatchObject({ before: 'int', after: 'string' });
    expect(items.message.es).toContain('cambió de tipo');
    expect(items.message.en).toContain('changed type: was int, now string');
  });
});
