import { implement, kbSearch } from '@ruta/sdk';
import { analyze } from '@ruta/sentiment';
import type { WorkerStore } from '../store/types';

/**
 * The language to search in: the one the question is written in, else the customer's, else Spanish. A customer
 * whose profile says Spanish but who writes in English gets English articles (and an English follow-up).
 */
export function questionLanguage(text: string, hint?: 'es' | 'en'): 'es' | 'en' {
  const detected = analyze(text).lang;
  if (detected === 'es' || detected === 'en') return detected;
  return hint ?? 'es';
}

/** Searches the store's published knowledge base; the bot node and the agents' suggestions share it. */
export function kbSearchActivity(store: WorkerStore) {
  return implement(kbSearch, async (input) =>
    store.searchKnowledge({
      text: input.text,
      lang: questionLanguage(input.text, input.lang),
      limit: input.limit,
      minScore: input.minScore,
    }),
  );
}
