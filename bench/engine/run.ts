/**
 * Engine benchmark: the interpreter against the same five steps written by hand, on one dev server in one
 * run; compile time of a 1000-node flow; simulation time of a 30-day journey.
 * Writes bench/results/engine.json and engine.md.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compile, type FlowDocumentInput, type JourneyInput, simulate } from '@ruta/flow';
import { startLocalServer } from '@ruta/temporal';
import { buildWorkflowBundle, createRutaWorker, FileStore } from '@ruta/workers';
import type { Client } from '@temporalio/client';
import proto from '@temporalio/proto';
import { DefaultLogger, Runtime } from '@temporalio/worker';
import { machine, median } from '../machine';

const ROOT = join(import.meta.dirname, '../..');
const JOURNEYS = Number(process.env.BENCH_JOURNEYS ?? 150);
const REPS = Number(process.env.BENCH_REPS ?? 3);

function fiveStepPlan() {
  const compiled = compile(JSON.parse(readFileSync(join(ROOT, 'tests/fixtures/five-steps/flow.json'), 'utf8')));
  if (!compiled.ok) throw new Error('five-steps fixture does not compile');
  return compiled.plan;
}

async function runBatch(
  client: Client,
  type: string,
  taskQueue: string,
  input: JourneyInput,
  tag: string,
): Promise<number> {
  const started = performance.now();
  const handles = await Promise.all(
    Array.from({ length: JOURNEYS }, (_, i) =>
      client.workflow.start(type, { taskQueue, workflowId: `${tag}-${i}`, args: [input] }),
    ),
  );
  await Promise.all(handles.map((h) => h.result()));
  return JOURNEYS / ((performance.now() - started) / 1000);
}

async function historySize(client: Client, workflowId: string): Promise<{ events: number; bytes: number }> {
  const history = await client.workflow.getHandle(workflowId).fetchHistory();
  const bytes = proto.temporal.api.history.v1.History.encode(history).finish().length;
  return { events: history.events?.length ?? 0, bytes };
}

function generatedFlow(nodes: number): FlowDocumentInput {
  const list: FlowDocumentInput['nodes'] = [
    { id: 'n_trigger', kind: 'trigger.event', params: { eventType: 'bench.start' } },
  ];
  const edges: FlowDocumentInput['edges'] = [];
  let prev = 'n_trigger';
  let port = 'out';
  for (let i = 1; list.length < nodes - 1; i++) {
    const id = `n_${i}`;
    const kind = i % 4;
    if (kind === 0)
      list.push({
        id,
        kind: 'message.send',
        params: { channel: 'sms', template: `Paso ${i} para {{ customer.name }}` },
      });
    else if (kind === 1) list.push({ id, kind: 'wait.duration', params: { duration: '1h' } });
    else if (kind === 2) list.push({ id, kind: 'logic.set', params: { name: `v${i}`, value: 'customer.tier + "x"' } });
    else
      list.push({
        id,
        kind: 'logic.branch',
        params: { branches: [{ port: 'vip', condition: '"vip" in customer.tags' }] },
      });
    edges.push({ id: `e_${i}`, from: prev, port, to: id });
    if (kind === 3) {
      // The branch's `vip` port ends the journey; `else` goes on.
      const endId = `n_${i}_end`;
      list.push({ id: endId, kind: 'end', params: {} });
      edges.push({ id: `e_${i}_vip`, from: id, port: 'vip', to: endId });
      port = 'else';
    } else port = kind === 0 ? 'sent' : 'out';
    prev = id;
  }
  list.push({ id: 'n_final', kind: 'end', params: {} });
  edges.push({ id: 'e_final', from: prev, port, to: 'n_final' });
  return {
    schemaVersion: 2,
    id: 'f_bench_big',
    name: 'Big',
    settings: { reentry: 'every_time', transactional: false },
    nodes: list,
    edges,
  };
}

function thirtyDayFlow(): FlowDocumentInput {
  return {
    schemaVersion: 2,
    id: 'f_bench_30d',
    name: '30 days',
    settings: { reentry: 'every_time', transactional: false },
    nodes: [
      { id: 'n_trigger', kind: 'trigger.event', params: { eventType: 'bench.start' } },
      { id: 'n_loop', kind: 'logic.loop', params: { times: 30 } },
      {
        id: 'n_window',
        kind: 'wait.window',
        params: { window: { days: ['mon', 'tue', 'wed', 'thu', 'fri'], start: '09:00', end: '18:00', holidays: 'CL' } },
      },
      {
        id: 'n_send',
        kind: 'message.send',
        params: { channel: 'whatsapp', template: 'Día {{ string(nodes.n_loop.count) }}: hola {{ customer.name }}' },
      },
      { id: 'n_reply', kind: 'wait.reply', params: { timeout: '1d' } },
      { id: 'n_end', kind: 'end', params: {} },
    ],
    edges: [
      { id: 'e_1', from: 'n_trigger', port: 'out', to: 'n_loop' },
      { id: 'e_2', from: 'n_loop', port: 'again', to: 'n_window' },
      { id: 'e_3', from: 'n_window', port: 'out', to: 'n_send' },
      { id: 'e_4', from: 'n_send', port: 'sent', to: 'n_reply' },
      { id: 'e_5', from: 'n_reply', port: 'timeout', to: 'n_loop' },
      { id: 'e_6', from: 'n_reply', port: 'replied', to: 'n_loop' },
      { id: 'e_7', from: 'n_loop', port: 'done', to: 'n_end' },
    ],
  };
}

export async function runEngineBench(): Promise<Record<string, unknown>> {
  Runtime.install({ logger: new DefaultLogger('WARN') });
  // The engine is measured, not the contact policy: at night quiet hours would hold every send until morning.
  process.env.RUTA_CONTACT_RULES ??= JSON.stringify({ quietHours: null, frequencyCap: null });
  // Pure parts first, on a quiet machine.
  const big = generatedFlow(1000);
  const compileTimes: number[] = [];
  for (let i = 0; i < 15; i++) {
    const t = performance.now();
    const r = compile(big);
    compileTimes.push(performance.now() - t);
    if (!r.ok) throw new Error(`generated flow does not compile: ${JSON.stringify(r.diagnostics.slice(0, 3))}`);
  }
  const thirty = compile(thirtyDayFlow());
  if (!thirty.ok) throw new Error(`30-day flow does not compile: ${JSON.stringify(thirty.diagnostics)}`);
  const simTimes: number[] = [];
  let simulatedDays = 0;
  for (let i = 0; i < 15; i++) {
    const t = performance.now();
    const r = await simulate(thirty.plan, {
      name: '30 days',
      event: { type: 'bench.start' },
      customer: { id: 'c_bench', name: 'Ana', timeZone: 'America/Santiago' },
      inputs: [
        { after: '3d2h', reply: 'ok' },
        { after: '10d1h', reply: 'gracias' },
      ],
    });
    simTimes.push(performance.now() - t);
    simulatedDays = (Date.parse(r.endedAt) - Date.parse(r.startedAt)) / 86_400_000;
  }

  const env = await startLocalServer();
  const store = new FileStore(mkdtempSync(join(tmpdir(), 'ruta-bench-')));
  const bundlePath = await buildWorkflowBundle(
    undefined,
    join(ROOT, 'tests/fixtures/five-steps/workflows.ts'),
    'five-steps',
  );
  const taskQueue = 'bench-engine';
  const worker = await createRutaWorker({ connection: env.nativeConnection, taskQueue, store, bundlePath });
  const plan = fiveStepPlan();
  const input: JourneyInput = {
    plan,
    flowVersion: 1,
    event: {
      id: 'evt-bench',
      type: 'manual',
      customerId: 'c_bench',
      time: new Date().toISOString(),
      data: { text: 'El pedido llegó tarde' },
    },
    customer: { id: 'c_bench', name: 'Ana', locale: 'es' },
  };
  const hand: number[] = [];
  const interp: number[] = [];
  let sizes: { hand: { events: number; bytes: number }; journey: { events: number; bytes: number } } | undefined;
  await worker.runUntil(async () => {
    // Warm up both paths (bundle load, connections, JIT).
    await runBatch(env.client, 'handWrittenFiveSteps', taskQueue, input, 'warm-hand');
    await runBatch(env.client, 'journey', taskQueue, input, 'warm-journey');
    for (let rep = 0; rep < REPS; rep++) {
      // Alternate the order so neither side always runs on a warmer server.
      if (rep % 2 === 0) {
        hand.push(await runBatch(env.client, 'handWrittenFiveSteps', taskQueue, input, `hand-${rep}`));
        interp.push(await runBatch(env.client, 'journey', taskQueue, input, `journey-${rep}`));
      } else {
        interp.push(await runBatch(env.client, 'journey', taskQueue, input, `journey-${rep}`));
        hand.push(await runBatch(env.client, 'handWrittenFiveSteps', taskQueue, input, `hand-${rep}`));
      }
    }
    sizes = { hand: await historySize(env.client, 'hand-0-0'), journey: await historySize(env.client, 'journey-0-0') };
  });
  await env.teardown();

  const handMedian = median(hand);
  const interpMedian = median(interp);
  return {
    interpreterThroughputRatio: round(interpMedian / handMedian, 3),
    historyEventsRatio: round(sizes!.journey.events / sizes!.hand.events, 3),
    historyBytesRatio: round(sizes!.journey.bytes / sizes!.hand.bytes, 3),
    compile1000NodesMs: round(median(compileTimes), 2),
    simulate30DayJourneyMs: round(median(simTimes), 2),
    detail: {
      journeysPerBatch: JOURNEYS,
      repetitions: REPS,
      handWrittenJourneysPerSecond: hand.map((v) => round(v, 1)),
      interpreterJourneysPerSecond: interp.map((v) => round(v, 1)),
      historyPerJourney: sizes,
      simulatedDays: round(simulatedDays, 1),
      compileSamplesMs: compileTimes.map((v) => round(v, 2)),
    },
    targets: {
      interpreterThroughputRatio: '>= 0.95',
      historyEventsRatio: '1.0',
      compile1000NodesMs: '< 50',
      simulate30DayJourneyMs: '< 100',
    },
    machine: machine(),
  };
}

const round = (v: number, d: number) => Math.round(v * 10 ** d) / 10 ** d;

/** Writes the figures as JSON and a short Markdown table. */
export function writeEngineResults(results: Record<string, unknown>, dir = join(ROOT, 'bench/results')): void {
  writeFileSync(join(dir, 'engine.json'), `${JSON.stringify(results, null, 2)}\n`);
  const r = results as Record<string, number> & {
    detail: { historyPerJourney: { hand: { events: number }; journey: { events: number } } };
    machine: { cpu: string; cores: number; node: string };
  };
  const md = `# Engine benchmark

| figure | value | target |
| --- | --- | --- |
| interpreterThroughputRatio (compiled plan ÷ hand-written, median of ${(results.detail as { repetitions: number }).repetitions}) | ${r.interpreterThroughputRatio} | ≥ 0.95 |
| historyEventsRatio (${r.detail.historyPerJourney.journey.events} ÷ ${r.detail.historyPerJourney.hand.events} events) | ${r.historyEventsRatio} | 1.0 |
| historyBytesRatio | ${r.historyBytesRatio} | — |
| compile1000NodesMs | ${r.compile1000NodesMs} | < 50 |
| simulate30DayJourneyMs | ${r.simulate30DayJourneyMs} | < 100 |

Machine: ${r.machine.cpu}, ${r.machine.cores} cores, Node ${r.machine.node}. Same Temporal dev server, same run.
`;
  writeFileSync(join(dir, 'engine.md'), md);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const results = await runEngineBench();
  writeEngineResults(results);
  console.log(JSON.stringify(results, null, 2));
}
