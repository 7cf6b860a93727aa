/**
 * The flows the engine benchmark runs on both sides: the five-step reference flow and every sample flow's main
 * path (one scenario of its *.scenarios.json), each paired with its hand-written baseline in ./hand-written.
 * Where a sample's path needs real hours (a 1 h wait) or the time of day (business hours), the bench variant
 * changes that one parameter, on Ruta's side and in the baseline alike; `changes` says what.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compile, type FlowDocumentInput, type JourneyInput, type Plan, Scenario } from '@ruta/flow';
import { planPayload } from '@ruta/temporal';
import { dslInput } from './dsl-sample';

const ROOT = join(import.meta.dirname, '../..');
const FLOWS = join(ROOT, 'examples/flows');

/** A signal sent with the start (signal-with-start): the scenario's input, waiting in the journey's inbox. */
export interface StartSignal {
  name: 'reply' | 'event' | 'handoff';
  payload: Record<string, unknown>;
}

/** One flow, ready to run on both sides. */
export interface Variant {
  name: string;
  /** The scenario used as the main path. */
  scenario: string;
  /** What the bench variant changes in the sample, or null. */
  changes: string | null;
  plan: Plan;
  /** The hand-written baseline's workflow type. */
  handWritten: string;
  /** Ruta's input with the plan inline (as journeys started before the claim check) and the baseline's. */
  journeyInput(eventId: string): JourneyInput;
  /** Ruta's arguments as `startJourney` sends them: the input, then the plan marked for the claim check. */
  journeyArgs(eventId: string): unknown[];
  baselineInput(eventId: string): { customer: JourneyInput['customer']; event: JourneyInput['event'] };
  signal: StartSignal | null;
  /** The outcome both sides must end with. */
  outcome: string;
  /** The input of Temporal's DSL-interpreter sample for the same steps, when its language can express them. */
  dslInput?: unknown;
}

/** Each sample's baseline, the scenario taken as its main path, and what the bench changes. */
const SAMPLES: Record<
  string,
  { handWritten: string; scenario: number; change?: { text: string; apply: (doc: FlowDocumentInput) => void } }
> = {
  'ab-welcome': { handWritten: 'abWelcome', scenario: 0 },
  csat: {
    handWritten: 'csat',
    scenario: 0,
    change: {
      text: 'the 1 h wait before the survey is 2 s',
      apply: (doc) => setParam(doc, 'n_wait_1h', 'duration', '2s'),
    },
  },
  // The calm reply: the journey waits for a reply, as most journeys in production do.
  'delivery-delay': { handWritten: 'deliveryDelay', scenario: 2 },
  'failed-payment': {
    handWritten: 'failedPayment',
    scenario: 0,
    change: {
      text: 'business hours open every day 00:00–23:59 without holidays, so the path does not depend on when the bench runs',
      apply: (doc) =>
        setParam(doc, 'n_business_hours', 'window', {
          days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'],
          start: '00:00',
          end: '23:59',
        }),
    },
  },
  'negative-sentiment-escalation': { handWritten: 'negativeSentimentEscalation', scenario: 0 },
  'sla-escalation': { handWritten: 'slaEscalation', scenario: 0 },
};

/**
 * Samples the bench does not run yet, with why; the report lists them so none is left out silently.
 * kb-bot needs a knowledge-search stand-in and a hand-written bot loop as its baseline.
 */
export const UNMEASURED_SAMPLES: Record<string, string> = {
  'kb-bot': 'no hand-written baseline yet: it needs a knowledge-search stand-in activity',
};

function setParam(doc: FlowDocumentInput, nodeId: string, param: string, value: unknown): void {
  const node = doc.nodes.find((n) => n.id === nodeId);
  if (!node)
    throw new Error(`The bench changes ${nodeId}, which the sample no longer has: update bench/engine/variants.ts`);
  node.params = { ...(node.params as Record<string, unknown>), [param]: value };
}

function compiled(doc: FlowDocumentInput, what: string): Plan {
  const result = compile(doc);
  if (!result.ok) throw new Error(`${what} does not compile: ${JSON.stringify(result.diagnostics.slice(0, 3))}`);
  return result.plan;
}

