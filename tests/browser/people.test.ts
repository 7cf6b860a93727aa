/**
 * People sign in, in Debian's Chromium against the real local stack: an agent signs in in Spanish with the keyboard
 * (a wrong password first, announced), sees only what an agent may — their queue's cases, no flows, no people — and
 * signs out; an admin adds a person, who signs in with the one-time password and must choose their own first.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type LocalStack, startLocalStack } from '@ruta/api';
import { createTicket } from '@ruta/db';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { E2E_ADMIN, ensureDesignerBuilt, freePort, launch, publishShots, shot } from './support';

const ADMIN_KEY = 'ruta_e2e_people_admin_key_0123456789';
let stack: LocalStack;
let browser: Browser;
let dataDir: string;

async function api<T>(method: string, path: string, body?: unknown): Promise<T> {
  const res = await fetch(`${stack.url}${path}`, {
    method,
    headers: { authorization: `Bearer ${ADMIN_KEY}`, ...(body ? { 'content-type': 'application/json' } : {}) },
    ...(body ? { body: JSON.stringify(body) } : {}),
  });
  const text = await res.text();
  if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${text}`);
  return (text ? JSON.parse(text) : undefined) as T;
}

async function newPage(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  page.on('pageerror', (e) => console.error('pageerror:', e.message));
  return page;
}

/** The labels of the main navigation, as a person sees them. */
const navLinks = (page: Page) =>
  page
    .getByRole('navigation', { name: /Secciones|Sections/ })
    .getByRole('link')
    .allTextContents();

beforeAll(async () => {
  ensureDesignerBuilt();
  dataDir = mkdtempSync(join(tmpdir(), 'ruta-e2e-people-'));
  const [temporalPort, uiPort] = [await freePort(), await freePort()];
  stack = await startLocalStack({
    dataDir,
    port: 0,
    // Nobody runs a journey here: no worker.
    worker: false,
    env: {
      ...process.env,
      TEMPORAL_PORT: String(temporalPort),
      TEMPORAL_UI_PORT: String(uiPort),
      RUTA_ADMIN_KEY: ADMIN_KEY,
      RUTA_ADMIN_EMAIL: E2E_ADMIN.email,
      RUTA_ADMIN_PASSWORD: E2E_ADMIN.password,
      TEMPORAL_ADDRESS: '',
      DATABASE_URL: '',
    },
  });
  const db = stack.app.runtime.db;
  await api('POST', '/v1/queues', { id: 'soporte', name: 'Soporte' });
  await createTicket(db, { customerId: 'c_ana', queue: 'soporte', subject: 'Cobro duplicado', priority: 'high' });
  await createTicket(db, { customerId: 'c_beto', queue: 'cobranza', subject: 'Deuda vencida' });
  await api('POST', '/v1/users', {
    email: 'agente@e2e.example',
    displayName: 'Marta Agente',
    roles: ['agent'],
    language: 'es',
    queues: ['soporte'],
    password: 'la clave de marta agente',
  });
  browser = await launch();
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await stack?.stop();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
}, 120_000);

