import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './engine';

export const HISTORIES_DIR = join(ROOT, 'tests/histories');

/** The recorded histories of the corpus: file name → history JSON as the Temporal CLI and UI export it. */
export function corpus(): { name: string; json: unknown }[] {
  return readdirSync(HISTORIES_DIR)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((name) => ({ name, json: JSON.parse(readFileSync(join(HISTORIES_DIR, name), 'utf8')) }));
}
