/// <reference lib="dom" />
/**
 * Browser test support: Debian's Chromium through playwright-core (never a browser download), the
 * designer built once, the real local stack on a temporary data directory and free ports, screenshots.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type LocalStack, startLocalStack } from '@ruta/api';
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

/** The two screens every designer test runs on: a 1366×768 laptop in Spanish, a 1440×900 one in English. */
export const SCREENS = [
  { lang: 'es', width: 1366, height: 768, locale: 'es-CL' },
  { lang: 'en', width: 1440, height: 900, locale: 'en-US' },
] as const;
export type Screen = (typeof SCREENS)[number];

/** A serious or critical accessibility problem axe-core found. */
export interface AxeViolation {
  id: string;
  impact: string;
  help: string;
  targets: string[];
}

const AXE_SOURCE = (() => {
  const require = createRequire(import.meta.url);
  return readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
})();

/**
 * Runs axe-core (WCAG 2 A/AA rules) on the page as it is and returns its serious and critical violations.
 * Regions outside the app's control (none today) could be excluded here.
 */
export async function axeSerious(page: Page): Promise<AxeViolation[]> {
  await page.addScriptTag({ content: AXE_SOURCE });
  const found = await page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<unknown> } }).axe;
    const r = (await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
      resultTypes: ['violations'],
    })) as { violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[] };
    return r.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.slice(0, 5).map((n) => n.target.join(' ')),
    }));
  });
  return found.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

// The dictionaries are read as data at run time (the designer is not part of the tests' TypeScript project).
const dictionary = async (lang: 'es' | 'en') =>
  (await import(/* @vite-ignore */ join(ROOT, `apps/designer/src/i18n/${lang}.ts`)))[lang] as Record<string, unknown>;
const DICTS = { es: await dictionary('es'), en: await dictionary('en') };

/**
 * The designer's own text for a key, so tests look for what the user reads in each language: plural entries
 * take the form for `vars.n`, `{name}` placeholders are filled.
 */
export function tr(lang: 'es' | 'en', key: string, vars: Record<string, string | number> = {}): string {
  let v: unknown = DICTS[lang];
  for (const part of key.split('.')) v = (v as Record<string, unknown> | undefined)?.[part];
  if (v && typeof v === 'object' && 'one' in v && 'other' in v) {
    const n = Number(vars.n ?? 0);
    v = new Intl.PluralRules(lang).select(n) === 'one' ? (v as { one: string }).one : (v as { other: string }).other;
  }
  if (typeof v !== 'string') throw new Error(`no text ${key} in ${lang}`);
  return v.replace(/\{(\w+)\}/g, (m, k: string) => (k in vars ? String(vars[k]) : m));
}

/**
 * The real local stack (Temporal dev server, PGlite, worker, API with the built designer) on a temporary data
 * directory and free ports, with a known admin key; `stop()` stops it and removes the directory.
 */
export async function startTestStack(
  adminKey: string,
  bundlePath: string,
): Promise<{ stack: LocalStack; stop(): Promise<void> }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'ruta-e2e-'));
  const [temporalPort, uiPort] = [await freePort(), await freePort()];
  const stack = await startLocalStack({
    dataDir,
    port: 0,
    bundlePath,
    env: {
      ...process.env,
      TEMPORAL_PORT: String(temporalPort),
      TEMPORAL_UI_PORT: String(uiPort),
      RUTA_ADMIN_KEY: adminKey,
      RUTA_ADMIN_EMAIL: E2E_ADMIN.email,
      RUTA_ADMIN_PASSWORD: E2E_ADMIN.password,
      TEMPORAL_ADDRESS: '',
      DATABASE_URL: '',
    },
  });
  return {
    stack,
    async stop() {
      await stack.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Calls the stack's API with a key; throws with the answer on an error status. */
export function apiCaller(url: () => string, key: () => string) {
  return async <T>(method: string, path: string, body?: unknown): Promise<T> => {
    const res = await fetch(`${url()}${path}`, {
      method,
      headers: { authorization: `Bearer ${key()}`, ...(body ? { 'content-type': 'application/json' } : {}) },
      ...(body ? { body: JSON.stringify(body) } : {}),
    });
    const text = await res.text();
    if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${text}`);
    return (text ? JSON.parse(text) : undefined) as T;
  };
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
