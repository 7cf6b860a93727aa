/** The committed eval files every training and cross-validation script reads. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { EvalFiles } from '@ruta/sentiment/metrics';

/** The blind rounds both shipped models train on. */
export const TRAINING_BLIND = [
  'blind-2.jsonl',
  'blind-3.jsonl',
  'blind-4.jsonl',
  'blind-5.jsonl',
  'blind-6.jsonl',
  'blind-7.jsonl',
  'blind-8.jsonl',
  'blind-9.jsonl',
  'blind-10.jsonl',
  'blind-11.jsonl',
  'blind-12.jsonl',
  'blind-13.jsonl',
  'blind-14.jsonl',
  'blind-15.jsonl',
];

/** The later blind rounds that teach the escalation model only (since v25, blind-21 and blind-22 since v26, blind-23 since v27, blind-24 since v28, blind-25 since v29, blind-26 since v30, blind-27 … blind-34 and the family files since v38; see EvalFiles.escalationOnly). */
export const ESCALATION_ONLY_BLIND = [
  'blind-16.jsonl',
  'blind-17.jsonl',
  'blind-18.jsonl',
  'blind-19.jsonl',
  'blind-20.jsonl',
  'blind-21.jsonl',
  'blind-22.jsonl',
  'blind-23.jsonl',
  'blind-24.jsonl',
  'blind-25.jsonl',
  'blind-26.jsonl',
  'blind-27.jsonl',
  'blind-28.jsonl',
  'blind-29.jsonl',
  'blind-30.jsonl',
  'blind-31.jsonl',
  'blind-32.jsonl',
  'blind-33.jsonl',
  'blind-34.jsonl',
  // The family corpora (eval/README.md): every escalation family written at length, with look-alikes.
  'families-1.jsonl',
  'families-2.jsonl',
];

/** Reads packages/sentiment/eval's labelled files from the repository at `root`. */
export function readEvalFiles(root: string): EvalFiles {
  const e = (name: string) => readFileSync(join(root, 'packages/sentiment/eval', name), 'utf8');
  return {
    messages: e('messages.jsonl'),
    round10: e('round-10.jsonl'),
    blind: TRAINING_BLIND.map(e),
    escalationOnly: ESCALATION_ONLY_BLIND.map(e),
  };
}
