// Ruta's production processes in tests: the API (apps/api/src/server.ts) and the worker (workers/src/main.ts), each
// in its own Node process as production runs them, with their structured logs kept for the failure message.
import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { ROOT } from './engine';
import { eventually } from './eventually';

/** One spawned process and what it logged. */
export interface RutaProcess {
  readonly child: ChildProcess;
  /** stdout and stderr so far. */
  output(): string;
  /** The first value of `field` in a log line whose message is `msg` (e.g. the API's URL), once logged. */
  logged(msg: string, field: string): Promise<string>;
  /** SIGKILL, and wait for the exit. */
  kill(): Promise<void>;
}

const ENTRY = { api: 'apps/api/src/server.ts', worker: 'workers/src/main.ts' } as const;
const spawned: RutaProcess[] = [];

/**
 * Starts the API or the worker with `env` over this process's environment, logging at info (the start lines say
 * where they listen). Every process still running is stopped (SIGTERM) after the test file.
 */
export function spawnRuta(kind: keyof typeof ENTRY, env: Record<string, string>): RutaProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, ENTRY[kind])], {
    cwd: ROOT,
    env: { ...process.env, RUTA_LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let text = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    text += chunk.toString();
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    text += chunk.toString();
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const proc: RutaProcess = {
    child,
    output: () => text,
    logged: (msg, field) =>
      eventually(`the ${kind} process to log "${msg}"`, async () => {
        if (child.exitCode !== null) throw new Error(`The ${kind} process exited (${child.exitCode}):\n${text}`);
        for (const line of text.split('\n')) {
          if (!line.startsWith('{')) continue;
          try {
            const entry = JSON.parse(line) as Record<string, unknown>;
            if (entry.msg === msg && typeof entry[field] === 'string') return entry[field] as string;
          } catch {
            // a line cut in the middle: read it complete next time
          }
        }
        return undefined;
      }),
    async kill() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      await exited;
    },
  };
  spawned.push(proc);
  return proc;
}

afterAll(async () => {
  await Promise.all(
    spawned.splice(0).map(async ({ child }) => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
    }),
  );
});
