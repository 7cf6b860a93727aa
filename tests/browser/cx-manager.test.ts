/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
/**
 * The designer as a CX manager uses it, in Debian's Chromium against the real local stack, on a 1366×768 laptop
 * in Spanish and a 1440×900 screen in English: one test per point of issue 11 (messages without silent blanks,
 * a watch that says why, room to work, edges around blocks, the condition builder, durations, connecting, what is
 * live, Spanish, the simulator) and the loose ends (no 401 on the first load, one date format with the zone).
 * Screenshots go to tests/artifacts/screenshots; the best ones are copied to docs/screenshots.
 */
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { withDesignerStack } from './stack';
import { mouseDrag, publishShots, SCREENS, type Screen, shot, tr } from './support';

// Quiet hours around now in UTC, so a customer in UTC always gets a non-transactional message deferred.
const hhmm = (d: Date) => `${String(d.getUTCHours()).padStart(2, '0')}:${String(d.getUTCMinutes()).padStart(2, '0')}`;
const quiet = { start: hhmm(new Date(Date.now() - 60 * 60_000)), end: hhmm(new Date(Date.now() + 3 * 60 * 60_000)) };
const stack = withDesignerStack({
  RUTA_CONTACT_RULES: JSON.stringify({ quietHours: quiet, frequencyCap: null }),
});
// The worker runs in this process and reads the rules from its environment.
process.env.RUTA_CONTACT_RULES = JSON.stringify({ quietHours: quiet, frequencyCap: null });

type Lang = 'es' | 'en';
const name = (s: Screen, what: string) => `cx-${what}-${s.lang}-${s.width}`;
let seq = 0;
const uid = (p: string) => `${p}-${Date.now().toString(36)}-${++seq}`;

type Doc = { nodes: { id: string; params: Record<string, unknown> }[]; [k: string]: unknown };
type Hooks = {
  __ruta?: {
    editor: {
      getState(): { flowId: string | null; doc: Doc; publishedVersion: number | null };
    };
    openFlow(doc: unknown): Promise<string>;
  };
};
const docOf = (page: Page) =>
  page.evaluate(() => (globalThis as unknown as Hooks).__ruta?.editor.getState().doc as Doc);

/** A flow made from a sample, with its own id; optionally published. */
async function fromTemplate(template: string, publish = false): Promise<string> {
  const rec = await stack.api<{ id: string }>('POST', '/v1/flows', { template });
  if (publish) await stack.api('POST', `/v1/flows/${rec.id}/publish`, { note: 'v1' });
  return rec.id;
}

async function openFlow(s: Screen, id: string) {
  const context = await stack.context(s);
  const page = await stack.open(context, `#/flows/${id}`);
  await page.waitForSelector('.react-flow__node-step');
  return { context, page };
}

const select = (page: Page, nodeId: string) => page.locator(`[data-testid="node-${nodeId}"] .step-title`).click();
const canvasBox = async (page: Page) => (await page.locator('.react-flow').boundingBox())!;

const shots: string[] = [];
afterAll(() => publishShots(shots));

