import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compile } from '@ruta/flow';
import { FileStore } from '@ruta/workers';
import type { JourneyResult } from '@ruta/workflows/definitions';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { journeyInput, ROOT } from '../support/engine';
import { storedPath } from '../support/play';
import { withLocalServer } from '../support/temporal';

const server = withLocalServer();
// The worker processes keep their store under RUTA_DATA_DIR/store; the test reads the same files.
const dir = mkdtempSync(join(tmpdir(), 'ruta-crash-'));
const store = new FileStore(join(dir, 'store'));
const logs: string[] = [];
const children: ChildProcess[] = [];

/** A worker in its own process, as production runs it. */
function startWorkerProcess(taskQueue: string): ChildProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'workers/src/main.ts')], {
    cwd: ROOT,
    env: {
      ...process.env,
      TEMPORAL_ADDRESS: server.address,
      TEMPORAL_NAMESPACE: server.namespace,
      RUTA_TASK_QUEUE: taskQueue,
      RUTA_DATA_DIR: dir,
      RUTA_WORKFLOW_BUNDLE: inject('workflowBundle'),
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  child.stderr?.on('data', (chunk: Buffer) => logs.push(chunk.toString()));
  children.push(child);
  return child;
}

async function until(check: () => Promise<boolean>, what: string, ms = 60_000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end)
      throw new Error(`Timed out waiting for ${what}. Worker output:\n${logs.join('').slice(-2000)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('a worker killed mid-journey', () => {
  it('kill -9 after the first message: another worker finishes the journey and each message is recorded once', async () => {
    const compiled = compile(JSON.parse(readFileSync(join(ROOT, 'tests/fixtures/crash/flow.json'), 'utf8')));
    if (!compiled.ok) throw new Error(JSON.stringify(compiled.diagnostics));
    const taskQueue = 'crash-test';
    const workflowId = 'crash-journey';

    const first = startWorkerProcess(taskQueue);
    const handle = await server.client.workflow.start('journey', {
      taskQueue,
      workflowId,
      args: [
        journeyInput(
          compiled.plan,
          { customer: { id: 'c_crash' }, event: { type: 'manual', data: {} } } as never,
          'evt-crash',
          new Date().toISOString(),
        ),
      ],
    });
    await until(async () => (await store.listOutbound({ journeyId: workflowId })).length >= 1, 'the first message');
    first.kill('SIGKILL');
    await new Promise<void>((resolve) => first.once('exit', () => resolve()));
    expect(first.signalCode).toBe('SIGKILL');

    startWorkerProcess(taskQueue);
    const result = (await handle.result()) as JourneyResult;
    expect(result.status).toBe('completed');

    const sent = await store.listOutbound({ journeyId: workflowId });
    expect(sent.map((m) => m.text)).toEqual(['Mensaje 1', 'Mensaje 2', 'Mensaje 3']);
    expect(new Set(sent.map((m) => m.idempotencyKey)).size).toBe(3);
    expect(sent.every((m) => m.status === 'sent')).toBe(true);
    const { path, steps } = await storedPath(store, workflowId);
    expect(path).toEqual(['n_trigger', 'n_first', 'n_wait_1', 'n_second', 'n_wait_2', 'n_third', 'n_end']);
    expect(steps.map((s) => s.seq)).toEqual(steps.map((_, i) => i + 1));
  }, 120_000);
});

afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  for (const c of children) {
    if (c.exitCode !== null || c.signalCode !== null) continue;
    c.kill('SIGTERM');
    await new Promise((r) => c.once('exit', r));
  }
});
