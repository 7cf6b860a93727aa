import { ActivityError, type Plan, type ScenarioInputDoc, type SimulationResult, simulate } from '@ruta/flow';
import { analyze } from '@ruta/sentiment';
import { backend } from '../api/session';

/** The simulator's activity stand-ins beyond the defaults: the real offline sentiment analyzer. */
export const SIM_HANDLERS = {
  'sentiment.analyze': (input: unknown) => {
    const { text, lang } = input as { text: string; lang?: 'es' | 'en' };
    return analyze(text ?? '', lang ? { lang } : undefined);
  },
};

/**
 * The bot's knowledge-base search: the API runs the very search production runs, over the scenario's own articles
 * when it brings some, else over the published knowledge base. Offline there is none: the bot hands off, and says why.
 */
function knowledgeHandler(scenario: ScenarioInputDoc) {
  return async (input: unknown) => {
    const kb = backend().kb;
    if (!kb) {
      throw new ActivityError(
        'kb.search',
        'The knowledge base needs the Ruta server: script kb.search in the scenario',
      );
    }
    try {
      return await kb.ask(input as { text: string }, scenario.knowledge);
    } catch (err) {
      throw new ActivityError('kb.search', (err as Error).message);
    }
  };
}

/** Plays a scenario in the browser on virtual time, with the interpreter production runs. */
export function runSimulation(plan: Plan, scenario: ScenarioInputDoc): Promise<SimulationResult> {
  return simulate(plan, scenario, { handlers: { ...SIM_HANDLERS, 'kb.search': knowledgeHandler(scenario) } });
}