describe.each(SCREENS)('as a CX manager ($lang, $width×$height)', (s) => {
  const lang = s.lang as Lang;

  it('1 · declares the event fields (learned from events received), completes them, flags unknown ones', async () => {
    const type = `order.late.${lang}`;
    for (const [i, data] of [
      { eta: 'mañana 14:00', carrier: 'dhl' },
      { eta: 'hoy 18:00', carrier: 'dhl' },
      { carrier: 'chilexpress' },
      { eta: 'el lunes', carrier: 'dhl' },
    ].entries()) {
      await stack.api('POST', '/v1/events', { id: uid(`ev${i}`), type, customerId: `c_sample_${i}`, data });
    }
    const id = await fromTemplate('delivery-delay');
    const { context, page } = await openFlow(s, id);
    await select(page, 'n_trigger');
    await page.getByLabel(new RegExp(`^${tr(lang, 'inspector.label')}`)).waitFor();
    const typeInput = page.locator('#f-n_trigger-eventType');
    await typeInput.fill(type);
    await page.getByTestId('learn-fields').click();
    const names = page.locator('.event-fields .fields-table input.mono');
    await expect
      .poll(() => names.evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value).sort()))
      .toEqual(['carrier', 'eta']);
    // eta is missing from one event: not "always there"; carrier's values are offered.
    await expect.poll(() => page.locator('.event-fields').textContent()).toContain('chilexpress, dhl');
    const etaRequired = page.getByLabel(`${tr(lang, 'events.required')}: eta`);
    expect(await etaRequired.isChecked()).toBe(false);
    await shot(page, name(s, '1-event-fields'));

    // Templates complete event.data.*, with the type in words.
    await select(page, 'n_notify');
    const message = page.locator('#f-n_notify-template-es');
    await message.fill('');
    await message.pressSequentially('Llega {{ event.data.');
    const list = page.getByRole('listbox');
    await expect.poll(() => list.textContent()).toContain('event.data.carrier');
    expect(await list.textContent()).toContain(tr(lang, 'types.text'));
    await shot(page, name(s, '1-autocomplete'));
    await page.keyboard.press('Escape');
    // An unknown field is flagged by the compiler; a fallback after | is fine.
    await message.fill('Llega {{ event.data.etaa }} por {{ event.data.carrier | "correo" }}');
    const problem = page.locator('.problem[data-code="event_field_unknown"]');
    await expect.poll(() => problem.count()).toBe(1);
    expect(await problem.textContent()).toContain(lang === 'es' ? '¿quisiste decir «eta»?' : 'did you mean "eta"?');
    expect(await page.locator('.problem[data-code="template_syntax"]').count()).toBe(0);
    await shot(page, name(s, '1-unknown-field'));
    expect(page.errors).toEqual([]);
    await context.close();
  }, 120_000);

  it('2 · watch says why a journey waits: held for quiet hours or missing data, with names, search and feedback', async () => {
    const id = await fromTemplate('delivery-delay');
    // Not transactional, so quiet hours apply to it.
    const flow = await stack.api<{ document: Doc & { settings: Record<string, unknown> } }>('GET', `/v1/flows/${id}`);
    await stack.api('PUT', `/v1/flows/${id}`, {
      document: {
        ...flow.document,
        settings: { ...flow.document.settings, transactional: false, missingData: 'hold' },
      },
    });
    await stack.api('POST', `/v1/flows/${id}/publish`, { note: 'v1' });
    const people = [
      ['c_lucia', 'Lucía Pérez', 'America/Santiago', { eta: 'mañana 14:00' }],
      ['c_tomas', 'Tomás Soto', 'America/Santiago', {}],
      ['c_noche', 'Noelia Quiroga', 'UTC', { eta: 'hoy' }],
    ] as const;
    for (const [cid, full, tz, data] of people) {
      await stack.api('PUT', `/v1/customers/${cid}_${lang}`, {
        name: full,
        phone: '+56911112222',
        locale: 'es',
        timeZone: tz,
        consent: { whatsapp: true, sms: true },
      });
      await stack.api('POST', '/v1/events', {
        id: uid(cid),
        type: 'delivery.delayed',
        customerId: `${cid}_${lang}`,
        data,
      });
    }
    // The quiet window is set around now in UTC; in Santiago (three hours behind) it has not started yet.
    const { context, page } = await openFlow(s, id);
    await page.getByRole('tab', { name: tr(lang, 'header.watch') }).click();
    const rows = page.locator('table.journeys tbody tr');
    await expect.poll(() => rows.count(), { timeout: 60_000 }).toBe(3);
    expect(await page.locator('table.journeys').textContent()).toContain('Lucía Pérez');

    // Search by part of the name.
    await page.getByTestId('journey-search').fill('quiroga');
    await expect.poll(() => rows.allTextContents(), { timeout: 60_000 }).toEqual([expect.stringContaining('Noelia')]);
    await rows.first().getByRole('button').click();
    const detail = page.getByTestId('journey-detail');
    // Held for quiet hours: the wait says so, and the message is shown as deferred, not sent.
    await expect
      .poll(() => page.getByTestId('journey-wait').textContent(), { timeout: 60_000 })
      .toContain(tr(lang, 'reasons.quiet_hours'));
    await expect
      .poll(() => detail.getByTestId('message-status').first().textContent(), { timeout: 60_000 })
      .toContain(tr(lang, 'messageStatus.deferred'));
    // Enough room to read it: the bottom panel is taller when dragged.
    const divider = page.getByRole('separator');
    const box = (await divider.boundingBox())!;
    await page.mouse.move(box.x + 200, box.y + 4);
    await page.mouse.down();
    await page.mouse.move(box.x + 200, box.y - 220, { steps: 8 });
    await page.mouse.up();
    await shot(page, name(s, '2-held-quiet-hours'));

    // Missing data: Tomás's event had no eta; the message is held, saying what is missing.
    await page.getByTestId('journey-search').fill('soto');
    await expect.poll(() => rows.allTextContents(), { timeout: 60_000 }).toEqual([expect.stringContaining('Tomás')]);
    await rows.first().getByRole('button').click();
    await expect
      .poll(() => page.getByTestId('journey-wait').textContent(), { timeout: 60_000 })
      .toContain('event.data.eta');
    expect(await page.getByTestId('journey-wait').textContent()).toContain(tr(lang, 'reasons.missing_data'));
    await shot(page, name(s, '2-held-missing-data'));
    // Skipping the wait says what happened, and the path log says the message was not sent.
    await page.getByTestId('skip-wait').click();
    await expect
      .poll(() => page.locator('.toast').allTextContents())
      .toContainEqual(expect.stringContaining(tr(lang, 'watch.skipped', { node: 'Avisar nueva hora de entrega' })));
    await expect
      .poll(() => detail.locator('.sim-path').textContent(), { timeout: 60_000 })
      .toContain(tr(lang, 'log.notSent', { why: tr(lang, 'reasons.missing_data') }));
    expect(page.errors).toEqual([]);
    await context.close();
  }, 180_000);

  it('3 · gives the canvas room: panels fold, the dock resizes, the minimap toggles, new blocks land in view, tidy up fits 150 blocks', async () => {
    const id = await fromTemplate('delivery-delay');
    const { context, page } = await openFlow(s, id);
    // The top bar fits the window: the page never scrolls sideways, and the person and Publish stay in view.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(s.width);
    for (const testId of ['publish', 'sign-out']) {
      const box = (await page.getByTestId(testId).boundingBox())!;
      expect(box.x + box.width, testId).toBeLessThanOrEqual(s.width);
    }
    const start = await canvasBox(page);
    // Before: about 790×420 at 1366×768.
    if (s.width === 1366) {
      expect(start.width).toBeGreaterThanOrEqual(950);
      expect(start.height).toBeGreaterThanOrEqual(480);
    }
    await shot(page, name(s, '3-default'));
    await page.getByRole('button', { name: tr(lang, 'inspector.collapse') }).click();
    if (await page.getByRole('button', { name: tr(lang, 'palette.collapse') }).count())
      await page.getByRole('button', { name: tr(lang, 'palette.collapse') }).click();
    await page.getByRole('button', { name: new RegExp(tr(lang, 'dock.hide')) }).click();
    const roomy = await canvasBox(page);
    expect(roomy.width).toBeGreaterThan(0.9 * s.width);
    expect(roomy.height).toBeGreaterThan(0.85 * s.height);
    await shot(page, name(s, '3-folded'));
    // The dock comes back at the height it had, and its divider resizes it from the keyboard too.
    await page.getByRole('button', { name: new RegExp(tr(lang, 'dock.show')) }).click();
    const divider = page.getByRole('separator');
    const before = Number(await divider.getAttribute('aria-valuenow'));
    await divider.focus();
    await page.keyboard.press('ArrowUp');
    await expect.poll(async () => Number(await divider.getAttribute('aria-valuenow'))).toBe(before + 24);

    // The minimap shows every block, the newest included; a block added below the last one is scrolled into view.
    const mapToggle = page.getByRole('button', { name: tr(lang, 'canvas.showMinimap') });
    if (await mapToggle.count()) await mapToggle.click();
    await page.getByRole('button', { name: tr(lang, 'inspector.expand') }).click();
    await select(page, 'n_end_sms');
    for (const kind of ['wait.duration', 'message.send', 'wait.duration', 'end']) {
      await page.locator(`[data-palette="${kind}"]`).click();
    }
    const nodes = (await docOf(page)).nodes;
    const newest = nodes.at(-1)!.id;
    await expect.poll(() => page.locator('.react-flow__minimap-node').count()).toBe(nodes.length);
    const canvas = await canvasBox(page);
    await expect
      .poll(async () => {
        const b = await page.locator(`[data-testid="node-${newest}"]`).boundingBox();
        return b !== null && b.y >= canvas.y && b.y + b.height <= canvas.y + canvas.height;
      })
      .toBe(true);
    await shot(page, name(s, '3-new-block-in-view'));

    // 150 blocks in a chain: tidy up, then fit shows all of them.
    const chain = {
      schemaVersion: 3,
      id: `f_chain_${lang}`,
      name: 'Cadena larga',
      settings: { reentry: 'every_time', transactional: true, missingData: 'hold' },
      nodes: Array.from({ length: 150 }, (_, i) =>
        i === 0
          ? { id: 'n_trigger', kind: 'trigger.manual', params: {}, position: { x: 0, y: 0 } }
          : i === 149
            ? { id: `n_${i}`, kind: 'end', params: {}, position: { x: 0, y: 0 } }
            : { id: `n_${i}`, kind: 'wait.duration', params: { duration: '1h' }, position: { x: 0, y: 0 } },
      ),
      edges: Array.from({ length: 149 }, (_, i) => ({
        id: `e_${i}`,
        from: i === 0 ? 'n_trigger' : `n_${i}`,
        port: 'out',
        to: `n_${i + 1}`,
      })),
      notes: [],
    };
    await page.evaluate((d) => (globalThis as unknown as Hooks).__ruta?.openFlow(d), chain);
    await page.waitForSelector('[data-testid="node-n_149"]');
    await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('l');
    const area = await canvasBox(page);
    const inside = () =>
      page.locator('.react-flow__node-step').evaluateAll(
        (els, a) =>
          els.filter((el) => {
            const r = el.getBoundingClientRect();
            return (
              r.left >= a.x - 1 && r.top >= a.y - 1 && r.right <= a.x + a.width + 1 && r.bottom <= a.y + a.height + 1
            );
          }).length,
        area,
      );
    await expect.poll(inside, { timeout: 60_000 }).toBe(150);
    await shot(page, name(s, '3-tidy-150'));
    expect(page.errors).toEqual([]);
    await context.close();
  }, 180_000);

  it('4 · draws edges around blocks, so a lit path never crosses a block it does not visit', async () => {
    const id = await fromTemplate('delivery-delay');
    const { context, page } = await openFlow(s, id);
    // Edges are routed after the blocks are measured: wait for them, then for a routing with no crossing.
    const crossings = () =>
      page.evaluate(() => {
        const nodes = [...document.querySelectorAll<HTMLElement>('.react-flow__node-step')].map((el) => ({
          id: el.dataset.id ?? '',
          r: el.getBoundingClientRect(),
        }));
        const found: string[] = [];
        for (const edge of document.querySelectorAll<SVGGElement>('.react-flow__edge')) {
          const id = edge.getAttribute('data-testid') ?? '';
          const path = edge.querySelector<SVGPathElement>('.react-flow__edge-path');
          if (!path) continue;
          const ctm = path.getScreenCTM();
          if (!ctm) continue;
          const len = path.getTotalLength();
          const ends = nodes.filter((n) => {
            const a = path.getPointAtLength(0).matrixTransform(ctm);
            const b = path.getPointAtLength(len).matrixTransform(ctm);
            const near = (p: DOMPoint) =>
              p.x >= n.r.left - 12 && p.x <= n.r.right + 12 && p.y >= n.r.top - 24 && p.y <= n.r.bottom + 24;
            return near(a) || near(b);
          });
          for (let i = 1; i < 60; i++) {
            const p = path.getPointAtLength((len * i) / 60).matrixTransform(ctm);
            for (const n of nodes) {
              if (ends.includes(n)) continue;
              if (p.x > n.r.left + 2 && p.x < n.r.right - 2 && p.y > n.r.top + 2 && p.y < n.r.bottom - 2)
                found.push(`${id} through ${n.id}`);
            }
          }
        }
        return { edges: document.querySelectorAll('.react-flow__edge-path').length, found: [...new Set(found)] };
      });
    await expect.poll(async () => (await crossings()).edges, { timeout: 60_000 }).toBeGreaterThan(3);
    await expect.poll(async () => (await crossings()).found, { timeout: 60_000 }).toEqual([]);
    await shot(page, name(s, '4-routed-edges'));
    await context.close();
  }, 180_000);

  it('5 · builds a condition by pointing and clicking, with known values in words, and writes the CEL', async () => {
    const id = await fromTemplate('delivery-delay');
    const { context, page } = await openFlow(s, id);
    await select(page, 'n_branch');
    const field = page.getByLabel(tr(lang, 'cond.field', { n: 1 }));
    await field.waitFor();
    expect(await field.locator('option:checked').textContent()).toBe(
      lang === 'es' ? 'Tono de la respuesta' : 'Tone of the reply',
    );
    const value = page.getByLabel(tr(lang, 'cond.value', { n: 1 }));
    expect(await value.locator('option:checked').textContent()).toBe(lang === 'es' ? 'Negativo' : 'Negative');
    // The second rule: "should go to a person" is yes.
    expect(
      await page
        .getByLabel(tr(lang, 'cond.operator', { n: 2 }))
        .locator('option:checked')
        .textContent(),
    ).toBe(tr(lang, 'cond.ops.isTrue'));
    await value.selectOption('neutral');
    await page.getByRole('button', { name: tr(lang, 'cond.add') }).click();
    const f3 = page.getByLabel(tr(lang, 'cond.field', { n: 3 }));
    await f3.selectOption('sentiment.score');
    await page.getByLabel(tr(lang, 'cond.operator', { n: 3 })).selectOption('lt');
    await page.getByLabel(tr(lang, 'cond.value', { n: 3 })).fill('-0.5');
    await shot(page, name(s, '5-condition-builder'));
    const written = 'sentiment.label == "neutral" || sentiment.escalate == true || sentiment.score < -0.5';
    await expect
      .poll(async () => (await docOf(page)).nodes.find((n) => n.id === 'n_branch')?.params.branches)
      .toEqual([expect.objectContaining({ condition: written })]);
    // The code view shows exactly that, and the flow still compiles.
    await page.getByRole('button', { name: tr(lang, 'cond.code'), exact: true }).click();
    expect(await page.locator('#f-n_branch-branches_0_condition').inputValue()).toBe(written);
    await expect.poll(() => page.locator('.step .badge.error').count()).toBe(0);
    await context.close();
  }, 180_000);

  it('6 · keeps the duration unit the user chose, in the singular or plural of the amount', async () => {
    const id = await fromTemplate('delivery-delay');
    const { context, page } = await openFlow(s, id);
    await select(page, 'n_wait_reply');
    const amount = page.locator('#f-n_wait_reply-timeout');
    const unit = page.getByLabel(new RegExp(`: ${tr(lang, 'form.unit')}$`));
    expect(await amount.inputValue()).toBe('24');
    expect(await unit.inputValue()).toBe('h');
    expect(await unit.locator('option:checked').textContent()).toBe(tr(lang, 'form.units.h', { n: 24 }));
    await amount.fill('48');
    await expect.poll(() => unit.inputValue()).toBe('h');
    await expect
      .poll(() => page.locator('[data-testid="node-n_wait_reply"] .step-summary').textContent())
      .toBe(lang === 'es' ? 'Respuesta en 48 horas' : 'Reply within 48 hours');
    await unit.selectOption('d');
    await amount.fill('1');
    await expect.poll(() => unit.locator('option:checked').textContent()).toBe(lang === 'es' ? 'día' : 'day');
    await expect
      .poll(() => page.locator('[data-testid="node-n_wait_reply"] .step-summary').textContent())
      .toBe(lang === 'es' ? 'Respuesta en 1 día' : 'Reply within 1 day');
    await shot(page, name(s, '6-duration'));
    await context.close();
  }, 180_000);

  it('7 · connects by dropping a line on a block, with large handles; edges stay out of the Tab order', async () => {
    const context = await stack.context(s);
    const page = await stack.open(context);
    await page.getByTestId('new-flow').click();
    await page.waitForSelector('.react-flow');
    const pane = page.locator('.react-flow__pane');
    await page.locator('[data-palette="trigger.event"]').dragTo(pane, { targetPosition: { x: 320, y: 60 } });
    await page.locator('[data-palette="message.send"]').dragTo(pane, { targetPosition: { x: 320, y: 330 } });
    await expect.poll(() => page.locator('.react-flow__node-step').count()).toBe(2);
    const ids = (await docOf(page)).nodes.map((n) => n.id);
    const [trigger, message] = ids as [string, string];
    const handle = page.locator(`[data-testid="node-${trigger}"] .react-flow__handle[data-handleid="out"]`);
    const hb = (await handle.boundingBox())!;
    expect(hb.width).toBeGreaterThanOrEqual(13);
    // Drop on the middle of the message's body, far from its top handle.
    await mouseDrag(
      page,
      `[data-testid="node-${trigger}"] .react-flow__handle[data-handleid="out"]`,
      `[data-testid="node-${message}"] .step-summary, [data-testid="node-${message}"] .step-title`,
    );
    await expect.poll(() => page.locator('.react-flow__edge').count()).toBe(1);
    expect((await docOf(page)).edges).toEqual([expect.objectContaining({ from: trigger, port: 'out', to: message })]);
    // Edges are not Tab stops; blocks are, and are named in the user's language.
    expect(await page.locator('.react-flow__edge[tabindex="0"]').count()).toBe(0);
    await page.locator('#canvas-focus').focus();
    await page.keyboard.press('Tab');
    const label = await page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');
    expect(label).toMatch(lang === 'es' ? /^Bloque / : /^Block /);
    expect(label).not.toMatch(/n_/);
    await shot(page, name(s, '7-connected'));
    await context.close();
  }, 180_000);

  it('8 · marks unpublished changes, compares versions with before and after, restores in the app with a note', async () => {
    const id = await fromTemplate('delivery-delay', true);
    const { context, page } = await openFlow(s, id);
    const nativeDialogs: string[] = [];
    page.on('dialog', (d) => {
      nativeDialogs.push(d.message());
      void d.dismiss();
    });
    await expect
      .poll(() => page.locator('.topbar .pill.published').textContent())
      .toBe(tr(lang, 'header.live', { v: 1 }));
    await select(page, 'n_wait_reply');
    await page.locator('#f-n_wait_reply-timeout').fill('3');
    await expect
      .poll(() => page.getByTestId('unpublished').textContent())
      .toBe(tr(lang, 'header.unpublished', { v: 1 }));
    // Publish v2 from the header.
    await page.getByTestId('publish').click();
    await page.getByLabel(tr(lang, 'publish.note')).fill(lang === 'es' ? 'Plazo de 3 horas' : '3-hour limit');
    await page.getByTestId('publish-submit').click();
    await expect
      .poll(() => page.locator('.topbar .pill.published').textContent())
      .toBe(tr(lang, 'header.live', { v: 2 }));
    // Version to version: v1 → v2, in words, before and after.
    await page.getByRole('tab', { name: tr(lang, 'header.versions') }).click();
    await page.getByLabel(tr(lang, 'versions.from'), { exact: true }).selectOption('1');
    await page.getByLabel(tr(lang, 'versions.to'), { exact: true }).selectOption('2');
    await page.getByTestId('compare').click();
    const panel = page.getByTestId('diff-panel');
    await expect.poll(() => panel.textContent()).toContain(tr(lang, 'versions.diffTitle', { a: 'v1', b: 'v2' }));
    const line = await panel.locator('.change-list li').first().textContent();
    expect(line).toContain(lang === 'es' ? 'Plazo máximo' : 'Time limit');
    expect(await panel.locator('del').first().textContent()).toBe(lang === 'es' ? '24 horas' : '24 hours');
    expect(await panel.locator('ins').first().textContent()).toBe(lang === 'es' ? '3 horas' : '3 hours');
    await shot(page, name(s, '8-version-diff'));
    // Restore v1 through the app's own dialog, with a note in the user's language.
    await page
      .locator('.version-list li', { hasText: 'v1' })
      .getByRole('button', { name: tr(lang, 'versions.rollback') })
      .click();
    const dialog = page.getByRole('dialog');
    await expect.poll(() => dialog.textContent()).toContain(tr(lang, 'versions.confirmTitle', { v: 1 }));
    expect(await page.locator('#restore-note').inputValue()).toBe(tr(lang, 'versions.rollbackNote', { v: 1 }));
    await shot(page, name(s, '8-restore-dialog'));
    await page.getByTestId('restore-submit').click();
    await expect
      .poll(() => page.locator('.version-list li').first().textContent())
      .toContain(tr(lang, 'versions.rollbackNote', { v: 1 }));
    await expect
      .poll(() => page.locator('.topbar .pill.published').textContent())
      .toBe(tr(lang, 'header.live', { v: 3 }));
    expect(nativeDialogs).toEqual([]);
    await context.close();
  }, 120_000);

  it('9 · speaks the user language: plurals, words not internal names, no ids under titles, right hints', async () => {
    const id = await fromTemplate('negative-sentiment-escalation');
    const { context, page } = await openFlow(s, id);
    const canvasText = (await page.locator('.react-flow').textContent()) ?? '';
    if (lang === 'es') {
      for (const word of [/\bhigh\b/, /\bcompleted\b/, /\bsupport\b/, /\bsent\b/, /\bnext\b/])
        expect(canvasText).not.toMatch(word);
      expect(canvasText).toContain('prioridad alta');
    }
    // No internal id under any block title.
    const kinds = await page.locator('.step-kind').allTextContents();
    expect(kinds.filter((k) => /\bn_\w+/.test(k))).toEqual([]);
    // A ticket's subject has its own hint, not the email one.
    await select(page, 'n_ticket');
    const hints = await page.locator('[data-field-path="subject"] .hint').allTextContents();
    expect(hints.join(' ')).not.toContain(lang === 'es' ? 'Solo para correo' : 'Email only');
    // Suggestions name types in words.
    await select(page, 'n_thanks');
    const message = page.locator('#f-n_thanks-template-es, #f-n_thanks-template').first();
    await message.fill('');
    await message.pressSequentially('Hola {{ customer.');
    const suggest = (await page.getByRole('listbox').textContent()) ?? '';
    expect(suggest).not.toMatch(/map<|list<|string\b/);
    await page.keyboard.press('Escape');
    // One error: "1 error", never "1 errores" (the template's queue has nobody on it here: a warning besides).
    await message.fill('Hola {{ customer.nmae }}');
    const errorPill = page.locator('.problems-summary .pill.error');
    await expect.poll(() => errorPill.textContent()).toBe(tr(lang, 'problems.errors', { n: 1 }));
    expect(await errorPill.textContent()).toBe(lang === 'es' ? '1 error' : '1 error');
    await shot(page, name(s, '9-language'));
    await context.close();
  }, 180_000);

  it('10 · simulates with the trigger fields, saves scenarios with the flow, logs the tone, fast-forwards to the end', async () => {
    const id = await fromTemplate('delivery-delay');
    const { context, page } = await openFlow(s, id);
    await page.getByRole('tab', { name: tr(lang, 'sim.title') }).click();
    // Taller dock for the simulator.
    await page.getByRole('separator').focus();
    for (let i = 0; i < 6; i++) await page.keyboard.press('ArrowUp');
    // A template scenario where the customer answers angrily: the log says the tone it found.
    await page.getByLabel(tr(lang, 'sim.scenario')).selectOption({ label: 'Responde molesto: pasa a una persona' });
    await page.getByTestId('sim-play').click();
    const log = page.getByTestId('sim-log');
    for (let i = 0; i < 6 && !(await page.getByTestId('sim-done').count()); i++) {
      await expect
        .poll(
          async () =>
            (await page.getByTestId('sim-ff').isEnabled()) || (await page.getByTestId('sim-done').count()) > 0,
          { timeout: 60_000 },
        )
        .toBe(true);
      if (await page.getByTestId('sim-done').count()) break;
      await page.getByTestId('sim-ff').click();
    }
    await expect.poll(() => page.getByTestId('sim-done').count(), { timeout: 60_000 }).toBe(1);
    expect(await log.textContent()).toContain(
      tr(lang, 'log.tone', { label: tr(lang, 'tones.negative'), score: '' })
        .split('(')[0]!
        .trim(),
    );
    // The clock shows 24-hour time with the zone.
    expect(await page.getByTestId('sim-clock').textContent()).toMatch(/\d{2}:\d{2} GMT[+-]\d/);
    await shot(page, name(s, '10-tone-logged'));

    // Fast-forward on the no-reply scenario reaches the end in one step: never "waiting … until" the same minute.
    await page.getByLabel(tr(lang, 'sim.scenario')).selectOption({ label: 'Sin respuesta en 24 h: SMS de respaldo' });
    await page.getByTestId('sim-play').click();
    await expect.poll(() => page.getByTestId('sim-ff').isEnabled(), { timeout: 60_000 }).toBe(true);
    await page.getByTestId('sim-ff').click();
    await expect.poll(() => page.getByTestId('sim-done').count(), { timeout: 60_000 }).toBe(1);
    expect(await page.getByTestId('sim-waiting').count()).toBe(0);

    // Own scenario: the trigger's fields as inputs; leave eta out and the message is held, saying so.
    await page.getByLabel(tr(lang, 'sim.scenario')).selectOption({ label: tr(lang, 'sim.custom') });
    const eta = page.locator('.scenario-form input[id$="-f-eta"]');
    await eta.fill('');
    await page.getByTestId('sim-play').click();
    await expect
      .poll(() => page.getByTestId('sim-waiting').textContent(), { timeout: 60_000 })
      .toContain('event.data.eta');
    await shot(page, name(s, '10-held-in-simulator'));
    // Save it with the flow; it is there after a reload.
    const title = lang === 'es' ? 'Sin hora estimada' : 'No ETA';
    await page.getByPlaceholder(tr(lang, 'sim.saveName')).fill(title);
    await page.getByRole('button', { name: tr(lang, 'sim.save') }).click();
    await expect
      .poll(() => page.locator('.save-state').textContent(), { timeout: 60_000 })
      .toBe(tr(lang, 'header.saved'));
    await page.reload();
    await page.waitForSelector('.react-flow__node-step');
    await page.getByRole('tab', { name: tr(lang, 'sim.title') }).click();
    expect(await page.getByLabel(tr(lang, 'sim.scenario')).locator('option').allTextContents()).toContain(`★ ${title}`);
    expect(page.errors).toEqual([]);
    await context.close();
  }, 180_000);
});

describe('loose ends', () => {
  it('a first visit without a key shows the sign-in with no 401 in the console', async () => {
    const context = await stack.context(SCREENS[0]);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.goto(`${stack.url}/`);
    await page.getByLabel('Correo electrónico', { exact: true }).waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });

  it('keeps screenshots of the main points for the README', () => {
    shots.push(
      'cx-1-event-fields-es-1366',
      'cx-2-held-missing-data-es-1366',
      'cx-3-folded-es-1366',
      'cx-5-condition-builder-es-1366',
      'cx-8-version-diff-en-1440',
      'cx-10-tone-logged-es-1366',
    );
    expect(shots.length).toBe(6);
  });
});