describe('people in Chromium', () => {
  it('an agent signs in in Spanish with the keyboard, sees only their queue’s cases, and signs out', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'es-CL' });
    const page = await newPage(context);
    await page.goto(`${stack.url}/#/flows`);
    await expect.poll(() => page.getByRole('heading', { name: 'Entrar a Ruta' }).count()).toBe(1);
    // The email field has the focus; all by keyboard from here.
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('signin-email');
    await shot(page, '11-sign-in');
    await page.keyboard.type('agente@e2e.example');
    await page.keyboard.press('Tab');
    await page.keyboard.type('no es la clave');
    await page.keyboard.press('Enter');
    const alert = page.getByRole('alert').filter({ hasText: 'El correo o la contraseña no son correctos.' });
    await expect.poll(() => alert.count()).toBe(1);
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('signin-password');
    expect(await page.getByLabel('Contraseña', { exact: true }).getAttribute('aria-invalid')).toBe('true');
    await page.keyboard.type('la clave de marta agente');
    await page.keyboard.press('Enter');

    // An agent lands on the cases of their queue: no flows, no templates, no people.
    await expect.poll(() => page.getByRole('heading', { name: 'Casos' }).count()).toBe(1);
    expect(page.url()).toContain('#/cases');
    expect(await navLinks(page)).toEqual(['Casos']);
    await expect.poll(() => page.getByTestId('signed-in-as').textContent()).toBe('Marta AgenteAgente');
    const rows = page.getByTestId('cases').locator('tbody tr');
    await expect.poll(() => rows.count()).toBe(1);
    expect(await rows.first().textContent()).toContain('Cobro duplicado');
    expect(await page.content()).not.toContain('Deuda vencida');
    expect(await page.getByTestId('new-flow').count()).toBe(0);
    await shot(page, '12-agent-cases');
    // Addresses of other sections lead back to the cases.
    for (const hash of ['#/flows', '#/people', '#/templates']) {
      await page.goto(`${stack.url}/${hash}`);
      await expect.poll(() => page.url()).toContain('#/cases');
      await expect.poll(() => page.getByRole('heading', { name: 'Casos' }).count()).toBe(1);
    }
    // The API says the same to this session.
    const status = await page.evaluate(async () => (await fetch('/v1/flows')).status);
    expect(status).toBe(403);

    await page.getByTestId('sign-out').click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Cerraste sesión.' }).count()).toBe(1);
    await expect.poll(() => page.getByRole('heading', { name: 'Entrar a Ruta' }).count()).toBe(1);
    expect(await page.evaluate(async () => (await fetch('/v1/me')).status)).toBe(401);
    await context.close();
  }, 120_000);

  it('an admin adds a person, who signs in with the one-time password and chooses their own', async () => {
    const admin = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'es-CL' });
    const page = await newPage(admin);
    await page.goto(stack.url);
    await page.getByLabel('Correo electrónico', { exact: true }).fill(E2E_ADMIN.email);
    await page.getByLabel('Contraseña', { exact: true }).fill(E2E_ADMIN.password);
    await page.getByRole('button', { name: 'Entrar', exact: true }).click();
    await expect.poll(() => page.getByRole('heading', { name: 'Flujos' }).count()).toBe(1);
    expect(await navLinks(page)).toEqual([
      'Flujos',
      'Plantillas',
      'Base de conocimiento',
      'Requiere atención',
      'Insights',
      'Casos',
      'Personas',
    ]);

    await page.getByRole('link', { name: 'Personas' }).click();
    await expect.poll(() => page.getByRole('heading', { name: 'Personas' }).count()).toBe(1);
    await page.getByTestId('add-person').click();
    // The form opens with the focus on its first field; a missing role is said on the field.
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('person-displayName');
    await page.keyboard.type('Pedro Supervisor');
    await page.getByLabel('Correo electrónico', { exact: true }).fill('pedro@e2e.example');
    await page.getByTestId('create-person').click();
    await expect.poll(() => page.getByText('Elige al menos un rol.').count()).toBe(1);
    await page.getByRole('checkbox', { name: 'Supervisión' }).check();
    await page.getByRole('checkbox', { name: 'Agente' }).check();
    await page.getByRole('checkbox', { name: 'Soporte' }).check();
    await page.getByTestId('create-person').click();
    const secret = page.getByTestId('one-time-password');
    await expect.poll(() => secret.count()).toBe(1);
    const oneTime = (await secret.locator('code').textContent())!.trim();
    expect(oneTime).toMatch(/^[A-Za-z2-9]{5}(-[A-Za-z2-9]{5}){3}$/);
    await expect.poll(() => page.getByTestId('people').textContent()).toContain('pedro@e2e.example');
    await shot(page, '13-people-invite');
    const made = await api<{
      users: { email: string; roles: string[]; queues: string[]; mustChangePassword: boolean }[];
    }>('GET', '/v1/users');
    expect(made.users.find((u) => u.email === 'pedro@e2e.example')).toMatchObject({
      roles: ['agent', 'supervisor'],
      queues: ['soporte'],
      mustChangePassword: true,
    });
    await admin.close();

    // Pedro signs in with it and must choose his own password before anything else.
    const pedro = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'es-CL' });
    const p = await newPage(pedro);
    await p.goto(stack.url);
    await p.getByLabel('Correo electrónico', { exact: true }).fill('pedro@e2e.example');
    await p.getByLabel('Contraseña', { exact: true }).fill(oneTime);
    await p.getByRole('button', { name: 'Entrar', exact: true }).click();
    await expect.poll(() => p.getByRole('heading', { name: 'Elige tu contraseña' }).count()).toBe(1);
    await p.getByLabel('Contraseña de un solo uso', { exact: true }).fill(oneTime);
    await p.getByLabel('Contraseña nueva', { exact: true }).fill('corta');
    await p.getByLabel('Repite la contraseña nueva', { exact: true }).fill('corta');
    await p.getByRole('button', { name: 'Guardar contraseña' }).click();
    await expect.poll(() => p.getByRole('alert').filter({ hasText: 'Usa al menos 12 caracteres.' }).count()).toBe(1);
    await p.getByLabel('Contraseña nueva', { exact: true }).fill('la frase de pedro supervisor');
    await p.getByLabel('Repite la contraseña nueva', { exact: true }).fill('la frase de pedro supervisor');
    await p.getByRole('button', { name: 'Guardar contraseña' }).click();
    await expect.poll(() => p.getByRole('heading', { name: 'Casos' }).count()).toBe(1);
    expect(await navLinks(p)).toEqual(['Casos', 'Personas']);
    await pedro.close();
    publishShots(['11-sign-in', '12-agent-cases', '13-people-invite']);
  }, 120_000);
});
