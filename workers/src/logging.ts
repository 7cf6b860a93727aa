import { forwardMetricsFrom, freePort, type Logger, serveMetrics, temporalLogger } from '@ruta/log';
import { makeTelemetryFilterString, Runtime } from '@temporalio/worker';

/**
 * Sends the Temporal worker runtime's logs (its own and the core's, forwarded) through Ruta's logger at `level`
 * (WARN by default: the runtime logs every state change at INFO), so activity and workflow task failures are logged
 * with the same redaction as everything else. With `prometheusAddress` (host:port) the SDK's worker metrics are
 * served there in Prometheus format (see `workerMetricsFromEnv`). Returns false when the process already installed a runtime.
 */
export function installTemporalLogging(
  logger: Logger,
  level: 'WARN' | 'INFO' | 'DEBUG' = 'WARN',
  options: { prometheusAddress?: string } = {},
): boolean {
  try {
    Runtime.install({
      logger: temporalLogger(logger.child({ component: 'temporal' }, { level: level.toLowerCase() })),
      telemetryOptions: {
        logging: { filter: makeTelemetryFilterString({ core: level }), forward: {} },
        // The SDK's own worker metrics (task slots, poll latency, cache): served by its core on this address.
        ...(options.prometheusAddress ? { metrics: { prometheus: { bindAddress: options.prometheusAddress } } } : {}),
      },
    });
    return true;
  } catch {
    // Already installed by the embedding process: keep its choice.
    return false;
  }
}

/** Where the worker serves /metrics: RUTA_WORKER_METRICS_PORT (default 9464; `off` for none) on RUTA_WORKER_METRICS_HOST. */
export function workerMetricsFromEnv(env: NodeJS.ProcessEnv = process.env): { port: number; host: string } | null {
  const raw = env.RUTA_WORKER_METRICS_PORT?.trim() ?? '';
  if (raw === 'off') return null;
  const port = raw === '' ? 9464 : Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`RUTA_WORKER_METRICS_PORT must be a TCP port (0 picks a free one) or "off"; it is "${raw}"`);
  }
  return { port, host: env.RUTA_WORKER_METRICS_HOST || '127.0.0.1' };
}

/**
 * Installs the Temporal runtime (as `installTemporalLogging`) with the SDK core's Prometheus exporter on a free
 * loopback port, appended to this process's /metrics (the worker's own, or the API's when they share a process).
 */
export async function installTemporalWithMetrics(logger: Logger, level: 'WARN' | 'INFO' | 'DEBUG'): Promise<boolean> {
  const core = `127.0.0.1:${await freePort()}`;
  const installed = installTemporalLogging(logger, level, { prometheusAddress: core });
  if (installed) forwardMetricsFrom(`http://${core}/metrics`);
  return installed;
}

/**
 * Starts the worker's /metrics: Ruta's counters, with the SDK core's Prometheus text (bound to a free loopback
 * port of its own) appended. Installs the Temporal runtime, so call it instead of `installTemporalLogging`.
 */
export async function startWorkerMetrics(
  logger: Logger,
  level: 'WARN' | 'INFO' | 'DEBUG',
  at: { port: number; host: string } | null,
): Promise<{ url: string; close: () => Promise<void> } | null> {
  if (!at) {
    installTemporalLogging(logger, level);
    return null;
  }
  await installTemporalWithMetrics(logger, level);
  const { server, url } = await serveMetrics(at).catch((err: NodeJS.ErrnoException) => {
    if (err.code !== 'EADDRINUSE') throw err;
    throw new Error(
      `Port ${at.port} on ${at.host} is taken, so the worker cannot serve /metrics there: give each worker on this ` +
        'machine its own RUTA_WORKER_METRICS_PORT (0 picks a free one, "off" serves none)',
    );
  });
  return { url, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}
