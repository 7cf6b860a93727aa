/**
 * Workflow modules start again for every workflow, except those the bundle preloads (the flow runtime), so the
 * journey workflow must not start cel-js (its standard library registers itself at start) or RE2 for a plan whose
 * expressions are compiled: both may only be reached through the dynamic imports of expr/plan-eval.ts. Reads the
 * static import graph of the workflow entry, and loads the bundle as the SDK does to see what each workflow starts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import { WORKFLOWS_ENTRY } from '@ruta/workers';
import { build, type Metafile } from 'esbuild';
import { describe, expect, inject, it } from 'vitest';
import { ROOT } from '../support/engine';

/** The flow runtime, which the workflow bundle preloads: started once per worker, shared by its workflows. */
const RUNTIME = join(ROOT, 'packages/flow/src/runtime.ts');

/** The import graph of `entry` (esbuild's metafile), the SDK's packages left out. */
async function metafileOf(entry: string): Promise<Metafile> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    write: false,
    metafile: true,
    platform: 'node',
    format: 'esm',
    external: ['@temporalio/*'],
    logLevel: 'silent',
  });
  return result.metafile;
}

/** Modules reachable from `entry` through static imports only. */
function staticallyReachable(meta: Metafile, entry: string): Set<string> {
  const seen = new Set<string>();
  const stack = [entry];
  while (stack.length > 0) {
    const path = stack.pop()!;
    if (seen.has(path)) continue;
    seen.add(path);
    for (const imp of meta.inputs[path]?.imports ?? []) {
      if (imp.kind !== 'dynamic-import' && !imp.external) stack.push(imp.path);
    }
  }
  return seen;
}

describe('the journey workflow’s modules', () => {
  it('reach cel-js and RE2 only through dynamic imports', async () => {
    const metafile = await metafileOf(WORKFLOWS_ENTRY);
    const inputs = Object.keys(metafile.inputs);
    const entry = inputs.find((p) => p.endsWith('workflows/src/index.ts'));
    expect(entry).toBeDefined();
    const reachable = [...staticallyReachable(metafile, entry!)];
    const heavy = (p: string) => p.includes('@marcbachmann/cel-js') || p.includes('/re2js/');
    // Both are in the bundle (older plans and matches() still need them)…
    expect(inputs.some((p) => p.includes('@marcbachmann/cel-js'))).toBe(true);
    expect(inputs.some((p) => p.includes('/re2js/'))).toBe(true);
    // …but nothing a compiled plan runs imports them.
    expect(reachable.filter(heavy)).toEqual([]);
    expect(reachable.some((p) => p.endsWith('packages/flow/src/expr/program.ts'))).toBe(true);
  });
});

/**
 * The modules a workflow starts for itself in `bundle`, loaded the way the SDK's reusable V8 context loads it: one
 * module cache shared by all workflows, filled before any workflow exists (the SDK's own modules and the bundle's
 * preloaded ones), and one cache per workflow for whatever its import starts beyond those.
 */
function modulesStartedPerWorkflow(bundle: string): string[] {
  const context = vm.createContext({}, { microtaskMode: 'afterEvaluate' });
  const shared = new Map<PropertyKey, unknown>();
  let perWorkflow: Map<PropertyKey, unknown> | null = null;
  const cache = new Proxy(
    {},
    {
      get: (_, id) => shared.get(id) ?? perWorkflow?.get(id),
      set: (_, id, module) => {
        (perWorkflow ?? shared).set(id, module);
        return true;
      },
    },
  );
  Object.defineProperty(context, '__webpack_module_cache__', { value: cache });
  Object.assign(context, { TextEncoder, TextDecoder });
  vm.runInContext(readFileSync(bundle, 'utf8'), context);
  vm.runInContext('__TEMPORAL__.preloadModules?.()', context);
  perWorkflow = new Map();
  vm.runInContext('__TEMPORAL__.importWorkflows()', context);
  return [...perWorkflow.keys()].map(String);
}

describe('what each workflow starts for itself', () => {
  it('is the workflow modules, not the flow runtime: the worker starts that once and shares it', () => {
    const started = modulesStartedPerWorkflow(inject('workflowBundle'));
    expect(started.filter((id) => id.includes('/workflows/src/')).length).toBeGreaterThan(0);
    // Every cached journey would otherwise hold its own copy of ~40 modules (~65 KiB) and start them again.
    expect(started.filter((id) => id.includes('/packages/'))).toEqual([]);
  });

  it('shares nothing that reaches the SDK’s workflow API (its state is per workflow)', async () => {
    const imports = Object.values((await metafileOf(RUNTIME)).inputs).flatMap((i) => i.imports.map((x) => x.path));
    expect(imports.filter((p) => p.startsWith('@temporalio/'))).toEqual([]);
  });
});
