/**
 * Browser test support: Debian's Chromium through playwright-core (never a browser download), the
 * designer built once, the real local stack on a temporary data directory and free ports, screenshots.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type LocalStack, startLocalStack } from '@ruta/api';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';

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

/** The local stack and a browser for one test file, and how to open the designer signed in. */
export interface DesignerStack {
  readonly stack: LocalStack;
  readonly browser: Browser;
  readonly key: string;
  /** Opens the designer at `hash` in a new page of `context`, signed in with the admin key. */
  open(context: BrowserContext, hash?: string): Promise<Page>;
}

/**
 * Starts the real local stack (Temporal dev server, PGlite, worker, the API serving the built designer) on a
 * temporary data directory and free ports, and Chromium, for the current test file (beforeAll/afterAll).
 */
export function withDesignerStack(prefix: string): DesignerStack {
  const key = `ruta_${prefix}_admin_key_0123456789abcdef`;
  let stack: LocalStack | undefined;
  let browser: Browser | undefined;
  let dataDir: string | undefined;
  beforeAll(async () => {
    ensureDesignerBuilt();
    dataDir = mkdtempSync(join(tmpdir(), `ruta-${prefix}-`));
    const [temporalPort, uiPort] = [await freePort(), await freePort()];
    stack = await startLocalStack({
      dataDir,
      port: 0,
      bundlePath: inject('workflowBundle'),
      env: {
        ...process.env,
        TEMPORAL_PORT: String(temporalPort),
        TEMPORAL_UI_PORT: String(uiPort),
        RUTA_ADMIN_KEY: key,
        TEMPORAL_ADDRESS: '',
        DATABASE_URL: '',
      },
    });
    browser = await launch();
  }, 240_000);
  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  }, 120_000);
  const need = <T>(v: T | undefined, what: string): T => {
    if (v === undefined) throw new Error(`${what} is not ready: use it inside tests`);
    return v;
  };
  return {
    get stack() {
      return need(stack, 'The local stack');
    },
    get browser() {
      return need(browser, 'The browser');
    },
    key,
    async open(context, hash = '') {
      const page = await context.newPage();
      page.on('pageerror', (e) => console.error('pageerror:', e.message));
      await page.goto(`${need(stack, 'The local stack').url}/?key=${encodeURIComponent(key)}${hash}`);
      return page;
    },
  };
}
