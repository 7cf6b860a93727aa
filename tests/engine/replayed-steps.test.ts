/**
 * The window a killed worker leaves open, made exact: a workflow task hands its steps to the worker's sink and
 * completes, and the worker is gone before they reach the store. Here the first worker's store takes the steps
 * and drops them (as a SIGKILL between hand-over and write would), and then the worker stops. The worker that
 * takes the journey over replays its history and writes what was lost, once, and counts nothing twice.
 */
import { compile } from '@ruta/flow';
import { metrics } from '@ruta/log';
import { createRutaWorker, type FileStore } from '@ruta/workers';
import { type JourneyResult, replySignal, stateQuery } from '@ruta/workflows/definitions';
import { describe, expect, inject, it } from 'vitest';
import { askAndThankFlow, journeyInput } from '../support/engine';
import { eventually } from '../support/eventually';
import { storedPath } from '../support/play';
import { withLocalServer } from '../support/temporal';
import { tempStore } from '../support/worker';

const server = withLocalServer();
const { store } = tempStore();
const FLOW_ID = 'f_lost_steps';

const flow = askAndThankFlow(FLOW_ID);

/** The store as seen by a worker that dies before its step buffer is written: every step handed over is lost. */
function losingSteps(real: FileStore): { store: FileStore; dropped: number[] } {
  const dropped: number[] = [];
  const store = new Proxy(real, {
    get(target, key) {
      if (key === 'recordSteps')
        return async (steps: { seq: number }[]) => {
          dropped.push(...steps.map((s) => s.seq));
        };
      const value = Reflect.get(target, key, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
  return { store, dropped };
}

type Metrics = ReturnType<typeof metrics>;

/** What the worker's counters say of a flow's journeys, in this process. */
async function counted(flowId: string): Promise<{ started: number; ended: number }> {
  const total = async (counter: Metrics['journeysStarted'] | Metrics['journeysEnded']) =>
    (await counter.get()).values.filter((v) => v.labels.flow === flowId).reduce((n, v) => n + v.value, 0);
  return { started: await total(metrics().journeysStarted), ended: await total(metrics().journeysEnded) };
}

describe('steps a worker handed over but never stored', () => {
  it('are written by the worker that replays the journey, each once, and the journey is counted once', async () => {
    const compiled = compile(flow);
    if (!compiled.ok) throw new Error(JSON.stringify(compiled.diagnostics));
    const taskQueue = `lost-steps-${Math.random().toString(36).slice(2, 8)}`;
    const workflowId = `journey:${FLOW_ID}:c_lost:evt-lost`;
    const bundlePath = inject('workflowBundle');

    const losing = losingSteps(store);
    const first = await createRutaWorker({
      connection: server.nativeConnection,
      taskQueue,
      bundlePath,
      store: losing.store,
    });
    const firstRun = first.run();
    const handle = await server.client.workflow.start('journey', {
      taskQueue,
      workflowId,
      args: [
        journeyInput(
          compiled.plan,
          { customer: { id: 'c_lost' }, event: { type: 'manual', data: {} } } as never,
          'evt-lost',
          new Date().toISOString(),
        ),
      ],
    });
    await eventually('the journey to wait for the reply', async () =>
      (await handle.query(stateQuery)).wait?.nodeId === 'n_reply' ? true : undefined,
    );
    first.shutdown();
    await firstRun;
    // The first worker handed over the steps up to the wait, and none reached the store.
    expect(losing.dropped.length).toBeGreaterThanOrEqual(3);
    expect(await store.listSteps(workflowId)).toEqual([]);
    expect((await store.listOutbound({ journeyId: workflowId })).map((m) => m.text)).toEqual(['¿Llegó tu pedido?']);
    const before = await counted(FLOW_ID);
    expect(before.started).toBe(1);

    const second = await createRutaWorker({ connection: server.nativeConnection, taskQueue, bundlePath, store });
    const secondRun = second.run();
    try {
      await handle.signal(replySignal, {
        id: 'reply-lost',
        text: 'sí, llegó',
        channel: 'whatsapp',
        at: new Date().toISOString(),
      });
      const result = (await handle.result()) as JourneyResult;
      expect(`${result.status}:${result.outcome}`).toBe('completed:answered');
    } finally {
      second.shutdown();
      await secondRun;
    }

    const { path, steps } = await storedPath(store, workflowId);
    expect(path).toEqual(['n_trigger', 'n_ask', 'n_reply', 'n_thanks', 'n_end']);
    expect(steps.map((s) => s.seq)).toEqual(steps.map((_, i) => i + 1));
    // The replay sent nothing again, and the journey was started once and ended once in the worker's counters.
    expect((await store.listOutbound({ journeyId: workflowId })).map((m) => m.text)).toEqual([
      '¿Llegó tu pedido?',
      'Gracias: sí, llegó',
    ]);
    expect(await counted(FLOW_ID)).toEqual({ started: 1, ended: 1 });
  }, 120_000);
});
