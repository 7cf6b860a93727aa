import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Counter, collectDefaultMetrics, Histogram, Registry } from 'prom-client';

/**
 * Ruta's own counters, one set per process (the API and the worker share it when they run in one process, as in
 * `npm start`). Labels carry flow ids, channels, statuses and reason codes only: never customer data.
 */
export interface RutaMetrics {
  /** The registry to scrape (`registry.metrics()` renders Prometheus text). */
  registry: Registry;
  /** Events the API took in; `replayed` when the id had been seen (the stored answer was returned). */
  eventsReceived: Counter<'replayed'>;
  /** Journeys an event or a schedule started, by flow. */
  journeysStarted: Counter<'flow'>;
  /** Journeys that ended, by flow and final status (completed, failed, cancelled, …). */
  journeysEnded: Counter<'flow' | 'status'>;
  /** How long each activity attempt took, by activity name and outcome (ok or failed). */
  activityDuration: Histogram<'activity' | 'outcome'>;
  /** Failed activity attempts, by activity name and failure kind (the ApplicationFailure type or error name). */
  activityFailures: Counter<'activity' | 'kind'>;
  /** `channel.send` results by channel and outcome (sent, suppressed, deferred, failed). */
  sends: Counter<'channel' | 'outcome'>;
  /** Sends the contact policy held back, by reason code (quiet hours, consent, frequency cap, …). */
  suppressions: Counter<'reason'>;
}

let current: RutaMetrics | undefined;
let forwarded: string | undefined;

/** The process's metrics, created on first use (with Node's default process metrics). */
export function metrics(): RutaMetrics {
  if (current) return current;
  const registry = new Registry();
  // Node's process metrics as ruta_process_* and ruta_nodejs_*.
  collectDefaultMetrics({ register: registry, prefix: 'ruta_' });
  const registers = [registry];
  current = {
    registry,
    eventsReceived: new Counter({
      name: 'ruta_events_received_total',
      help: 'Events taken in by the API',
      labelNames: ['replayed'],
      registers,
    }),
    journeysStarted: new Counter({
      name: 'ruta_journeys_started_total',
      help: 'Journeys started, by flow',
      labelNames: ['flow'],
      registers,
    }),
    journeysEnded: new Counter({
      name: 'ruta_journeys_ended_total',
      help: 'Journeys ended, by flow and final status',
      labelNames: ['flow', 'status'],
      registers,
    }),
    activityDuration: new Histogram({
      name: 'ruta_activity_duration_seconds',
      help: 'Activity attempt latency, by activity and outcome',
      labelNames: ['activity', 'outcome'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
      registers,
    }),
    activityFailures: new Counter({
      name: 'ruta_activity_failures_total',
      help: 'Failed activity attempts, by activity and failure kind',
      labelNames: ['activity', 'kind'],
      registers,
    }),
    sends: new Counter({
      name: 'ruta_sends_total',
      help: 'channel.send results, by channel and outcome',
      labelNames: ['channel', 'outcome'],
      registers,
    }),
    suppressions: new Counter({
      name: 'ruta_suppressions_total',
      help: 'Sends held back by the contact policy, by reason',
      labelNames: ['reason'],
      registers,
    }),
  };
  return current;
}

/**
 * Another exporter's endpoint whose text `/metrics` appends: the Temporal SDK's core serves its own worker
 * metrics (`temporal_*`) on a Prometheus address of its own, and one scrape should see both.
 */
export function forwardMetricsFrom(url: string | undefined): void {
  forwarded = url;
}

/** The Prometheus text of this process: Ruta's registry, then the forwarded exporter's (if it answers). */
export async function renderMetrics(): Promise<{ contentType: string; body: string }> {
  const { registry } = metrics();
  let body = await registry.metrics();
  if (forwarded) {
    try {
      const res = await fetch(forwarded, { signal: AbortSignal.timeout(2_000) });
      if (res.ok) body += `\n${await res.text()}`;
    } catch {
      // The SDK's exporter not answering must not hide Ruta's own metrics.
    }
  }
  return { contentType: registry.contentType, body };
}

/**
 * Serves `GET /metrics` on `host:port` (127.0.0.1 unless told otherwise; port 0 picks a free one). For processes
 * without an HTTP server of their own, like the worker.
 */
export async function serveMetrics(options: { port: number; host?: string }): Promise<{ server: Server; url: string }> {
  const server = createServer((req, res) => {
    if (req.method !== 'GET' || (req.url ?? '').split('?')[0] !== '/metrics') {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found: metrics are at GET /metrics\n');
      return;
    }
    renderMetrics().then(
      ({ contentType, body }) => res.writeHead(200, { 'content-type': contentType }).end(body),
      (err: unknown) => res.writeHead(500, { 'content-type': 'text/plain' }).end(`${String(err)}\n`),
    );
  });
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, host, resolve);
  });
  const { port } = server.address() as AddressInfo;
  return { server, url: `http://${host}:${port}/metrics` };
}

/** A TCP port free on 127.0.0.1 right now (for an exporter that must be given a fixed address). */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
