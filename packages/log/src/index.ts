// @ruta/log: structured logs that carry no personal data, shared by the API, the worker and the local stack.

export {
  /** The one logger of Ruta's processes: JSON lines, safe errors, secrets and personal data redacted. */
  createLogger,
  /** pino's destination stream and logger types. */
  type DestinationStream,
  type Logger,
  type LoggerOptions,
  /** pino redact paths built from REDACTED_KEYS. */
  REDACT_PATHS,
  /** Keys redacted wherever they appear in a log line. */
  REDACTED_KEYS,
  /** trace_id / span_id of the active OpenTelemetry span, for a log line. */
  traceFields,
} from './logger';
export {
  /** Appends another exporter's Prometheus text (the Temporal SDK core's) to `/metrics`. */
  forwardMetricsFrom,
  /** A TCP port free on 127.0.0.1 now. */
  freePort,
  /** The process's metrics (events, journeys, activities, sends, suppressions). */
  metrics,
  /** The counters and histograms of one process. */
  type RutaMetrics,
  /** The Prometheus text of this process. */
  renderMetrics,
  /** Serves GET /metrics on a port of its own (the worker). */
  serveMetrics,
} from './metrics';
export {
  /** An error as it may be logged: allow-listed fields, no values in messages, causes likewise. */
  type SafeError,
  /** Serializes any thrown value for a log line, without query parameters or driver details. */
  safeError,
  /** A message with the values it quotes taken out (drizzle's params, PostgreSQL's quoted input). */
  safeMessage,
} from './safe-error';
export {
  /** The shape of Temporal's Logger. */
  type TemporalLoggerLike,
  /** Temporal's runtime logs through Ruta's logger. */
  temporalLogger,
} from './temporal';
