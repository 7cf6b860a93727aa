import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PAYLOAD_CONVERTER_PATH } from '@ruta/temporal';
import { bundleWorkflowCode, DefaultLogger } from '@temporalio/worker';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
/** The workflow code's entry point. */
export const WORKFLOWS_ENTRY = join(ROOT, 'workflows/src/index.ts');
/** Sources whose change makes a new bundle: the workflow driver and the flow runtime (and the lockfile, below). */
const SOURCE_DIRS = [join(ROOT, 'workflows/src'), join(ROOT, 'packages/flow/src')];
/** Ruta's payload converter, bundled into the workflow code (it marks the plan a journey continues-as-new with). */
const CONVERTER_SOURCE = join(ROOT, 'packages/temporal/src/payload-converter.cjs');
/**
 * Modules the worker starts once and shares between workflows (Temporal's `preloadModules`). Workflow modules
 * otherwise start again for every workflow and stay in memory with every cached one: the flow runtime's ~40 modules
 * cost ~65 KiB and ~0.8 ms per workflow. Only modules without per-workflow state qualify: the flow runtime keeps
 * none (its caches are memos of pure functions, the cost meter lives within one synchronous evaluation, and what a
 * plan loads for its expressions is kept per plan, see expr/plan-eval.ts), and imports nothing of
 * @temporalio/workflow. The SDK deep-freezes what they export. cel-js and RE2, loaded by a running journey only for
 * plans that need them, stay per workflow.
 */
const PRELOADED = [join(ROOT, 'packages/flow/src/runtime.ts')];

async function sourceHash(extra: string[], preloaded: string[]): Promise<string> {
  const hash = createHash('sha256');
  // What is shared between workflows changes the bundle as much as its sources do.
  hash.update(`preload:${preloaded.join(',')}`);
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
  hash.update(CONVERTER_SOURCE).update(await readFile(CONVERTER_SOURCE));
  // The libraries bundled with it (cel-js, re2js, the SDK's workflow code) change with the lockfile.
  const lockfile = join(ROOT, 'package-lock.json');
  if (existsSync(lockfile)) hash.update(await readFile(lockfile));
  return hash.digest('hex').slice(0, 16);
}

/** Temporal's OpenTelemetry workflow interceptors (a span per workflow run and per activity it schedules). */
const TRACING_INTERCEPTORS = createRequire(import.meta.url).resolve(
  '@temporalio/interceptors-opentelemetry/lib/workflow-interceptors',
);

export interface BundleOptions {
  /**
   * Adds Temporal's OpenTelemetry workflow interceptors, in a bundle of its own (`<name>-traced-<hash>.js`), so a
   * worker without tracing runs the bundle it always ran. The worker must then register the `exporter` sink (see
   * `Tracing.worker` in @ruta/temporal). The interceptors add headers and spans only, never commands.
   */
  tracing?: boolean;
  /**
   * Bundles Ruta's payload converter (`PAYLOAD_CONVERTER_PATH` of @ruta/temporal), as every Ruta worker's data
   * converter expects. Default true; the engine benchmark's hand-written baseline turns it off (Temporal's default).
   */
  rutaPayloadConverter?: boolean;
  /**
   * Starts the flow runtime once per worker and shares it between workflows (see PRELOADED). Default true; the
   * engine benchmark's hand-written baseline, which does not import it, turns it off.
   */
  shareFlowRuntime?: boolean;
}

/**
 * Builds the prebuilt workflow bundle the worker loads (webpack, via Temporal's bundler), reusing the last
 * one when no workflow source changed. Returns the bundle's path. Tests and benchmarks pass another entry.
 */
export async function buildWorkflowBundle(
  outDir = join(ROOT, 'workflows/dist'),
  entry = WORKFLOWS_ENTRY,
  name = 'journey',
  options: BundleOptions = {},
): Promise<string> {
  const converter = options.rutaPayloadConverter !== false;
  // The converter too: the SDK loads it for every workflow, and it holds no state.
  const preloadModules = [
    ...(options.shareFlowRuntime !== false ? PRELOADED : []),
    ...(converter ? [PAYLOAD_CONVERTER_PATH] : []),
  ];
  const hash = await sourceHash([dirname(entry)], preloadModules);
  const path = join(
    outDir,
    `${name}${options.tracing ? '-traced' : ''}${converter ? '' : '-default-converter'}-${hash}.js`,
  );
  if (existsSync(path) && (await stat(path)).size > 0) return path;
  const { code } = await bundleWorkflowCode({
    workflowsPath: entry,
    ...(converter ? { payloadConverterPath: PAYLOAD_CONVERTER_PATH } : {}),
    preloadModules,
    ...(options.tracing ? { workflowInterceptorModules: [TRACING_INTERCEPTORS] } : {}),
    logger: new DefaultLogger('WARN'),
  });
  await mkdir(outDir, { recursive: true });
  const tmp = `${path}.${process.pid}.tmp`;
  await writeFile(tmp, code);
  await rename(tmp, path);
  return path;
}
