/**
 * The knowledge base in Debian's Chromium against the real local stack (which seeds the sample articles on its
 * first start): search as the bot searches, write and publish an article, try a question, then simulate the kb-bot
 * template in the designer, where the bot's search runs on the API over the scenario's own articles.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { withDesignerStack } from './stack';
import { publishShots, shot } from './support';

const ui = withDesignerStack();

async function open(hash: string): Promise<Page> {
  const context = await ui.browser.newContext({ viewport: { width: 1400, height: 1100 }, locale: 'es-CL' });
  return ui.open(context, hash);
}

describe('knowledge base in Chromium', () => {
  it('searches the seeded articles, publishes a new one and tries a question as the bot would', async () => {
    const page = await open('#/kb');
    await page.getByRole('heading', { name: 'Base de conocimiento' }).waitFor();
    await page
      .getByRole('button', { name: /Horario de atención/ })
      .first()
      .waitFor();

    // Accent-insensitive, stemmed search with scores.
    await page.getByTestId('kb-search').fill('horarios de atencion');
    await expect
      .poll(() => page.locator('.kb-list .kb-item').first().textContent(), { timeout: 10_000 })
      .toContain('Horario de atención');
    await expect.poll(() => page.locator('.kb-list .kb-item').first().textContent()).toContain('coincide 100 %');
    await page.getByTestId('kb-search').fill('');

    // A new article: the preview shows the paragraph the bot will send; publishing makes it searchable.
    await page.getByTestId('kb-new').click();
    await page.getByLabel('Título').fill('Retiro en tienda');
    await page
      .getByLabel('Texto', { exact: true })
      .fill('Puedes retirar tu compra en cualquier tienda desde las 12:00 del día siguiente.\n\nLleva tu carnet.');
    await page.getByLabel('Etiquetas').fill('retiro, tienda');
    await expect
      .poll(() => page.getByTestId('kb-preview').textContent())
      .toBe('Puedes retirar tu compra en cualquier tienda desde las 12:00 del día siguiente.');
    await page.getByRole('button', { name: 'Publicar' }).click();
    await page.getByRole('button', { name: 'Volver a borrador' }).waitFor();

    // Someone else saves the article meanwhile: the editor says who and when, keeps this person's text, and lets them
    // choose which version stays.
    type Article = { id: string; title: string; lang: string; body: string; tags: string[]; status: string };
    const { articles } = await ui.api<{ articles: Article[] }>('GET', '/v1/kb/articles?limit=500');
    const mine = articles.find((a) => a.title === 'Retiro en tienda')!;
    const { lang, title, tags, status } = mine;
    await ui.api('PUT', `/v1/kb/articles/${mine.id}`, {
      lang,
      title,
      tags,
      status,
      body: 'Retiro solo en la tienda central.',
    });
    await page.getByLabel('Etiquetas').fill('retiro, tienda, carnet');
    await page.getByRole('button', { name: 'Guardar', exact: true }).click();
    const conflict = page.getByTestId('kb-conflict');
    await expect
      .poll(() => conflict.textContent())
      .toMatch(/cambió este artículo \(.+, revisión 2\) mientras lo editabas/);
    expect(await page.getByLabel('Etiquetas').inputValue()).toBe('retiro, tienda, carnet');
    await conflict.getByRole('button', { name: 'Guardar la mía encima' }).click();
    await expect.poll(() => conflict.count()).toBe(0);
    const saved = await ui.api<Article>('GET', `/v1/kb/articles/${mine.id}`);
    expect(saved.body).toContain('Lleva tu carnet.');
    expect(saved.tags).toEqual(['retiro', 'tienda', 'carnet']);

    await page.getByTestId('kb-ask').fill('¿Cuándo puedo retirar en la tienda?');
    await page.getByRole('button', { name: 'Buscar' }).click();
    await expect
      .poll(() => page.getByTestId('kb-ask-result').textContent(), { timeout: 10_000 })
      .toContain('El bot respondería con «Retiro en tienda»');
    await page.mouse.wheel(0, -5000);
    await shot(page, '11-knowledge-base');

    await page.getByTestId('kb-ask').fill('Quiero comprar un auto eléctrico');
    await page.getByRole('button', { name: 'Buscar' }).click();
    await expect
      .poll(() => page.getByTestId('kb-ask-result').textContent(), { timeout: 10_000 })
      .toContain('pasaría a una persona');
    await page.context().close();
  }, 120_000);

  it('simulates the kb-bot template: the bot answers from the scenario’s articles on the phone', async () => {
    const page = await open('#/templates');
    await page.getByTestId('use-kb-bot').click();
    await page.getByRole('tab', { name: 'Simulador' }).click();
    await page.getByTestId('sim-play').click();
    await expect
      .poll(() => page.getByTestId('phone').textContent(), { timeout: 15_000 })
      .toContain('Te atendemos de lunes a viernes de 9:00 a 18:00');
    await expect.poll(() => page.getByTestId('phone').textContent()).toContain('¿Esto resolvió tu consulta, Camila?');
    await shot(page, '12-kb-bot-simulated');
    // The node's inspector form, generated from its params schema, in Spanish.
    await page.locator('.react-flow__node', { hasText: 'Responder con la base de conocimiento' }).first().click();
    for (const label of ['Umbral de coincidencia (0 a 1)', 'Artículos ofrecidos', 'Pregunta de seguimiento']) {
      await page.getByText(label).first().waitFor();
    }
    await shot(page, '13-kb-answer-inspector');
    publishShots(['11-knowledge-base', '12-kb-bot-simulated', '13-kb-answer-inspector']);
    await page.context().close();
  }, 120_000);
});
