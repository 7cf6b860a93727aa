import { lookup } from './lexicon';
import { tokenize } from './text';

/** A message's words as the analyzer reads them: folded, respelled, elongations collapsed ("q" → "que"). */
export function foldedWords(text: string): string[] {
  const out: string[] = [];
  for (const t of tokenize(text)) if (t.kind === 'word') out.push(lookup(t.w).canon);
  return out;
}
