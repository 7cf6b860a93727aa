// The worker process's own /metrics (as production runs it): Ruta's counters and the Temporal SDK's worker metrics
// in one scrape, on a loopback port of its own.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compile } from '@ruta/flow';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { journeyInput } from '../support/engine';
import { eventually } from '../support/eventually';
import { sampleValue } from '../support/prometheus';
import { spawnRuta } from '../support/ruta-processes';
import { withLocalServer } from '../support/temporal';

const server = withLocalServer();
const dir = mkdtempSync(join(tmpdir(), 'ruta-worker-metrics-'));

const flow = {
  schemaVersion: 2,
  id: 'f_worker_metrics',
  name: 'One message',
  settings: { reentry: 'every_time', transactional: true },
  nodes: [
    { id: 'n_trigger', kind: 'trigger.manual', params: {} },
    { id: 'n_send', kind: 'message.send', params: { channel: 'sms', template: 'Hola' } },
    { id: 'n_end', kind: 'end', params: { outcome: 'done' } },
  ],
  edges: [
    { id: 'e_1', from: 'n_trigger', port: 'out', to: 'n_send' },
    { id: 'e_2', from: 'n_send', port: 'sent', to: 'n_end' },
    { id: 'e_3', from: 'n_send', port: 'failed', to: 'n_end' },
  ],
};

describe('the worker process /metrics', () => {
  it('serves Ruta counters and the SDK worker metrics on 127.0.0.1, and the counters move with a journey', async () => {
    const compiled = compile(flow);
    if (!compiled.ok) throw new Error(JSON.stringify(compiled.diagnostics));
    const taskQueue = 'worker-metrics';
    const worker = spawnRuta('worker', {
      TEMPORAL_ADDRESS: server.address,
      TEMPORAL_NAMESPACE: server.namespace,
      RUTA_TASK_QUEUE: taskQueue,
      RUTA_DATA_DIR: dir,
      RUTA_WORKFLOW_BUNDLE: inject('workflowBundle'),
      RUTA_WORKER_METRICS_PORT: '0',
    });
    // The start line says where the metrics are.
    const url = await worker.logged('worker polling', 'metrics');
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/metrics$/);

    const journeyId = 'journey:f_worker_metrics:c_wm:evt-wm';
    const handle = await server.client.workflow.start('journey', {
      taskQueue,
      workflowId: journeyId,
      args: [
        journeyInput(
          compiled.plan,
          { customer: { id: 'c_wm' }, event: { type: 'manual', data: {} } } as never,
          'evt-wm',
          new Date().toISOString(),
        ),
      ],
    });
    expect(((await handle.result()) as { status: string }).status).toBe('completed');

    const text = await eventually('the journey is counted', async () => {
      const res = await fetch(url);
      const body = await res.text();
      return sampleValue(body, 'ruta_journeys_ended_total', { flow: 'f_worker_metrics', status: 'completed' }) === 1
        ? body
        : undefined;
    });
    expect(sampleValue(text, 'ruta_journeys_started_total', { flow: 'f_worker_metrics' })).toBe(1);
    expect(sampleValue(text, 'ruta_sends_total', { channel: 'sms', outcome: 'sent' })).toBe(1);
    expect(sampleValue(text, 'ruta_activity_duration_seconds_count', { activity: 'channel.send' })).toBe(1);
    // The SDK core's own worker metrics, forwarded into the same scrape.
    expect(text).toMatch(/^temporal_\w+/m);
    expect(sampleValue(text, 'temporal_workflow_completed', { task_queue: taskQueue })).toBeGreaterThanOrEqual(1);
    expect(await (await fetch(url.replace('/metrics', '/other'))).status).toBe(404);
  }, 120_000);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a worker whose metrics port is taken', () => {
  it('stops at start and says which variable to change', async () => {
    const { serveMetrics } = await import('@ruta/log');
    const taken = await serveMetrics({ port: 0 });
    try {
      const port = new URL(taken.url).port;
      const worker = spawnRuta('worker', {
        TEMPORAL_ADDRESS: server.address,
        TEMPORAL_NAMESPACE: server.namespace,
        RUTA_TASK_QUEUE: 'worker-metrics-taken',
        RUTA_DATA_DIR: dir,
        RUTA_WORKFLOW_BUNDLE: inject('workflowBundle'),
        RUTA_WORKER_METRICS_PORT: port,
      });
      // 'close', not 'exit': the output streams have ended by then, so the last lines are in.
      await new Promise<void>((resolve) => worker.child.once('close', () => resolve()));
      expect(worker.child.exitCode).not.toBe(0);
      expect(worker.output()).toContain(`Port ${port} on 127.0.0.1 is taken`);
      expect(worker.output()).toContain('RUTA_WORKER_METRICS_PORT');
    } finally {
      await new Promise<void>((resolve) => taken.server.close(() => resolve()));
    }
  }, 120_000);
});
