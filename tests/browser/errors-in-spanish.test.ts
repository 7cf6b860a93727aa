/**
 * An API error as a Spanish-speaking person reads it, in Debian's Chromium against the real local stack: the API
 * answers problem+json in English with a stable `code`, and the designer shows the problem in the person's language.
 * Here a CX manager edits a knowledge-base article that someone deleted meanwhile, so saving answers 404.
 */
import { describe, expect, it } from 'vitest';
import { withDesignerStack } from './stack';

const ui = withDesignerStack();

describe('API errors in the designer', () => {
  it('reads a real 404 in Spanish, while the API keeps its English for systems', async () => {
    const { articles } = await ui.api<{ articles: { id: string; title: string; lang: string }[] }>(
      'GET',
      '/v1/kb/articles?lang=es',
    );
    const article = articles[0]!;
    const context = await ui.browser.newContext({ viewport: { width: 1400, height: 1000 }, locale: 'es-CL' });
    try {
      const page = await ui.open(context, '#/kb', 'es');
      await page.getByRole('heading', { name: 'Base de conocimiento' }).waitFor();
      await page
        .getByRole('button', { name: new RegExp(article.title) })
        .first()
        .click();
      await page.getByRole('heading', { name: 'Editar artículo' }).waitFor();

      // Someone else deletes the article while it is open.
      await ui.api('DELETE', `/v1/kb/articles/${article.id}`);

      const answered = page.waitForResponse(
        (r) => r.url().endsWith(`/v1/kb/articles/${article.id}`) && r.request().method() !== 'GET',
      );
      await page.getByRole('button', { name: 'Guardar', exact: true }).click();
      const response = await answered;
      expect(response.status()).toBe(404);
      const problem = (await response.json()) as { code: string; title: string; detail: string };
      expect(problem).toMatchObject({ code: 'not-found', title: 'Not found' });
      expect(problem.detail).toMatch(/does not exist/);

      const alert = page.getByRole('alert').filter({ hasText: 'No existe' });
      await expect.poll(() => alert.textContent(), { timeout: 10_000 }).toBe('No existe (o se eliminó).');
      expect(await page.locator('body').textContent()).not.toMatch(/does not exist|Not found/);
      expect(page.errors.filter((e) => !/404/.test(e))).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
