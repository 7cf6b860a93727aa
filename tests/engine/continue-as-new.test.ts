import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compile, type Plan } from '@ruta/flow';
import type { JourneyResult } from '@ruta/workflows/definitions';
import { describe, expect, it } from 'vitest';
import { journeyInput, ROOT } from '../support/engine';
import { storedPath } from '../support/play';
import { withTimeSkippingServer } from '../support/temporal';
import { tempStore, withWorker } from '../support/worker';

const server = withTimeSkippingServer();
const { store } = tempStore();
const { taskQueue } = withWorker(server, { store });

function loopPlan(): Plan {
  const result = compile(JSON.parse(readFileSync(join(ROOT, 'tests/fixtures/continue-as-new/flow.json'), 'utf8')));
  if (!result.ok) throw new Error(JSON.stringify(result.diagnostics));
  return result.plan;
}

const customer = { customer: { id: 'c_loop', name: 'Lola', locale: 'es' }, event: { type: 'manual', data: {} } };

describe('continue-as-new', () => {
  it('a looping journey passes a lowered history threshold many times and keeps its state', async () => {
    const plan = loopPlan();
    const workflowId = 'can-loop';
    const handle = await server.client.workflow.start('journey', {
      taskQueue,
      workflowId,
      args: [journeyInput(plan, customer as never, 'evt-can', new Date().toISOString())],
    });
    const result = (await handle.result()) as JourneyResult;
    expect(result.status).toBe('completed');
    expect(result.outcome).toBe('done');
    expect(result.runs).toBeGreaterThan(3);

    // Visits survived every run: twelve reminders with twelve distinct keys, numbered 1…12.
    const sent = await store.listOutbound({ journeyId: workflowId });
    expect(sent.map((m) => m.idempotencyKey).sort()).toEqual(
      Array.from({ length: 12 }, (_, i) => `${workflowId}:n_send:${i + 1}`).sort(),
    );
    expect(sent.map((m) => m.text)).toContain('Recordatorio 12 de 12');

    // The step store has the whole path, across runs, with no gap or repeat in the sequence.
    const { steps, path } = await storedPath(store, workflowId);
    expect(steps.map((s) => s.seq)).toEqual(steps.map((_, i) => i + 1));
    expect(path.filter((n) => n === 'n_send')).toHaveLength(12);
    expect(path.at(-1)).toBe('n_end');
    expect(result.steps).toBe(steps.length);
  });
});
