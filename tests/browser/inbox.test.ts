/**
 * The agent workspace in Debian's Chromium against the real local stack: a customer's angry message escalates through
 * the published escalation flow; the case appears live (SSE) in the agent's inbox with its context; the agent takes
 * it, answers on the customer's channel (the journey's sandbox phone shows the answer) and resolves it with an
 * outcome; the waiting journey resumes and ends by `resolved`.
 */
import { describe, expect, it } from 'vitest';
import { withDesignerStack } from './stack';
import { axeSerious, publishShots, shot, signInContext } from './support';

const ui = withDesignerStack();

const AGENT = { email: 'agente@e2e.example', password: 'una frase larga de agente' };

interface JourneyDetail {
  status: string;
  outcome: string | null;
  messages: { direction: string; text: string; channel: string }[];
}

describe('the agent workspace in Chromium', () => {
  it('an angry message escalates, appears live, the agent replies and resolves, the journey resumes', async () => {
    await ui.api('POST', '/v1/queues', { id: 'soporte', name: 'Soporte Chile' });
    const { id: flowId } = await ui.api<{ id: string }>('POST', '/v1/flows', {
      template: 'negative-sentiment-escalation',
    });
    await ui.api('POST', `/v1/flows/${flowId}/publish`, { note: 'v1' });
    await ui.api('PUT', '/v1/customers/c_camila', { name: 'Camila', phone: '+56911112222', locale: 'es' });

    // An agent of the queue, invited with a one-time password, who chooses their own.
    const invited = await ui.api<{ oneTimePassword: string }>('POST', '/v1/users', {
      email: AGENT.email,
      displayName: 'Ana Agente',
      roles: ['agent'],
      language: 'es',
      queues: ['soporte'],
    });
    const context = await ui.browser.newContext({ viewport: { width: 1440, height: 1000 }, locale: 'es-CL' });
    const first = await context.request.post(`${ui.url}/v1/auth/sign-in`, {
      data: { email: AGENT.email, password: invited.oneTimePassword },
    });
    const { csrfToken } = (await first.json()) as { csrfToken: string };
    const changed = await context.request.post(`${ui.url}/v1/me/password`, {
      data: { currentPassword: invited.oneTimePassword, newPassword: AGENT.password },
      headers: { 'x-csrf-token': csrfToken },
    });
    expect(changed.ok(), await changed.text()).toBe(true);
    await signInContext(context, ui.url, AGENT, 'es');

    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${ui.url}/#/cases`);
    await page.getByRole('heading', { name: 'Bandeja de casos' }).waitFor();
    await expect
      .poll(() => page.getByTestId('live-status').getAttribute('data-live'), { timeout: 15_000 })
      .toBe('true');

    // The customer writes first on WhatsApp (the sandbox): nobody waits for it, so it arrives as message.received
    // and starts the escalation flow.
    const text = 'Gracias por nada, llevo una semana esperando mi pedido y nadie me responde';
    const started = await ui.api<{ journeys: { workflowId: string; action: string }[] }>('POST', '/v1/sandbox/reply', {
      customerId: 'c_camila',
      text,
      channel: 'whatsapp',
    });
    expect(started.journeys).toEqual([expect.objectContaining({ action: 'started' })]);
    const journeyId = started.journeys[0]!.workflowId;

    // Live: the case appears without reloading.
    const row = page.locator('[data-testid="cases"] tbody tr', { hasText: 'c_camila' });
    await expect.poll(() => row.count(), { timeout: 60_000 }).toBe(1);
    await expect.poll(() => page.getByTestId('inbox-announcer').textContent()).toContain('Nuevo caso');
    await row.click();
    await page.getByRole('heading', { name: 'Conversación' }).waitFor();
    await expect
      .poll(() => page.getByTestId('case-timeline').textContent(), { timeout: 15_000 })
      .toContain('Gracias por nada');
    await expect.poll(() => page.locator('.case-side').textContent()).toMatch(/negativo \(-0,\d\d\)/);
    await expect.poll(() => page.locator('.case-side').textContent()).toContain('Camila');
    // The hand-off's Spanish summary names the tone in Spanish, and the profile the customer's language in words.
    expect(await row.textContent()).toContain('tono negativo');
    // The queue reads by the name people gave it, in the list and on the case.
    await expect.poll(() => row.textContent()).toContain('Soporte Chile');
    expect(await page.locator('.case-head').textContent()).toContain('Soporte Chile');
    expect(await page.locator('.case-side').textContent()).toContain('español');
    await shot(page, '14-agent-case');
    // What a screen reader needs: no serious or critical axe finding on the inbox with a case open.
    expect(await axeSerious(page)).toEqual([]);

    // Take it (keyboard), answer the customer, see the answer on the journey's sandbox phone.
    await page.locator('body').press('c');
    await expect.poll(() => row.textContent(), { timeout: 15_000 }).toContain('Tú');
    await page.getByLabel('Respuesta al cliente').fill('Hola Camila, lamento la demora. Tu pedido sale hoy.');
    await page.getByRole('button', { name: 'Enviar' }).click();
    await expect
      .poll(() => page.getByTestId('case-timeline').textContent(), { timeout: 30_000 })
      .toContain('Tu pedido sale hoy');
    const path = `/v1/journeys/${encodeURIComponent(journeyId)}`;
    await expect
      .poll(
        async () =>
          (await ui.api<JourneyDetail>('GET', path)).messages.some(
            (m) => m.direction === 'out' && m.text.includes('Tu pedido sale hoy') && m.channel === 'whatsapp',
          ),
        { timeout: 30_000 },
      )
      .toBe(true);

    // Resolve with an outcome: the case leaves the inbox and the journey leaves the hand-off by `resolved`.
    await page
      .getByRole('button', { name: /Resolver/ })
      .first()
      .click();
    await page.getByLabel('Reposición').check();
    await page.getByTestId('confirm-resolve').click();
    await expect.poll(() => row.count(), { timeout: 15_000 }).toBe(0);
    await expect
      .poll(async () => (await ui.api<JourneyDetail>('GET', path)).outcome, { timeout: 60_000 })
      .toBe('resolved');

    // The journey's phone, as the CX manager sees it in Watch, shows the agent's answer.
    const admin = await ui.browser.newContext({ viewport: { width: 1440, height: 1000 }, locale: 'es-CL' });
    const watch = await ui.open(admin, `#/flows/${flowId}`, 'es');
    await watch.waitForSelector('.react-flow');
    await watch.getByRole('tab', { name: 'Seguimiento' }).click();
    const journeyRow = watch.locator('table.journeys tr', { hasText: 'c_camila' });
    await expect.poll(() => journeyRow.count(), { timeout: 30_000 }).toBe(1);
    await journeyRow.getByRole('button').first().click();
    await expect
      .poll(() => watch.getByTestId('phone').textContent(), { timeout: 30_000 })
      .toContain('Tu pedido sale hoy');
    await shot(watch, '15-agent-reply-on-phone');
    publishShots(['14-agent-case', '15-agent-reply-on-phone']);
    expect(errors).toEqual([]);
    await admin.close();
    await context.close();
  }, 240_000);
});
