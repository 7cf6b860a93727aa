/**
 * The insights page in Spanish, in Debian's Chromium against the real local stack seeded with the insights data set
 * (journeys with known outcomes): the viewer's zone and range are labelled, the figures are the seed's, the A/B
 * verdict is the test's, drop-off is drawn on the flow, and a table exports as CSV.
 */
import { readFileSync } from 'node:fs';
import { type LocalStack, SEED_FLOWS, seedInsights } from '@ruta/api';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { E2E_ADMIN, ensureDesignerBuilt, launch, publishShots, shot, signInContext, startTestStack } from './support';

let stack: LocalStack;
let stopStack: (() => Promise<void>) | undefined;
let browser: Browser;

beforeAll(async () => {
  ensureDesignerBuilt();
  ({ stack, stop: stopStack } = await startTestStack(
    'ruta_e2e_insights_key_0123456789abcdef',
    inject('workflowBundle'),
  ));
  await seedInsights(stack.app.runtime.db);
  browser = await launch();
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await stopStack?.();
}, 120_000);

const AB_NAME = 'Bienvenida A/B (datos de ejemplo)';

describe('insights in the designer', () => {
  it('shows the seeded figures in Spanish, in the viewer’s zone, and exports a table as CSV', async () => {
    const context = await browser.newContext({
      viewport: { width: 1440, height: 1000 },
      locale: 'es-CL',
      timezoneId: 'America/Santiago',
      acceptDownloads: true,
    });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await signInContext(context, stack.url, E2E_ADMIN, 'es');
    await page.goto(`${stack.url}/#/insights?flow=${SEED_FLOWS.ab}&from=2026-03-02&to=2026-03-08`);

    const range = page.getByTestId('insights-range');
    await expect
      .poll(() => range.textContent(), { timeout: 30_000 })
      .toBe('Del 2026-03-02 al 2026-03-08 (hora de America/Santiago)');
    expect(await page.getByText('Zona horaria: America/Santiago').count()).toBe(1);
    expect(await page.getByRole('link', { name: 'Insights' }).getAttribute('aria-current')).toBe('page');
    const kpi = (k: string) => page.getByTestId(`kpi-${k}`).locator('b').textContent();
    expect(await kpi('entered')).toBe('200');
    expect(await kpi('completed')).toBe('185');
    expect(await kpi('goalReached')).toBe('75');
    expect(await kpi('failed')).toBe('5');
    expect(await page.getByTestId('verdict').textContent()).toBe('variant_b es mejor con 95% de confianza.');
    // The wait at n_wait_order: 185 waits, 5 days on average (429,665 s), 7 days median.
    const wait = await page.getByTestId('waits').locator('tbody tr').first().locator('td').allTextContents();
    expect(wait).toEqual(['Esperar la primera compra', '185', '5 d', '7 d', '7 d']);
    // Drop-off, on the flow's own drawing.
    await expect
      .poll(() => page.getByTestId('drop-node-n_welcome_b').textContent())
      .toContain('Abandonaron aquí: 5 (5%)');
    await shot(page, '12-insights-ab');

    // The outcomes table as CSV.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page
        .getByRole('heading', { name: 'Resultados por versión' })
        .locator('..')
        .getByRole('button', { name: 'CSV' })
        .click(),
    ]);
    const csv = readFileSync((await download.path())!, 'utf8');
    expect(csv).toBe(
      `\ufeffflow,flow_name,version,entered,running,completed,goalReached,escalated,failed,cancelled\r\nf_seed_ab,${AB_NAME},1,200,10,185,75,0,5,0`,
    );

    // The bot: escalations, their reasons and the topics that escalate most.
    await page.getByTestId('insights-flow').selectOption(SEED_FLOWS.bot);
    await page.getByRole('button', { name: 'Ver' }).click();
    await expect.poll(() => page.getByTestId('escalations-total').textContent()).toBe('12 escalamientos');
    const reasons = await page.getByTestId('escalation-reasons').locator('tr').allTextContents();
    expect(reasons).toEqual([
      'El bot no encontró respuesta6',
      'La respuesta del bot no resolvió4',
      'Sin respuesta al bot2',
    ]);
    const topic = await page.getByTestId('topics-es').locator('tbody tr').first().locator('td').allTextContents();
    expect(topic[0]).toBe('contraseña');
    expect(topic[1]).toBe('4');
    expect(topic[2]).toContain('“No puedo cambiar la contraseña de mi cuenta”');

    // CSAT, with Spanish number formatting and the comments' sentiment.
    await page.getByTestId('insights-flow').selectOption(SEED_FLOWS.csat);
    await page.getByRole('button', { name: 'Ver' }).click();
    await expect.poll(() => page.getByTestId('csat-average').textContent()).toBe('CSAT promedio 3,63 (8 respuestas)');
    const comments = page.getByTestId('csat-comments');
    expect(await comments.locator('tr', { hasText: 'pésimo' }).locator('td').last().textContent()).toBe('negativo');
    // People and flows by name, not by id.
    const byAgent = page
      .locator('section', { has: page.getByRole('heading', { name: 'Por agente', exact: true }) })
      .last();
    expect(await byAgent.locator('tbody tr').first().locator('td').first().textContent()).toBe('Ana Rojas');
    await page.getByTestId('csat').evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await shot(page, '13-insights-csat');
    expect(errors).toEqual([]);
    await context.close();
    publishShots(['12-insights-ab', '13-insights-csat']);
  }, 180_000);
});
