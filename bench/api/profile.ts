/**
 * CPU profile of the API process on single events (`npx tsx bench/api/profile.ts [events]`): starts a dev server and
 * the bench's API process under `--cpu-prof`, warms it up, sends `events` single events (400 by default, 32 in
 * flight, PostgreSQL when BENCH_API_DATABASE_URL is set), and prints the API's CPU per event in that phase only, by
 * package and by function, and the database statements it sent per event (each a round trip). The process's CPU
 * time (from /proc, the profiler's own cost included) is shared out by sample counts; its split between the main
 * thread and the others (V8's compiler and GC threads) is printed too. Not a benchmark (no ratio): it says where the
 * API's own milliseconds go.
 */
import type { ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { compile } from '@ruta/flow';
import { startLocalServer } from '@ruta/temporal';
import { DefaultLogger, Runtime } from '@temporalio/worker';
import { FLOW, http, publishBenchFlow, singleRate, startApi, stopApi } from './run';

interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }[];
  samples: number[];
  timeDeltas: number[];
}

const EVENTS = Number(process.argv[2] ?? 400);
Runtime.install({ logger: new DefaultLogger('WARN') });
if (!compile(FLOW).ok) throw new Error('bench flow does not compile');
const dir = mkdtempSync(join(tmpdir(), 'ruta-api-prof-'));
// BENCH_API_CPU_ONLY=1: no profiler, only the process's CPU time per event (from /proc), which the profiler inflates.
const cpuOnly = process.env.BENCH_API_CPU_ONLY === '1';
if (!cpuOnly) process.env.BENCH_API_NODE_ARGS = `--cpu-prof --cpu-prof-dir=${dir}`;
const statementsFile = join(dir, 'statements.json');
process.env.BENCH_API_STATEMENTS_FILE = statementsFile;
/** The API's statements so far, by statement (see countStatements in server.ts), after a pause to let them settle. */
const statements = async (api: ChildProcess): Promise<Record<string, number>> => {
  await new Promise((r) => setTimeout(r, 300));
  rmSync(statementsFile, { force: true });
  api.kill('SIGUSR2');
  while (!existsSync(statementsFile)) await new Promise((r) => setTimeout(r, 20));
  await new Promise((r) => setTimeout(r, 20));
  return JSON.parse(readFileSync(statementsFile, 'utf8')) as Record<string, number>;
};
/** CPU time (user + system) of a process so far, in ms (Linux). */
const cpuOf = (pid: number) => {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
};
/** CPU time (ms) of each thread of a process so far: the main thread, and the others together (Linux). */
const threadsOf = (pid: number) => {
  const out = new Map<string, number>();
  for (const tid of readdirSync(`/proc/${pid}/task`)) {
    try {
      const stat = readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8');
      const name = tid === String(pid) ? 'main' : `${stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'))}/${tid}`;
      const fields = stat.slice(stat.lastIndexOf(') ') + 2).split(' ');
      out.set(name, (out.get(name) ?? 0) + ((Number(fields[11]) + Number(fields[12])) * 1000) / 100);
    } catch {
      // The thread ended meanwhile.
    }
  }
  return out;
};
const env = await startLocalServer();
const spawned = performance.now();
const { child, port, key } = await startApi(env.address, process.env.BENCH_API_DATABASE_URL);
const api = http(`http://127.0.0.1:${port}`, key);
let window: [number, number];
/** The API process's CPU per event in the window (all its threads), from /proc. */
let cpuPerEvent = 0;
try {
  await publishBenchFlow(api);
  // BENCH_API_WARM_ROUNDS: rounds of 400 single events before the measured one (V8 keeps optimizing for thousands).
  for (let i = 0; i < Number(process.env.BENCH_API_WARM_ROUNDS ?? 3); i++) await singleRate(api, `warm-${i}`, 400);
  await new Promise((r) => setTimeout(r, 500));
  const sent = await statements(child);
  const from = performance.now() - spawned;
  const cpu = cpuOf(child.pid!);
  const threads = threadsOf(child.pid!);
  const rate = await singleRate(api, 'profiled', EVENTS);
  window = [from, performance.now() - spawned];
  cpuPerEvent = (cpuOf(child.pid!) - cpu) / EVENTS;
  console.log(
    `API process CPU ${cpuPerEvent.toFixed(2)} ms/event, ${rate.toFixed(0)} events/s, load average ${loadavg()[0]!.toFixed(2)}`,
  );
  // The main thread runs the event loop; the others are V8's (GC, compiler) and libuv's pool (file writes, crypto).
  const byThread = [...threadsOf(child.pid!)]
    .map(([name, ms]) => [name, (ms - (threads.get(name) ?? 0)) / EVENTS] as const)
    .filter(([, ms]) => ms > 0)
    .sort((a, b) => b[1] - a[1]);
  console.log(`By thread: ${byThread.map(([name, ms]) => `${name} ${ms.toFixed(2)}`).join(', ')} ms/event`);
  // Deferred writes (an answer's confirmation) land shortly after the last answer: statements() waits for them.
  const delta = Object.entries(await statements(child))
    .map(([text, n]) => [text, n - (sent[text] ?? 0)] as const)
    .filter(([, n]) => n > 0)
    .sort((a, b) => b[1] - a[1]);
  const total = delta.reduce((s, [, n]) => s + n, 0);
  console.log(
    `Database statements (round trips): ${(total / EVENTS).toFixed(3)} per event\n${delta.map(([text, n]) => `${(n / EVENTS).toFixed(3).padStart(7)} per event  ${text}`).join('\n')}`,
  );
} finally {
  await stopApi(child);
  await env.teardown();
}

