// The container image and the example compose file cannot be built here (no Docker engine), so this checks what
// they rely on: every command the Dockerfile runs names a file that exists, the build step that prebuilds the
// workflow bundle works, and the compose file builds the Dockerfile's targets with the settings the processes read.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT } from '../support/engine';

const dockerfile = readFileSync(join(ROOT, 'Dockerfile'), 'utf8');

/** The stages of the Dockerfile, with their CMD (exec form) and ENV pairs. */
function stages(text: string): Map<string, { cmd: string[] | null; env: Record<string, string> }> {
  const out = new Map<string, { cmd: string[] | null; env: Record<string, string> }>();
  let current: { cmd: string[] | null; env: Record<string, string> } | undefined;
  const lines = text.replace(/\\\n\s*/g, ' ').split('\n');
  for (const line of lines) {
    const from = /^FROM\s+(\S+)(?:\s+AS\s+(\S+))?/i.exec(line);
    if (from) {
      const parent = out.get(from[1]!);
      current = { cmd: parent?.cmd ?? null, env: { ...(parent?.env ?? {}) } };
      out.set(from[2] ?? from[1]!, current);
      continue;
    }
    if (!current) continue;
    if (/^CMD\s/.test(line)) current.cmd = JSON.parse(line.slice(4)) as string[];
    if (/^ENV\s/.test(line)) {
      for (const m of line.slice(4).matchAll(/([A-Z_][A-Z0-9_]*)=(\S+)/g)) current.env[m[1]!] = m[2]!;
    }
  }
  return out;
}

describe('the container image', () => {
  const all = stages(dockerfile);

  it('runs the API and the worker entry points that exist, with tsx from the installed dependencies', () => {
    expect(all.get('api')?.cmd).toEqual(['node', '--import', 'tsx', 'apps/api/src/server.ts']);
    expect(all.get('worker')?.cmd).toEqual(['node', '--import', 'tsx', 'workers/src/main.ts']);
    for (const target of ['api', 'worker']) {
      const script = all.get(target)!.cmd!.at(-1)!;
      expect(existsSync(join(ROOT, script)), script).toBe(true);
    }
    expect(existsSync(join(ROOT, 'node_modules/tsx'))).toBe(true);
  });

  it('sets settings the processes read, with valid values', async () => {
    const { workerMetricsFromEnv } = await import('@ruta/workers/logging');
    const env = all.get('worker')!.env;
    expect(workerMetricsFromEnv(env)).toEqual({ port: 9464, host: '0.0.0.0' });
    expect(all.get('api')!.env).toMatchObject({ PORT: '3000', RUTA_HOST: '0.0.0.0' });
    expect(env.RUTA_TASK_QUEUE).toBe('ruta-journeys');
  });

  it('prebuilds the workflow bundles (without and with tracing) with the script the build stage runs', () => {
    expect(dockerfile).toContain('node --import tsx scripts/build-workflow-bundle.ts');
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/build-workflow-bundle.ts'], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 180_000,
    });
    expect(r.status, r.stderr).toBe(0);
    const [plain, traced] = r.stdout.trim().split('\n');
    expect(plain).toMatch(/workflows\/dist\/journey-[0-9a-f]{16}\.js$/);
    expect(traced).toMatch(/workflows\/dist\/journey-traced-[0-9a-f]{16}\.js$/);
    expect(existsSync(plain!)).toBe(true);
    expect(existsSync(traced!)).toBe(true);
  }, 200_000);
});

describe('the example compose file', () => {
  const compose = parse(readFileSync(join(ROOT, 'deploy/compose.yaml'), 'utf8')) as {
    services: Record<
      string,
      { image?: string; build?: { context: string; target: string }; environment?: Record<string, string> }
    >;
  };

  it('runs PostgreSQL, Temporal from its own images, the API and the worker from the Dockerfile targets', () => {
    const s = compose.services;
    expect(s.postgres?.image).toMatch(/^postgres:\d+/);
    expect(s.temporal?.image).toMatch(/^temporalio\/(auto-setup|server):/);
    expect(s['temporal-ui']?.image).toMatch(/^temporalio\/ui:/);
    expect(s.api?.build).toEqual({ context: '..', target: 'api' });
    expect(s.worker?.build).toEqual({ context: '..', target: 'worker' });
    expect(existsSync(join(ROOT, 'deploy', s.api!.build!.context, 'Dockerfile'))).toBe(true);
  });

  it('points the API and the worker at the same database and Temporal, which the compose file defines', () => {
    const s = compose.services;
    for (const name of ['api', 'worker']) {
      const env = s[name]!.environment!;
      const db = new URL(env.DATABASE_URL!);
      expect(db.hostname).toBe('postgres');
      expect(db.username).toBe(s.postgres!.environment!.POSTGRES_USER);
      expect(db.pathname).toBe(`/${s.postgres!.environment!.POSTGRES_DB}`);
      expect(env.TEMPORAL_ADDRESS).toBe('temporal:7233');
    }
    expect(s.temporal!.environment!.POSTGRES_SEEDS).toBe('postgres');
  });
});
