/**
 * Observability benchmark, in one process: what the trace fields in the logs and the request spans cost.
 * - Log lines per second of `createLogger` (with the trace mixin) as a ratio to the same pino logger without the mixin:
 *   with tracing off (no OpenTelemetry registered, as in a process with no OTEL_* variable), then inside an active span
 *   with tracing on (the line gains trace_id, span_id, trace_flags).
 * - Requests per second of a small Hono app with the request-span middleware as a ratio to the same app without it
 *   (tracing on, spans exported in batches to an exporter that drops them). With tracing off the middleware is not
 *   installed at all.
 * Measured alternately, median of `REPS`. Writes bench/results/observability.json and .md.
 */
import { writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { context, trace } from '@opentelemetry/api';
import { ExportResultCode } from '@opentelemetry/core';
import type { SpanExporter } from '@opentelemetry/sdk-trace-base';
import { createLogger, type DestinationStream, REDACT_PATHS, safeError } from '@ruta/log';
import { startTracing } from '@ruta/temporal';
import { Hono } from 'hono';
import { pino } from 'pino';
import { traceRequests } from '../../apps/api/src/middleware/trace';
import { machine, median } from '../machine';

const ROOT = join(import.meta.dirname, '../..');
const REPS = Number(process.env.BENCH_REPS ?? 5);
const LINES = Number(process.env.BENCH_LOG_LINES ?? 50_000);
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 5_000);

/** Lines go nowhere: the cost measured is building them. */
const sink: DestinationStream = { write: () => undefined };
/** Spans go nowhere, in batches, as an OTLP exporter would take them. */
const dropSpans: SpanExporter = {
  export: (_spans, done) => done({ code: ExportResultCode.SUCCESS }),
  shutdown: async () => undefined,
};

/** The same logger as createLogger, without the trace mixin: the baseline. */
function plainLogger() {
  return pino(
    {
      base: { component: 'bench' },
      level: 'info',
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      serializers: { err: safeError, error: safeError, cause: safeError },
      redact: { paths: REDACT_PATHS, censor: '[redacted]' },
    },
    sink,
  );
}

function linesPerSecond(log: ReturnType<typeof plainLogger>): number {
  const t0 = performance.now();
  for (let i = 0; i < LINES; i++) log.info({ requestId: 'r-1', status: 202, ms: 1.5 }, 'request');
  return LINES / ((performance.now() - t0) / 1000);
}

async function requestsPerSecond(app: Hono): Promise<number> {
  const t0 = performance.now();
  for (let i = 0; i < REQUESTS; i++) {
    const res = await app.request('/v1/things/42', { method: 'POST' });
    if (res.status !== 202) throw new Error(`status ${res.status}`);
  }
  return REQUESTS / ((performance.now() - t0) / 1000);
}

function app(traced: ReturnType<typeof startTracing> | null): Hono {
  const a = new Hono();
  if (traced) a.use(traceRequests(traced.tracer) as never);
  a.post('/v1/things/:id', (c) => c.json({ id: c.req.param('id') }, 202));
  return a;
}

async function runObservabilityBench() {
  const plain = plainLogger();
  const ruta = createLogger({ component: 'bench', level: 'info', destination: sink });
  linesPerSecond(plain);
  linesPerSecond(ruta);
  const offPlain: number[] = [];
  const offRuta: number[] = [];
  for (let i = 0; i < REPS; i++) {
    offPlain.push(linesPerSecond(plain));
    offRuta.push(linesPerSecond(ruta));
  }

  const tracing = startTracing({ exporter: dropSpans, serviceName: 'bench' });
  const span = tracing.tracer.startSpan('bench');
  const inSpan = <T>(fn: () => T): T => context.with(trace.setSpan(context.active(), span), fn);
  const onPlain: number[] = [];
  const onRuta: number[] = [];
  for (let i = 0; i < REPS; i++) {
    onPlain.push(inSpan(() => linesPerSecond(plain)));
    onRuta.push(inSpan(() => linesPerSecond(ruta)));
  }
  span.end();

  const bare = app(null);
  const traced = app(tracing);
  await requestsPerSecond(bare);
  await requestsPerSecond(traced);
  const bareRates: number[] = [];
  const tracedRates: number[] = [];
  for (let i = 0; i < REPS; i++) {
    bareRates.push(await requestsPerSecond(bare));
    tracedRates.push(await requestsPerSecond(traced));
  }
  await tracing.shutdown();

  const round = (n: number) => Math.round(n * 1000) / 1000;
  const rates = (xs: number[]) => xs.map((x) => Math.round(x));
  return {
    logTracingOffRatio: round(median(offRuta) / median(offPlain)),
    logInSpanRatio: round(median(onRuta) / median(onPlain)),
    requestSpanRatio: round(median(tracedRates) / median(bareRates)),
    detail: {
      repetitions: REPS,
      logLines: LINES,
      requests: REQUESTS,
      offPlainLinesPerSecond: rates(offPlain),
      offRutaLinesPerSecond: rates(offRuta),
      inSpanPlainLinesPerSecond: rates(onPlain),
      inSpanRutaLinesPerSecond: rates(onRuta),
      bareRequestsPerSecond: rates(bareRates),
      tracedRequestsPerSecond: rates(tracedRates),
    },
    machine: machine(),
    loadAverage: Math.round((loadavg()[0] ?? 0) * 10) / 10,
  };
}

type Results = Awaited<ReturnType<typeof runObservabilityBench>>;

function writeResults(r: Results, dir = join(ROOT, 'bench/results')): void {
  writeFileSync(join(dir, 'observability.json'), `${JSON.stringify(r, null, 2)}\n`);
  const d = r.detail;
  const md = `# Observability benchmark

| figure | value |
| --- | --- |
| logTracingOffRatio (log lines/s of Ruta's logger with the trace mixin ÷ the same pino logger without it, tracing off, median of ${d.repetitions} × ${d.logLines} lines) | ${r.logTracingOffRatio} |
| logInSpanRatio (the same inside an active span with tracing on; Ruta's lines gain trace_id, span_id, trace_flags) | ${r.logInSpanRatio} |
| requestSpanRatio (requests/s of a small Hono app with the request-span middleware ÷ without it, tracing on, spans batched to a dropping exporter, median of ${d.repetitions} × ${d.requests}) | ${r.requestSpanRatio} |

Log lines/s, tracing off: plain ${d.offPlainLinesPerSecond.join(' / ')}, Ruta ${d.offRutaLinesPerSecond.join(' / ')}; in a span: plain ${d.inSpanPlainLinesPerSecond.join(' / ')}, Ruta ${d.inSpanRutaLinesPerSecond.join(' / ')}.
Requests/s: without the middleware ${d.bareRequestsPerSecond.join(' / ')}, with it ${d.tracedRequestsPerSecond.join(' / ')}.
The app's handler does nothing, so the request ratio is the span's cost at its most visible (tens of µs per request); a Ruta request that reads the database or starts a journey takes milliseconds.
With no OTEL_* variable the API installs no middleware, the client and worker no interceptors, and the worker runs the bundle without tracing: the only cost left is the mixin's lookup of the active span (the first figure).

Machine: ${r.machine.cpu}, ${r.machine.cores} cores, Node ${r.machine.node}, load average ${r.loadAverage} at the end (shared with other work). One process, same run.
`;
  writeFileSync(join(dir, 'observability.md'), md);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const results = await runObservabilityBench();
  writeResults(results);
  console.log(JSON.stringify({ ...results, machine: undefined }, null, 2));
}
