/**
 * "Requiere atención" in Debian's Chromium against the real local stack: journeys parked at a failed step (their rows
 * and steps as the worker writes them) are grouped with the reason in Spanish, their list opens, and "Cancelar todos"
 * runs as a batch whose progress the page follows to the end. These journeys have no workflow in Temporal, so every
 * cancel is refused and the batch says so — the page reports what the server did, not what was hoped.
 */
import type { LocalStack } from '@ruta/api';
import { applySteps, putOutbound, upsertJourney } from '@ruta/db';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { parkedSteps } from '../support/parked';
import { E2E_ADMIN, ensureDesignerBuilt, launch, publishShots, shot, signInContext, startTestStack } from './support';

let stack: LocalStack;
let stopStack: (() => Promise<void>) | undefined;
let browser: Browser;

beforeAll(async () => {
  ensureDesignerBuilt();
  ({ stack, stop: stopStack } = await startTestStack(
    'ruta_e2e_attention_key_0123456789abcdef',
    inject('workflowBundle'),
  ));
  const db = stack.app.runtime.db;
  const at = Date.parse('2026-03-02T12:00:00Z');
  for (const i of [1, 2, 3]) {
    const id = `j_parked_${i}`;
    await upsertJourney(db, { id, flowId: 'f_tickets', flowVersion: 2, customerId: `c_parked_${i}` });
    await applySteps(
      db,
      parkedSteps(
        id,
        'n_ticket',
        { activity: 'crm.upsertTicket', message: 'The CRM refused the ticket: 503', type: 'CrmUnavailable' },
        at,
        at + i * 60_000,
      ),
    );
  }
  await putOutbound(db, {
    idempotencyKey: 'j_x:n_send:1',
    customerId: 'c_unconfirmed',
    journeyId: 'j_x',
    flowId: 'f_tickets',
    channel: 'whatsapp',
    body: 'Tu pedido va en camino',
    status: 'sent',
    statusReason: 'unconfirmed',
  });
  browser = await launch();
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await stopStack?.();
}, 120_000);

describe('needs attention in the designer', () => {
  it('groups parked journeys with the reason in Spanish, lists them, and follows a bulk cancel to its end', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'es-CL' });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await signInContext(context, stack.url, E2E_ADMIN, 'es');
    await page.goto(`${stack.url}/#/attention`);

    await expect
      .poll(() => page.getByTestId('attention-total').textContent(), { timeout: 30_000 })
      .toBe('3 recorridos requieren atención');
    const group = page.getByTestId('attention-group');
    expect(await group.count()).toBe(1);
    const text = await group.textContent();
    expect(text).toContain('f_tickets · v2 · n_ticket');
    expect(text).toContain('Paso fallido: detenido');
    expect(text).toContain('El paso «Ticket» falló después de todos sus reintentos y el recorrido quedó detenido ahí.');
    expect(text).toContain('The CRM refused the ticket: 503');
    expect(await page.getByTestId('unconfirmed').textContent()).toContain('1 mensajes sin confirmar');

    await group.getByRole('button', { name: 'Ver recorridos' }).click();
    await expect.poll(() => group.locator('tbody tr').count()).toBe(3);
    expect(await group.locator('tbody tr').first().textContent()).toContain('c_parked_1');
    await shot(page, '14-needs-attention');

    page.once('dialog', (d) => {
      expect(d.message()).toBe('¿Cancelar los 3 recorridos de este grupo?');
      void d.accept();
    });
    await group.getByRole('button', { name: 'Cancelar todos' }).click();
    // The batch ends: none of these journeys runs in Temporal, so each cancel is refused and counted as such.
    await expect
      .poll(() => page.locator('.toast').first().textContent(), { timeout: 60_000 })
      .toContain('Listo: 0 de 3 recorridos; 3 con error.');
    expect(await group.getByRole('status').textContent()).toContain('Cancelar todos: 3 de 3 (3 con error)');
    expect(errors).toEqual([]);
    await context.close();
    publishShots(['14-needs-attention']);
  }, 180_000);
});
