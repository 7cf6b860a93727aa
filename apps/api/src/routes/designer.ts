import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import type { Hono } from 'hono';
import type { AppEnv } from '../context';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.map': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
};

const HOW_TO_BUILD = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Ruta</title>
<style>body{font:16px/1.6 system-ui,sans-serif;max-width:640px;margin:60px auto;padding:0 20px;color:#1b1f24}code{background:#f3f4f6;padding:2px 6px;border-radius:4px}</style></head>
<body><h1>Ruta</h1><p>The API is running. The designer is not built yet; build it once with:</p>
<p><code>npm run build -w @ruta/designer</code></p><p>then reload this page. Meanwhile: <a href="/docs">API reference</a> · <a href="/readyz">/readyz</a>.</p></body></html>`;

/**
 * Serves the built designer at `/` with the SPA fallback (unknown paths outside /v1 get index.html), or a short
 * page saying how to build it. Files are read from `dir`, never outside it.
 */
export function designerRoutes(app: Hono<AppEnv>, dir: string | undefined): void {
  app.get('*', async (c, next) => {
    const path = c.req.path;
    if (path.startsWith('/v1/') || path === '/v1') return next();
    if (!dir) return path === '/' ? c.html(HOW_TO_BUILD) : next();
    const file = normalize(join(dir, decodeURIComponent(path)));
    if (!file.startsWith(dir + sep) && file !== dir) return next();
    const found = await stat(file).then(
      (s) => s.isFile(),
      () => false,
    );
    const target = found ? file : join(dir, 'index.html');
    const type = TYPES[extname(target)] ?? 'application/octet-stream';
    const immutable = found && path.startsWith('/assets/');
    return c.body(await readFile(target), 200, {
      'content-type': type,
      'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
    });
  });
}
