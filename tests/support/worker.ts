import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRutaWorker, FileStore, type KnowledgeSearch, type RutaWorkerOptions } from '@ruta/workers';
import type { Worker } from '@temporalio/worker';
import { afterAll, beforeAll, inject } from 'vitest';
import type { TemporalTestServer } from './temporal';

/** A fresh file store in a temp dir, removed after the file's tests. */
export function tempStore(options: { knowledge?: KnowledgeSearch } = {}): { store: FileStore; dir: string } {
  const dir = mkdtempSync(join(tmpdir(), 'ruta-store-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return { store: new FileStore(dir, options), dir };
}

/** Runs a Ruta worker on the test server for the whole test file. */
export function withWorker(
  server: TemporalTestServer,
  options: Omit<RutaWorkerOptions, 'connection' | 'taskQueue'> & { taskQueue?: string },
): { taskQueue: string; worker: () => Worker } {
  const taskQueue = options.taskQueue ?? `test-${Math.random().toString(36).slice(2, 10)}`;
  let worker: Worker | undefined;
  let running: Promise<void> | undefined;
  beforeAll(async () => {
    worker = await createRutaWorker({
      ...options,
      connection: server.nativeConnection,
      taskQueue,
      bundlePath: options.bundlePath ?? inject('workflowBundle'),
    });
    running = worker.run();
  });
  afterAll(async () => {
    worker?.shutdown();
    await running;
  });
  return {
    taskQueue,
    worker: () => {
      if (!worker) throw new Error('The worker is not running yet');
      return worker;
    },
  };
}
