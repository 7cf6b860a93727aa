import type { FlowDocument } from '@ruta/flow';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defineActivity } from '../define';
import { nonRetryable } from '../errors';
import { simulateWithActivities } from './simulate';

const lookup = defineActivity({
  name: 'orders.lookupStatus',
  input: z.object({ orderId: z.string().min(1) }),
  output: z.object({ status: z.enum(['pending', 'shipped']), items: z.number().int() }),
  handler: async ({ orderId }) => {
    if (orderId === 'missing') throw nonRetryable('No such order', 'OrderNotFound');
    return { status: orderId.startsWith('S') ? ('shipped' as const) : ('pending' as const), items: 2 };
  },
});

const flow = (condition: string) =>
  ({
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
      { id: 'n_if', kind: 'logic.branch', params: { branches: [{ port: 'yes', condition }] } },
      { id: 'n_yes', kind: 'end', params: { outcome: 'shipped' } },
      { id: 'n_no', kind: 'end', params: { outcome: 'not_yet' } },
      { id: 'n_bad', kind: 'end', params: { outcome: 'unknown' } },
    ],
    edges: [
      { id: 'e_1', from: 'n_t', port: 'out', to: 'n_look' },
      { id: 'e_2', from: 'n_look', port: 'out', to: 'n_if' },
      { id: 'e_3', from: 'n_look', port: 'failed', to: 'n_bad' },
      { id: 'e_4', from: 'n_if', port: 'yes', to: 'n_yes' },
      { id: 'e_5', from: 'n_if', port: 'else', to: 'n_no' },
    ],
  }) as unknown as FlowDocument;

const scenario = (orderId: string, activities: Record<string, unknown> = {}) => ({
  name: orderId,
  event: { type: 'order.asked', data: { orderId } },
  customer: { id: 'c_1' },
  activities: activities as never,
});

describe('a flow played with the real activity in the simulator', () => {
  const shipped = 'nodes.n_look.status == "shipped" && nodes.n_look.items > 1';

  it('runs the handler and branches on its output', async () => {
    const yes = await simulateWithActivities(flow(shipped), [lookup], scenario('S-1'));
    expect(yes.simulation?.outcome).toBe('shipped');
    const no = await simulateWithActivities(flow(shipped), [lookup], scenario('P-1'));
    expect(no.simulation?.outcome).toBe('not_yet');
  });

  it('leaves by the failed port on a fault, and lets a scenario script the result instead', async () => {
    const missing = await simulateWithActivities(flow(shipped), [lookup], scenario('missing'));
    expect(missing.simulation?.outcome).toBe('unknown');
    const scripted = await simulateWithActivities(
      flow(shipped),
      [lookup],
      scenario('missing', { n_look: { status: 'shipped', items: 5 } }),
    );
    expect(scripted.simulation?.outcome).toBe('shipped');
  });

  it('compiles against the activity’s catalog entry: a wrong type in an expression is an error', async () => {
    const bad = await simulateWithActivities(flow('nodes.n_look.items == "two"'), [lookup], scenario('S-1'));
    expect(bad.compiled.ok).toBe(false);
    expect(bad.simulation).toBeUndefined();
    expect(bad.compiled.diagnostics.map((d) => [d.code, d.nodeId])).toContainEqual(['expr_type', 'n_if']);
  });
});
