/** The engine benchmark's figures as bench/results/engine.json and a short engine.md. */
import { statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { machine } from '../machine';
import type { FlowBytes } from './history-bytes';
import type { pureFigures } from './pure';
import type { FlowFigures, Spread } from './side-by-side';
import type { WaitingFigures } from './waiting';

/** Everything one run measured. */
export interface EngineResults {
  settings: {
    mode: 'quick' | 'full';
    rounds: number;
    journeys: number;
    inFlight: number;
    memoryJourneys: number;
    crowd: number;
    cache: number;
    workerHeapMb: number;
  };
  pure: Awaited<ReturnType<typeof pureFigures>>;
  flows: FlowFigures[];
  memory: { hand: WaitingFigures; ruta: WaitingFigures };
  crowd: WaitingFigures;
  /** The same crowd with Node's default heap limit, for comparison (full runs). */
  crowdNodeDefaultHeap: WaitingFigures | null;
  bundles: { ruta: string; hand: string };
  /** Load averages (1, 5, 15 min) at the start and after each part: other engineers share the cores. */
  loadAverage: Partial<Record<'start' | 'afterThroughput' | 'afterMemory' | 'afterCrowd', [number, number, number]>>;
  /** Sample flows the bench does not run, with why. */
  unmeasuredSamples: Record<string, string>;
  /** What each journey's history bytes are made of, with and without Ruta's codecs (history-bytes.ts). */
  historyBytes: FlowBytes[];
  dslSample: { measured: true; path: string } | { measured: false; why: string };
  machine: ReturnType<typeof machine>;
}

const ROOT = join(import.meta.dirname, '../..');
const round = (v: number, d = 3) => Math.round(v * 10 ** d) / 10 ** d;
const growthKiB = (w: WaitingFigures) => ((w.rssSteadyMiB - w.rssBeforeMiB) * 1024) / w.journeys;

function worst(flows: FlowFigures[], pick: (f: FlowFigures) => number, higherIsWorse: boolean) {
  const sorted = [...flows].sort((a, b) => (higherIsWorse ? pick(b) - pick(a) : pick(a) - pick(b)));
  return { flow: sorted[0]!.flow, value: pick(sorted[0]!) };
}

/** What `historyBytesRatio` measures. */
export const HISTORY_BYTES_SCOPE = (flow: string) =>
  `the worst flow (${flow}): encoded bytes of one journey's Temporal history, Ruta with its data converter (plan by reference, payloads from 256 bytes deflated, no encryption) ÷ hand-written with Temporal's default converter; the plan's bytes stored once per plan in Ruta's database are in historyBytes.planStoredOnceBytes`;

/** The history-bytes section of engine.json: every flow under each of Ruta's encodings, and the plan stored once. */
export function historyBytesJson(rows: FlowBytes[]) {
  const worstOf = (e: keyof FlowBytes['ratio']) => Math.max(...rows.map((r) => r.ratio[e]));
  return {
    measuredBy: 'bench/engine/history-bytes.ts (one journey per flow and side; bytes are deterministic)',
    worstRatio: {
      planInline: worstOf('inline'),
      claimCheck: worstOf('claimCheck'),
      claimCheckCompressed: worstOf('claimCheckCompressed'),
    },
    planStoredOnceBytes: Object.fromEntries(rows.map((r) => [r.flow, r.planStoredBytes])),
    flows: rows.map((r) => ({
      flow: r.flow,
      hand: r.hand,
      ruta: {
        planInline: r.ruta.inline,
        claimCheck: r.ruta.claimCheck,
        claimCheckCompressed: r.ruta.claimCheckCompressed,
      },
      ratio: {
        planInline: r.ratio.inline,
        claimCheck: r.ratio.claimCheck,
        claimCheckCompressed: r.ratio.claimCheckCompressed,
      },
      planStoredOnceBytes: r.planStoredBytes,
    })),
  };
}

/** The history-bytes section of engine.md. */
export function historyBytesMarkdown(rows: FlowBytes[]): string {
  const table = rows
    .map(
      (r) =>
        `| ${r.flow} | ${r.hand.bytes} | ${r.ruta.inline.bytes} (${r.ratio.inline}) | ${r.ruta.claimCheck.bytes} (${r.ratio.claimCheck}) | ` +
        `**${r.ruta.claimCheckCompressed.bytes} (${r.ratio.claimCheckCompressed})** | ${r.planStoredBytes} |`,
    )
    .join('\n');
  return `${HISTORY_BYTES_START}
## History bytes, with and without Ruta's codecs

One journey per flow and side (\`bench/engine/history-bytes.ts\`; bytes are deterministic, so this needs no quiet
machine). Hand-written: Temporal's default converter, as hand-written code pays. Ruta: the plan inline (Temporal's
default converter, as before the claim check); the claim check only (\`RUTA_PAYLOAD_COMPRESSION=off\`); and Ruta's
data converter as it ships (claim check + payloads from 256 bytes deflated). No encryption on either side. Bytes
(ratio to hand-written); the last column is the plan's payload, stored once per published plan in Ruta's database
(\`plan_blobs\`), not per journey.

| flow | hand-written | Ruta, plan inline | claim check | claim check + compression | plan stored once |
| --- | --- | --- | --- | --- | --- |
${table}

What a journey's history holds beyond the hand-written one (\`--json\` splits it into start input, activity inputs and
results, signals and event overhead): the start input carried the plan (2.8–4.6 KB); with the claim check it holds a
34-byte reference (sha-256) plus ~90 bytes of flow version and ids; activity inputs carry the node id and journey id
for idempotency (~25 bytes each); at a handoff (sla-escalation, negative-sentiment-escalation) Ruta records two events
the baselines do not: a patch marker and the search-attribute upsert of the journey's status.
${HISTORY_BYTES_END}`;
}

/** Markers of the history-bytes section in engine.md, so history-bytes.ts --write can replace it alone. */
export const HISTORY_BYTES_START = '<!-- history-bytes:start -->';
export const HISTORY_BYTES_END = '<!-- history-bytes:end -->';

/** The JSON document: the named headline figures first, then the per-flow table and the detail. */
export function engineJson(r: EngineResults) {
  const five = r.flows.find((f) => f.flow === 'five-steps');
  if (!five) throw new Error('The five-step flow is missing from the results');
  const bytesWorst = worst(r.flows, (f) => f.historyBytesRatio, true);
  const memoryRatio = growthKiB(r.memory.ruta) / growthKiB(r.memory.hand);
  return {
    interpreterThroughputRatio: five.throughputRatio.median,
    workerCpuPerJourneyRatio: five.workerCpuPerJourneyRatio.median,
    serverCpuPerJourneyRatio: five.serverCpuPerJourneyRatio.median,
    historyEventsRatio: five.historyEventsRatio,
    historyBytesRatio: bytesWorst.value,
    memoryPerWaitingJourneyRatio: round(memoryRatio),
    waiting10k: {
      journeys: r.crowd.journeys,
      alive: r.crowd.alive,
      rssSteadyMiB: r.crowd.rssSteadyMiB,
      rssPeakMiB: r.crowd.rssPeakMiB,
      startSeconds: r.crowd.startSeconds,
      signalledCompleted: r.crowd.signalledCompleted,
      signalled: r.crowd.signalled,
      maxCachedWorkflows: r.crowd.maxCachedWorkflows,
      nodeOptions: r.crowd.nodeOptions,
      cachedWorkflows: r.crowd.cachedWorkflows,
      rssBeforeMiB: r.crowd.rssBeforeMiB,
    },
    compile1000NodesMs: r.pure.compile1000NodesMs,
    simulate30DayJourneyMs: r.pure.simulate30DayJourneyMs,
    scope: {
      interpreterThroughputRatio: 'five-steps flow, Ruta ÷ hand-written journeys per second, median of the rounds',
      workerCpuPerJourneyRatio: 'five-steps flow, worker process CPU per journey (/proc), Ruta ÷ hand-written',
      serverCpuPerJourneyRatio: 'five-steps flow, dev server process CPU per journey (/proc), Ruta ÷ hand-written',
      historyEventsRatio: 'five-steps flow, events in one journey’s history',
      historyBytesRatio: HISTORY_BYTES_SCOPE(bytesWorst.flow),
      memoryPerWaitingJourneyRatio: `RSS growth of the worker process per waiting journey at ${r.memory.ruta.journeys} waiting (delivery-delay, all cached), Ruta ÷ hand-written`,
      waiting10k: `${r.crowd.journeys} delivery-delay journeys waiting for a reply on one Ruta worker with RUTA_WORKER_MAX_CACHED_WORKFLOWS=${r.crowd.maxCachedWorkflows}${r.crowd.nodeOptions ? ` and NODE_OPTIONS=${r.crowd.nodeOptions}` : ''}`,
    },
    worst: {
      throughputRatio: worst(r.flows, (f) => f.throughputRatio.median, false),
      workerCpuPerJourneyRatio: worst(r.flows, (f) => f.workerCpuPerJourneyRatio.median, true),
      serverCpuPerJourneyRatio: worst(r.flows, (f) => f.serverCpuPerJourneyRatio.median, true),
      historyEventsRatio: worst(r.flows, (f) => f.historyEventsRatio, true),
      historyBytesRatio: bytesWorst,
    },
    waiting10kWithNodeDefaultHeap: r.crowdNodeDefaultHeap,
    flows: r.flows,
    historyBytes: historyBytesJson(r.historyBytes),
    memory: {
      flow: 'delivery-delay',
      perJourneyKiB: { hand: round(growthKiB(r.memory.hand), 1), ruta: round(growthKiB(r.memory.ruta), 1) },
      ...r.memory,
    },
    detail: {
      ...r.settings,
      bundleBytes: { ruta: statSync(r.bundles.ruta).size, hand: statSync(r.bundles.hand).size },
      simulatedDays: r.pure.simulatedDays,
      compileSamplesMs: r.pure.compileSamplesMs,
      dslInterpreterSample: r.dslSample,
    },
    loadAverage: r.loadAverage,
    unmeasuredSamples: r.unmeasuredSamples,
    targets: {
      interpreterThroughputRatio: '>= 0.95',
      workerCpuPerJourneyRatio: '<= 1.15',
      historyEventsRatio: '1.0',
      historyBytesRatio: '<= 1.15 on every sample flow',
      memoryPerWaitingJourneyRatio: '<= 1.25',
      waiting10k: 'all alive, rssPeakMiB < 1024, signalledCompleted = signalled',
      compile1000NodesMs: '< 50',
      simulate30DayJourneyMs: '< 100',
    },
    note:
      r.settings.mode === 'quick'
        ? 'A --quick run (small counts): a check that the harness works, not figures to compare.'
        : 'Measured while other work shared the 2 cores: re-measure on a quiet machine before comparing.',
    machine: r.machine,
  };
}

function dslSection(r: EngineResults): string {
  if (!r.dslSample.measured) return `Not measured: ${r.dslSample.why}.`;
  const four = r.flows.find((f) => f.flow === 'four-steps');
  if (!four?.dsl) return 'Not measured: the four-step flow did not run on it.';
  const d = four.dsl;
  return `temporalio/samples-typescript \`dsl-interpreter\` on its own bundle and worker, the same way, on the four-step flow
(its language has no timers). Ratios to the same hand-written steps:

| side | throughput | worker CPU / journey | server CPU / journey | history events | history bytes |
| --- | --- | --- | --- | --- | --- |
| Ruta | ${fmt(four.throughputRatio)} | ${fmt(four.workerCpuPerJourneyRatio)} | ${fmt(four.serverCpuPerJourneyRatio)} | ${four.historyEventsRatio} | ${four.historyBytesRatio} |
| DSL sample | ${fmt(d.throughputRatio)} | ${fmt(d.workerCpuPerJourneyRatio)} | ${fmt(d.serverCpuPerJourneyRatio)} | ${d.historyEventsRatio} | ${d.historyBytesRatio} |
`;
}

function heapComparison(c: WaitingFigures | null): string {
  if (!c) return '';
  return (
    `The same crowd with Node's default heap limit (no NODE_OPTIONS): ${c.rssSteadyMiB} MiB steady, ${c.rssPeakMiB} MiB peak ` +
    `(${c.signalledCompleted} of ${c.signalled} signalled completed). The cache bounds the live journeys; the heap limit ` +
    'makes V8 collect what evicted and finished journeys leave behind before the process grows.\n'
  );
}

const fmt = (s: Spread) => `${s.median} (${s.min}–${s.max})`;

/** Writes engine.json and engine.md. */
export function writeEngineResults(r: EngineResults, dir = join(ROOT, 'bench/results')): void {
  const j = engineJson(r);
  writeFileSync(join(dir, 'engine.json'), `${JSON.stringify(j, null, 2)}\n`);
  const rows = r.flows
    .map(
      (f) =>
        `| ${f.flow} | ${fmt(f.throughputRatio)} | ${fmt(f.workerCpuPerJourneyRatio)} | ${fmt(f.serverCpuPerJourneyRatio)} | ` +
        `${f.history.ruta.events} ÷ ${f.history.hand.events} | ${f.history.ruta.bytes} ÷ ${f.history.hand.bytes} = ${f.historyBytesRatio} |`,
    )
    .join('\n');
  const changes = r.flows
    .filter((f) => f.changes)
    .map((f) => `- ${f.flow}: ${f.changes}.`)
    .join('\n');
  const w = j.waiting10k;
  const md = `# Engine benchmark

${j.note}

Ruta's journey against the same steps written by hand as plain Temporal workflows, each side on its own workflow
bundle and worker process (the baseline gets only the customer and the event, not the plan), the same no-op
activities, one dev server. ${r.settings.rounds} interleaved rounds of ${r.settings.journeys} journeys with
${r.settings.inFlight} in flight; ratios are Ruta ÷ hand-written per round, median (min–max).

| figure | value | target |
| --- | --- | --- |
| interpreterThroughputRatio (five steps) | ${j.interpreterThroughputRatio} | ≥ 0.95 |
| workerCpuPerJourneyRatio (five steps) | ${j.workerCpuPerJourneyRatio} | ≤ 1.15 |
| serverCpuPerJourneyRatio (five steps) | ${j.serverCpuPerJourneyRatio} | — |
| historyEventsRatio (five steps) | ${j.historyEventsRatio} | 1.0 |
| historyBytesRatio (worst flow: ${j.worst.historyBytesRatio.flow}) | ${j.historyBytesRatio} | ≤ 1.15 |
| memoryPerWaitingJourneyRatio (${r.memory.ruta.journeys} waiting: ${j.memory.perJourneyKiB.ruta} ÷ ${j.memory.perJourneyKiB.hand} KiB) | ${j.memoryPerWaitingJourneyRatio} | ≤ 1.25 |
| compile1000NodesMs | ${j.compile1000NodesMs} | < 50 |
| simulate30DayJourneyMs | ${j.simulate30DayJourneyMs} | < 100 |

## Per flow (main path of each sample)

| flow | throughput | worker CPU / journey | server CPU / journey | history events | history bytes |
| --- | --- | --- | --- | --- | --- |
${rows}

Bench variants of the samples (the same change on both sides):
${changes || '- none'}

Samples not measured: ${
    Object.entries(r.unmeasuredSamples)
      .map(([name, why]) => `${name} (${why})`)
      .join('; ') || 'none'
  }.

Load average (1, 5, 15 min) while measuring: ${Object.entries(r.loadAverage)
    .map(([when, l]) => `${when} ${l?.join(' / ')}`)
    .join('; ')}.

## ${w.journeys.toLocaleString('en')} journeys waiting for a reply on one worker

RUTA_WORKER_MAX_CACHED_WORKFLOWS=${w.maxCachedWorkflows}${w.nodeOptions ? `, NODE_OPTIONS=${w.nodeOptions}` : ''}: worker RSS ${w.rssBeforeMiB} MiB before, **${w.rssSteadyMiB} MiB
steady, ${w.rssPeakMiB} MiB peak** (goal < 1024); ${w.startSeconds} s from the first start to all waiting;
${w.alive} of ${w.journeys} alive, ${w.cachedWorkflows} in the cache; ${w.signalledCompleted} of ${w.signalled}
signalled${w.journeys > w.maxCachedWorkflows ? ' (most of them evicted from the cache, so replayed first)' : ''} completed on the expected path.

${heapComparison(r.crowdNodeDefaultHeap)}
## Where Ruta's extra cost went, and what changed

Profiled with \`BENCH_WORKER_NODE_ARGS="--cpu-prof --cpu-prof-dir=…"\` on the worker processes. Workflow modules
start again for every workflow, and workflow code records a stack trace for every promise it creates:
- Expressions no longer run on cel-js in the workflow. The compiler stores each checked expression as a small JSON
  tree in the plan (\`plan.exprs\`), evaluated by \`packages/flow/src/expr/program.ts\` under the same cost meter;
  cel-js (whose standard library registered itself at every workflow's start) and RE2 start only for plans that
  need them (older plans, \`matches()\`). \`expr/program.test.ts\` compares both evaluators on every expression of
  the samples and of the expression tests (140 expressions, 120 compiled) on three contexts: same values, error
  codes and texts, and cost.
- Fewer promises (\`npx tsx bench/engine/promises.ts\` counts them: one journey per flow and side, replayed, counting
  the promises made in the workflow sandbox). Nodes that neither wait nor call run synchronously. A node that calls
  or waits hands the interpreter a \`Later\` (what it awaits and how the answer becomes its result), and the loop goes
  on in that one continuation (runJourney and the journey are not async functions); the driver no longer wraps each
  activity call to translate its failure (\`Effects.activityError\`); a journey's steps go to the sink where each
  stretch of code ends (a call, a wait, the end) rather than from a microtask. A timed wait runs only its timer in a
  cancellation scope (whose \`run\` skips the SDK's async wrapper) and lets its condition see the timer fire, instead
  of \`condition(fn, ms)\` (a scope run by an async function, racing a sleep and a condition). Five steps: 67 promises
  → 33 (hand-written 23); four steps, without the timer: 21 against 20. Commands are unchanged: the replay corpus
  replays as it was, and holds a timed wait ending each way it can (\`timed-wait--*\`: a reply, a reply sent with the
  start, skip, cancel, the timer firing), recorded with \`condition(fn, ms)\`.
- History bytes: the start input carried the plan (2.8–4.5 KB of JSON on the samples), about as much as a whole
  hand-written history of the same steps. Fetching it with an activity would record it again as the activity's
  result. Ruta's data converter now keeps the plan once per plan in its database (a claim check by sha-256) and
  only a reference in history, and deflates payloads from 256 bytes; see the section below.
- Memory per cached journey and module start-up: the bundle preloads the flow runtime and Ruta's payload converter
  (Temporal's \`preloadModules\`), so the worker starts them once and its workflows share them. Loaded the way the
  SDK's reusable context loads it, the journey bundle started 45 modules per workflow (95 KiB retained, 1.3 ms) and
  now 11 (27 KiB, 0.35 ms), against 15 (29 KiB) for the hand-written bundle. The flow runtime keeps no per-workflow
  state at module level (what a plan loads for its expressions is kept per plan), and
  \`tests/engine/workflow-modules.test.ts\` checks what each workflow starts.
- Steps: a journey sent one sink call per step, and the SDK copies the workflow's info into every sink call and posts
  it to the main thread (0.53 s against 0.06 s for the hand-written workflows in a profile of 620 five-step
  journeys). It now sends the steps of each stretch of code between two waits as one call.
- Codecs: compression tells small payloads by an upper bound of their size instead of encoding them, deflates at
  zlib's default level (the same sizes as level 9 here, in less time), and the claim check passes activations
  without a plan reference straight through.
- Still Ruta's own: a timed wait makes 12 promises against the 3 of a hand-written \`sleep\` (a cancellation scope,
  the timer, a condition and a continuation, so that replies, skip and cancel end it), and a promise's stack trace
  costs more in Ruta's deeper stacks (the SDK source-maps every frame). Beyond promises, in a profile of 600
  five-step journeys per side: rendering the messages' templates (~0.4 s), the journey's start (its handlers and
  state, ~0.5 s) and more garbage to collect (~0.4 s per thread), out of ~4 s more busy time on the workflow thread.
  And the timer's cancellation scope is entered through the SDK's AsyncLocalStorage (\`CancellationScope.run\`), whose
  first use turns on Node's async hooks for every promise and callback of the worker thread: the hand-written five
  steps never enter a scope (any workflow that receives a signal does, through the SDK's own event-group scope);
  setting the current scope otherwise is not possible, the SDK freezes its classes.

${historyBytesMarkdown(r.historyBytes)}

## Temporal's DSL-interpreter sample

${dslSection(r)}

Machine: ${r.machine.cpu}, ${r.machine.cores} cores, Node ${r.machine.node}, Temporal SDK ${r.machine.temporalSdk}.
`;
  writeFileSync(join(dir, 'engine.md'), md);
}
