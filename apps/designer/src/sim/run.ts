import { type Plan, type ScenarioInputDoc, type SimulationResult, simulate } from '@ruta/flow';
import { analyze } from '@ruta/sentiment';

/** The simulator's activity stand-ins beyond the defaults: the real offline sentiment analyzer. */
export const SIM_HANDLERS = {
  'sentiment.analyze': (input: unknown) => {
    const { text, lang } = input as { text: string; lang?: 'es' | 'en' };
    return analyze(text ?? '', lang ? { lang } : undefined);
  },
};

/** Plays a scenario in the browser on virtual time, with the interpreter production runs. */
export function runSimulation(plan: Plan, scenario: ScenarioInputDoc): Promise<SimulationResult> {
  return simulate(plan, scenario, { handlers: SIM_HANDLERS });
}
