/**
 * Records an audience run (what a flow's schedule starts) into the replay corpus: 12 customers, 9 in the segment,
 * in batches of 3, so the first run holds its open and two batches, then continues as new; the second holds two
 * more batches and the close. Called by record.ts; `npx tsx tests/histories/record-audience.ts` adds only this.
 */
import { join } from 'node:path';
import { createFlow, publishVersion, upsertCustomer } from '@ruta/db';
import { createTestDatabase } from '@ruta/db/testing';
import { type AudienceRunInput, audienceWorkflowId, compile } from '@ruta/flow';
import { AUDIENCE_WORKFLOW_TYPE, type TestWorkflowEnvironment } from '@ruta/temporal';
import { buildWorkflowBundle, createRutaWorker, DbStore } from '@ruta/workers';
import { ROOT } from '../support/engine';
import { recordAlone, writeHistory } from './write-history';

const OUT = join(ROOT, 'tests/histories');

const DOCUMENT = {
  schemaVersion: 3,
  id: 'f_history_schedule',
  name: 'Programado',
  settings: { reentry: 'one_at_a_time', transactional: false },
  nodes: [
    {
      id: 'n_trigger',
      kind: 'trigger.schedule',
      params: { cron: '0 9 * * 1', audience: { conditions: [{ field: 'tags', op: 'contains', value: 'vip' }] } },
    },
    { id: 'n_wait', kind: 'wait.duration', params: { duration: '1d' } },
    { id: 'n_end', kind: 'end', params: {} },
  ],
  edges: [
    { id: 'e_1', from: 'n_trigger', port: 'out', to: 'n_wait' },
    { id: 'e_2', from: 'n_wait', port: 'out', to: 'n_end' },
  ],
};

/** Runs one audience run on `env` with its own worker and database, and writes its histories (every run). */
export async function recordAudienceRun(env: TestWorkflowEnvironment): Promise<void> {
  const compiled = compile(DOCUMENT);
  if (!compiled.ok) throw new Error('the schedule fixture does not compile');
  const database = await createTestDatabase();
  for (let i = 0; i < 12; i++) await upsertCustomer(database.db, { id: `c_${i}`, tags: i % 4 === 3 ? [] : ['vip'] });
  await createFlow(database.db, { id: DOCUMENT.id, name: DOCUMENT.name, document: DOCUMENT });
  await publishVersion(database.db, DOCUMENT.id, {
    document: DOCUMENT,
    plan: compiled.plan as never,
    hash: compiled.plan.hash,
  });
  const taskQueue = 'record-audience';
  const worker = await createRutaWorker({
    connection: env.nativeConnection,
    taskQueue,
    store: new DbStore(database.db),
    bundlePath: await buildWorkflowBundle(),
  });
  await worker.runUntil(async () => {
    const input: AudienceRunInput = {
      flowId: DOCUMENT.id,
      flowVersion: 1,
      searchAttributes: true,
      batchSize: 3,
      batchesPerRun: 2,
    };
    const workflowId = `${audienceWorkflowId(DOCUMENT.id)}-2026-01-05T12:00:00Z`;
    const handle = await env.client.workflow.start(AUDIENCE_WORKFLOW_TYPE, { taskQueue, workflowId, args: [input] });
    await handle.result();
    const runs = [handle.firstExecutionRunId, (await handle.describe()).runId];
    for (const [i, runId] of runs.entries()) {
      const history = await env.client.workflow.getHandle(workflowId, runId).fetchHistory();
      const file = join(OUT, `audience-run--${i}.json`);
      writeHistory(file, history);
    }
  });
  await database.close();
}

await recordAlone(import.meta.url, recordAudienceRun);
