/** The parent's handle on a worker process of the engine benchmark (see worker-process.ts). */
import { type ChildProcess, fork } from 'node:child_process';
import { join } from 'node:path';
import { cpuSeconds, peakRssMiB, rssMiB } from './proc';
import type { WorkerReport } from './worker-process';

const SCRIPT = join(import.meta.dirname, 'worker-process.ts');
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A worker process, started and polling. */
export class BenchWorker {
  private constructor(
    readonly label: string,
    private readonly child: ChildProcess,
  ) {}

  /** Starts a worker process on `taskQueue` with one bundle; `env` adds RUTA_WORKER_* settings. */
  static async start(options: {
    label: string;
    bundle: string;
    taskQueue: string;
    address: string;
    namespace: string;
    env?: Record<string, string>;
    /** Ruta's side: the directory of the plan store its data converter reads plans from (Temporal's default without). */
    planStoreDir?: string;
  }): Promise<BenchWorker> {
    const child = fork(SCRIPT, [], {
      // BENCH_WORKER_NODE_ARGS adds Node flags to the worker processes only, e.g. to profile them:
      // BENCH_WORKER_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof" (NODE_OPTIONS refuses --cpu-prof).
      execArgv: ['--import', 'tsx', ...(process.env.BENCH_WORKER_NODE_ARGS?.split(/\s+/).filter(Boolean) ?? [])],
      env: {
        ...process.env,
        ...options.env,
        BENCH_BUNDLE: options.bundle,
        BENCH_TASK_QUEUE: options.taskQueue,
        ...(options.planStoreDir ? { BENCH_PLAN_STORE: options.planStoreDir } : {}),
        TEMPORAL_ADDRESS: options.address,
        TEMPORAL_NAMESPACE: options.namespace,
      },
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`${options.label} worker did not start in 120 s`)), 120_000);
      child.once('exit', (code) => reject(new Error(`${options.label} worker exited at start (${code})`)));
      child.on('message', (m: { type: string }) => {
        if (m.type !== 'ready') return;
        clearTimeout(timer);
        child.removeAllListeners('exit');
        resolve();
      });
    });
    return new BenchWorker(options.label, child);
  }

  get pid(): number {
    return this.child.pid!;
  }

  /** Counts and cache figures from inside the worker. */
  status(): Promise<WorkerReport> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`${this.label} worker did not answer`)), 30_000);
      const onMessage = (m: WorkerReport) => {
        if (m.type !== 'status') return;
        clearTimeout(timer);
        this.child.off('message', onMessage);
        resolve(m);
      };
      this.child.on('message', onMessage);
      this.child.send({ type: 'status' });
    });
  }

  cpuSeconds = (): number => cpuSeconds(this.pid);
  rssMiB = (): number => rssMiB(this.pid);
  peakRssMiB = (): number => peakRssMiB(this.pid);

  /**
   * Resolves once `activities` activities have run and the worker has had no workflow task in hand for `quietMs`:
   * every journey has taken its step and is waiting. Throws after `timeoutMs`.
   */
  async settle(
    activities: number,
    timeoutMs: number,
    log?: (line: string) => void,
    quietMs = 2_000,
  ): Promise<WorkerReport> {
    const end = Date.now() + timeoutMs;
    let quietSince = 0;
    let lastLog = Date.now();
    for (;;) {
      const s = await this.status();
      if (log && Date.now() - lastLog > 30_000) {
        lastLog = Date.now();
        log(
          `${this.label}: ${s.activities}/${activities} activities, ${s.cachedWorkflows} cached, RSS ${this.rssMiB().toFixed(0)} MiB`,
        );
      }
      const idle = s.activities >= activities && s.inFlightActivations === 0 && s.inFlightActivities === 0;
      if (!idle) quietSince = 0;
      else if (!quietSince) quietSince = Date.now();
      else if (Date.now() - quietSince >= quietMs) return s;
      if (Date.now() > end) {
        throw new Error(`${this.label} worker did not settle in ${timeoutMs / 1000} s: ${JSON.stringify(s)}`);
      }
      await sleep(200);
    }
  }

  /** Median resident memory over `ms` (sampled every 250 ms), MiB. */
  async steadyRssMiB(ms = 3_000): Promise<number> {
    const samples: number[] = [];
    for (const end = Date.now() + ms; Date.now() < end; ) {
      samples.push(this.rssMiB());
      await sleep(250);
    }
    samples.sort((a, b) => a - b);
    return samples[Math.floor(samples.length / 2)]!;
  }

  /** Shuts the worker down; kills it if it has not exited in 30 s. */
  async stop(): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    const exited = new Promise<void>((r) => this.child.once('exit', () => r()));
    this.child.send({ type: 'stop' });
    const timer = setTimeout(() => this.child.kill('SIGKILL'), 30_000);
    await exited;
    clearTimeout(timer);
  }

  /** Kills the process at once (the benchmark's own time limit). */
  kill(): void {
    if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill('SIGKILL');
  }
}
