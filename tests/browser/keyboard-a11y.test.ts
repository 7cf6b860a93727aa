/// <reference lib="dom" />
/**
 * Two promises of the designer to people who do not use a mouse or a screen: a flow of three blocks can be built
 * and connected (to a new block and to one already there) with the keyboard alone, and no main screen has a
 * serious or critical accessibility problem by axe-core, in Spanish and in English.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { withDesignerStack } from './stack';
import { axeSerious, SCREENS, type Screen, shot, tr } from './support';

const stack = withDesignerStack();

type Doc = {
  nodes: { id: string; kind: string; params: Record<string, unknown> }[];
  edges: { from: string; port: string; to: string }[];
};
type Hooks = { __ruta?: { editor: { getState(): { doc: Doc; selection: string[] } } } };
const state = (page: Page) => page.evaluate(() => (globalThis as unknown as Hooks).__ruta?.editor.getState());

/** Presses Tab (or Shift+Tab) until the focused element satisfies `test`, at most `max` times. */
async function tabUntil(
  page: Page,
  test: (el: { id: string; label: string; text: string; tag: string }) => boolean,
  max = 80,
  back = false,
) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    const el = await page.evaluate(() => {
      const a = document.activeElement as HTMLElement | null;
      return {
        id: a?.id ?? '',
        label: a?.getAttribute('aria-label') ?? '',
        text: (a?.textContent ?? '').trim(),
        tag: a?.tagName ?? '',
      };
    });
    if (test(el)) return el;
  }
  throw new Error('did not reach the element with Tab');
}

/**
 * Follows one of the editor's skip links, as a keyboard user does: Shift+Tab back to the top of the page (the
 * skip links come first), then Tab to the link and Enter.
 */
async function skipTo(page: Page, lang: 'es' | 'en', where: 'canvas' | 'palette' | 'inspector' | 'dock') {
  const link = tr(lang, `skip.${where}`);
  const skip = (el: { text: string }) =>
    ['canvas', 'palette', 'inspector', 'dock'].some((k) => el.text === tr(lang, `skip.${k}`));
  const at = await tabUntil(page, skip, 150, true);
  if (at.text !== link) {
    const order = ['canvas', 'palette', 'inspector', 'dock'].map((k) => tr(lang, `skip.${k}`));
    const back = order.indexOf(link) < order.indexOf(at.text);
    await tabUntil(page, (el) => el.text === link, 4, back);
  }
  await page.keyboard.press('Enter');
}

async function blankFlow(name: string): Promise<string> {
  const id = `f_kbd_${Date.now().toString(36)}`;
  await stack.api('POST', '/v1/flows', {
    document: {
      schemaVersion: 3,
      id,
      name,
      settings: { reentry: 'every_time', transactional: true },
      nodes: [],
      edges: [],
    },
  });
  return id;
}

describe.each(SCREENS)('keyboard only ($lang, $width×$height)', (s: Screen) => {
  const lang = s.lang;
  it('builds a trigger → message → end flow and connects the message to a block already there', async () => {
    const id = await blankFlow(lang === 'es' ? 'Teclado' : 'Keyboard');
    const context = await stack.context(s);
    const page = await stack.open(context, `#/flows/${id}`);
    await page.waitForSelector('.react-flow');
    const palette = async (kind: string) => {
      await skipTo(page, lang, 'palette');
      await tabUntil(page, (el) => el.tag === 'BUTTON' && el.id === '' && el.label + el.text !== '' && false, 0).catch(
        () => undefined,
      );
      const item = await page
        .locator(`[data-palette="${kind}"]`)
        .evaluate((el) => el.textContent?.trim() || el.getAttribute('aria-label') || '');
      await tabUntil(page, (el) => (el.text || el.label) === item);
      await page.keyboard.press('Enter');
    };

    // 1. The trigger, and its event type typed in the properties.
    await palette('trigger.event');
    await expect.poll(async () => (await state(page))?.doc.nodes.length).toBe(1);
    const trigger = (await state(page))!.doc.nodes[0]!.id;
    await skipTo(page, lang, 'inspector');
    await tabUntil(page, (el) => el.id === `f-${trigger}-eventType`);
    await page.keyboard.type('order.created');

    // 2. A message below it, connected to its output; then its text.
    await palette('message.send');
    await expect.poll(async () => (await state(page))?.doc.nodes.length).toBe(2);
    const message = (await state(page))!.doc.nodes[1]!.id;
    await skipTo(page, lang, 'inspector');
    await tabUntil(page, (el) => el.id === `f-${message}-template`);
    await page.keyboard.type('Hola {{ customer.name');
    await page.keyboard.press('Enter');
    await page.keyboard.type(', tu pedido está en camino.');

    // 3. An end below the message, connected to «sent».
    await palette('end');
    await expect.poll(async () => (await state(page))?.doc.nodes.length).toBe(3);
    const end = (await state(page))!.doc.nodes[2]!.id;

    // 4. Select the message on the canvas with the keyboard, and connect its «failed» output to that same end.
    await skipTo(page, lang, 'canvas');
    const name =
      tr(lang, 'palette.groups.messages') && (lang === 'es' ? 'Bloque Enviar mensaje' : 'Block Send message');
    const focused = await tabUntil(page, (el) => el.label === name, 20);
    expect(focused.label).toBe(name);
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await state(page))?.selection).toEqual([message]);
    await skipTo(page, lang, 'inspector');
    await tabUntil(page, (el) => el.id === `out-${message}-failed`);
    for (let i = 0; i < 5; i++) {
      if ((await page.locator(`#out-${message}-failed`).inputValue()) === end) break;
      await page.keyboard.press('ArrowDown');
    }

    const doc = (await state(page))!.doc;
    expect(doc.edges.map((e) => `${e.from}.${e.port}→${e.to}`).sort()).toEqual(
      [`${trigger}.out→${message}`, `${message}.sent→${end}`, `${message}.failed→${end}`].sort(),
    );
    expect(doc.nodes.find((n) => n.id === message)?.params.template).toBe(
      'Hola {{ customer.name }}, tu pedido está en camino.',
    );
    await expect.poll(() => page.getByTestId('publish').isEnabled()).toBe(true);
    await shot(page, `kbd-three-blocks-${lang}-${s.width}`);
    expect(page.errors).toEqual([]);
    await context.close();
  }, 120_000);
});

