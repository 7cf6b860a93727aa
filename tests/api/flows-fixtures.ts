// Small flows written for the API tests: they wait on events, not on business hours, so they finish at any hour.

/** order.placed → wait for order.paid (1 day) → paid / unpaid. */
export function orderFlow(
  id: string,
  settings: { reentry?: 'every_time' | 'one_at_a_time' | 'once' } = {},
  filter?: string,
): Record<string, unknown> {
  return {
    schemaVersion: 2,
    id,
    name: `Order ${id}`,
    settings: { reentry: settings.reentry ?? 'every_time', transactional: true },
    nodes: [
      {
        id: 'n_trigger',
        kind: 'trigger.event',
        params: { eventType: 'order.placed', ...(filter ? { filter } : {}) },
      },
      { id: 'n_wait_paid', kind: 'wait.event', params: { eventType: 'order.paid', timeout: '1d' } },
      { id: 'n_paid', kind: 'end', params: { outcome: 'paid' } },
      { id: 'n_unpaid', kind: 'end', params: { outcome: 'unpaid' } },
    ],
    edges: [
      { id: 'e_1', from: 'n_trigger', port: 'out', to: 'n_wait_paid' },
      { id: 'e_2', from: 'n_wait_paid', port: 'received', to: 'n_paid' },
      { id: 'e_3', from: 'n_wait_paid', port: 'timeout', to: 'n_unpaid' },
    ],
  };
}

/** A flow whose only step is a custom activity with a long retry backoff (for retry-step). */
export function paymentLinkFlow(id: string): Record<string, unknown> {
  return {
    schemaVersion: 2,
    id,
    name: 'Payment link',
    settings: { reentry: 'every_time', transactional: true },
    nodes: [
      { id: 'n_trigger', kind: 'trigger.event', params: { eventType: 'link.requested' } },
      {
        id: 'n_link',
        kind: 'custom',
        params: { activity: 'billing.createPaymentLink', input: { customerId: '{{ customer.id }}', amount: 1000 } },
        retry: { maximumAttempts: 50, initialInterval: '1h', maximumInterval: '1h', backoffCoefficient: 1 },
      },
      { id: 'n_done', kind: 'end', params: { outcome: 'linked' } },
    ],
    edges: [
      { id: 'e_1', from: 'n_trigger', port: 'out', to: 'n_link' },
      { id: 'e_2', from: 'n_link', port: 'out', to: 'n_done' },
    ],
  };
}
