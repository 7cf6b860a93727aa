/**
 * A worker with a tiny workflow cache (RUTA_WORKER_MAX_CACHED_WORKFLOWS=4) on the real dev server: many journeys
 * wait for a reply while at most 4 stay in memory, so nearly all of them are evicted; each is replayed from its
 * history when its reply comes, and every one finishes on the right path with each message and step written once.
 */
import { compile } from '@ruta/flow';
import { workerTuningFromEnv } from '@ruta/workers';
import { type JourneyResult, replySignal, stateQuery } from '@ruta/workflows/definitions';
import { describe, expect, it } from 'vitest';
import { askAndThankFlow, journeyInput } from '../support/engine';
import { storedPath } from '../support/play';
import { withLocalServer } from '../support/temporal';
import { tempStore, withWorker } from '../support/worker';

const JOURNEYS = 60;
const CACHE = 4;
const server = withLocalServer();
const { store } = tempStore();
const tuning = workerTuningFromEnv({ RUTA_WORKER_MAX_CACHED_WORKFLOWS: String(CACHE) });
const { taskQueue, worker } = withWorker(server, { store, tuning });

const flow = askAndThankFlow('f_cache');

async function until(check: () => Promise<boolean>, what: string, ms = 90_000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** Runs `fn` over `items`, `width` at a time. */
async function inBatches<T, R>(items: T[], width: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = [];
  for (let i = 0; i < items.length; i += width) out.push(...(await Promise.all(items.slice(i, i + width).map(fn))));
  return out;
}

describe('a worker with a tiny workflow cache', () => {
  it(`keeps ${CACHE} of ${JOURNEYS} waiting journeys in memory, and every evicted one finishes when its reply comes`, async () => {
    expect(tuning.maxCachedWorkflows).toBe(CACHE);
    const compiled = compile(flow);
    if (!compiled.ok) throw new Error(JSON.stringify(compiled.diagnostics));
    let mostCached = 0;
    const sampler = setInterval(() => {
      mostCached = Math.max(mostCached, worker().getStatus().numCachedWorkflows);
    }, 20);
    try {
      const ids = Array.from({ length: JOURNEYS }, (_, i) => `cache-${i}`);
      const handles = await inBatches(ids, 20, (workflowId, i = Number(workflowId.slice(6))) =>
        server.client.workflow.start('journey', {
          taskQueue,
          workflowId,
          args: [
            journeyInput(
              compiled.plan,
              { customer: { id: `c_cache_${i}` }, event: { type: 'manual', data: {} } } as never,
              `evt-${workflowId}`,
              new Date().toISOString(),
            ),
          ],
        }),
      );
      // Every journey reached its wait. A query to an evicted journey makes the worker replay it first.
      await until(async () => {
        const states = await inBatches(handles, 10, (h) => h.query(stateQuery));
        return states.every((s) => s.wait?.nodeId === 'n_reply');
      }, 'every journey to wait for its reply');
      expect(worker().getStatus().numCachedWorkflows).toBeLessThanOrEqual(CACHE);

      await inBatches(handles, 20, (h) =>
        h.signal(replySignal, {
          id: `reply-${h.workflowId}`,
          text: 'sí, llegó',
          channel: 'whatsapp',
          at: new Date().toISOString(),
        }),
      );
      const results = (await inBatches(handles, 20, (h) => h.result())) as JourneyResult[];
      expect(results.map((r) => `${r.status}:${r.outcome}`)).toEqual(ids.map(() => 'completed:answered'));
      for (const r of results) expect(r.path).toEqual(['n_ask', 'n_reply', 'n_thanks', 'n_end']);

      // Replays after eviction ran no activity again and wrote no step twice.
      for (const id of ids) {
        const sent = await store.listOutbound({ journeyId: id });
        expect(sent.map((m) => m.text)).toEqual(['¿Llegó tu pedido?', 'Gracias: sí, llegó']);
        const { path, steps } = await storedPath(store, id);
        expect(path).toEqual(['n_trigger', 'n_ask', 'n_reply', 'n_thanks', 'n_end']);
        expect(steps.map((s) => s.seq)).toEqual(steps.map((_, i) => i + 1));
      }
    } finally {
      clearInterval(sampler);
    }
    expect(mostCached).toBeGreaterThan(0);
    expect(mostCached).toBeLessThanOrEqual(CACHE);
  }, 180_000);
});
