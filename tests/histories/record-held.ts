/**
 * Records journeys holding a message for missing data into the replay corpus (the flow's missing-data rule is
 * `hold`, the customer has no name): `held--0` is retried before the profile has a name (holds again), then retried
 * with a profile that has one (the message goes out, with the name); `held--1` is skipped (not sent). Called by
 * record.ts; `npx tsx tests/histories/record-held.ts` adds only these.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compile } from '@ruta/flow';
import { channelSend, implement } from '@ruta/sdk';
import type { TestWorkflowEnvironment } from '@ruta/temporal';
import { buildWorkflowBundle, createRutaWorker, FileStore } from '@ruta/workers';
import { retryStepUpdate, skipWaitUpdate, stateQuery } from '@ruta/workflows/definitions';
import type { WorkflowHandle } from '@temporalio/client';
import { journeyInput, ROOT } from '../support/engine';
import { recordAlone, writeHistory } from './write-history';

const OUT = join(ROOT, 'tests/histories');

/** What was sent, so the recording can check the retried message carries the name. */
const sent: string[] = [];
const send = implement(channelSend, async (input) => {
  sent.push(input.text);
  return { messageId: `m_${sent.length}`, channel: input.channel, status: 'sent' as const, deduped: false };
});

/** Polls the journey until it holds at its message, having recorded more than `after` steps (bounded); their count. */
async function heldWith(handle: WorkflowHandle, after: number): Promise<number> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    const s = await handle.query(stateQuery);
    if (s.wait?.reason === 'missing_data' && s.steps > after) return s.steps;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${handle.workflowId} to hold`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Runs the two held journeys on `env` with their own worker, and writes their histories. */
export async function recordHeld(env: TestWorkflowEnvironment): Promise<void> {
  const compiled = compile(JSON.parse(readFileSync(join(ROOT, 'tests/fixtures/held/flow.json'), 'utf8')));
  if (!compiled.ok) throw new Error('the held fixture does not compile');
  const taskQueue = 'record-held';
  const worker = await createRutaWorker({
    connection: env.nativeConnection,
    taskQueue,
    store: new FileStore(mkdtempSync(join(tmpdir(), 'ruta-record-held-'))),
    bundlePath: await buildWorkflowBundle(),
    overrides: [send as never],
  });
  await worker.runUntil(async () => {
    const start = (i: number) =>
      env.client.workflow.start('journey', {
        taskQueue,
        workflowId: `history-held-${i}`,
        args: [
          journeyInput(
            compiled.plan,
            { customer: { id: `c_held_${i}`, locale: 'es' }, event: { type: 'manual', data: {} } } as never,
            `evt-held-${i}`,
            new Date().toISOString(),
          ),
        ],
      });
    // 0: held; retried without a name (held again), then with the profile as it is now.
    const retried = await start(0);
    const first = await heldWith(retried, 0);
    await retried.executeUpdate(retryStepUpdate, { args: [{ nodeId: 'n_hello' }] });
    await heldWith(retried, first);
    await retried.executeUpdate(retryStepUpdate, { args: [{ customer: { id: 'c_held_0', name: 'Ana', locale: 'es' } }] });
    await retried.result();
    if (!sent.includes('Hola Ana')) throw new Error(`the retried message was not sent with the name: ${sent}`);
    // 1: held, then skipped: not sent, leaves by its main port.
    const skipped = await start(1);
    await heldWith(skipped, 0);
    await skipped.executeUpdate(skipWaitUpdate, { args: [{ nodeId: 'n_hello' }] });
    await skipped.result();
    for (const [i, handle] of [retried, skipped].entries()) {
      const file = join(OUT, `held--${i}.json`);
      writeHistory(file, await handle.fetchHistory());
    }
  });
}

await recordAlone(import.meta.url, recordHeld);
