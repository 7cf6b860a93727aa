// The local stack as `npm start` runs it (apps/api/src/local.ts: API + worker + PGlite, and the Temporal dev server
// unless TEMPORAL_ADDRESS is given), in a child process on 127.0.0.1, for tests that need the real server.
import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { ROOT } from './engine';

/** A free TCP port on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

/** A running stack process. */
export interface StackProcess {
  url: string;
  /** Everything it printed so far. */
  output(): string;
  /** Sends `signal` and waits for the process to exit (SIGTERM stops it cleanly, SIGKILL is a crash). */
  stop(signal?: NodeJS.Signals): Promise<void>;
}

/**
 * Starts the stack on `port` with `env` added to this process's (DATABASE_URL removed: PGlite under RUTA_DATA_DIR),
 * and resolves once /readyz answers 200 (database and Temporal up), or fails with what it printed.
 */
export async function startStackProcess(
  port: number,
  env: NodeJS.ProcessEnv,
  timeoutMs = 120_000,
): Promise<StackProcess> {
  const base = { ...process.env };
  delete base.DATABASE_URL;
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'apps/api/src/local.ts')], {
    cwd: ROOT,
    env: { ...base, PORT: String(port), RUTA_HOST: '127.0.0.1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (d) => {
    output += d;
  });
  child.stderr?.on('data', (d) => {
    output += d;
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async (signal: NodeJS.Signals = 'SIGTERM') => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    await exited;
  };
  const url = `http://127.0.0.1:${port}`;
  const until = Date.now() + timeoutMs;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the stack exited (${child.exitCode}):\n${output}`);
    const res = await fetch(`${url}/readyz`).catch(() => undefined);
    if (res?.status === 200) break;
    if (Date.now() > until) {
      await stop('SIGKILL');
      throw new Error(`the stack did not become ready within ${timeoutMs} ms:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return { url, output: () => output, stop };
}
