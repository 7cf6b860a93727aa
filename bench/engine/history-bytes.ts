/**
 * What one journey's Temporal history is made of, per flow: bytes of the encoded history, hand-written vs Ruta,
 * split into the start input, activity inputs, activity results, signals, continue-as-new input and the events'
 * own overhead (everything that is not a payload). Runs one journey per flow and side on a dev server with
 * in-process workers; bytes are deterministic, so this needs no quiet machine.
 *
 *   npx tsx bench/engine/history-bytes.ts            # table on stdout
 *   npx tsx bench/engine/history-bytes.ts --json     # the figures as JSON
 *   npx tsx bench/engine/history-bytes.ts --write    # and into bench/results/engine.json / engine.md (history only)
 *   npm run bench -- engine --only=bytes             # the same table from the engine bench
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type PlanBlobStore, planPayload, rutaDataConverter, startLocalServer } from '@ruta/temporal';
import { payloadConverter as rutaPayloadConverter } from '@ruta/temporal/payload-converter';
import { buildWorkflowBundle, REPLAY_SINKS } from '@ruta/workers';
import { Client } from '@temporalio/client';
import type { DataConverter } from '@temporalio/common';
import proto from '@temporalio/proto';
import { DefaultLogger, type NativeConnection, Runtime, Worker } from '@temporalio/worker';
import { noopActivities } from './noop-activities';
import {
  HISTORY_BYTES_END,
  HISTORY_BYTES_SCOPE,
  HISTORY_BYTES_START,
  historyBytesJson,
  historyBytesMarkdown,
} from './report';
import { expectOutcome, type SideName, startOn } from './side-by-side';
import { fiveStepVariant, fourStepVariant, sampleVariants, type Variant } from './variants';

const { temporal } = proto;
type HistoryEvent = proto.temporal.api.history.v1.IHistoryEvent;

/** Bytes of one history by what they carry. */
export interface HistoryBreakdown {
  events: number;
  bytes: number;
  startInput: number;
  activityInputs: number;
  activityResults: number;
  signals: number;
  continueAsNew: number;
  otherPayloads: number;
  /** Everything that is not a payload: event ids, times, task queues, activity types, ids, retry policies… */
  overhead: number;
}

const payloadBytes = (p: proto.temporal.api.common.v1.IPayload) =>
  temporal.api.common.v1.Payload.encode(p).finish().length;
const sumPayloads = (ps?: proto.temporal.api.common.v1.IPayloads | null) =>
  (ps?.payloads ?? []).reduce((n, p) => n + payloadBytes(p), 0);

/** Splits an encoded history into what its bytes carry. */
export function breakdown(history: proto.temporal.api.history.v1.IHistory): HistoryBreakdown {
  const b: HistoryBreakdown = {
    events: history.events?.length ?? 0,
    bytes: temporal.api.history.v1.History.encode(history).finish().length,
    startInput: 0,
    activityInputs: 0,
    activityResults: 0,
    signals: 0,
    continueAsNew: 0,
    otherPayloads: 0,
    overhead: 0,
  };
  for (const e of (history.events ?? []) as HistoryEvent[]) {
    b.startInput += sumPayloads(e.workflowExecutionStartedEventAttributes?.input);
    b.activityInputs += sumPayloads(e.activityTaskScheduledEventAttributes?.input);
    b.activityResults += sumPayloads(e.activityTaskCompletedEventAttributes?.result);
    b.signals += sumPayloads(e.workflowExecutionSignaledEventAttributes?.input);
    b.continueAsNew += sumPayloads(e.workflowExecutionContinuedAsNewEventAttributes?.input);
    b.otherPayloads += sumPayloads(e.workflowExecutionCompletedEventAttributes?.result);
  }
  b.overhead =
    b.bytes - b.startInput - b.activityInputs - b.activityResults - b.signals - b.continueAsNew - b.otherPayloads;
  return b;
}

