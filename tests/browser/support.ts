/**
 * Browser test support: Debian's Chromium through playwright-core (never a browser download), the
 * designer built once, the real local stack on a temporary data directory and free ports, screenshots.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';

export const ROOT = resolve(import.meta.dirname, '../..');
export const SHOTS = join(ROOT, 'tests/artifacts/screenshots');
export const DOC_SHOTS = join(ROOT, 'docs/screenshots');
const DESIGNER = join(ROOT, 'apps/designer');

/** Where Chromium is: CHROMIUM_PATH, else Debian's. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** A free TCP port on loopback. */
export function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const s = createServer();
    s.once('error', fail);
    s.listen(0, '127.0.0.1', () => {
      const a = s.address();
      const port = typeof a === 'object' && a ? a.port : 0;
      s.close(() => done(port));
    });
  });
}

function newest(dir: string): number {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

/** Builds the designer when dist is missing or older than its sources. */
export function ensureDesignerBuilt(): void {
  const index = join(DESIGNER, 'dist/index.html');
  const sources = Math.max(newest(join(DESIGNER, 'src')), newest(join(ROOT, 'packages/flow/src')));
  if (existsSync(index) && statSync(index).mtimeMs >= sources) return;
  const r = spawnSync('npm', ['run', 'build', '-w', '@ruta/designer'], { cwd: ROOT, stdio: 'pipe', encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`designer build failed:\n${r.stdout}\n${r.stderr}`);
}

/** Headless Chromium; playwright gives every launch a fresh temporary profile (and removes it on close). */
export async function launch(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM}: install Debian's package (apt-get install -y chromium) or set CHROMIUM_PATH`,
    );
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/** Saves a screenshot of the page under tests/artifacts/screenshots. */
export async function shot(page: Page, name: string): Promise<string> {
  mkdirSync(SHOTS, { recursive: true });
  const path = join(SHOTS, `${name}.png`);
  await page.screenshot({ path });
  return path;
}

/** Copies chosen screenshots to docs/screenshots (committed, shown in the README). */
export function publishShots(names: string[]): void {
  mkdirSync(DOC_SHOTS, { recursive: true });
  for (const n of names) {
    const from = join(SHOTS, `${n}.png`);
    if (existsSync(from)) copyFileSync(from, join(DOC_SHOTS, `${n}.png`));
  }
}

/** Drags from the center of one element to (an offset inside) another with the mouse, as a person would. */
export async function mouseDrag(
  page: Page,
  from: string,
  to: string,
  offset?: { x: number; y: number },
): Promise<void> {
  const a = await page.locator(from).first().boundingBox();
  const b = await page.locator(to).first().boundingBox();
  if (!a || !b) throw new Error(`cannot drag ${from} → ${to}: not visible`);
  await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
  await page.mouse.down();
  const tx = b.x + (offset ? offset.x : b.width / 2);
  const ty = b.y + (offset ? offset.y : b.height / 2);
  await page.mouse.move(tx, ty, { steps: 12 });
  await page.mouse.up();
}

/** The first admin of every browser test's stack (RUTA_ADMIN_EMAIL / RUTA_ADMIN_PASSWORD). */
export const E2E_ADMIN = { email: 'admin@e2e.example', password: 'contraseña de prueba e2e' };

/**
 * Signs a browser context in as a person through the API, as the sign-in page would (the session cookie lands in the
 * context), and sets the account's language, which the designer adopts. For tests whose subject is not signing in.
 */
export async function signInContext(
  context: BrowserContext,
  baseUrl: string,
  person: { email: string; password: string },
  language?: 'es' | 'en',
): Promise<void> {
  const res = await context.request.post(`${baseUrl}/v1/auth/sign-in`, { data: person });
  if (!res.ok()) throw new Error(`sign-in of ${person.email} failed: ${res.status()} ${await res.text()}`);
  if (!language) return;
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  const changed = await context.request.patch(`${baseUrl}/v1/me`, {
    data: { language },
    headers: { 'x-csrf-token': csrfToken },
  });
  if (!changed.ok()) throw new Error(`language of ${person.email}: ${changed.status()} ${await changed.text()}`);
}
