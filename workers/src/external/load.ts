import { existsSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, isAbsolute, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ActivityDefinition } from '@ruta/sdk';

/** A developer's activity package, loaded. */
export interface ActivityPackage {
  /** The package's name (its package.json `name`, else the folder's name). */
  name: string;
  /** The file its activities were imported from. */
  entry: string;
  definitions: ActivityDefinition[];
}

/** Whether a value is an activity made with `defineActivity` (or `implement`). */
export function isActivityDefinition(value: unknown): value is ActivityDefinition {
  const v = value as Partial<ActivityDefinition> | null;
  return (
    typeof v === 'object' &&
    v !== null &&
    typeof v.name === 'string' &&
    typeof v.version === 'number' &&
    typeof v.handler === 'function' &&
    typeof (v.input as { safeParse?: unknown } | undefined)?.safeParse === 'function'
  );
}

const ENTRY_CANDIDATES = ['src/index.ts', 'index.ts', 'src/index.js', 'index.js'];

/** The file a folder's activities are imported from: package.json `exports["."]`/`main`, else `src/index.ts`. */
function folderEntry(dir: string): { name: string; entry: string } {
  const pkgFile = join(dir, 'package.json');
  const pkg = existsSync(pkgFile) ? (JSON.parse(readFileSync(pkgFile, 'utf8')) as Record<string, unknown>) : {};
  const exp = pkg.exports;
  const declared =
    typeof exp === 'string'
      ? exp
      : typeof (exp as Record<string, unknown> | undefined)?.['.'] === 'string'
        ? ((exp as Record<string, string>)['.'] as string)
        : typeof pkg.main === 'string'
          ? pkg.main
          : undefined;
  const candidates = declared ? [declared] : ENTRY_CANDIDATES;
  const entry = candidates.map((c) => join(dir, c)).find((f) => existsSync(f));
  if (!entry) {
    throw new Error(
      `No activities found in ${dir}: add ${declared ?? 'src/index.ts'} exporting your activities ` +
        '(made with defineActivity from @ruta/sdk)',
    );
  }
  return { name: typeof pkg.name === 'string' ? pkg.name : basename(dir), entry };
}

/**
 * Loads the activities of a developer's package, named the way `RUTA_ACTIVITIES` names it: a folder (absolute, or
 * relative to `cwd`, e.g. `./my-activities`) or an installed package's name. Every export made with `defineActivity`
 * is taken (and the members of an exported array). TypeScript sources load as they are when the process runs under
 * tsx, as the `ruta` command does.
 *
 * @example
 * const pkg = await loadActivityPackage('./orders-activities');
 * pkg.definitions.map((d) => d.ref); // ['orders.lookupStatus']
 */
export async function loadActivityPackage(spec: string, cwd = process.cwd()): Promise<ActivityPackage> {
  const asPath = isAbsolute(spec) || spec.startsWith('.') ? resolve(cwd, spec) : undefined;
  let name: string;
  let entry: string;
  if (asPath) {
    if (!existsSync(asPath)) throw new Error(`RUTA_ACTIVITIES names ${asPath}, which does not exist`);
    ({ name, entry } = statSync(asPath).isDirectory()
      ? folderEntry(asPath)
      : { name: basename(asPath), entry: asPath });
  } else {
    try {
      entry = createRequire(join(cwd, 'package.json')).resolve(spec);
    } catch {
      throw new Error(`RUTA_ACTIVITIES names the package "${spec}", which is not installed here (${cwd})`);
    }
    name = spec;
  }
  const module = (await import(pathToFileURL(entry).href)) as Record<string, unknown>;
  const found = new Set<ActivityDefinition>();
  for (const value of Object.values(module)) {
    for (const v of Array.isArray(value) ? value : [value]) if (isActivityDefinition(v)) found.add(v);
  }
  if (found.size === 0) {
    throw new Error(`${entry} exports no activity: export what defineActivity (from @ruta/sdk) returns`);
  }
  return { name, entry, definitions: [...found] };
}

/**
 * The custom activities a journey worker serves on the journeys' own queue: this deployment's (`CUSTOM_ACTIVITIES`),
 * plus those of the package `RUTA_ACTIVITIES` names, when it is set.
 */
export async function journeyWorkerActivities(
  own: readonly ActivityDefinition[],
  env: NodeJS.ProcessEnv = process.env,
  cwd = process.cwd(),
): Promise<ActivityDefinition[]> {
  const spec = env.RUTA_ACTIVITIES?.trim();
  if (!spec) return [...own];
  const pkg = await loadActivityPackage(spec, cwd);
  const taken = new Set(own.map((d) => d.ref ?? d.name));
  for (const d of pkg.definitions) {
    if (taken.has(d.ref ?? d.name)) throw new Error(`${pkg.name} serves ${d.ref}, which this worker already serves`);
  }
  return [...own, ...pkg.definitions];
}
