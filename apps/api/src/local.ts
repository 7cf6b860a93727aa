/**
 * The local stack as a process of its own (what `npm start` runs through the CLI): Temporal dev server, database,
 * worker and API. `node --import tsx apps/api/src/local.ts`
 */
import { runLocalStack } from './stack/run';

await runLocalStack({ lang: process.env.RUTA_LANG === 'es' ? 'es' : 'en' });
process.exit(0);
