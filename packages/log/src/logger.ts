import { context, isSpanContextValid, trace } from '@opentelemetry/api';
import { type DestinationStream, type Logger, pino } from 'pino';
import { safeError } from './safe-error';

export type { DestinationStream, Logger };

/** Keys whose values are secrets or personal data, wherever they appear (top level or one level down). */
export const REDACTED_KEYS = [
  'authorization',
  'cookie',
  'password',
  'apiKey',
  'token',
  'secret',
  'params',
  'body',
  'text',
  'email',
  'phone',
  'reply',
  'customer',
  'data',
  'attributes',
  'input',
  'vars',
] as const;

/** pino redact paths for {@link REDACTED_KEYS}. */
export const REDACT_PATHS: string[] = REDACTED_KEYS.flatMap((k) => [k, `*.${k}`]);

export interface LoggerOptions {
  /** Which part of Ruta writes (`api`, `worker`, `stack`); a `component` field on every line. */
  component?: string;
  /** pino level; default RUTA_LOG_LEVEL, then `info`. */
  level?: string;
  /** Where lines go; default stderr, so what a command prints on stdout (the start banner, a path) stays clean. */
  destination?: DestinationStream;
}

/**
 * `trace_id`, `span_id` and `trace_flags` of the span active where a line is written (an API request, an activity),
 * so logs and traces join; nothing when no span is active. Without tracing, OpenTelemetry's API has no context manager
 * and this is one lookup that finds nothing.
 */
export function traceFields(): Record<string, string> {
  const span = trace.getSpan(context.active());
  if (!span) return {};
  const ctx = span.spanContext();
  if (!isSpanContextValid(ctx)) return {};
  return { trace_id: ctx.traceId, span_id: ctx.spanId, trace_flags: ctx.traceFlags.toString(16).padStart(2, '0') };
}

/**
 * The one logger of Ruta's processes (API, worker, local stack): JSON lines (pino) with an ISO time, errors serialized
 * by {@link safeError} (no query parameters, no driver details), secrets and personal data redacted by key, and the
 * active span's trace id ({@link traceFields}).
 *
 * By default lines go to stderr in writes of about 4 KiB, at most 100 ms after they were logged (and all of them when
 * the process exits): a write per line cost the API more CPU than an event's own processing.
 *
 * @example
 * const log = createLogger({ component: 'api' });
 * log.error({ err, requestId }, 'request failed');
 */
export function createLogger(options: LoggerOptions = {}): Logger {
  return pino(
    {
      base: { component: options.component ?? 'ruta' },
      level: options.level ?? (process.env.RUTA_LOG_LEVEL || 'info'),
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      serializers: { err: safeError, error: safeError, cause: safeError },
      redact: { paths: REDACT_PATHS, censor: '[redacted]' },
      mixin: traceFields,
    },
    options.destination ?? pino.destination({ fd: 2, sync: false, minLength: 4096, periodicFlush: 100 }),
  );
}
