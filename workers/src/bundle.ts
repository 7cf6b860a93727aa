import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleWorkflowCode, DefaultLogger } from '@temporalio/worker';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
/** The workflow code's entry point. */
export const WORKFLOWS_ENTRY = join(ROOT, 'workflows/src/index.ts');
/** Sources whose change makes a new bundle: the workflow driver and the flow runtime. */
const SOURCE_DIRS = [join(ROOT, 'workflows/src'), join(ROOT, 'packages/flow/src')];

async function sourceHash(extra: string[]): Promise<string> {
  const hash = createHash('sha256');
  const walk = async (dir: string): Promise<void> => {
    for (const entry of (await readdir(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name))) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) await walk(path);
      else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts')) {
        hash.update(path).update(await readFile(path));
      }
    }
  };
  for (const dir of new Set([...SOURCE_DIRS, ...extra])) await walk(dir);
  return hash.digest('hex').slice(0, 16);
}

/**
 * Builds the prebuilt workflow bundle the worker loads (webpack, via Temporal's bundler), reusing the last
 * one when no workflow source changed. Returns the bundle's path. Tests and benchmarks pass another entry.
 */
export async function buildWorkflowBundle(
  outDir = join(ROOT, 'workflows/dist'),
  entry = WORKFLOWS_ENTRY,
  name = 'journey',
): Promise<string> {
  const hash = await sourceHash([dirname(entry)]);
  const path = join(outDir, `${name}-${hash}.js`);
  if (existsSync(path) && (await stat(path)).size > 0) return path;
  const { code } = await bundleWorkflowCode({
    workflowsPath: entry,
    logger: new DefaultLogger('WARN'),
  });
  await mkdir(outDir, { recursive: true });
  const tmp = `${path}.${process.pid}.tmp`;
  await writeFile(tmp, code);
  await rename(tmp, path);
  return path;
}