if (cpuOnly) process.exit(0);
// The main thread's profile (the first one written), sampled from about when the process was spawned.
const file = readdirSync(dir)
  .filter((f) => f.endsWith('.cpuprofile'))
  .sort()[0]!;
const p = JSON.parse(readFileSync(join(dir, file), 'utf8')) as CpuProfile;
const byId = new Map(p.nodes.map((n) => [n.id, n]));
const parentOf = new Map<number, number>();
for (const n of p.nodes) for (const c of n.children ?? []) parentOf.set(c, n.id);
const label = (id: number) => {
  const f = byId.get(id)!.callFrame;
  return `${f.functionName || '(anonymous)'} ${f.url.replace(/.*node_modules\//, '').replace(/^file:\/\/.*?\/(apps|packages|bench)\//, '$1/')}:${f.lineNumber}`;
};
const pkgOf = (id: number) => {
  const url = byId.get(id)!.callFrame.url;
  const m = /node_modules\/((@[^/]+\/)?[^/]+)/.exec(url) ?? /\/((apps|packages)\/[^/]+)\//.exec(url);
  return m ? m[1]! : url.startsWith('node:') ? 'node' : url || byId.get(id)!.callFrame.functionName;
};
const self = new Map<string, number>();
const inclusive = new Map<string, number>();
const packages = new Map<string, number>();
// Each sample charged to the nearest frame of Ruta's own code up its stack: which of our calls the time is spent under.
const ours = new Map<string, number>();
const isOurs = (id: number) =>
  /\/(apps|packages)\//.test(byId.get(id)!.callFrame.url) && !byId.get(id)!.callFrame.url.includes('node_modules');
// Each sample counts once: its time delta is wall time, which on a busy machine includes the time the process waited
// for a core and would charge that wait to whatever function happened to be sampled next.
const dt = 1;
let busy = 0;
let t = 0;
const add = (m: Map<string, number>, k: string, v: number) => m.set(k, (m.get(k) ?? 0) + v);
for (let i = 0; i < p.samples.length; i++) {
  t += (p.timeDeltas[i] ?? 0) / 1000;
  const id = p.samples[i]!;
  if (t < window[0] || t > window[1] || byId.get(id)!.callFrame.functionName === '(idle)') continue;
  busy += dt;
  add(self, label(id), dt);
  add(packages, pkgOf(id), dt);
  let mine: number | undefined = id;
  while (mine !== undefined && !isOurs(mine)) mine = parentOf.get(mine);
  add(ours, mine === undefined ? '(no frame of ours)' : label(mine), dt);
  const seen = new Set<string>();
  for (let x: number | undefined = id; x !== undefined; x = parentOf.get(x)) {
    const l = label(x);
    if (!seen.has(l)) add(inclusive, l, dt);
    seen.add(l);
  }
}
const top = (m: Map<string, number>, n: number) =>
  [...m]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([k, v]) => `${((v / busy) * cpuPerEvent).toFixed(3).padStart(7)} ms/event  ${k}`)
    .join('\n');
// Every function's inclusive time, for grep.
writeFileSync(join(dir, 'inclusive.txt'), `${top(inclusive, inclusive.size)}\n`);
console.log(
  `API CPU on ${EVENTS} single events: ${cpuPerEvent.toFixed(2)} ms/event shared out by ${busy} busy samples of the main thread over ${((window[1] - window[0]) / 1000).toFixed(1)} s; load average ${loadavg()[0]!.toFixed(2)}; profile ${join(dir, file)}, inclusive times in ${join(dir, 'inclusive.txt')}`,
);
console.log(
  `--- by package\n${top(packages, 20)}\n--- under our nearest frame\n${top(ours, 30)}\n--- self\n${top(self, 30)}\n--- inclusive\n${top(inclusive, 60)}`,
);
