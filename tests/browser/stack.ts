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
import { E2E_ADMIN, ensureDesignerBuilt, freePort, launch, type Screen, signInContext } from './support';

export interface DesignerStack {
  readonly url: string;
  readonly key: string;
  readonly browser: Browser;
  api<T = Record<string, unknown>>(method: string, path: string, body?: unknown): Promise<T>;
  /** A fresh browser context on that screen and language; close it at the end of the test. */
  context(screen: Screen): Promise<BrowserContext>;
  /**
   * Opens the designer at `hash`, signed in as the first admin in `lang` (default: the language of the screen the
   * context was made for, else Spanish), collecting page errors and console errors.
   */
  open(context: BrowserContext, hash?: string, lang?: 'es' | 'en'): Promise<Page & { errors: string[] }>;
}

const KEY = 'ruta_browser_admin_key_0123456789abcdef';
/** The language of the screen each context was made for. */
const languages = new WeakMap<BrowserContext, 'es' | 'en'>();

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
        RUTA_ADMIN_EMAIL: E2E_ADMIN.email,
        RUTA_ADMIN_PASSWORD: E2E_ADMIN.password,
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
    async context(screen) {
      const context = await self.browser.newContext({
        viewport: { width: screen.width, height: screen.height },
        locale: screen.locale,
      });
      languages.set(context, screen.lang);
      return context;
    },
    async open(context, hash = '', lang = languages.get(context) ?? 'es') {
      await signInContext(context, self.url, E2E_ADMIN, lang);
      const page = (await context.newPage()) as Page & { errors: string[] };
      page.errors = [];
      page.on('pageerror', (e) => page.errors.push(`pageerror: ${e.message}`));
      page.on('console', (m) => {
        if (m.type() === 'error') page.errors.push(`console: ${m.text()}`);
      });
      await page.goto(`${self.url}/${hash}`);
      return page;
    },
  };
  return self;
}
