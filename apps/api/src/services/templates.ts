import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

/** A sample flow offered as a starting point, with the scenarios that show how it behaves. */
export interface Template {
  id: string;
  name: string;
  description?: string;
  document: Record<string, unknown>;
  scenarios: unknown[];
}

const cache = new Map<string, Promise<Template[]>>();

/** The sample flows of a directory (`<name>.json` with an optional `<name>.scenarios.json`), read once. */
export function loadTemplates(dir: string): Promise<Template[]> {
  let templates = cache.get(dir);
  if (!templates) {
    templates = readTemplates(dir);
    templates.catch(() => cache.delete(dir));
    cache.set(dir, templates);
  }
  return templates;
}

async function readTemplates(dir: string): Promise<Template[]> {
  let names: string[];
  try {
    names = (await readdir(dir)).filter((n) => n.endsWith('.json') && !n.endsWith('.scenarios.json')).sort();
  } catch {
    return [];
  }
  return Promise.all(
    names.map(async (name): Promise<Template> => {
      const id = name.slice(0, -'.json'.length);
      const document = JSON.parse(await readFile(join(dir, name), 'utf8')) as Record<string, unknown>;
      let scenarios: unknown[] = [];
      try {
        scenarios = JSON.parse(await readFile(join(dir, `${id}.scenarios.json`), 'utf8')) as unknown[];
      } catch {
        // a template without scenarios
      }
      return {
        id,
        name: String(document.name ?? id),
        ...(typeof document.description === 'string' ? { description: document.description } : {}),
        document,
        scenarios,
      };
    }),
  );
}
