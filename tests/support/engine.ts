import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import {
  compile,
  type FlowDocumentInput,
  type JourneyInput,
  type Plan,
  type Scenario,
  type SimulationResult,
  simulate,
} from '@ruta/flow';
import { simulationOptions } from '@ruta/workers/simulation';

export const ROOT = resolve(import.meta.dirname, '../..');
export const FLOWS_DIR = join(ROOT, 'examples/flows');

/** The sample flows by name (file name without .json). */
export function sampleNames(): string[] {
  return readdirSync(FLOWS_DIR)
    .filter((f) => f.endsWith('.json') && !f.endsWith('.scenarios.json'))
    .map((f) => f.replace(/\.json$/, ''))
    .sort();
}

/** A sample flow compiled to its plan; throws with the diagnostics if it does not compile. */
export function samplePlan(name: string): Plan {
  const result = compile(JSON.parse(readFileSync(join(FLOWS_DIR, `${name}.json`), 'utf8')));
  if (!result.ok) throw new Error(`${name} does not compile: ${JSON.stringify(result.diagnostics, null, 2)}`);
  return result.plan;
}

/** The scenarios beside a sample flow. */
export function sampleScenarios(name: string): Scenario[] {
  return JSON.parse(readFileSync(join(FLOWS_DIR, `${name}.scenarios.json`), 'utf8')) as Scenario[];
}

/**
 * The simulator with the offline sentiment analyzer, the contact rules and the real knowledge-base search over the
 * scenario's articles, as the CLI runs it.
 */
export function simulateSample(plan: Plan, scenario: unknown): Promise<SimulationResult> {
  return simulate(plan, scenario as Scenario, simulationOptions({ scenario }));
}

/** The journey input a scenario stands for. */
export function journeyInput(plan: Plan, scenario: Scenario, eventId: string, time: string): JourneyInput {
  return {
    plan,
    flowVersion: 1,
    event: {
      id: eventId,
      type: scenario.event.type,
      customerId: scenario.customer.id,
      time,
      data: (scenario.event.data ?? {}) as never,
    },
    customer: scenario.customer as JourneyInput['customer'],
  };
}

/** Asks on WhatsApp, waits a day for the reply, thanks with its text: the smallest journey that waits for a person. */
export function askAndThankFlow(id: string): FlowDocumentInput {
  return {
    schemaVersion: 3,
    id,
    name: 'Pregunta y agradece',
    settings: { reentry: 'every_time', transactional: false },
    nodes: [
      { id: 'n_trigger', kind: 'trigger.manual', params: {} },
      { id: 'n_ask', kind: 'message.send', params: { channel: 'whatsapp', template: '¿Llegó tu pedido?' } },
      { id: 'n_reply', kind: 'wait.reply', params: { timeout: '1d' } },
      { id: 'n_thanks', kind: 'message.send', params: { channel: 'whatsapp', template: 'Gracias: {{ reply.text }}' } },
      { id: 'n_end', kind: 'end', params: { outcome: 'answered' } },
      { id: 'n_end_silent', kind: 'end', params: { outcome: 'silent' } },
    ],
    edges: [
      { id: 'e_1', from: 'n_trigger', port: 'out', to: 'n_ask' },
      { id: 'e_2', from: 'n_ask', port: 'sent', to: 'n_reply' },
      { id: 'e_3', from: 'n_reply', port: 'replied', to: 'n_thanks' },
      { id: 'e_4', from: 'n_reply', port: 'timeout', to: 'n_end_silent' },
      { id: 'e_5', from: 'n_thanks', port: 'sent', to: 'n_end' },
    ],
  };
}
