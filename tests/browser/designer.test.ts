/**
 * The designer end to end, in Debian's Chromium against the real local stack (Temporal dev server, PGlite,
 * worker, API serving the built designer): build a flow from scratch by drag and drop, see a validation
 * error on a node, fix it, publish, simulate with a customer reply and see the path; then start a journey
 * through the API and see it on the canvas. Screenshots of each step go to tests/artifacts/screenshots.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { mouseDrag, publishShots, shot, withDesignerStack } from './support';

const ui = withDesignerStack('e2e');
let flowId = '';

/** The designer's test hooks (apps/designer/src/bench-hooks.ts), as seen from the page. */
type RutaHooks = {
  __ruta?: {
    editor: {
      getState(): { flowId: string | null; doc: { nodes: { id: string; params: Record<string, unknown> }[] } };
    };
  };
};

async function api<T>(method: string, path: string, body?: unknown): Promise<T> {
  const res = await fetch(`${ui.stack.url}${path}`, {
    method,
    headers: { authorization: `Bearer ${ui.key}`, ...(body ? { 'content-type': 'application/json' } : {}) },
    ...(body ? { body: JSON.stringify(body) } : {}),
  });
  const text = await res.text();
  if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${text}`);
  return (text ? JSON.parse(text) : undefined) as T;
}

const open = (context: BrowserContext, hash = ''): Promise<Page> => ui.open(context, hash);

describe('designer in Chromium', () => {
  it('builds a flow by drag and drop, shows and fixes an error, publishes and simulates a reply', async () => {
    const context = await ui.browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'es-CL' });
    const page = await open(context);
    await page.getByTestId('new-flow').click();
    await page.waitForSelector('.react-flow');
    await page.getByLabel('Nombre del flujo').fill('Pago fallido (E2E)');
    // A failed-payment notice is transactional: it is sent even in quiet hours (the test may run at night).
    await page.getByLabel(/^Transaccional/).check();

    // Drag a trigger and a message from the palette onto the canvas.
    await page
      .locator('[data-palette="trigger.event"]')
      .dragTo(page.locator('.react-flow__pane'), { targetPosition: { x: 420, y: 70 } });
    await page.getByLabel(/^Tipo de evento/).fill('payment.failed');
    await page
      .locator('[data-palette="message.send"]')
      .dragTo(page.locator('.react-flow__pane'), { targetPosition: { x: 420, y: 300 } });
    await expect.poll(() => page.locator('.react-flow__node-step').count()).toBe(2);

    // Connect the trigger's port to the message with the mouse.
    await mouseDrag(
      page,
      '[data-testid="node-n_trigger_event"] .react-flow__handle[data-handleid="out"]',
      '[data-testid="node-n_message_send"] .handle-in',
    );
    await expect.poll(() => page.locator('.react-flow__edge').count()).toBe(1);

    // The message has no text yet: a red badge on the node and a problem in the panel.
    const badge = page.locator('[data-testid="node-n_message_send"] .badge.error');
    await expect.poll(() => badge.count()).toBe(1);
    await shot(page, '01-validation-error');
    const problem = page.locator('.problem', { hasText: 'Escribe el mensaje' }).first();
    await expect.poll(() => problem.count()).toBe(1);

    // Clicking the problem focuses the field; fix it by typing.
    await problem.click();
    const message = page.locator('.inspector').getByRole('combobox', { name: /^Mensaje/ });
    await expect.poll(() => message.evaluate((el) => el === el.ownerDocument.activeElement)).toBe(true);
    await message.pressSequentially('Hola {{ customer.na');
    await expect.poll(() => page.getByRole('listbox').count()).toBe(1);
    await shot(page, '02-template-autocomplete');
    await page.keyboard.press('Enter');
    await message.pressSequentially(', tu pago no pasó. ¿Te ayudamos?');
    await expect.poll(() => message.inputValue()).toBe('Hola {{ customer.name }}, tu pago no pasó. ¿Te ayudamos?');

    // Keyboard: with the message selected, Enter on a palette block adds it below, connected.
    await page.locator('[data-palette="wait.reply"]').focus();
    await page.keyboard.press('Enter');
    await page.locator('[data-palette="end"]').focus();
    await page.keyboard.press('Enter');
    await page.locator('[data-testid="node-n_wait_reply"] .step-title').click();
    await page.locator('[data-palette="end"]').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.react-flow__edge').count()).toBe(4);
    await page.keyboard.press('l');
    await page.locator('.react-flow__pane').click({ position: { x: 20, y: 20 } });
    await expect.poll(() => page.locator('.step .badge.error').count()).toBe(0);
    await expect.poll(() => page.getByTestId('publish').isEnabled()).toBe(true);
    await shot(page, '03-flow-valid');

    // Publish with a note.
    await page.getByTestId('publish').click();
    await page.getByLabel('Nota de la versión').fill('Primera versión');
    await page.getByTestId('publish-submit').click();
    await expect.poll(() => page.locator('.toast', { hasText: 'versión 1' }).count()).toBe(1);
    await shot(page, '04-published');
    flowId = await page.evaluate(() => (globalThis as unknown as RutaHooks).__ruta?.editor.getState().flowId ?? '');
    expect(flowId).toMatch(/^f_/);

    // Simulate: a customer built by hand; the journey waits for the reply; reply from the phone.
    await page.getByRole('tab', { name: 'Simulador' }).click();
    await page.getByTestId('sim-play').click();
    await expect.poll(() => page.getByTestId('sim-waiting').count(), { timeout: 10_000 }).toBe(1);
    await expect.poll(() => page.getByTestId('phone').textContent()).toContain('Hola Camila Rojas');
    await expect
      .poll(() =>
        page
          .locator(
            '[data-testid="node-n_wait_reply"] .step.path-waiting, .step.path-waiting[data-testid="node-n_wait_reply"]',
          )
          .count(),
      )
      .toBe(1);
    await shot(page, '05-simulate-waiting');
    await page.getByTestId('phone-input').fill('Sí, por favor');
    await page.getByRole('button', { name: 'Enviar', exact: true }).click();
    await expect.poll(() => page.getByTestId('sim-done').count(), { timeout: 10_000 }).toBe(1);
    await expect.poll(() => page.getByTestId('sim-done').textContent()).toContain('Terminado');
    const visited = await page
      .locator('.step.path-visited, .step.path-current')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-testid')));
    expect(visited).toEqual(
      expect.arrayContaining(['node-n_trigger_event', 'node-n_message_send', 'node-n_wait_reply', 'node-n_end']),
    );
    expect(visited).not.toContain('node-n_end_2');
    await expect.poll(() => page.getByTestId('phone').textContent()).toContain('Sí, por favor');
    await shot(page, '06-simulate-replied');
    await context.close();
  }, 180_000);

  it('shows a journey started through the API on the canvas, in English', async () => {
    expect(flowId).not.toBe('');
    await api('PUT', '/v1/customers/c_e2e', {
      name: 'Lucía Pérez',
      phone: '+56911112222',
      locale: 'es',
      timeZone: 'America/Santiago',
      consent: { whatsapp: true },
    });
    await api('POST', '/v1/events', {
      id: 'evt_e2e_1',
      type: 'payment.failed',
      customerId: 'c_e2e',
      data: { amount: 25990 },
    });

    const context = await ui.browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'en-US' });
    const page = await open(context, `#/flows/${flowId}`);
    await page.waitForSelector('.react-flow');
    await page.getByRole('tab', { name: 'Watch' }).click();
    const row = page.locator('table.journeys tr', { hasText: 'c_e2e' });
    await expect.poll(() => row.count(), { timeout: 30_000 }).toBe(1);
    await row.getByRole('button', { name: 'Open' }).click();
    await expect.poll(() => page.getByTestId('journey-detail').count()).toBe(1);
    // It sent the message and now waits for the reply at the wait node, lit up on the canvas.
    await expect
      .poll(() => page.locator('.step.path-waiting[data-testid="node-n_wait_reply"]').count(), { timeout: 30_000 })
      .toBe(1);
    await expect.poll(() => page.getByTestId('journey-detail').textContent(), { timeout: 30_000 }).toContain('Lucía');
    await expect.poll(() => page.locator('.step-stats').count()).toBeGreaterThan(0);
    const link = await page.getByRole('link', { name: /Temporal Web UI/ }).getAttribute('href');
    expect(link).toContain('/namespaces/default/workflows/');
    await shot(page, '07-watch-journey');

    // The tester replies as the customer through the sandbox phone; the journey finishes by `replied`.
    await page.getByTestId('journey-detail').getByTestId('phone-input').fill('Gracias, ya pagué');
    await page.getByTestId('journey-detail').getByRole('button', { name: 'Send' }).click();
    await expect
      .poll(() => page.getByTestId('journey-detail').textContent(), { timeout: 30_000 })
      .toContain('Completed');
    await expect
      .poll(() =>
        page
          .locator('.step.path-current[data-testid="node-n_end"], .step.path-visited[data-testid="node-n_end"]')
          .count(),
      )
      .toBe(1);
    await shot(page, '08-watch-completed');

    // Lifecycle: change the draft, compare it with v1 on the canvas, then restore v1.
    await page.getByRole('tab', { name: 'Versions' }).click();
    await page.locator('[data-testid="node-n_wait_reply"] .step-title').click();
    await page.getByLabel('Time limit', { exact: true }).fill('3');
    await page.getByRole('button', { name: 'Compare with draft' }).first().click();
    await expect.poll(() => page.locator('.diff-banner').textContent()).toContain('~1 changed');
    await expect.poll(() => page.locator('.step.diff-changed[data-testid="node-n_wait_reply"]').count()).toBe(1);
    await page.locator('.react-flow__pane').click({ position: { x: 20, y: 20 } });
    await shot(page, '09-version-diff');
    page.once('dialog', (d) => void d.accept());
    await page.getByRole('button', { name: 'Restore' }).first().click();
    await expect
      .poll(() =>
        page.evaluate(
          () =>
            (globalThis as unknown as RutaHooks).__ruta?.editor
              .getState()
              .doc.nodes.find((n) => n.id === 'n_wait_reply')?.params.timeout,
        ),
      )
      .toBe('24h');

    // The templates gallery.
    await page.goto(`${ui.stack.url}/#/templates`);
    await expect.poll(() => page.locator('.card').count()).toBeGreaterThanOrEqual(6);
    await shot(page, '10-templates');
    await context.close();
    publishShots([
      '01-validation-error',
      '02-template-autocomplete',
      '03-flow-valid',
      '05-simulate-waiting',
      '06-simulate-replied',
      '07-watch-journey',
      '09-version-diff',
      '10-templates',
    ]);
  }, 180_000);
});