/** A worker in this process for one side, polling until `stop`. */
export async function sideWorker(
  connection: NativeConnection,
  namespace: string,
  taskQueue: string,
  bundle: string,
  dataConverter?: DataConverter,
) {
  const worker = await Worker.create({
    connection,
    namespace,
    taskQueue,
    workflowBundle: { codePath: bundle },
    activities: noopActivities(() => undefined),
    // Steps go nowhere: only the bytes of the histories count here.
    sinks: REPLAY_SINKS,
    ...(dataConverter ? { dataConverter } : {}),
  });
  const running = worker.run();
  return {
    async stop() {
      worker.shutdown();
      await running;
    },
  };
}

/** One journey of each flow on one side; its history's breakdown by flow. */
async function measureSide(
  client: Client,
  side: SideName,
  taskQueue: string,
  variants: Variant[],
): Promise<Map<string, HistoryBreakdown>> {
  const out = new Map<string, HistoryBreakdown>();
  for (const v of variants) {
    // Ids and queue names of one length on every side: they recur in events and activity inputs.
    const handle = await startOn(client, side, v, taskQueue, `${taskQueue}-${v.name}`);
    await expectOutcome(handle, v, side);
    out.set(v.name, breakdown(await handle.fetchHistory()));
  }
  return out;
}

/** A plan store in memory that counts what it holds (the bench's stand-in for Ruta's database table). */
export class CountingPlanStore implements PlanBlobStore {
  readonly blobs = new Map<string, Uint8Array>();
  writes = 0;
  async putPlanBlob(sha256: string, bytes: Uint8Array): Promise<void> {
    this.writes++;
    if (!this.blobs.has(sha256)) this.blobs.set(sha256, bytes);
  }
  async getPlanBlob(sha256: string): Promise<Uint8Array | undefined> {
    return this.blobs.get(sha256);
  }
}

/** How Ruta's side encodes payloads in a measurement. */
export type RutaEncoding = 'inline' | 'claimCheck' | 'claimCheckCompressed';
const ENCODINGS: RutaEncoding[] = ['inline', 'claimCheck', 'claimCheckCompressed'];

/** One flow: the hand-written history, Ruta's under each encoding, and the plan's bytes stored once. */
export interface FlowBytes {
  flow: string;
  hand: HistoryBreakdown;
  ruta: Record<RutaEncoding, HistoryBreakdown>;
  /** Ruta ÷ hand-written history bytes under each encoding. */
  ratio: Record<RutaEncoding, number>;
  /** The plan's payload as stored once in Ruta's database (plan_blobs.size), and its JSON inline. */
  planStoredBytes: number;
  planJsonBytes: number;
}

const round = (v: number) => Math.round(v * 1000) / 1000;

/**
 * The two sides' workflow bundles: Ruta's journey, and the hand-written baselines in a bundle of their own that keeps
 * Temporal's default payload converter and preloads nothing of Ruta's.
 */
export async function sideBundles(): Promise<Record<'ruta' | 'hand', string>> {
  return {
    ruta: await buildWorkflowBundle(),
    hand: await buildWorkflowBundle(undefined, join(import.meta.dirname, 'hand-written/index.ts'), 'hand-written', {
      rutaPayloadConverter: false,
      shareFlowRuntime: false,
    }),
  };
}

/**
 * Measures every bench flow's history bytes: hand-written (Temporal's default converter: what hand-written code
 * pays) against Ruta with the plan inline (Temporal's default converter, as before the claim check), with Ruta's
 * data converter without compression, and with Ruta's data converter as it ships (claim check + compression).
 * No encryption on either side.
 */