describe.each(SCREENS)('accessibility ($lang, $width×$height)', (s: Screen) => {
  const lang = s.lang;
  it('finds no serious or critical axe-core violation on the main screens', async () => {
    const rec = await stack.api<{ id: string }>('POST', '/v1/flows', { template: 'delivery-delay' });
    await stack.api('POST', `/v1/flows/${rec.id}/publish`, { note: 'v1' });
    await stack.api('PUT', `/v1/customers/c_axe_${lang}`, {
      name: 'Ana Axe',
      locale: 'es',
      consent: { whatsapp: true },
    });
    await stack.api('POST', '/v1/events', {
      id: `axe-${lang}-${Date.now()}`,
      type: 'delivery.delayed',
      customerId: `c_axe_${lang}`,
      data: { eta: 'mañana' },
    });
    const context = await stack.context(s);
    const found: Record<string, unknown[]> = {};
    const scan = async (page: Page, screen: string) => {
      const v = await axeSerious(page);
      if (v.length) found[screen] = v;
      await shot(page, `a11y-${screen}-${lang}-${s.width}`);
    };

    // Sign-in, without a key.
    const signin = await context.newPage();
    await signin.goto(`${stack.url}/`);
    await signin.getByLabel(lang === 'es' ? 'Correo electrónico' : 'Email', { exact: true }).waitFor();
    await scan(signin, 'signin');
    await signin.close();

    const page = await stack.open(context, '#/flows');
    await page.getByTestId('new-flow').waitFor();
    await scan(page, 'flows');
    await page.goto(`${stack.url}/#/templates`);
    await page.locator('.card').first().waitFor();
    await scan(page, 'templates');

    await page.goto(`${stack.url}/#/flows/${rec.id}`);
    await page.waitForSelector('.react-flow__node-step');
    await scan(page, 'editor');
    await page.locator('[data-testid="node-n_branch"] .step-title').click();
    await page.getByLabel(tr(lang, 'cond.field', { n: 1 })).waitFor();
    await scan(page, 'inspector-condition');
    await page.locator('[data-testid="node-n_trigger"] .step-title').click();
    await page.locator('.event-fields').waitFor();
    await scan(page, 'inspector-event-fields');

    await page.getByRole('tab', { name: tr(lang, 'sim.title') }).click();
    await page.getByTestId('sim-play').click();
    await page.getByTestId('sim-clock').waitFor();
    await scan(page, 'simulator');

    await page.getByRole('tab', { name: tr(lang, 'header.versions') }).click();
    await page.getByTestId('compare').click();
    await page.getByTestId('diff-panel').waitFor();
    await scan(page, 'versions');

    await page.getByRole('tab', { name: tr(lang, 'header.watch') }).click();
    const row = page.locator('table.journeys tbody tr').first();
    await row.waitFor({ timeout: 60_000 });
    await row.getByRole('button').click();
    await page.getByTestId('journey-detail').waitFor();
    await scan(page, 'watch');

    expect(found).toEqual({});
    await context.close();
  }, 180_000);
});
