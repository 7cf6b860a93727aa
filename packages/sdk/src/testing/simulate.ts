import {
  ActivityError,
  type CompileResult,
  compile,
  compilerSpecs,
  type FlowDocument,
  type ScenarioInputDoc,
  type SimHandler,
  type SimulationResult,
  simulate,
} from '@ruta/flow';
import { catalogEntry } from '../catalog';
import type { ActivityDefinition } from '../define';
import { ActivityFault } from '../errors';
import { testActivityContext } from './context';

/** What {@link simulateWithActivities} gives back: the compile result, and the simulation when it compiled. */
export interface FlowTestResult {
  compiled: CompileResult;
  simulation?: SimulationResult;
}

/**
 * Compiles a flow against your activities' catalog entries (exactly what the API will check it against) and plays a
 * scenario through it in the simulator, calling the real handlers (a fault leaves by the node's `failed` port, as in
 * production after retries). Results the scenario scripts under `activities` win over the real handler.
 *
 * @example
 * const { compiled, simulation } = await simulateWithActivities(flow, [lookupOrder], scenario);
 * expect(simulation?.path).toContain('n_shipped');
 */
export async function simulateWithActivities(
  doc: FlowDocument,
  activities: readonly ActivityDefinition[],
  scenario: ScenarioInputDoc,
): Promise<FlowTestResult> {
  const compiled = compile(doc, { activities: compilerSpecs(activities.map((d) => catalogEntry(d, null))) });
  if (!compiled.ok) return { compiled };
  const handlers: Record<string, SimHandler> = {};
  for (const def of activities) {
    const ref = def.ref ?? def.name;
    handlers[ref] = async (input, meta) => {
      const parsed = def.input.safeParse(input);
      if (!parsed.success) throw new ActivityError(ref, parsed.error.message, 'InvalidActivityInput');
      try {
        const ctx = testActivityContext({
          idempotencyKey: meta.idempotencyKey,
          nodeId: meta.nodeId,
          visit: meta.visit,
        });
        return def.output.parse(await def.handler(parsed.data, ctx));
      } catch (err) {
        if (err instanceof ActivityFault) throw new ActivityError(ref, err.message, err.type);
        throw new ActivityError(ref, err instanceof Error ? err.message : String(err));
      }
    };
  }
  return { compiled, simulation: await simulate(compiled.plan, scenario, { handlers }) };
}
