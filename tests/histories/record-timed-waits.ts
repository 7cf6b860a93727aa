/**
 * Records a timed wait ending each way it can into the replay corpus (`timed-wait--<n>`): a reply during the wait
 * (its timer cancelled), a reply that came with the start (the timer started and cancelled in the same task), a skip
 * of the reply wait and of the pause after it, a cancel, and both timers firing. How the driver waits may change
 * only if these replay: the commands (StartTimer, CancelTimer or none) must stay what they were. Called by
 * record.ts; `npx tsx tests/histories/record-timed-waits.ts` adds only these.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compile, type Plan } from '@ruta/flow';
import type { TestWorkflowEnvironment } from '@ruta/temporal';
import { buildWorkflowBundle, createRutaWorker, FileStore } from '@ruta/workers';
import { cancelUpdate, replySignal, skipWaitUpdate, stateQuery } from '@ruta/workflows/definitions';
import type { WorkflowHandle } from '@temporalio/client';
import { journeyInput, ROOT } from '../support/engine';
import { recordAlone, writeHistory } from './write-history';

const OUT = join(ROOT, 'tests/histories');

/** Polls the journey's state until it waits at `nodeId` (bounded). */
async function waitingAt(handle: WorkflowHandle, nodeId: string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while ((await handle.query(stateQuery)).wait?.nodeId !== nodeId) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${handle.workflowId} to wait at ${nodeId}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** The fixture's plan, with its two waits shortened to `timeout` when given. */
function timedWaitPlan(timeout?: string): Plan {
  const compiled = compile(JSON.parse(readFileSync(join(ROOT, 'tests/fixtures/timed-wait/flow.json'), 'utf8')));
  if (!compiled.ok) throw new Error('the timed-wait fixture does not compile');
  const plan = compiled.plan;
  if (!timeout) return plan;
  const nodes = { ...plan.nodes };
  nodes.n_wait = { ...nodes.n_wait!, params: { ...nodes.n_wait!.params, timeout } };
  nodes.n_pause = { ...nodes.n_pause!, params: { ...nodes.n_pause!.params, duration: timeout } };
  return { ...plan, nodes };
}

const reply = (id: string) => ({ id, text: 'Sí, llegó', channel: 'sms', at: new Date().toISOString() });

/** Runs the five journeys on `env` with their own worker, and writes their histories. */
export async function recordTimedWaits(env: TestWorkflowEnvironment): Promise<void> {
  const taskQueue = 'record-timed-waits';
  const worker = await createRutaWorker({
    connection: env.nativeConnection,
    taskQueue,
    store: new FileStore(mkdtempSync(join(tmpdir(), 'ruta-record-waits-'))),
    bundlePath: await buildWorkflowBundle(),
  });
  await worker.runUntil(async () => {
    const options = (i: number, plan: Plan) => ({
      taskQueue,
      workflowId: `history-timed-wait-${i}`,
      args: [
        journeyInput(
          plan,
          { customer: { id: `c_wait_${i}` }, event: { type: 'manual', data: {} } } as never,
          `evt-wait-${i}`,
          new Date().toISOString(),
        ),
      ],
    });
    const handles: WorkflowHandle[] = [];
    // 0: a reply while the journey waits: the timer is cancelled.
    const replied = await env.client.workflow.start('journey', options(0, timedWaitPlan()));
    await waitingAt(replied, 'n_wait');
    await replied.signal(replySignal, reply('r-0'));
    handles.push(replied);
    // 1: the reply came with the start: the wait is ready at once, its timer started and cancelled in one task.
    handles.push(
      await env.client.workflow.signalWithStart('journey', {
        ...options(1, timedWaitPlan()),
        signal: replySignal,
        signalArgs: [reply('r-1')],
      }),
    );
    // 2: skipped twice: the reply wait (leaves by timeout) and the pause after it.
    const skipped = await env.client.workflow.start('journey', options(2, timedWaitPlan()));
    await waitingAt(skipped, 'n_wait');
    await skipped.executeUpdate(skipWaitUpdate, { args: [{ nodeId: 'n_wait' }] });
    await waitingAt(skipped, 'n_pause');
    await skipped.executeUpdate(skipWaitUpdate, { args: [{ nodeId: 'n_pause' }] });
    handles.push(skipped);
    // 3: cancelled while it waits for the reply.
    const cancelled = await env.client.workflow.start('journey', options(3, timedWaitPlan()));
    await waitingAt(cancelled, 'n_wait');
    await cancelled.executeUpdate(cancelUpdate, { args: [{ reason: 'corpus' }] });
    handles.push(cancelled);
    // 4: nobody answers: both timers fire.
    handles.push(await env.client.workflow.start('journey', options(4, timedWaitPlan('1s'))));
    for (const [i, handle] of handles.entries()) {
      await handle.result();
      const file = join(OUT, `timed-wait--${i}.json`);
      writeHistory(file, await handle.fetchHistory());
    }
  });
}

await recordAlone(import.meta.url, async (env) => {
  // Run alone, the contact rules stay out of the way (record.ts sets the same for all of them).
  process.env.RUTA_CONTACT_RULES ??= '{"quietHours":null,"frequencyCap":null}';
  await recordTimedWaits(env);
});
