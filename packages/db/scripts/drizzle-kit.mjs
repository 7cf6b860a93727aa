// Runs the drizzle-kit CLI so that it finds this package's drizzle-orm.
// npm keeps drizzle-orm under packages/db/node_modules while drizzle-kit is hoisted to the root, so the kit's own
// `require('drizzle-orm')` and `import('drizzle-orm/…')` fail ("Please install latest version of drizzle-orm").
// If drizzle-orm is ever hoisted, this wrapper is harmless.
import Module, { createRequire, register } from 'node:module';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const own = fileURLToPath(new URL('../node_modules', import.meta.url));
process.env.NODE_PATH = [own, process.env.NODE_PATH].filter(Boolean).join(delimiter);
// Module._initPaths is internal: it re-reads NODE_PATH for require().
Module._initPaths?.();

const base = new URL('../package.json', import.meta.url).href;
const hook = `
export async function resolve(specifier, context, next) {
  try {
    return await next(specifier, context);
  } catch (error) {
    if (specifier === 'drizzle-orm' || specifier.startsWith('drizzle-orm/')) return next(specifier, { ...context, parentURL: ${JSON.stringify(base)} });
    throw error;
  }
}`;
register(`data:text/javascript,${encodeURIComponent(hook)}`);

const require = createRequire(import.meta.url);
await import(join(dirname(require.resolve('drizzle-kit')), 'bin.cjs'));