function startSignal(scenario: Scenario, name: string): StartSignal | null {
  const inputs = scenario.inputs;
  if (inputs.length === 0) return null;
  if (inputs.length > 1)
    throw new Error(`${name}: the bench sends one input with the start; pick a main path with one`);
  const input = inputs[0]!;
  const at = '2026-03-02T13:00:00.000Z';
  if ('reply' in input)
    return { name: 'reply', payload: { id: 'reply-0', text: input.reply, channel: input.channel, at } };
  if ('event' in input) return { name: 'event', payload: { id: 'event-0', type: input.event, data: input.data, at } };
  return {
    name: 'handoff',
    payload: { id: 'handoff-0', resolution: input.handoff, at, ...(input.agent ? { agent: input.agent } : {}) },
  };
}

function variant(
  name: string,
  plan: Plan,
  scenario: Scenario,
  scenarioIndex: number,
  handWritten: string,
  changes: string | null,
  outcome: string,
): Variant {
  const event = (eventId: string): JourneyInput['event'] => ({
    id: eventId,
    type: scenario.event.type,
    customerId: scenario.customer.id,
    time: new Date().toISOString(),
    data: scenario.event.data as JourneyInput['event']['data'],
  });
  const customer = scenario.customer as JourneyInput['customer'];
  return {
    name,
    scenario: `${scenarioIndex}: ${scenario.name}`,
    changes,
    plan,
    handWritten,
    journeyInput: (eventId) => ({ plan, flowVersion: 1, event: event(eventId), customer }),
    journeyArgs: (eventId) => [{ flowVersion: 1, event: event(eventId), customer }, planPayload(plan)],
    baselineInput: (eventId) => ({ customer, event: event(eventId) }),
    signal: startSignal(scenario, name),
    outcome,
  };
}

/** The five-step reference flow of tests/fixtures/five-steps (send, 2 s wait, sentiment, ticket, send). */
export function fiveStepVariant(): Variant {
  const doc = JSON.parse(readFileSync(join(ROOT, 'tests/fixtures/five-steps/flow.json'), 'utf8'));
  const scenario = Scenario.parse({
    name: 'cinco pasos',
    event: { type: 'manual', data: { text: 'El pedido llegó tarde' } },
    customer: { id: 'c_bench', name: 'Ana', locale: 'es' },
  });
  return variant('five-steps', compiled(doc, 'five-steps'), scenario, 0, 'fiveSteps', null, 'completed');
}

/**
 * The five steps without the timer, for the third column: Temporal's DSL-interpreter sample has no timers.
 */
export function fourStepVariant(): Variant {
  const doc = JSON.parse(readFileSync(join(ROOT, 'tests/fixtures/five-steps/flow.json'), 'utf8')) as FlowDocumentInput;
  doc.id = 'f_four_steps';
  doc.nodes = doc.nodes.filter((n) => n.id !== 'n_wait');
  doc.edges = (doc.edges ?? [])
    .filter((e) => e.from !== 'n_wait')
    .map((e) => (e.to === 'n_wait' ? { ...e, to: 'n_sentiment' } : e));
  const scenario = Scenario.parse({
    name: 'cuatro pasos',
    event: { type: 'manual', data: { text: 'El pedido llegó tarde' } },
    customer: { id: 'c_bench', name: 'Ana', locale: 'es' },
  });
  const v = variant('four-steps', compiled(doc, 'four-steps'), scenario, 0, 'fourSteps', null, 'completed');
  return { ...v, dslInput: dslInput(scenario.customer, 'El pedido llegó tarde') };
}

/** Every sample flow's main path; a sample without a baseline here is an error, so none is left out silently. */
export function sampleVariants(): Variant[] {
  const names = readdirSync(FLOWS)
    .filter((f) => f.endsWith('.json') && !f.endsWith('.scenarios.json'))
    .map((f) => f.replace(/\.json$/, ''))
    .filter((name) => !(name in UNMEASURED_SAMPLES))
    .sort();
  return names.map((name) => {
    const spec = SAMPLES[name];
    if (!spec)
      throw new Error(`Sample flow ${name} has no hand-written baseline: add one in bench/engine/hand-written`);
    const doc = JSON.parse(readFileSync(join(FLOWS, `${name}.json`), 'utf8')) as FlowDocumentInput;
    spec.change?.apply(doc);
    const scenarios = JSON.parse(readFileSync(join(FLOWS, `${name}.scenarios.json`), 'utf8')) as unknown[];
    const scenario = Scenario.parse(scenarios[spec.scenario]);
    const outcome = scenario.expect?.outcome;
    if (!outcome) throw new Error(`${name}: the main-path scenario must expect an outcome`);
    return variant(
      name,
      compiled(doc, name),
      scenario,
      spec.scenario,
      spec.handWritten,
      spec.change?.text ?? null,
      outcome,
    );
  });
}
