/**
 * The agents' side under load, through the real API (Hono app served over HTTP on 127.0.0.1):
 *
 * - inbox list: `GET /v1/handoffs?limit=200` (what the workspace asks for) with 10,000 open cases in 20 queues, as a
 *   supervisor key reaching every queue and as an agent reaching two; baseline: `GET /v1/handoffs/{id}` in the same
 *   run, interleaved one for one.
 * - SSE fan-out: 200 connections on `GET /v1/cases/stream`; one case opened (its NOTIFY); the time until all 200 got
 *   the `case.created` event; baseline: the same with one connection, interleaved.
 *
 * The clients run in the same process as the server (2 cores here), so the fan-out figure includes parsing 200 streams.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from '@hono/node-server';
import { createApp } from '@ruta/api';
import { createApiKey, createQueue, createTicket, type Database, type Db, openDatabase, sql } from '@ruta/db';
import { openPostgresTestDatabase } from '@ruta/db/testing';
import { Client } from '@temporalio/client';

// Request logs of thousands of calls would drown the figures.
process.env.RUTA_LOG_LEVEL ??= 'warn';

export const OPEN_CASES = Number(process.env.BENCH_INBOX_CASES ?? 10_000);
export const QUEUES = 20;
export const CONNECTIONS = Number(process.env.BENCH_SSE_CONNECTIONS ?? 200);
export const TARGET_LIST_P95_MS = 100;
export const TARGET_FANOUT_MS = 1000;

const round = (x: number, d = 2) => Math.round(x * 10 ** d) / 10 ** d;

function percentile(sorted: number[], p: number): number {
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i]!;
}

export function stats(samples: number[]) {
  const s = [...samples].sort((a, b) => a - b);
  return {
    count: s.length,
    p50Ms: round(percentile(s, 50)),
    p95Ms: round(percentile(s, 95)),
    maxMs: round(s.at(-1)!),
  };
}

const PRIORITIES = ['low', 'normal', 'normal', 'high', 'urgent'] as const;

/** 10,000 open handoffs (and a quarter as many resolved) spread over the queues, in one multi-row insert per 1,000. */
async function seed(db: Db): Promise<string> {
  for (let q = 0; q < QUEUES; q++) await createQueue(db, { id: `q${q}` });
  const now = Date.now();
  const total = OPEN_CASES + OPEN_CASES / 4;
  for (let start = 0; start < total; start += 1000) {
    const values = [];
    for (let i = start; i < Math.min(total, start + 1000); i++) {
      const status = i < OPEN_CASES ? 'open' : 'resolved';
      values.push(
        sql`(${`t_bench_${i}`}, 'handoff', ${`c_${i % 3000}`}, ${`q${i % QUEUES}`}, ${PRIORITIES[i % 5]}, ${status},
          ${`Caso ${i}`}, ${new Date(now + ((i * 7919) % 86_400_000)).toISOString()}, '{}'::jsonb)`,
      );
    }
    await db.execute(
      sql`insert into tickets (id, kind, customer_id, queue, priority, status, subject, sla_deadline, detail)
          values ${sql.join(values, sql`, `)}`,
    );
  }
  await db.execute(sql`analyze tickets`);
  return 't_bench_0';
}

async function timed(url: string, headers: Record<string, string>): Promise<number> {
  const t0 = performance.now();
  const res = await fetch(url, { headers });
  await res.arrayBuffer();
  if (!res.ok) throw new Error(`${url} answered ${res.status}`);
  return performance.now() - t0;
}

