import { type Tracer, trace } from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import { CompositePropagator, W3CBaggagePropagator, W3CTraceContextPropagator } from '@opentelemetry/core';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { envDetectorSync, Resource } from '@opentelemetry/resources';
import {
  BasicTracerProvider,
  BatchSpanProcessor,
  ConsoleSpanExporter,
  SimpleSpanProcessor,
  type SpanExporter,
  type SpanProcessor,
} from '@opentelemetry/sdk-trace-base';
import {
  makeWorkflowExporter,
  OpenTelemetryActivityInboundInterceptor,
  OpenTelemetryActivityOutboundInterceptor,
  OpenTelemetryWorkflowClientInterceptor,
} from '@temporalio/interceptors-opentelemetry';

/** What the OTEL_* variables ask for: no tracing, spans to an OTLP/HTTP collector, or spans printed on stdout. */
export type TracesExporterKind = 'none' | 'otlp' | 'console';

/**
 * The traces exporter the standard OpenTelemetry variables ask for. Tracing is on only when asked: OTEL_TRACES_EXPORTER
 * set to `otlp` or `console`, or (unset) an OTLP endpoint given (OTEL_EXPORTER_OTLP_ENDPOINT or
 * OTEL_EXPORTER_OTLP_TRACES_ENDPOINT). OTEL_SDK_DISABLED=true turns it off whatever else is set.
 *
 * @throws Error naming OTEL_TRACES_EXPORTER when it holds an exporter Ruta does not ship.
 */
export function tracesExporterFromEnv(env: NodeJS.ProcessEnv = process.env): TracesExporterKind {
  if (env.OTEL_SDK_DISABLED?.trim().toLowerCase() === 'true') return 'none';
  const asked = env.OTEL_TRACES_EXPORTER?.trim().toLowerCase();
  if (!asked) return env.OTEL_EXPORTER_OTLP_ENDPOINT || env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT ? 'otlp' : 'none';
  // The variable may list several; Ruta ships one at a time, the first that is not `none`.
  const first =
    asked
      .split(',')
      .map((s) => s.trim())
      .find((s) => s && s !== 'none') ?? 'none';
  if (first === 'none' || first === 'otlp' || first === 'console') return first;
  throw new Error(
    `OTEL_TRACES_EXPORTER="${env.OTEL_TRACES_EXPORTER}" is not supported: use otlp (with OTEL_EXPORTER_OTLP_ENDPOINT), console or none`,
  );
}

/** Tracing of one process: its tracer, and what the Temporal client and worker need to carry the trace along. */
export interface Tracing {
  /** Ruta's tracer (the API's request spans). */
  readonly tracer: Tracer;
  /** The service name spans are reported under. */
  readonly serviceName: string;
  /** For `new Client({ interceptors })`: a span per workflow start/signal/query, its context sent in the headers. */
  readonly clientInterceptors: { workflow: OpenTelemetryWorkflowClientInterceptor[] };
  /**
   * For `Worker.create`: activity interceptors (a span per activity attempt, child of the workflow's) and the `exporter`
   * sink through which the workflow bundle's interceptors hand over their spans (see `buildWorkflowBundle`'s tracing).
   */
  readonly worker: {
    interceptors: {
      activity: Array<
        (ctx: ConstructorParameters<typeof OpenTelemetryActivityInboundInterceptor>[0]) => {
          inbound: OpenTelemetryActivityInboundInterceptor;
          outbound: OpenTelemetryActivityOutboundInterceptor;
        }
      >;
    };
    sinks: { exporter: ReturnType<typeof makeWorkflowExporter> };
  };
  /** Sends the spans still buffered. */
  flush(): Promise<void>;
  /** Flushes and stops; the process's global tracer provider stays registered. */
  shutdown(): Promise<void>;
}

export interface TracingOptions {
  /** Where spans go (tests pass an InMemorySpanExporter). */
  exporter: SpanExporter;
  /** `service.name`; OTEL_SERVICE_NAME wins when set. */
  serviceName: string;
  /** Export each span as it ends (tests) instead of in batches (default, production). */
  immediate?: boolean;
  env?: NodeJS.ProcessEnv;
}

let current: Tracing | undefined;

/**
 * Starts tracing for this process and registers it globally (the context manager on AsyncLocalStorage, W3C trace
 * context propagation), so an active span (the API's request) is the parent of the Temporal client's StartWorkflow span.
 * One per process: a second call returns the first (the local stack runs the API and the worker in one process).
 */
export function startTracing(options: TracingOptions): Tracing {
  if (current) return current;
  const env = options.env ?? process.env;
  const serviceName = env.OTEL_SERVICE_NAME || options.serviceName;
  const resource = Resource.default()
    .merge(envDetectorSync.detect({}))
    .merge(new Resource({ 'service.name': serviceName }));
  const processor: SpanProcessor = options.immediate
    ? new SimpleSpanProcessor(options.exporter)
    : new BatchSpanProcessor(options.exporter);
  const provider = new BasicTracerProvider({ resource, spanProcessors: [processor] });
  provider.register({
    contextManager: new AsyncLocalStorageContextManager(),
    propagator: new CompositePropagator({
      propagators: [new W3CTraceContextPropagator(), new W3CBaggagePropagator()],
    }),
  });
  const tracer = trace.getTracer('ruta');
  const interceptorOptions = { tracer };
  current = {
    tracer,
    serviceName,
    clientInterceptors: { workflow: [new OpenTelemetryWorkflowClientInterceptor(interceptorOptions)] },
    worker: {
      interceptors: {
        activity: [
          (ctx) => ({
            inbound: new OpenTelemetryActivityInboundInterceptor(ctx, interceptorOptions),
            outbound: new OpenTelemetryActivityOutboundInterceptor(ctx),
          }),
        ],
      },
      sinks: { exporter: makeWorkflowExporter(processor, resource) },
    },
    flush: () => provider.forceFlush(),
    shutdown: () => provider.shutdown(),
  };
  return current;
}

/**
 * This process's tracing from the OTEL_* variables (see {@link tracesExporterFromEnv}), started on first call; undefined
 * when they do not ask for it, and then nothing is registered and nothing costs. The OTLP exporter reads its own
 * variables (OTEL_EXPORTER_OTLP_ENDPOINT, _HEADERS, _TIMEOUT, …).
 *
 * @example
 * const tracing = tracingFromEnv('ruta-api');
 * const client = new Client({ connection, interceptors: tracing?.clientInterceptors });
 */
export function tracingFromEnv(serviceName: string, env: NodeJS.ProcessEnv = process.env): Tracing | undefined {
  if (current) return current;
  const kind = tracesExporterFromEnv(env);
  if (kind === 'none') return undefined;
  const exporter = kind === 'otlp' ? new OTLPTraceExporter() : new ConsoleSpanExporter();
  return startTracing({ exporter, serviceName, env });
}

/** The tracing this process started, if any. */
export function activeTracing(): Tracing | undefined {
  return current;
}
