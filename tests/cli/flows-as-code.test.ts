// Flows as code: `ruta pull/push/publish/diff` against the real API app (served on loopback), through the workspace
// bin as a CI job runs it, with the exit codes a pipeline branches on.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type ServerType, serve } from '@hono/node-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { orderFlow } from '../api/flows-fixtures';
import { withApi } from '../api/support';
import { ROOT } from '../support/engine';
import { runToEnd } from '../support/processes';

const api = withApi({ worker: false });
const dir = mkdtempSync(join(tmpdir(), 'ruta-flows-'));
let server: ServerType | undefined;
let url = '';

beforeAll(async () => {
  await new Promise<void>((ready) => {
    server = serve({ fetch: api.app.fetch, port: 0, hostname: '127.0.0.1' }, (info: AddressInfo) => {
      url = `http://127.0.0.1:${info.port}`;
      ready();
    });
  });
});
afterAll(async () => {
  await new Promise<void>((done) => (server ? server.close(() => done()) : done()));
  rmSync(dir, { recursive: true, force: true });
});

const ruta = (...args: string[]) =>
  runToEnd(process.execPath, [join(ROOT, 'apps/cli/bin/ruta.mjs'), ...args], dir, {
    RUTA_API_URL: url,
    RUTA_API_KEY: api.adminKey,
    LANG: 'en_US.UTF-8',
  });

describe('ruta push, publish, pull and diff', () => {
  it('keeps a flow in a file: push creates and updates the draft, publish publishes, diff tells', {
    timeout: 120_000,
  }, async () => {
    const file = join(dir, 'f_git.flow.json');
    writeFileSync(file, JSON.stringify(orderFlow('f_git'), null, 2));

    const pushed = await ruta('push', file);
    expect(pushed.code, pushed.output).toBe(0);
    expect(pushed.output).toContain('draft of f_git');
    const diffUnpublished = await ruta('diff', file);
    expect(diffUnpublished.code, diffUnpublished.output).toBe(1);

    const published = await ruta('publish', file, '--note', 'from git');
    expect(published.code, published.output).toBe(0);
    expect(published.output).toContain('published as version 1');
    const same = await ruta('diff', file);
    expect(same.code, same.output).toBe(0);

    // A reviewed change: the wait gets longer. diff names the node and exits 1; publish makes version 2.
    const doc = JSON.parse(readFileSync(file, 'utf8'));
    doc.nodes[1].params.timeout = '2d';
    writeFileSync(file, JSON.stringify(doc, null, 2));
    const changed = await ruta('diff', file);
    expect(changed.code).toBe(1);
    expect(changed.output).toContain('~ node n_wait_paid');
    expect((await ruta('publish', file)).output).toContain('published as version 2');
    expect((await ruta('diff', file, '--version', '1')).code).toBe(1);

    const out = join(dir, 'pulled.json');
    const pulled = await ruta('pull', 'f_git', '--out', out, '--version', '2');
    expect(pulled.code, pulled.output).toBe(0);
    expect(JSON.parse(readFileSync(out, 'utf8')).nodes[1].params.timeout).toBe('2d');
    expect((await ruta('diff', out)).code).toBe(0);
  });

  it('exits 1 with the diagnostics when the flow has errors, 3 when the API refuses, 2 on a usage mistake', {
    timeout: 120_000,
  }, async () => {
    const file = join(dir, 'f_broken.flow.json');
    const doc = orderFlow('f_broken') as { edges: unknown[] };
    doc.edges = doc.edges.slice(0, 1);
    writeFileSync(file, JSON.stringify(doc));
    const refused = await ruta('publish', file);
    expect(refused.code, refused.output).toBe(1);
    expect(refused.output).toMatch(/n_wait_paid/);

    expect((await ruta('pull', 'f_nothing')).code).toBe(3);
    const badKey = await runToEnd(process.execPath, [join(ROOT, 'apps/cli/bin/ruta.mjs'), 'pull', 'f_git'], dir, {
      RUTA_API_URL: url,
      RUTA_API_KEY: 'not-a-key',
    });
    expect(badKey.code).toBe(3);
    expect((await ruta('diff')).code).toBe(2);
  });
});
