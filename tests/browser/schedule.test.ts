/**
 * The schedule of a flow in the designer, in Debian's Chromium against the real local stack: the segment editor in
 * the trigger's inspector, and the schedule panel (next runs in the flow's zone, run now with its counts, pause).
 */
import type { LocalStack } from '@ruta/api';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  apiCaller,
  E2E_ADMIN,
  ensureDesignerBuilt,
  launch,
  publishShots,
  shot,
  signInContext,
  startTestStack,
} from './support';

let stack: LocalStack;
let stopStack: (() => Promise<void>) | undefined;
let browser: Browser;
const key = 'ruta_e2e_schedule_key_0123456789abcdef';
const api = apiCaller(
  () => stack.url,
  () => key,
);

const document = {
  schemaVersion: 3,
  id: 'f_lunes_vip',
  name: 'Lunes VIP',
  settings: { reentry: 'one_at_a_time', transactional: false },
  nodes: [
    {
      id: 'n_trigger',
      kind: 'trigger.schedule',
      label: 'Cada lunes 09:00',
      position: { x: 0, y: 0 },
      params: {
        cron: '0 9 * * 1',
        timeZone: 'America/Santiago',
        overlap: 'skip',
        audience: {
          match: 'all',
          conditions: [
            { field: 'tags', op: 'contains', value: 'vip' },
            { field: 'attributes.balance', op: 'gt', value: 1000 },
          ],
        },
      },
    },
    {
      id: 'n_wait',
      kind: 'wait.duration',
      label: 'Esperar una semana',
      position: { x: 0, y: 140 },
      params: { duration: '7d' },
    },
    { id: 'n_end', kind: 'end', position: { x: 0, y: 280 }, params: { outcome: 'done' } },
  ],
  edges: [
    { id: 'e_1', from: 'n_trigger', port: 'out', to: 'n_wait' },
    { id: 'e_2', from: 'n_wait', port: 'out', to: 'n_end' },
  ],
};

beforeAll(async () => {
  ensureDesignerBuilt();
  ({ stack, stop: stopStack } = await startTestStack(key, inject('workflowBundle')));
  for (const [id, balance] of [
    ['c_ana', 1500],
    ['c_beto', 2500],
    ['c_carla', 300],
  ] as const) {
    await api('PUT', `/v1/customers/${id}`, { name: id, tags: ['vip'], attributes: { balance } });
  }
  await api('POST', '/v1/flows', { document });
  await api('POST', '/v1/flows/f_lunes_vip/publish', { note: 'v1' });
  browser = await launch();
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await stopStack?.();
}, 120_000);

describe('schedules in the designer', () => {
  it('shows the segment editor and the schedule panel; runs now, then pauses', async () => {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'es-CL' });
    const page = await context.newPage();
    page.on('pageerror', (e) => console.error('pageerror:', e.message));
    await signInContext(context, stack.url, E2E_ADMIN, 'es');
    await page.goto(`${stack.url}/#/flows/f_lunes_vip`);
    await page.waitForSelector('.react-flow');

    // The trigger's inspector edits the segment as rows.
    await page.locator('[data-testid="node-n_trigger"] .step-title').click();
    await expect.poll(() => page.getByLabel('Dato 2').inputValue()).toBe('attributes.balance');
    await expect.poll(() => page.getByLabel('Comparación 2').inputValue()).toBe('gt');
    await expect.poll(() => page.getByLabel('Valor 2').inputValue()).toBe('1000');

    await page.getByRole('tab', { name: 'Programación' }).click();
    const panel = page.locator('section.schedule');
    await expect.poll(() => panel.textContent(), { timeout: 60_000 }).toContain('Activa');
    // Next runs, Mondays at 09:00 in Santiago.
    const next = await panel.locator('.schedule-next time').allTextContents();
    expect(next).toHaveLength(5);
    for (const text of next) expect(text).toMatch(/^lun.*09:00$/);
    expect(await panel.textContent()).toContain('tags contiene vip y attributes.balance es mayor que 1000');

    page.once('dialog', (d) => void d.accept());
    await panel.getByRole('button', { name: 'Ejecutar ahora' }).click();
    await expect
      .poll(
        async () => {
          await panel.getByRole('button', { name: 'Actualizar' }).click();
          return panel.locator('.schedule-runs li').first().textContent();
        },
        { timeout: 60_000, interval: 1_000 },
      )
      .toContain('completada');
    expect(await panel.locator('.schedule-runs li').first().textContent()).toContain(
      '2 en el segmento · 2 iniciados · 0 omitidos',
    );
    await panel.locator('.schedule-runs').scrollIntoViewIfNeeded();
    await shot(page, '11-schedule-panel');

    page.once('dialog', (d) => void d.accept('Revisión de la campaña'));
    await panel.getByRole('button', { name: 'Pausar' }).click();
    await expect.poll(() => panel.textContent()).toContain('En pausa');
    expect(await panel.textContent()).toContain('Revisión de la campaña');
    expect(await panel.textContent()).toContain('Ninguna mientras esté en pausa.');
    const schedule = await api<{ paused: boolean }>('GET', '/v1/flows/f_lunes_vip/schedule');
    expect(schedule.paused).toBe(true);
    await context.close();
    publishShots(['11-schedule-panel']);
  }, 120_000);
});
