/**
 * Trains the sentiment package's escalation model on the labelled dev split and writes
 * packages/sentiment/src/model/weights.ts. Deterministic: the same data gives the same file.
 * Run with `npm run train:sentiment` after changing the eval set's dev rows.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { trainingRows, writeWeightsModule } from '@ruta/sentiment/metrics';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const rows = trainingRows(readFileSync(join(root, 'packages/sentiment/eval/messages.jsonl'), 'utf8'));
const out = join(root, 'packages/sentiment/src/model/weights.ts');
writeFileSync(out, writeWeightsModule(rows));
console.log(`trained on ${rows.length} dev messages → ${out}`);