/** A live stream: resolves `ready` once connected; `waitFor(caseId)` resolves when that case's creation arrives. */
function connectStream(url: string, key: string) {
  const controller = new AbortController();
  const waiters = new Map<string, () => void>();
  const seen = new Set<string>();
  const ready = (async () => {
    const res = await fetch(url, { headers: { authorization: `Bearer ${key}` }, signal: controller.signal });
    if (!res.ok || !res.body) throw new Error(`stream answered ${res.status}`);
    const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
    let resolveReady: () => void = () => {};
    const isReady = new Promise<void>((r) => {
      resolveReady = r;
    });
    void (async () => {
      let buffer = '';
      try {
        for (;;) {
          const { value, done } = await reader.read();
          if (done) return;
          buffer += value;
          let cut = buffer.indexOf('\n\n');
          while (cut >= 0) {
            const block = buffer.slice(0, cut);
            buffer = buffer.slice(cut + 2);
            if (block.startsWith('event: ready')) resolveReady();
            else if (block.startsWith('event: case.created')) {
              const id = /"caseId":"([^"]+)"/.exec(block)?.[1];
              if (id) {
                seen.add(id);
                waiters.get(id)?.();
              }
            }
            cut = buffer.indexOf('\n\n');
          }
        }
      } catch {
        // closed by the bench
      }
    })();
    await isReady;
  })();
  return {
    ready,
    waitFor: (id: string) =>
      seen.has(id) ? Promise.resolve() : new Promise<void>((resolve) => waiters.set(id, resolve)),
    close: () => controller.abort(),
  };
}

/** Measures both figures on one database. */
export async function measureOn(database: Database, driver: 'pglite' | 'postgres') {
  const t0 = performance.now();
  const oneCase = await seed(database.db);
  const seedSeconds = round((performance.now() - t0) / 1000, 1);
  const supervisorKey = (await createApiKey(database.db, { name: 'bench', scopes: ['cases:read'] })).key;
  const app = createApp({
    db: database.db,
    changes: database,
    // Never contacted: neither the list nor the stream calls Temporal.
    temporal: { client: new Client(), taskQueue: 'bench' },
    config: { rateLimit: null, authFailuresPerMinute: null, designerDir: undefined },
  });
  const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise((r) => server.once('listening', r));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const auth = { authorization: `Bearer ${supervisorKey}` };
  try {
    // A key with cases:read reaches every queue: the supervisor's inbox, the widest. One queue: an agent's.
    const list: number[] = [];
    const queueList: number[] = [];
    const one: number[] = [];
    const url = `${base}/v1/handoffs?limit=200`;
    for (let i = 0; i < 10; i++) await timed(url, auth); // warm-up
    for (let i = 0; i < 200; i++) {
      list.push(await timed(url, auth));
      one.push(await timed(`${base}/v1/handoffs/${oneCase}`, auth));
      queueList.push(await timed(`${url}&queue=q${i % QUEUES}`, auth));
    }
    const all = await timed(`${base}/v1/handoffs`, auth);
    const listStats = stats(list);
    const oneStats = stats(one);

    const fanout: number[] = [];
    const single: number[] = [];
    const streamUrl = `${base}/v1/cases/stream`;
    const many = Array.from({ length: CONNECTIONS }, () => connectStream(streamUrl, supervisorKey));
    await Promise.all(many.map((s) => s.ready));
    const alone = connectStream(streamUrl, supervisorKey);
    await alone.ready;
    for (let i = 0; i < 20; i++) {
      // 200 connections (plus the lone one, which waits for the same event)
      const a = performance.now();
      const { ticket } = await createTicket(database.db, { customerId: `c_fan_${i}`, queue: `q${i % QUEUES}` });
      await Promise.all(many.map((s) => s.waitFor(ticket.id)));
      fanout.push(performance.now() - a);
      // Baseline: the time until the lone connection has an event (the 200 get it too, unwaited for).
      const b = performance.now();
      const { ticket: t2 } = await createTicket(database.db, { customerId: `c_one_${i}`, queue: `q${i % QUEUES}` });
      await alone.waitFor(t2.id);
      single.push(performance.now() - b);
    }
    for (const s of many) s.close();
    alone.close();
    const fanStats = stats(fanout);
    const singleStats = stats(single);
    return {
      driver,
      seedSeconds,
      openCases: OPEN_CASES,
      queues: QUEUES,
      list: listStats,
      listBaseline: oneStats,
      listRatioP95: round(listStats.p95Ms / Math.max(oneStats.p95Ms, 0.01), 1),
      listOneQueue: stats(queueList),
      listAllOpenMs: round(all),
      fanout: fanStats,
      fanoutBaseline: singleStats,
      fanoutRatioP95: round(fanStats.p95Ms / Math.max(singleStats.p95Ms, 0.01), 1),
      connections: CONNECTIONS,
    };
  } finally {
    await app.runtime.cases?.close();
    server.closeAllConnections?.();
    await new Promise((r) => server.close(r));
  }
}

