import { existsSync, mkdirSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ACTIVITY_NAME } from '@ruta/flow';
import { type Args, flag, UsageError } from '../args';

/** This checkout: the SDK and vitest a scaffolded package links to. */
const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../../..');

const USAGE =
  'Usage: ruta new activity <name> [--dir <folder>]   (name: dot-separated camelCase, e.g. orders.lookupStatus)';

/** `orders.lookupStatus` → `orders-lookup-status`. */
export const kebab = (name: string): string =>
  name
    .replace(/\./g, '-')
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .toLowerCase();

/** `orders.lookupStatus` → `lookupStatus` (the exported constant). */
const exportName = (name: string): string => name.split('.').at(-1)!;

/** The files of a new activity package: the activity, its index, its test, package.json and tsconfig.json. */
export function activityScaffold(name: string): Record<string, string> {
  const file = kebab(exportName(name));
  const id = exportName(name);
  return {
    'package.json': `${JSON.stringify(
      {
        name: kebab(name),
        version: '0.1.0',
        private: true,
        type: 'module',
        description: `The ${name} activity for Ruta`,
        exports: './src/index.ts',
        scripts: { test: 'vitest run' },
      },
      null,
      2,
    )}\n`,
    'tsconfig.json': `${JSON.stringify(
      {
        compilerOptions: {
          target: 'ES2022',
          module: 'ESNext',
          moduleResolution: 'Bundler',
          strict: true,
          noEmit: true,
          skipLibCheck: true,
        },
        include: ['src'],
      },
      null,
      2,
    )}\n`,
    'src/index.ts': `// Every activity exported here is served by \`RUTA_ACTIVITIES=<this folder> npx ruta worker\`.\nexport { ${id} } from './${file}';\n`,
    [`src/${file}.ts`]: `import { defineActivity, nonRetryable, retryable, retryAfter, z } from '@ruta/sdk';

/**
 * ${name}: calls a service over HTTP. A 5xx or a network error is retried, a 404 is final (the journey leaves by the
 * node's "failed" port), a 429 waits as long as the service asks.
 */
export const ${id} = defineActivity({
  name: '${name}',
  label: { es: '${name}', en: '${name}' },
  description: { es: 'Describe aquí lo que hace.', en: 'Say here what it does.' },
  input: z.object({ id: z.string().min(1) }),
  output: z.object({ id: z.string(), status: z.string() }),
  startToCloseTimeoutMs: 30_000,
  retry: { maximumAttempts: 5 },
  handler: async ({ id }, ctx) => {
    const base = process.env.SERVICE_URL ?? 'http://127.0.0.1:4000';
    let res: Response;
    try {
      res = await fetch(\`\${base}/items/\${encodeURIComponent(id)}\`, {
        headers: { 'idempotency-key': ctx.idempotencyKey },
        signal: ctx.signal,
      });
    } catch (err) {
      throw retryable(\`The service did not answer: \${(err as Error).message}\`, 'ServiceUnreachable');
    }
    if (res.status === 404) throw nonRetryable(\`\${id} does not exist\`, 'NotFound');
    if (res.status === 429) throw retryAfter(Number(res.headers.get('retry-after') ?? 5) * 1000, 'Slow down', 'RateLimited');
    if (res.status >= 500) throw retryable(\`The service answered \${res.status}\`, 'ServiceUnavailable');
    const body = (await res.json()) as { status?: string };
    ctx.logger.info({ status: body.status }, 'looked up');
    return { id, status: String(body.status ?? 'unknown') };
  },
});
`,
    [`src/${file}.test.ts`]: `import { createServer } from 'node:http';
import { runActivity } from '@ruta/sdk/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ${id} } from './${file}';

// A stand-in for the service, on a free local port.
const server = createServer((req, res) => {
  const id = req.url?.split('/').pop();
  if (id === 'missing') return void res.writeHead(404).end();
  if (id === 'broken') return void res.writeHead(503).end();
  res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ status: 'ok' }));
});
beforeAll(async () => {
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  process.env.SERVICE_URL = \`http://127.0.0.1:\${(server.address() as { port: number }).port}\`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

describe('${name}', () => {
  it('returns what the service says', async () => {
    expect((await runActivity(${id}, { id: 'A-1' })).output).toEqual({ id: 'A-1', status: 'ok' });
  });

  it('retries a 5xx and gives up at once on a 404', async () => {
    expect((await runActivity(${id}, { id: 'broken' })).failure).toMatchObject({ nonRetryable: false });
    expect((await runActivity(${id}, { id: 'missing' })).failure).toMatchObject({ type: 'NotFound', nonRetryable: true });
  });
});
`,
  };
}

/** Links the SDK and vitest of this checkout into the package, so it runs and tests with no install. */
function linkDependencies(dir: string): void {
  const links: [string, string][] = [
    ['node_modules/@ruta/sdk', join(REPO_ROOT, 'packages/sdk')],
    ['node_modules/vitest', join(REPO_ROOT, 'node_modules/vitest')],
    ['node_modules/.bin/vitest', join(REPO_ROOT, 'node_modules/vitest/vitest.mjs')],
  ];
  for (const [at, target] of links) {
    const path = join(dir, at);
    if (existsSync(path)) continue;
    mkdirSync(dirname(path), { recursive: true });
    symlinkSync(relative(dirname(path), target), path);
  }
}

/** `ruta new activity <name> [--dir <folder>]`: scaffolds an activity package with its test. */
export async function newCommand(args: Args): Promise<number> {
  const [what, name] = args.positional;
  if (what !== 'activity' || !name) throw new UsageError(USAGE);
  if (!ACTIVITY_NAME.test(name)) throw new UsageError(`"${name}" is not an activity name.\n${USAGE}`);
  const dir = resolve(flag(args, 'dir') ?? kebab(name));
  if (existsSync(dir) && readdirSync(dir).length > 0) {
    throw new UsageError(`${dir} is not empty: choose another folder with --dir`);
  }
  for (const [file, text] of Object.entries(activityScaffold(name))) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), text);
  }
  linkDependencies(dir);
  console.log(`Created ${dir}
  test it:   (cd ${dir} && npm test)
  serve it:  RUTA_ACTIVITIES=${dir} RUTA_API_KEY=<key> npx ruta worker`);
  return 0;
}
