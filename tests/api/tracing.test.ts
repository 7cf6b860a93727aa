// One trace from the HTTP request to the activity: an event posted to the real app starts a journey on the real dev
// server, a worker on the traced workflow bundle runs it, and every span (request, StartWorkflow, RunWorkflow,
// StartActivity, RunActivity) shares the request's trace id in a parent chain. Log lines written inside the request
// and inside the activity carry that trace id. Spans are caught by an in-memory exporter, exported as each ends.
import { Writable } from 'node:stream';
import { InMemorySpanExporter, type ReadableSpan } from '@opentelemetry/sdk-trace-base';
import { createLogger, traceFields } from '@ruta/log';
import { defineActivity } from '@ruta/sdk';
import { rutaDataConverter, startTracing } from '@ruta/temporal';
import { CUSTOM_ACTIVITIES, REPLAY_SINKS } from '@ruta/workers';
import { Worker } from '@temporalio/worker';
import { describe, expect, inject, it } from 'vitest';
import { paymentLinkFlow } from './flows-fixtures';
import { journeyHelpers } from './journey-helpers';
import { eventually, withApi } from './support';

const spans = new InMemorySpanExporter();
const tracing = startTracing({ exporter: spans, serviceName: 'ruta-test', immediate: true });

const lines: Record<string, unknown>[] = [];
const destination = new Writable({
  write(chunk, _encoding, done) {
    for (const line of String(chunk).split('\n')) if (line.trim()) lines.push(JSON.parse(line));
    done();
  },
});
const logger = createLogger({ component: 'test', level: 'info', destination });

// The sample payment-link activity, writing one log line while it runs.
const paymentLink = CUSTOM_ACTIVITIES.find((a) => a.name === 'billing.createPaymentLink')!;
const loggingPaymentLink = defineActivity({
  name: paymentLink.name,
  input: paymentLink.input,
  output: paymentLink.output,
  handler: async (input, ctx) => {
    logger.info({ activity: paymentLink.name }, 'creating a payment link');
    return paymentLink.handler(input as never, ctx as never);
  },
});

const api = withApi({ tracing, logger, overrides: [loggingPaymentLink as never] });
const { start, until } = journeyHelpers(api);

/** The one span named `name` in this trace. */
function only(trace: ReadableSpan[], name: string): ReadableSpan {
  const found = trace.filter((s) => s.name === name);
  expect(
    found.map((s) => s.name),
    `spans named ${name}`,
  ).toEqual([name]);
  return found[0]!;
}

describe('tracing (OpenTelemetry)', () => {
  it('links the request, the workflow start, the workflow run and the activity in one trace', async () => {
    const created = await api.call('POST', '/v1/flows', { body: { document: paymentLinkFlow('f_traced') } });
    expect(created.status, created.text).toBe(201);
    const published = await api.call('POST', '/v1/flows/f_traced/publish');
    expect(published.status, published.text).toBe(201);
    spans.reset();

    const customerId = `c_traced_${Date.now()}`;
    const id = await start('link.requested', customerId, 'f_traced');
    const done = await until(id, 'the journey to complete', (d) => d.status === 'completed');
    expect(done.outcome).toBe('linked');

    // The request's server span is the root; everything the journey did hangs below it.
    const request = await eventually('the request span', async () =>
      spans.getFinishedSpans().find((s) => s.name === 'POST /v1/events'),
    );
    expect(request.parentSpanId).toBeUndefined();
    expect(request.attributes).toMatchObject({ 'http.route': '/v1/events', 'http.response.status_code': 202 });
    const traceId = request.spanContext().traceId;
    // Workflow spans reach the exporter through the worker's sink, after the activity's own: wait for all four.
    const names = [
      'StartWorkflow:journey',
      'RunWorkflow:journey',
      'StartActivity:billing.createPaymentLink',
      'RunActivity:billing.createPaymentLink',
    ];
    const trace = await eventually('the journey spans in the request trace', async () => {
      const all = spans.getFinishedSpans().filter((s) => s.spanContext().traceId === traceId);
      return names.every((name) => all.some((s) => s.name === name)) ? all : undefined;
    });

    const startWorkflow = only(trace, 'StartWorkflow:journey');
    const runWorkflow = only(trace, 'RunWorkflow:journey');
    const startActivity = only(trace, 'StartActivity:billing.createPaymentLink');
    const runActivity = only(trace, 'RunActivity:billing.createPaymentLink');
    const spanId = (s: ReadableSpan) => s.spanContext().spanId;
    expect(startWorkflow.parentSpanId).toBe(spanId(request));
    expect(runWorkflow.parentSpanId).toBe(spanId(startWorkflow));
    expect(startActivity.parentSpanId).toBe(spanId(runWorkflow));
    expect(runActivity.parentSpanId).toBe(spanId(startActivity));
    // The journey's other requests (the polling GETs) are traces of their own.
    const polls = spans.getFinishedSpans().filter((s) => s.name === 'GET /v1/journeys/:id');
    expect(polls.length).toBeGreaterThan(0);
    expect(polls.every((s) => s.spanContext().traceId !== traceId)).toBe(true);

    // Logs: the request's line and the activity's line carry the trace id, each with its own span.
    const requestLine = lines.find((l) => l.msg === 'request' && l.method === 'POST' && l.path === '/v1/events');
    expect(requestLine).toMatchObject({ trace_id: traceId, span_id: spanId(request), trace_flags: '01' });
    const activityLine = lines.find((l) => l.msg === 'creating a payment link');
    expect(activityLine).toMatchObject({ trace_id: traceId, span_id: spanId(runActivity) });

    // The traced journey's history replays on the bundle without tracing: the trace is in headers, not in commands.
    const history = await api.server.client.workflow.getHandle(id).fetchHistory();
    await Worker.runReplayHistory(
      {
        workflowBundle: { codePath: inject('workflowBundle') },
        sinks: REPLAY_SINKS,
        // Ruta's worker compresses large payloads; this test's API client starts journeys with the plan inline.
        dataConverter: rutaDataConverter({ planStore: null }),
      },
      history,
      id,
    );
  });

  it("continues a caller's trace given in a traceparent header", async () => {
    const callerTrace = '0af7651916cd43dd8448eb211c80319c';
    const callerSpan = 'b7ad6b7169203331';
    spans.reset();
    const r = await api.call('GET', '/healthz', { headers: { traceparent: `00-${callerTrace}-${callerSpan}-01` } });
    expect(r.status, r.text).toBe(200);
    const span = await eventually('the health check span', async () =>
      spans.getFinishedSpans().find((s) => s.spanContext().traceId === callerTrace),
    );
    expect(span.parentSpanId).toBe(callerSpan);
  });

  it('writes no trace fields outside a span', () => {
    expect(traceFields()).toEqual({});
    logger.info('outside any span');
    const line = lines.find((l) => l.msg === 'outside any span');
    expect(line).toBeDefined();
    expect(line).not.toHaveProperty('trace_id');
    expect(line).not.toHaveProperty('span_id');
  });
});
