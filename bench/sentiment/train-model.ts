/**
 * Trains the sentiment package's polarity and escalation models on every labelled message (messages.jsonl,
 * round-10.jsonl, blind-2.jsonl, blind-3.jsonl) and writes packages/sentiment/src/model/weights.ts and polarity-weights.ts.
 * Deterministic: the same data gives the same files. Run with `npm run train:sentiment` after changing the
 * eval set.
 */
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeWeightsModules } from '@ruta/sentiment/metrics';
import { readEvalFiles } from './eval-files';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const out = writeWeightsModules(readEvalFiles(root));
const dir = join(root, 'packages/sentiment/src/model');
writeFileSync(join(dir, 'weights.ts'), out.escalation);
writeFileSync(join(dir, 'polarity-weights.ts'), out.polarity);
console.log(`escalation: ${out.escalation.length} bytes, polarity: ${out.polarity.length} bytes → ${dir}`);
