import { searchKbAmong } from '@ruta/db';
import type { ScenarioArticle } from '@ruta/flow';
import { type KnowledgeSearch, kbSearchOutput } from '@ruta/workers';
import { scratchDatabase } from '@ruta/workers/simulation';

/**
 * The knowledge base a file store searches, switched per scenario: the scenario's own articles, searched with the
 * real SQL in a scratch in-memory database (as the simulator searches them), so a journey on Temporal finds what
 * the simulation found.
 */
export function scenarioKnowledge(): {
  search: KnowledgeSearch;
  use(scenario: { knowledge?: ScenarioArticle[] }): void;
} {
  let articles: ScenarioArticle[] = [];
  return {
    search: async (query) => kbSearchOutput(await searchKbAmong(await scratchDatabase(), articles, query)),
    use: (scenario) => {
      articles = scenario.knowledge ?? [];
    },
  };
}
