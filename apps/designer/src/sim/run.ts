import { type Plan, type ScenarioInputDoc, type SimulationResult, simulate } from '@ruta/flow';
import { type AnalyzeRequest, analyzeRequest } from '@ruta/sentiment';

/** The simulator's activity stand-ins beyond the defaults: the real offline analyzer, as the activity calls it. */
export const SIM_HANDLERS = {
  'sentiment.analyze': (input: unknown) => analyzeRequest(input as AnalyzeRequest),
};

/** Plays a scenario in the browser on virtual time, with the interpreter production runs. */
export function runSimulation(plan: Plan, scenario: ScenarioInputDoc): Promise<SimulationResult> {
  return simulate(plan, scenario, { handlers: SIM_HANDLERS });
}