export async function casesOnPglite() {
  const dir = mkdtempSync(join(tmpdir(), 'ruta-bench-cases-'));
  const database = await openDatabase({ dataDir: dir, url: '' });
  try {
    return await measureOn(database, 'pglite');
  } finally {
    await database.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function casesOnPostgres() {
  let database: Database;
  try {
    database = await openPostgresTestDatabase();
  } catch (error) {
    return { driver: 'postgres' as const, skipped: (error as Error).message.split('\n')[0] };
  }
  try {
    return await measureOn(database, 'postgres');
  } finally {
    await database.close();
  }
}

type Measured = Awaited<ReturnType<typeof measureOn>>;
type Skipped = { driver: 'postgres'; skipped: string };

/** What inbox.json keeps under `cases`. */
export interface CasesFigures {
  description: string;
  target: { inboxListP95Ms: number; sseFanout200Ms: number };
  meetsTarget: boolean;
  baseline: string;
  pglite: Measured;
  postgres: Measured | Skipped;
  loadAverage: number[];
  machine: Record<string, unknown>;
}

export const CASES_HEADING = '## Inbox list and live updates';

/** The section of inbox.md for these figures. */
export function casesMarkdown(f: CasesFigures): string {
  const row = (r: Measured | Skipped) =>
    'list' in r
      ? `| ${r.driver} | ${r.list.p50Ms} | ${r.list.p95Ms} | ${r.listOneQueue.p95Ms} | ${r.listBaseline.p95Ms} | ${r.listRatioP95}× | ${r.listAllOpenMs} | ${r.fanout.p50Ms} | ${r.fanout.p95Ms} | ${r.fanoutBaseline.p95Ms} | ${r.fanoutRatioP95}× |`
      : `| ${r.driver} | not measured: ${r.skipped} | | | | | | | | | |`;
  const p = f.pglite;
  return `${CASES_HEADING}

\`inboxListP95Ms\` = **${Math.max(p.list.p95Ms, 'list' in f.postgres ? f.postgres.list.p95Ms : 0)} ms** (target < ${f.target.inboxListP95Ms} ms),
\`sseFanout200Ms\` = **${Math.max(p.fanout.p95Ms, 'list' in f.postgres ? f.postgres.fanout.p95Ms : 0)} ms** (target < ${f.target.sseFanout200Ms} ms): ${f.meetsTarget ? 'both met' : 'NOT both met'}, on the worse driver.

${p.openCases} open cases (and a quarter as many resolved) in ${p.queues} queues, the real API served over HTTP on 127.0.0.1.
The list is what the workspace asks for, \`GET /v1/handoffs?limit=200\` (the most urgent 200), with a key reaching every
queue (a supervisor's widest view), ${p.list.count} calls interleaved one for one with the baseline \`GET /v1/handoffs/{id}\`
and with one queue's list (an agent's). "All open" is one unpaged \`GET /v1/handoffs\` (all ${p.openCases}).
Fan-out: ${p.connections} connections on \`GET /v1/cases/stream\`, a case opened (its NOTIFY), time until every connection had
the \`case.created\` event; ${p.fanout.count} events, each followed by the baseline: an event awaited by one connection.
The clients parse their streams in the same process as the server (2 cores), so the fan-out figure includes that work.

| driver | list p50 ms | list p95 ms | one queue p95 ms | by id p95 ms | p95 ratio | all open ms | fan-out p50 ms | fan-out p95 ms | one connection p95 ms | p95 ratio |
| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |
${row(f.pglite)}
${row(f.postgres)}

Load average at the end: ${f.loadAverage.join(' / ')} (${String(f.machine.cores)} cores, ${String(f.machine.cpu)}).
`;
}
