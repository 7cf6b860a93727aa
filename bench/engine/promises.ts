/**
 * Promises one journey's workflow code creates, per flow and side. The Temporal SDK records a stack trace for every
 * promise created in workflow code, so this count is much of what a journey costs the worker beyond its commands.
 * Runs one journey per flow and side on a dev server with in-process workers, then replays each history (replay
 * runs workflows on this thread) counting the promises made in the workflow sandbox's realm. Counts are
 * deterministic: this needs no quiet machine.
 *
 *   npx tsx bench/engine/promises.ts                      # every bench flow
 *   npx tsx bench/engine/promises.ts five-steps csat      # some of them
 */

import { promiseHooks } from 'node:v8';
import { rutaDataConverter, startLocalServer } from '@ruta/temporal';
import { REPLAY_SINKS } from '@ruta/workers';
import { Client } from '@temporalio/client';
import type { DataConverter } from '@temporalio/common';
import { DefaultLogger, Runtime, Worker } from '@temporalio/worker';
import { CountingPlanStore, sideBundles, sideWorker } from './history-bytes';
import { expectOutcome, startOn } from './side-by-side';
import { fiveStepVariant, fourStepVariant, sampleVariants } from './variants';

/** One flow's count on each side. */
export interface FlowPromises {
  flow: string;
  hand: number;
  ruta: number;
}

/** Promises made in the workflow sandbox (another realm: not this thread's `Promise`) while `run` runs. */
async function countSandboxPromises(run: () => Promise<void>): Promise<number> {
  let count = 0;
  const stop = promiseHooks.onInit((promise) => {
    if (!(promise instanceof Promise)) count++;
  });
  try {
    await run();
  } finally {
    stop();
  }
  return count;
}

/** Runs one journey of each flow per side, replays each history and counts its promises. */
export async function promiseCounts(flows?: string[]): Promise<FlowPromises[]> {
  const bundles = await sideBundles();
  const all = [fiveStepVariant(), fourStepVariant(), ...sampleVariants()];
  const variants = flows?.length ? all.filter((v) => flows.includes(v.name)) : all;
  const env = await startLocalServer({ client: { dataConverter: undefined } });
  const namespace = env.namespace ?? 'default';
  // Ruta's side as it ships: its data converter, the plan by reference.
  const rutaConverter: DataConverter = rutaDataConverter({ planStore: new CountingPlanStore(), env: {} });
  const rutaClient = new Client({ connection: env.connection, namespace, dataConverter: rutaConverter });
  const workers = [
    await sideWorker(env.nativeConnection, namespace, 'promises-h', bundles.hand),
    await sideWorker(env.nativeConnection, namespace, 'promises-r', bundles.ruta, rutaConverter),
  ];
  // A replay worker loads the bundle into a fresh sandbox first: replaying a history once and twice and taking the
  // difference leaves one journey's promises, without the sandbox's start.
  const replayed = (bundle: string, history: unknown, times: number, dataConverter?: DataConverter) =>
    countSandboxPromises(async () => {
      const histories = Array.from({ length: times }, (_, i) => ({ workflowId: `replay-${i}`, history }));
      for await (const r of Worker.runReplayHistories(
        { workflowBundle: { codePath: bundle }, sinks: REPLAY_SINKS, ...(dataConverter ? { dataConverter } : {}) },
        histories as Parameters<typeof Worker.runReplayHistories>[1],
      )) {
        if (r.error) throw r.error;
      }
    });
  const replay = async (bundle: string, history: unknown, dataConverter?: DataConverter) =>
    (await replayed(bundle, history, 2, dataConverter)) - (await replayed(bundle, history, 1, dataConverter));
  try {
    const out: FlowPromises[] = [];
    for (const v of variants) {
      const hand = await startOn(env.client, 'hand', v, 'promises-h', `promises-h-${v.name}`);
      await expectOutcome(hand, v, 'hand');
      const ruta = await startOn(rutaClient, 'ruta', v, 'promises-r', `promises-r-${v.name}`);
      await expectOutcome(ruta, v, 'ruta');
      out.push({
        flow: v.name,
        hand: await replay(bundles.hand, await hand.fetchHistory()),
        ruta: await replay(bundles.ruta, await ruta.fetchHistory(), rutaConverter),
      });
    }
    return out;
  } finally {
    for (const w of workers) await w.stop();
    await env.teardown();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  Runtime.install({ logger: new DefaultLogger('WARN') });
  const rows = await promiseCounts(process.argv.slice(2));
  console.log('| flow | hand-written | Ruta | Ruta ÷ hand-written |\n| --- | --- | --- | --- |');
  for (const r of rows)
    console.log(`| ${r.flow} | ${r.hand} | ${r.ruta} | ${Math.round((r.ruta / r.hand) * 100) / 100} |`);
}
