/**
 * Records journeys parked at a failed step into the replay corpus: the ticket activity fails for good (non-retryable),
 * the journey parks at the node, then `parked--0` is retried (fails again, parks again, then succeeds once the CRM is
 * back) and `parked--1` is skipped. Called by record.ts; `npx tsx tests/histories/record-parked.ts` adds only these.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compile } from '@ruta/flow';
import { crmUpsertTicket, implement } from '@ruta/sdk';
import type { TestWorkflowEnvironment } from '@ruta/temporal';
import { buildWorkflowBundle, createRutaWorker, FileStore } from '@ruta/workers';
import { retryStepUpdate, skipWaitUpdate, stateQuery } from '@ruta/workflows/definitions';
import { ApplicationFailure } from '@temporalio/common';
import type { WorkflowHandle } from '@temporalio/client';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { journeyInput, ROOT } from '../support/engine';
import { recordAlone, writeHistory } from './write-history';

const OUT = join(ROOT, 'tests/histories');

/** The CRM fails until it is back up; every call counts. */
const crm = { up: false, calls: 0 };
const flakyTicket = implement(crmUpsertTicket, async () => {
  crm.calls += 1;
  if (!crm.up) throw ApplicationFailure.nonRetryable('The CRM refused the ticket: 503', 'CrmUnavailable');
  return { ticketId: `t_${crm.calls}`, status: 'open' };
});

/** Polls the journey's state until `check` holds (bounded). */
async function until(handle: WorkflowHandle, what: string, check: (calls: number) => Promise<boolean>): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (!(await check(crm.calls))) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what} (${handle.workflowId})`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

const parked = (handle: WorkflowHandle) => async () =>
  (await handle.query(stateQuery)).wait?.reason === 'activity_failed';

/** Runs the two parked journeys on `env` with their own worker, and writes their histories. */
export async function recordParked(env: TestWorkflowEnvironment): Promise<void> {
  const compiled = compile(JSON.parse(readFileSync(join(ROOT, 'tests/fixtures/parked/flow.json'), 'utf8')));
  if (!compiled.ok) throw new Error('the parked fixture does not compile');
  const taskQueue = 'record-parked';
  const worker = await createRutaWorker({
    connection: env.nativeConnection,
    taskQueue,
    store: new FileStore(mkdtempSync(join(tmpdir(), 'ruta-record-parked-'))),
    bundlePath: await buildWorkflowBundle(),
    overrides: [flakyTicket as never],
  });
  await worker.runUntil(async () => {
    const start = (i: number) =>
      env.client.workflow.start('journey', {
        taskQueue,
        workflowId: `history-parked-${i}`,
        args: [
          journeyInput(
            compiled.plan,
            { customer: { id: `c_parked_${i}` }, event: { type: 'manual', data: {} } } as never,
            `evt-parked-${i}`,
            new Date().toISOString(),
          ),
        ],
      });
    // 0: parks, a retry fails again and parks again, the CRM comes back, a second retry opens the ticket.
    crm.up = false;
    const retried = await start(0);
    await until(retried, 'the journey to park', parked(retried));
    const before = crm.calls;
    await retried.executeUpdate(retryStepUpdate, { args: [{ nodeId: 'n_ticket' }] });
    await until(retried, 'the retry to fail and park again', async (calls) => calls > before && (await parked(retried)()));
    crm.up = true;
    await retried.executeUpdate(retryStepUpdate, { args: [{}] });
    await retried.result();
    // 1: parks, then skipped: leaves by its main port with an empty output.
    crm.up = false;
    const skipped = await start(1);
    await until(skipped, 'the journey to park', parked(skipped));
    await skipped.executeUpdate(skipWaitUpdate, { args: [{ nodeId: 'n_ticket' }] });
    await skipped.result();
    for (const [i, handle] of [retried, skipped].entries()) {
      const file = join(OUT, `parked--${i}.json`);
      writeHistory(file, await handle.fetchHistory());
    }
  });
}

await recordAlone(import.meta.url, recordParked);
