/**
 * Records the replay corpus: runs sample scenarios on a fresh in-memory dev server and writes each journey's
 * history here. Run it (`npm run record:histories`) when a flow kind is added; never to paper over a replay
 * failure — a failing replay means an interpreter change needs `patched()`.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compile } from '@ruta/flow';
import { startLocalServer } from '@ruta/temporal';
import { buildWorkflowBundle, createRutaWorker, FileStore } from '@ruta/workers';
import { closeScratchDatabase } from '@ruta/workers/simulation';
import { journeyInput, ROOT, samplePlan, sampleNames, sampleScenarios, simulateSample } from '../support/engine';
import { playOnDevServer } from '../support/play';
import { recordAudienceRun } from './record-audience';
import { recordHeld } from './record-held';
import { recordParked } from './record-parked';
import { recordTimedWaits } from './record-timed-waits';
import { scenarioKnowledge } from '../support/knowledge';
import { writeHistory } from './write-history';

const OUT = join(ROOT, 'tests/histories');
// As in the tests: no quiet hours or frequency caps, so a history's path does not depend on the hour it was recorded.
process.env.RUTA_CONTACT_RULES ??= '{"quietHours":null,"frequencyCap":null}';
// `npm run record:histories -- kb-bot` records only the named samples (a new flow kind's), keeping the others as they
// were recorded: the corpus is worth most when it holds histories written by older interpreters.
const only = process.argv.slice(2);
const env = await startLocalServer();
const knowledge = scenarioKnowledge();
const store = new FileStore(mkdtempSync(join(tmpdir(), 'ruta-record-')), { knowledge: knowledge.search });
const taskQueue = 'record-histories';
const worker = await createRutaWorker({
  connection: env.nativeConnection,
  taskQueue,
  store,
  bundlePath: await buildWorkflowBundle(),
});

await worker.runUntil(async () => {
  for (const name of sampleNames().filter((n) => only.length === 0 || only.includes(n))) {
    const plan = samplePlan(name);
    const scenarios = sampleScenarios(name).slice(0, 2);
    for (const [i, scenario] of scenarios.entries()) {
      knowledge.use(scenario);
      const sim = await simulateSample(plan, { ...scenario, start: new Date().toISOString() });
      const workflowId = `history-${name}-${i}`;
      const { handle } = await playOnDevServer(env.client, taskQueue, plan, scenario, sim, workflowId);
      const file = join(OUT, `${name}--${i}.json`);
      writeHistory(file, await handle.fetchHistory());
    }
  }
  if (only.length > 0 && !only.includes('continue-as-new')) return;
  // A journey that continues as new: the corpus covers runs that start from carried-over state.
  const loop = compile(JSON.parse(readFileSync(join(ROOT, 'tests/fixtures/continue-as-new/flow.json'), 'utf8')));
  if (!loop.ok) throw new Error('the continue-as-new fixture does not compile');
  const plan = { ...loop.plan, nodes: { ...loop.plan.nodes } };
  plan.nodes.n_wait = { ...plan.nodes.n_wait!, params: { ...plan.nodes.n_wait!.params, timeout: '1s' } };
  const handle = await env.client.workflow.start('journey', {
    taskQueue,
    workflowId: 'history-continue-as-new',
    args: [journeyInput(plan, { customer: { id: 'c_loop' }, event: { type: 'manual', data: {} } } as never, 'evt-loop', new Date().toISOString())],
  });
  await handle.result();
  const firstRun = env.client.workflow.getHandle('history-continue-as-new', handle.firstExecutionRunId);
  writeHistory(join(OUT, 'continue-as-new--0.json'), await firstRun.fetchHistory());
  const last = env.client.workflow.getHandle('history-continue-as-new');
  writeHistory(join(OUT, 'continue-as-new--1.json'), await last.fetchHistory());
});
// An audience run (a schedule's run): its own worker, on Ruta's database.
await recordAudienceRun(env);
// Journeys parked at a failed step, retried and skipped: their own worker with a failing CRM.
await recordParked(env);
// Journeys holding a message for missing data, retried (held again, then sent with the name) and skipped.
await recordHeld(env);
// A timed wait ending each way it can (reply, skip, cancel, time out): its own worker.
await recordTimedWaits(env);
await env.teardown();
await closeScratchDatabase();
