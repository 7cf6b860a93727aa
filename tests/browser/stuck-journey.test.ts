/**
 * A stuck journey in the designer, in Debian's Chromium against the real local stack: the journey list marks it as
 * needing attention (and can show only those), its drawer says what is wrong in plain words, a cancel it cannot take
 * opens the in-app terminate confirmation, which asks for a reason, and terminating ends it with that reason.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type LocalStack, startLocalStack } from '@ruta/api';
import { buildWorkflowBundle } from '@ruta/workers';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { E2E_ADMIN, ensureDesignerBuilt, freePort, launch, ROOT, shot, signInContext } from './support';

let stack: LocalStack;
let browser: Browser;
let dataDir: string;
const KEY = 'ruta_e2e_stuck_admin_key_0123456789ab';

async function api<T>(method: string, path: string, body?: unknown): Promise<T> {
  const res = await fetch(`${stack.url}${path}`, {
    method,
    headers: { authorization: `Bearer ${KEY}`, ...(body ? { 'content-type': 'application/json' } : {}) },
    ...(body ? { body: JSON.stringify(body) } : {}),
  });
  const text = await res.text();
  if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${text}`);
  return (text ? JSON.parse(text) : undefined) as T;
}

beforeAll(async () => {
  ensureDesignerBuilt();
  dataDir = mkdtempSync(join(tmpdir(), 'ruta-stuck-'));
  const [temporalPort, uiPort] = [await freePort(), await freePort()];
  stack = await startLocalStack({
    dataDir,
    port: 0,
    // The journey with a test-only signal that makes its workflow task fail for good.
    bundlePath: await buildWorkflowBundle(undefined, join(ROOT, 'tests/fixtures/wedged/workflows.ts'), 'wedged'),
    env: {
      ...process.env,
      TEMPORAL_PORT: String(temporalPort),
      TEMPORAL_UI_PORT: String(uiPort),
      RUTA_ADMIN_KEY: KEY,
      RUTA_ADMIN_EMAIL: E2E_ADMIN.email,
      RUTA_ADMIN_PASSWORD: E2E_ADMIN.password,
      TEMPORAL_ADDRESS: '',
      DATABASE_URL: '',
    },
  });
  browser = await launch();
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await stack?.stop();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
}, 120_000);

describe('a stuck journey in the designer', () => {
  it('is marked as needing attention, and is terminated with a reason through the in-app confirmation', async () => {
    await api('POST', '/v1/flows', { template: 'delivery-delay' });
    await api('POST', '/v1/flows/f_delivery_delay/publish', { note: 'v1' });
    await api('PUT', '/v1/customers/c_stuck', { name: 'Lucía', phone: '+56911112222' });
    const started = await api<{ journeys: { workflowId: string }[] }>('POST', '/v1/events', {
      id: 'evt_stuck_1',
      type: 'delivery.delayed',
      customerId: 'c_stuck',
      data: { eta: 'mañana', orderId: 'A-1' },
    });
    const id = started.journeys[0]!.workflowId;
    const path = `/v1/journeys/${encodeURIComponent(id)}`;
    await expect
      .poll(async () => (await api<{ wait: unknown }>('GET', path)).wait !== null, { timeout: 60_000 })
      .toBe(true);
    const handle = stack.app.runtime.client.workflow.getHandle(id);
    await handle.signal('test.wedge', { message: 'Branch n_branch: the condition ran out of time' });
    // Looked at once (as the background check or anyone opening it would), the journey is flagged in the store.
    await expect
      .poll(async () => (await api<{ attention: { kind: string } | null }>('GET', path)).attention?.kind, {
        timeout: 60_000,
      })
      .toBe('workflow_task_failing');

    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'en-US' });
    const page = await context.newPage();
    page.on('pageerror', (e) => console.error('pageerror:', e.message));
    await signInContext(context, stack.url, E2E_ADMIN, 'en');
    await page.goto(`${stack.url}/#/flows/f_delivery_delay`);
    await page.waitForSelector('.react-flow');
    await page.getByRole('tab', { name: 'Watch' }).click();
    const row = page.locator('table.journeys tr', { hasText: 'c_stuck' });
    await expect.poll(() => row.count(), { timeout: 60_000 }).toBe(1);
    await expect.poll(() => row.textContent()).toContain('Needs attention');
    await page.getByTestId('attention-only').check();
    await expect.poll(() => page.locator('table.journeys tbody tr').count(), { timeout: 60_000 }).toBe(1);

    await row.getByRole('button', { name: 'Open' }).click();
    const drawer = page.getByTestId('journey-detail');
    await expect
      .poll(() => drawer.getByTestId('journey-attention').textContent(), { timeout: 60_000 })
      .toContain('The journey is stuck');
    expect(await drawer.getByTestId('journey-attention').textContent()).toContain('the condition ran out of time');

    // Cancel cannot be delivered to a stuck journey: the answer opens the terminate confirmation, in the app.
    let nativeDialog = false;
    page.on('dialog', () => {
      nativeDialog = true;
    });
    await drawer.getByRole('button', { name: 'Cancel journey' }).click();
    // The drawer asks first, in the app; the answer to the cancel itself opens the terminate confirmation.
    await drawer
      .getByRole('group', { name: /^Cancel .*journey\?$/ })
      .getByRole('button', { name: 'Yes' })
      .click();
    const dialog = page.getByTestId('terminate-dialog');
    await expect.poll(() => dialog.isVisible(), { timeout: 60_000 }).toBe(true);
    expect(await dialog.textContent()).toContain('It cannot be cancelled: the journey is stuck');
    await shot(page, '09-watch-stuck-terminate');
    // A reason is required.
    await page.getByTestId('terminate-confirm').click();
    expect(await dialog.textContent()).toContain('Write the reason.');
    await page.getByTestId('terminate-reason').fill('Stuck at the branch; ticket OPS-12');
    await page.getByTestId('terminate-confirm').click();
    await expect.poll(() => dialog.count(), { timeout: 60_000 }).toBe(0);
    await expect.poll(() => drawer.textContent(), { timeout: 60_000 }).toContain('Terminated');
    expect(await drawer.getByTestId('journey-end-reason').textContent()).toBe(
      'Reason: Stuck at the branch; ticket OPS-12',
    );
    expect(nativeDialog).toBe(false);
    await shot(page, '10-watch-terminated');

    const row2 = await api<{ status: string; endReason: string }>('GET', path);
    expect(row2).toMatchObject({ status: 'terminated', endReason: 'Stuck at the branch; ticket OPS-12' });
    expect((await handle.describe()).status.name).toBe('TERMINATED');
    await context.close();
  });
});
