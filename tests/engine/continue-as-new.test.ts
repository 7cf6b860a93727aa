import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compile, type Plan } from '@ruta/flow';
import { eventSignal, type JourneyResult, type LiveState, replySignal, stateQuery } from '@ruta/workflows/definitions';
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

  it('continues as new in the middle of a wait and keeps its absolute deadline', async () => {
    const plan = loopPlan();
    const workflowId = 'can-mid-wait';
    const handle = await server.client.workflow.start('journey', {
      taskQueue,
      workflowId,
      args: [journeyInput(plan, customer as never, 'evt-can-2', new Date().toISOString())],
    });
    let before: LiveState | undefined;
    for (let i = 0; i < 100 && !before?.wait; i++) {
      before = await handle.query(stateQuery);
      if (!before.wait) await new Promise((r) => setTimeout(r, 50));
    }
    expect(before?.wait?.nodeId).toBe('n_wait');

    // Events nobody waits for grow the history past the threshold while the journey waits.
    for (let i = 0; i < 25; i++) {
      await handle.signal(eventSignal, { id: `noise-${i}`, type: 'noise', data: {}, at: new Date().toISOString() });
    }
    let after: LiveState = await handle.query(stateQuery);
    for (let i = 0; i < 100 && after.run === before!.run; i++) {
      await new Promise((r) => setTimeout(r, 50));
      after = await handle.query(stateQuery);
    }
    expect(after.run).toBeGreaterThan(before!.run);
    expect(after.wait?.nodeId).toBe('n_wait');
    expect(after.wait?.deadline).toBe(before!.wait!.deadline);
    expect(after.wait?.since).toBe(before!.wait!.since);

    // The wait goes on in the new run: a reply still ends it through `replied`.
    await handle.signal(replySignal, { id: 'r-1', text: 'ya pagué', channel: 'sms', at: new Date().toISOString() });
    const result = (await handle.result()) as JourneyResult;
    expect(result.vars.lastReply).toBe('ya pagué');
  });
});
