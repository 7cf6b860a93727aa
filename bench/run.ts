/**
 * `npm run bench`: every benchmark, each writing bench/results/<area>.json and .md.
 * `npm run bench -- engine` runs one area; flags (`--quick`) go to every benchmark that runs.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..');
const AREAS: Record<string, string> = {
  engine: 'bench/engine/run.ts',
  sentiment: 'bench/sentiment/run.ts',
  api: 'bench/api/run.ts',
  designer: 'bench/designer/run.ts',
  channels: 'bench/channels/run.ts',
  expressions: 'bench/expressions/run.ts',
  schedules: 'bench/schedules/run.ts',
  inbox: 'bench/inbox/run.ts',
  observability: 'bench/observability/run.ts',
};

const wanted = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const flags = process.argv.slice(2).filter((a) => a.startsWith('-'));
let failed = 0;
for (const [area, script] of Object.entries(AREAS)) {
  if (wanted.length > 0 && !wanted.includes(area)) continue;
  if (!existsSync(join(ROOT, script))) continue;
  console.log(`\n=== bench: ${area}`);
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, script), ...flags], {
    cwd: ROOT,
    stdio: 'inherit',
  });
  if (r.status !== 0) {
    failed++;
    console.error(`bench ${area} failed (exit ${r.status})`);
  }
}
process.exitCode = failed > 0 ? 1 : 0;
