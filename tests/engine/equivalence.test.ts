import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compile } from '@ruta/flow';
import { rutaDataConverter } from '@ruta/temporal';
import { buildWorkflowBundle, createRutaWorker, REPLAY_SINKS } from '@ruta/workers';
import { Worker } from '@temporalio/worker';
import { describe, expect, it } from 'vitest';
import { journeyInput, ROOT } from '../support/engine';
import { withLocalServer } from '../support/temporal';
import { tempStore } from '../support/worker';

const server = withLocalServer();
const { store } = tempStore();

const FIXTURE = join(ROOT, 'tests/fixtures/five-steps');

describe('the interpreter adds no commands', () => {
  it('a hand-written workflow’s history replays against the interpreter running the same five steps, and back', async () => {
    const compiled = compile(JSON.parse(readFileSync(join(FIXTURE, 'flow.json'), 'utf8')));
    if (!compiled.ok) throw new Error(JSON.stringify(compiled.diagnostics));
    const plan = compiled.plan;
    const bothBundle = await buildWorkflowBundle(undefined, join(FIXTURE, 'workflows.ts'), 'five-steps');
    const journeyBundle = await buildWorkflowBundle();
    const taskQueue = 'equivalence';
    const worker = await createRutaWorker({
      connection: server.nativeConnection,
      taskQueue,
      store,
      bundlePath: bothBundle,
    });
    const scenario = {
      customer: { id: 'c_eq', name: 'Ana', locale: 'es' as const },
      event: { type: 'manual', data: { text: 'El pedido llegó tarde otra vez' } },
    };
    const input = journeyInput(plan, scenario as never, 'evt-eq', new Date().toISOString());

    const [handHistory, journeyHistory] = await worker.runUntil(async () => {
      const a = await server.client.workflow.start('handWrittenFiveSteps', {
        taskQueue,
        workflowId: 'eq-hand',
        args: [input],
      });
      const b = await server.client.workflow.start('journey', { taskQueue, workflowId: 'eq-journey', args: [input] });
      await Promise.all([a.result(), b.result()]);
      return Promise.all([a.fetchHistory(), b.fetchHistory()]);
    });

    // Histories written by Ruta's worker (compressed payloads) are read with Ruta's data converter.
    const dataConverter = rutaDataConverter({ planStore: store });
    // Same number of events, of the same types, in the same order.
    const types = (h: typeof handHistory) => (h.events ?? []).map((e) => e.eventType);
    expect(types(journeyHistory)).toEqual(types(handHistory));

    // The hand-written history, renamed, replays against the interpreter without a determinism error …
    const renamed = structuredClone(handHistory);
    renamed.events![0]!.workflowExecutionStartedEventAttributes!.workflowType = { name: 'journey' };
    await Worker.runReplayHistory(
      { workflowBundle: { codePath: journeyBundle }, sinks: REPLAY_SINKS, dataConverter },
      renamed,
      'eq-hand-as-journey',
    );

    // … and the interpreter's history replays against the hand-written workflow.
    const back = structuredClone(journeyHistory);
    back.events![0]!.workflowExecutionStartedEventAttributes!.workflowType = { name: 'handWrittenFiveSteps' };
    await Worker.runReplayHistory(
      { workflowBundle: { codePath: bothBundle }, sinks: REPLAY_SINKS, dataConverter },
      back,
      'eq-journey-as-hand',
    );
  });
});
