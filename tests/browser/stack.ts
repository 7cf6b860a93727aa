/**
 * One real local stack (Temporal dev server, PGlite, worker, API serving the built designer) and one Chromium
 * per test file, with helpers to call the API and open the designer on a screen size and language.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type LocalStack, startLocalStack } from '@ruta/api';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { ensureDesignerBuilt, freePort, launch, type Screen } from './support';

export interface DesignerStack {
  readonly url: string;
  readonly key: string;
  readonly browser: Browser;
  api<T = Record<string, unknown>>(method: string, path: string, body?: unknown): Promise<T>;
  /** A fresh browser context on that screen and language; close it at the end of the test. */
  context(screen: Screen): Promise<BrowserContext>;
  /** Opens the designer (signed in) at `hash`, collecting page errors and console errors. */
  open(context: BrowserContext, hash?: string): Promise<Page & { errors: string[] }>;
}

const KEY = 'ruta_browser_admin_key_0123456789abcdef';

/** Starts the stack before the file's tests and stops it after; `env` is added to the stack's environment. */
export function withDesignerStack(env: Record<string, string> = {}): DesignerStack {
  let stack: LocalStack | undefined;
  let browser: Browser | undefined;
  let dataDir = '';
  beforeAll(async () => {
    ensureDesignerBuilt();
    dataDir = mkdtempSync(join(tmpdir(), 'ruta-designer-'));
    const [temporalPort, uiPort] = [await freePort(), await freePort()];
    stack = await startLocalStack({
      dataDir,
      port: 0,
      bundlePath: inject('workflowBundle'),
      env: {
        ...process.env,
        TEMPORAL_PORT: String(temporalPort),
        TEMPORAL_UI_PORT: String(uiPort),
        RUTA_ADMIN_KEY: KEY,
        TEMPORAL_ADDRESS: '',
        DATABASE_URL: '',
        ...env,
      },
    });
    browser = await launch();
  }, 240_000);
  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  }, 120_000);

  const self: DesignerStack = {
    get url() {
      return stack?.url ?? '';
    },
    key: KEY,
    get browser() {
      if (!browser) throw new Error('the browser is not started yet');
      return browser;
    },
    async api<T>(method: string, path: string, body?: unknown): Promise<T> {
      const res = await fetch(`${self.url}${path}`, {
        method,
        headers: {
          authorization: `Bearer ${KEY}`,
          ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
        },
        ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
      });
      const text = await res.text();
      if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${text}`);
      return (text ? JSON.parse(text) : undefined) as T;
    },
    context: (screen) =>
      self.browser.newContext({ viewport: { width: screen.width, height: screen.height }, locale: screen.locale }),
    async open(context, hash = '') {
      const page = (await context.newPage()) as Page & { errors: string[] };
      page.errors = [];
      page.on('pageerror', (e) => page.errors.push(`pageerror: ${e.message}`));
      page.on('console', (m) => {
        if (m.type() === 'error') page.errors.push(`console: ${m.text()}`);
      });
      await page.goto(`${self.url}/?key=${encodeURIComponent(KEY)}${hash}`);
      return page;
    },
  };
  return self;
}
