// Child processes for end-to-end tests (the `ruta` command, a second worker, a stand-in service), started from the
// repository and stopped by the test that started them.
import { type ChildProcess, spawn } from 'node:child_process';
import { ROOT } from './engine';
import { eventually } from './eventually';

/** Runs a command to its end; resolves with its exit code and everything it printed. */
export function runToEnd(
  cmd: string,
  args: string[],
  cwd: string,
  env: NodeJS.ProcessEnv = {},
): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d) => {
      output += d;
    });
    child.stderr.on('data', (d) => {
      output += d;
    });
    child.once('exit', (code) => resolve({ code, output }));
  });
}

/** A long-running child process. */
export interface Running {
  child: ChildProcess;
  output(): string;
  /** SIGTERM, then waits for it to exit. */
  stop(): Promise<void>;
}

/** Starts a long-running command in the repository and waits until what it prints contains `ready`. */
export async function startUntil(
  cmd: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  ready: string,
  timeoutMs = 120_000,
): Promise<Running> {
  // Its own process group: `npx ruta worker` runs the worker as a child of npx, and stopping npx alone would leave
  // that worker polling after the test; the group is stopped whole.
  const child = spawn(cmd, args, {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let output = '';
  child.stdout?.on('data', (d) => {
    output += d;
  });
  child.stderr?.on('data', (d) => {
    output += d;
  });
  const running: Running = {
    child,
    output: () => output,
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((r) => child.once('exit', r));
      try {
        process.kill(-child.pid!, 'SIGTERM');
      } catch {
        child.kill('SIGTERM');
      }
      await exited;
    },
  };
  try {
    await eventually(
      `"${ready}" from ${cmd} ${args.join(' ')}`,
      async () => {
        if (child.exitCode !== null) throw new Error(`exited ${child.exitCode}`);
        return output.includes(ready) ? true : undefined;
      },
      { timeoutMs, intervalMs: 200 },
    );
  } catch (err) {
    await running.stop();
    throw new Error(`${(err as Error).message}\n${output}`);
  }
  return running;
}