export async function historyBytes(): Promise<FlowBytes[]> {
  const bundles = await sideBundles();
  const variants = [fiveStepVariant(), fourStepVariant(), ...sampleVariants()];
  const env = await startLocalServer({ client: { dataConverter: undefined } });
  const namespace = env.namespace ?? 'default';
  const stores = new Map(ENCODINGS.map((e) => [e, new CountingPlanStore()]));
  const converters: Record<RutaEncoding, DataConverter | undefined> = {
    inline: undefined,
    claimCheck: rutaDataConverter({ planStore: stores.get('claimCheck')!, env: { RUTA_PAYLOAD_COMPRESSION: 'off' } }),
    claimCheckCompressed: rutaDataConverter({ planStore: stores.get('claimCheckCompressed')!, env: {} }),
  };
  const workers: { stop(): Promise<void> }[] = [];
  try {
    workers.push(await sideWorker(env.nativeConnection, namespace, 'bytes-h', bundles.hand));
    const hand = await measureSide(env.client, 'hand', 'bytes-h', variants);
    const ruta = {} as Record<RutaEncoding, Map<string, HistoryBreakdown>>;
    for (const [i, encoding] of ENCODINGS.entries()) {
      const queue = `bytes-${i}`;
      const dataConverter = converters[encoding];
      workers.push(await sideWorker(env.nativeConnection, namespace, queue, bundles.ruta, dataConverter));
      const client = new Client({ connection: env.connection, namespace, ...(dataConverter ? { dataConverter } : {}) });
      ruta[encoding] = await measureSide(client, 'ruta', queue, variants);
    }
    const stored = stores.get('claimCheckCompressed')!;
    return variants.map((v) => {
      const h = hand.get(v.name)!;
      const byEncoding = Object.fromEntries(ENCODINGS.map((e) => [e, ruta[e].get(v.name)!])) as FlowBytes['ruta'];
      // The plan's payload exactly as the claim check stores it (marked by Ruta's payload converter).
      const marked = temporal.api.common.v1.Payload.encode(
        rutaPayloadConverter.toPayload(planPayload(v.plan)),
      ).finish();
      const sha = createHash('sha256').update(marked).digest('hex');
      return {
        flow: v.name,
        hand: h,
        ruta: byEncoding,
        ratio: Object.fromEntries(
          ENCODINGS.map((e) => [e, round(byEncoding[e].bytes / h.bytes)]),
        ) as FlowBytes['ratio'],
        planStoredBytes: stored.blobs.get(sha)?.byteLength ?? Number.NaN,
        planJsonBytes: Buffer.byteLength(JSON.stringify(v.plan)),
      };
    });
  } finally {
    for (const w of workers) await w.stop();
    await env.teardown();
  }
}

/** The figures as a plain-text table. */
export function bytesTable(rows: FlowBytes[]): string {
  const cols = ['bytes', 'startInput', 'activityInputs', 'activityResults', 'signals', 'overhead', 'events'] as const;
  const lines = [`flow | side | ${cols.join(' | ')} | ratio`];
  for (const r of rows) {
    lines.push(`${r.flow} | hand | ${cols.map((c) => r.hand[c]).join(' | ')} | 1`);
    for (const e of ENCODINGS) {
      lines.push(`${r.flow} | ruta ${e} | ${cols.map((c) => r.ruta[e][c]).join(' | ')} | ${r.ratio[e]}`);
    }
    lines.push(`${r.flow} | plan stored once: ${r.planStoredBytes} bytes (JSON ${r.planJsonBytes})`);
  }
  return lines.join('\n');
}

const OLD_HISTORY_NOTE = /- History bytes: Ruta's start input carries the plan[\s\S]*?not made here\.\n/;
const NEW_HISTORY_NOTE = `- History bytes: the start input carried the plan (2.8–4.5 KB of JSON on the samples), about as much as a whole
  hand-written history of the same steps. Fetching it with an activity would record it again as the activity's
  result. Ruta's data converter now keeps the plan once per plan in its database (a claim check by sha-256) and
  only a reference in history, and deflates payloads from 256 bytes; see the section below.
`;

/**
 * Puts these history figures into the committed bench/results/engine.json and engine.md, leaving every other
 * figure (throughput, CPU, memory: they need a full run on a quiet machine) as it was.
 */
