/**
 * An activity served by a worker started from a folder outside the repository appears in the designer's palette of a
 * running stack (no restart of the API), and when its contract changes incompatibly the published flow that uses it
 * shows the flag with its problems. Debian's Chromium against the real local stack.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../support/engine';
import { type Running, runToEnd, startUntil } from '../support/processes';
import { withDesignerStack } from './stack';
import { freePort } from './support';

const temporalPort = await freePort();
const stack = withDesignerStack({ TEMPORAL_PORT: String(temporalPort) });
const outside = mkdtempSync(join(tmpdir(), 'ruta-palette-'));
const pkg = join(outside, 'orders');
let worker: Running | undefined;

afterAll(async () => {
  await worker?.stop();
  rmSync(outside, { recursive: true, force: true });
});

const flow = {
  schemaVersion: 3,
  id: 'f_palette',
  name: 'Palette',
  settings: { reentry: 'every_time', transactional: true },
  nodes: [
    { id: 'n_t', kind: 'trigger.event', params: { eventType: 'order.asked' }, position: { x: 0, y: 0 } },
    {
      id: 'n_look',
      kind: 'custom',
      params: { activity: 'orders.lookupStatus', input: { id: '{{ event.data.orderId }}' } },
      position: { x: 0, y: 160 },
    },
    {
      id: 'n_if',
      kind: 'logic.branch',
      params: { branches: [{ port: 'ok', condition: 'nodes.n_look.status == "ok"' }] },
      position: { x: 0, y: 320 },
    },
    { id: 'n_end', kind: 'end', params: {}, position: { x: 0, y: 480 } },
  ],
  edges: [
    { id: 'e_1', from: 'n_t', port: 'out', to: 'n_look' },
    { id: 'e_2', from: 'n_look', port: 'out', to: 'n_if' },
    { id: 'e_3', from: 'n_if', port: 'ok', to: 'n_end' },
    { id: 'e_4', from: 'n_if', port: 'else', to: 'n_end' },
  ],
};

describe('an activity from outside the repository in the designer', () => {
  it('shows up in the palette of the running stack, and its incompatible change flags the flow', {
    timeout: 300_000,
  }, async () => {
    const made = await runToEnd('npx', ['ruta', 'new', 'activity', 'orders.lookupStatus', '--dir', pkg], ROOT);
    expect(made.code, made.output).toBe(0);
    await stack.api('POST', '/v1/flows', { document: flow });

    const context = await stack.browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'es-CL' });
    const page = await stack.open(context, '#/flows/f_palette', 'es');
    await page.waitForSelector('[data-palette="message.send"]');
    expect(await page.locator('[data-palette="custom:orders.lookupStatus"]').count()).toBe(0);

    const env = {
      RUTA_ACTIVITIES: pkg,
      RUTA_API_KEY: stack.key,
      RUTA_API_URL: stack.url,
      TEMPORAL_ADDRESS: `127.0.0.1:${temporalPort}`,
    };
    worker = await startUntil('npx', ['ruta', 'worker'], env, 'Activity worker ready: orders.lookupStatus');
    await page.reload();
    await page.locator('[data-palette="custom:orders.lookupStatus"]').waitFor({ state: 'visible', timeout: 30_000 });
    await stack.api('POST', '/v1/flows/f_palette/publish', {});

    // The output loses `status`, which the branch reads: the worker restarts with it, and the flow is flagged.
    const source = join(pkg, 'src/lookup-status.ts');
    const text = readFileSync(source, 'utf8');
    const before = 'output: z.object({ id: z.string(), status: z.string() }),';
    expect(text).toContain(before);
    writeFileSync(
      source,
      text
        .replace(before, 'output: z.object({ id: z.string() }),')
        .replace("return { id, status: String(body.status ?? 'unknown') };", 'return { id };'),
    );
    await worker.stop();
    worker = await startUntil('npx', ['ruta', 'worker'], env, 'Activity worker ready: orders.lookupStatus');
    await page.reload();
    const flag = page.locator('[data-code="activity_changed"]');
    await flag.waitFor({ state: 'visible', timeout: 30_000 });
    expect(await flag.textContent()).toContain('«status» ya no existe');
    expect(page.errors).toEqual([]);
    await context.close();
  });
});
