import { type ActivityCatalogEntry, compile, compilerSpecs, outputValueType } from '@ruta/flow';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { CustomActivityInfo } from '../api/types';
import { type JsonSchema, widgetFor } from '../forms/schema';
import { customSpecs } from './palette';

// One activity's contract, as its worker declares it (zod) and publishes it (JSON Schema).
const input = z.object({
  orderId: z.string().min(1),
  urgent: z.boolean().default(false),
  channel: z.enum(['sms', 'email']).optional(),
  quantity: z.number().int(),
});
const output = z.object({
  status: z.enum(['pending', 'shipped']),
  items: z.number().int(),
  eta: z.string().nullable(),
});
const entry: ActivityCatalogEntry = {
  name: 'orders.lookupStatus',
  version: 2,
  label: { es: 'Consultar pedido', en: 'Look up order' },
  description: { es: '', en: '' },
  input: z.toJSONSchema(input, { io: 'input' }) as Record<string, unknown>,
  output: z.toJSONSchema(output, { io: 'output' }) as Record<string, unknown>,
  startToCloseTimeoutMs: 20_000,
  heartbeatTimeoutMs: 5_000,
  retry: { maximumAttempts: 4, initialIntervalMs: 500, backoffCoefficient: 2, maximumIntervalMs: 5_000 },
  nonRetryableErrorTypes: ['InvalidActivityInput'],
  taskQueue: 'orders-team',
};
// What GET /v1/activities gives the designer for it.
const info: CustomActivityInfo = { ...entry, name: 'orders.lookupStatus@2', activity: entry.name, version: 2 };

const doc = {
  schemaVersion: 3,
  id: 'f_orders',
  name: 'Orders',
  nodes: [
    { id: 'n_t', kind: 'trigger.event', params: { eventType: 'order.asked' } },
    {
      id: 'n_look',
      kind: 'custom',
      params: { activity: 'orders.lookupStatus@2', input: { orderId: '{{ event.data.orderId }}', quantity: 1 } },
    },
    { id: 'n_if', kind: 'logic.branch', params: { branches: [{ port: 'big', condition: 'nodes.n_look.items > 2' }] } },
    { id: 'n_end', kind: 'end', params: {} },
  ],
  edges: [
    { id: 'e_1', from: 'n_t', port: 'out', to: 'n_look' },
    { id: 'e_2', from: 'n_look', port: 'out', to: 'n_if' },
    { id: 'e_3', from: 'n_if', port: 'big', to: 'n_end' },
    { id: 'e_4', from: 'n_if', port: 'else', to: 'n_end' },
  ],
};

describe('a custom activity: zod → JSON Schema → form fields → compiler types', () => {
  it('compiles in the designer exactly as in the API: same diagnostics, same plan and hash', () => {
    const designer = compile(doc as never, { activities: customSpecs([info]) });
    const server = compile(doc as never, { activities: compilerSpecs([entry]) });
    expect(designer.diagnostics).toEqual(server.diagnostics);
    expect(designer.ok && server.ok && designer.plan.hash).toBe(server.ok ? server.plan.hash : 'server failed');
    expect(designer.ok && designer.plan.nodes.n_look?.activity?.options).toMatchObject({
      taskQueue: 'orders-team',
      heartbeatTimeoutMs: 5_000,
      startToCloseTimeoutMs: 20_000,
    });
  });

  it('gives each input field the widget its zod type calls for, and expressions the output’s types', () => {
    const props = (info.input as { properties: Record<string, JsonSchema> }).properties;
    expect(Object.fromEntries(Object.entries(props).map(([k, s]) => [k, widgetFor(s)]))).toEqual({
      orderId: 'text',
      urgent: 'boolean',
      channel: 'enum',
      quantity: 'number',
    });
    expect(outputValueType(customSpecs([info])['orders.lookupStatus@2']!.output!)).toEqual(outputValueType(output));
  });
});
