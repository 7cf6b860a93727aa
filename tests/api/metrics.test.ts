// GET /metrics of the API (with the worker in the same process, as the local stack runs them): the counters move
// when an event starts a journey that sends, is held back by the frequency cap, and ends.
import { describe, expect, it } from 'vitest';
import { sampleValue } from '../support/prometheus';
import { journeyHelpers } from './journey-helpers';
import { eventually, withApi } from './support';

// The worker reads its contact rules when it starts: one proactive message per customer per day, so the
// journey's second message is suppressed by the frequency cap.
process.env.RUTA_CONTACT_RULES = '{"quietHours":null,"frequencyCap":{"max":1,"perDays":1}}';

const api = withApi({ config: { metricsToken: undefined } });
const journeys = journeyHelpers(api);

const twoSends = {
  schemaVersion: 2,
  id: 'f_metrics',
  name: 'Two nudges',
  settings: { reentry: 'every_time', transactional: false },
  nodes: [
    { id: 'n_trigger', kind: 'trigger.event', params: { eventType: 'cart.abandoned' } },
    { id: 'n_first', kind: 'message.send', params: { channel: 'sms', template: 'Tu carrito te espera' } },
    { id: 'n_second', kind: 'message.send', params: { channel: 'sms', template: 'Última oportunidad' } },
    { id: 'n_end', kind: 'end', params: { outcome: 'nudged' } },
  ],
  edges: [
    { id: 'e_1', from: 'n_trigger', port: 'out', to: 'n_first' },
    { id: 'e_2', from: 'n_first', port: 'sent', to: 'n_second' },
    { id: 'e_3', from: 'n_first', port: 'failed', to: 'n_second' },
    { id: 'e_4', from: 'n_second', port: 'sent', to: 'n_end' },
    { id: 'e_5', from: 'n_second', port: 'failed', to: 'n_end' },
  ],
};

async function scrape(): Promise<string> {
  const r = await api.call('GET', '/metrics', { key: null });
  expect(r.status, r.text).toBe(200);
  expect(r.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
  return r.text;
}

describe('GET /metrics', () => {
  it('counts the event, the journey started and ended by flow, the sends, the suppression and the activity latency', async () => {
    expect((await api.call('POST', '/v1/flows', { body: { document: twoSends } })).status).toBe(201);
    const published = await api.call('POST', '/v1/flows/f_metrics/publish');
    expect(published.status, published.text).toBe(201);
    const before = await scrape();

    const id = await journeys.start('cart.abandoned', 'c_metrics', 'f_metrics');
    await journeys.until(id, 'the journey ends', (d) => d.status === 'completed');
    // Sink calls and counters follow the workflow task that recorded the end: wait for the count, not a time.
    const after = await eventually('the end is counted', async () => {
      const text = await scrape();
      const ended = sampleValue(text, 'ruta_journeys_ended_total', { flow: 'f_metrics', status: 'completed' });
      return ended > sampleValue(before, 'ruta_journeys_ended_total', { flow: 'f_metrics', status: 'completed' })
        ? text
        : undefined;
    });

    const moved = (name: string, labels: Record<string, string> = {}) =>
      sampleValue(after, name, labels) - sampleValue(before, name, labels);
    expect(moved('ruta_events_received_total', { replayed: 'false' })).toBe(1);
    expect(moved('ruta_journeys_started_total', { flow: 'f_metrics' })).toBe(1);
    expect(moved('ruta_journeys_ended_total', { flow: 'f_metrics', status: 'completed' })).toBe(1);
    expect(moved('ruta_sends_total', { channel: 'sms', outcome: 'sent' })).toBe(1);
    expect(moved('ruta_sends_total', { channel: 'sms', outcome: 'suppressed' })).toBe(1);
    expect(moved('ruta_suppressions_total', { reason: 'frequency_cap' })).toBe(1);
    expect(
      moved('ruta_activity_duration_seconds_count', { activity: 'channel.send', outcome: 'ok' }),
    ).toBeGreaterThanOrEqual(2);
    // Node's own process metrics come along.
    expect(sampleValue(after, 'ruta_process_resident_memory_bytes')).toBeGreaterThan(0);
  });

  it('counts a repeated event id as replayed', async () => {
    const before = await scrape();
    const event = { id: 'evt-metrics-repeat', type: 'cart.abandoned', customerId: 'c_metrics_2', data: {} };
    expect((await api.call('POST', '/v1/events', { body: event })).status).toBe(202);
    const again = await api.call('POST', '/v1/events', { body: event });
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    const after = await scrape();
    const moved = (replayed: string) =>
      sampleValue(after, 'ruta_events_received_total', { replayed }) -
      sampleValue(before, 'ruta_events_received_total', { replayed });
    expect([moved('false'), moved('true')]).toEqual([1, 1]);
  });

  it('asks for the token when RUTA_METRICS_TOKEN is set', async () => {
    api.app.runtime.config.metricsToken = 'scrape-secret';
    try {
      const refused = await api.call('GET', '/metrics', { key: null });
      expect(refused.status).toBe(401);
      expect(refused.headers.get('content-type')).toMatch(/problem\+json/);
      const allowed = await api.call('GET', '/metrics', {
        key: null,
        headers: { authorization: 'Bearer scrape-secret' },
      });
      expect(allowed.status).toBe(200);
    } finally {
      api.app.runtime.config.metricsToken = undefined;
    }
  });
});
