#!/usr/bin/env node
// Builds the designer when its bundle is missing or older than its sources (designer, flow language,
// sentiment), so `npm start` always serves what the sources say. Quiet when nothing changed.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const SOURCES = ['apps/designer/src', 'apps/designer/index.html', 'packages/flow/src', 'packages/sentiment/src'];

function newest(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let latest = 0;
  for (const entry of readdirSync(path)) latest = Math.max(latest, newest(join(path, entry)));
  return latest;
}

const index = join(ROOT, 'apps/designer/dist/index.html');
const sources = Math.max(...SOURCES.map((s) => newest(join(ROOT, s))));
if (!existsSync(index) || statSync(index).mtimeMs < sources) {
  console.log('ruta: building the designer (apps/designer/dist)…');
  const r = spawnSync('npm', ['run', 'build', '-w', '@ruta/designer'], { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