export function writeHistoryBytes(rows: FlowBytes[], dir = join(import.meta.dirname, '../results')): void {
  const jsonPath = join(dir, 'engine.json');
  const json = JSON.parse(readFileSync(jsonPath, 'utf8')) as Record<string, unknown> & {
    flows: { flow: string; history: Record<string, unknown>; historyBytesRatio: number; historyEventsRatio: number }[];
    worst: Record<string, unknown>;
    scope: Record<string, unknown>;
    note: string;
  };
  for (const f of json.flows) {
    const r = rows.find((row) => row.flow === f.flow);
    if (!r) throw new Error(`engine.json has flow ${f.flow}, which history-bytes.ts did not measure`);
    const ruta = r.ruta.claimCheckCompressed;
    f.history.hand = { events: r.hand.events, bytes: r.hand.bytes };
    f.history.ruta = { events: ruta.events, bytes: ruta.bytes };
    f.historyBytesRatio = r.ratio.claimCheckCompressed;
    f.historyEventsRatio = round(ruta.events / r.hand.events);
  }
  const worst = [...json.flows].sort((a, b) => b.historyBytesRatio - a.historyBytesRatio)[0]!;
  const five = json.flows.find((f) => f.flow === 'five-steps')!;
  json.historyBytesRatio = worst.historyBytesRatio;
  json.historyEventsRatio = five.historyEventsRatio;
  json.worst.historyBytesRatio = { flow: worst.flow, value: worst.historyBytesRatio };
  json.scope.historyBytesRatio = HISTORY_BYTES_SCOPE(worst.flow);
  const stamp = 'History figures (flows[].history, historyBytesRatio, historyEventsRatio, historyBytes) re-measured';
  json.note = `${json.note.split(` ${stamp}`)[0]} ${stamp} on ${new Date().toISOString().slice(0, 10)} by bench/engine/history-bytes.ts --write; the rest is from the last full run. flows[].dsl history ratios are from that run.`;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(json)) {
    if (k === 'historyBytes') continue;
    out[k] = v;
    if (k === 'flows') out.historyBytes = historyBytesJson(rows);
  }
  writeFileSync(jsonPath, `${JSON.stringify(out, null, 2)}\n`);

  const mdPath = join(dir, 'engine.md');
  let md = readFileSync(mdPath, 'utf8');
  md = md.replace(
    /\| historyBytesRatio \(worst flow: [^)]*\) \| [0-9.]+ \|/,
    `| historyBytesRatio (worst flow: ${worst.flow}) | ${worst.historyBytesRatio} |`,
  );
  md = md.replace(
    /\| historyEventsRatio \(five steps\) \| [0-9.]+ \|/,
    `| historyEventsRatio (five steps) | ${five.historyEventsRatio} |`,
  );
  for (const f of json.flows) {
    const h = f.history as Record<'hand' | 'ruta', { events: number; bytes: number }>;
    md = md.replace(
      new RegExp(`^(\\| ${f.flow} \\|(?: [^|]+ \\|){3}) [^|]+ \\| [^|]+ \\|$`, 'm'),
      `$1 ${h.ruta.events} ÷ ${h.hand.events} | ${h.ruta.bytes} ÷ ${h.hand.bytes} = ${f.historyBytesRatio} |`,
    );
  }
  md = md.replace(OLD_HISTORY_NOTE, NEW_HISTORY_NOTE);
  const section = historyBytesMarkdown(rows);
  const start = md.indexOf(HISTORY_BYTES_START);
  const end = md.indexOf(HISTORY_BYTES_END);
  if (start >= 0 && end > start) md = md.slice(0, start) + section + md.slice(end + HISTORY_BYTES_END.length);
  else md = md.replace("## Temporal's DSL-interpreter sample", `${section}\n\n## Temporal's DSL-interpreter sample`);
  writeFileSync(mdPath, md);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  Runtime.install({ logger: new DefaultLogger('WARN') });
  const rows = await historyBytes();
  console.log(process.argv.includes('--json') ? JSON.stringify(rows, null, 2) : bytesTable(rows));
  if (process.argv.includes('--write')) {
    writeHistoryBytes(rows);
    console.log('wrote the history figures into bench/results/engine.json and engine.md');
  }
}
