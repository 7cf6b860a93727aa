/**
 * Trains the sentiment package's polarity and escalation models on every labelled message (messages.jsonl,
 * round-10.jsonl, blind-2.jsonl) and writes packages/sentiment/src/model/weights.ts and polarity-weights.ts.
 * Deterministic: the same data gives the same files. Run with `npm run train:sentiment` after changing the
 * eval set.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeWeightsModules } from '@ruta/sentiment/metrics';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const evalFile = (f: string) => readFileSync(join(root, 'packages/sentiment/eval', f), 'utf8');
const out = writeWeightsModules({
  messages: evalFile('messages.jsonl'),
  round10: evalFile('round-10.jsonl'),
  blind2: evalFile('blind-2.jsonl'),
});
const dir = join(root, 'packages/sentiment/src/model');
writeFileSync(join(dir, 'weights.ts'), out.escalation);
writeFileSync(join(dir, 'polarity-weights.ts'), out.polarity);
console.log(`escalation: ${out.escalation.length} bytes, polarity: ${out.polarity.length} bytes → ${dir}`);
