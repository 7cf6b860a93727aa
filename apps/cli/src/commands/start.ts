import type { Args } from '../args';
import { langOf } from '../args';

/**
 * `ruta start` (what `npm start` runs): the whole local stack in one process — the Temporal dev server (state in
 * `.data/temporal.sqlite`, Web UI on :8233), the embedded PGlite database (`.data/pglite`), a journey worker and
 * the HTTP API with the designer on PORT (default 3000, 127.0.0.1). Prints the addresses and, on the first start,
 * the admin API key. Ctrl-C stops everything cleanly; data survives a restart.
 */
export async function startCommand(args: Args): Promise<number> {
  const { runLocalStack } = await import('@ruta/api');
  await runLocalStack({ lang: langOf(args) });
  return 0;
}
