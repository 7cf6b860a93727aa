/**
 * Workflow modules start again for every workflow, so the journey workflow must not start cel-js (its standard
 * library registers itself at start) or RE2 for a plan whose expressions are compiled: both may only be reached
 * through the dynamic imports of expr/plan-eval.ts. Reads the static import graph of the workflow entry.
 */
import { WORKFLOWS_ENTRY } from '@ruta/workers';
import { build, type Metafile } from 'esbuild';
import { describe, expect, it } from 'vitest';

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
    const result = await build({
      entryPoints: [WORKFLOWS_ENTRY],
      bundle: true,
      write: false,
      metafile: true,
      platform: 'node',
      format: 'esm',
      external: ['@temporalio/*'],
      logLevel: 'silent',
    });
    const inputs = Object.keys(result.metafile.inputs);
    const entry = inputs.find((p) => p.endsWith('workflows/src/index.ts'));
    expect(entry).toBeDefined();
    const reachable = [...staticallyReachable(result.metafile, entry!)];
    const heavy = (p: string) => p.includes('@marcbachmann/cel-js') || p.includes('/re2js/');
    // Both are in the bundle (older plans and matches() still need them)…
    expect(inputs.some((p) => p.includes('@marcbachmann/cel-js'))).toBe(true);
    expect(inputs.some((p) => p.includes('/re2js/'))).toBe(true);
    // …but nothing a compiled plan runs imports them.
    expect(reachable.filter(heavy)).toEqual([]);
    expect(reachable.some((p) => p.endsWith('packages/flow/src/expr/program.ts'))).toBe(true);
  });
});
