import { knowledgeQuery } from '@ruta/policy';
import { implement, kbSearch } from '@ruta/sdk';
import type { WorkerStore } from '../store/types';

export { kbSearchOutput, knowledgeQuery, questionLanguage, searchKnowledgeIn } from '@ruta/policy';

/** Searches the store's published knowledge base; the bot node and the agents' suggestions share it. */
export function kbSearchActivity(store: WorkerStore) {
  return implement(kbSearch, async (input) => store.searchKnowledge(knowledgeQuery(input)));
}
