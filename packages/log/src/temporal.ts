import type { Logger } from 'pino';

type TemporalLevel = 'TRACE' | 'DEBUG' | 'INFO' | 'WARN' | 'ERROR';
type Meta = Record<string, unknown> | undefined;

/** The shape of Temporal's `Logger` (@temporalio/common), so the runtime's logs go through Ruta's logger. */
export interface TemporalLoggerLike {
  log(level: TemporalLevel, message: string, meta?: Meta): void;
  trace(message: string, meta?: Meta): void;
  debug(message: string, meta?: Meta): void;
  info(message: string, meta?: Meta): void;
  warn(message: string, meta?: Meta): void;
  error(message: string, meta?: Meta): void;
}

const LEVELS = { TRACE: 'trace', DEBUG: 'debug', INFO: 'info', WARN: 'warn', ERROR: 'error' } as const;

/**
 * Temporal's worker runtime logs (activity and workflow task failures, forwarded core logs) through a pino logger:
 * their `error`/`failure` meta is serialized as a safe error and the rest redacted like any other line.
 *
 * @example
 * Runtime.install({ logger: temporalLogger(log.child({ component: 'temporal' })) });
 */
export function temporalLogger(logger: Logger): TemporalLoggerLike {
  const write = (level: TemporalLevel, message: string, meta?: Meta) => {
    const { error, failure, ...rest } = meta ?? {};
    const fields: Record<string, unknown> = { ...rest };
    if (error !== undefined) fields.err = error;
    if (failure !== undefined) fields.failure = typeof failure === 'string' ? '[redacted]' : failure;
    logger[LEVELS[level] ?? 'info'](fields, message);
  };
  return {
    log: write,
    trace: (m, meta) => write('TRACE', m, meta),
    debug: (m, meta) => write('DEBUG', m, meta),
    info: (m, meta) => write('INFO', m, meta),
    warn: (m, meta) => write('WARN', m, meta),
    error: (m, meta) => write('ERROR', m, meta),
  };
}
