import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/**
 * The designer is served by the API at `/` in production; in development `vite` proxies `/v1`
 * to a local API (RUTA_API_URL, default http://127.0.0.1:8787).
 */
export default defineConfig({
  plugins: [react()],
  base: './',
  server: {
    fs: { allow: ['../..'] },
    proxy: Object.fromEntries(['/v1', '/healthz'].map((p) => [p, process.env.RUTA_API_URL ?? 'http://127.0.0.1:8787'])),
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
  },
});
