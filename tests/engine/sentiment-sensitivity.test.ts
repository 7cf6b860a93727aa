/**
 * The sentiment node's sensitivity, end to end: the compiler keeps it (and leaves documents drawn before
 * it unchanged), the simulator and a real journey on the Temporal dev server pass it to the same activity
 * code and take the same branch, and the level decides which branch that is.
 */
import { compile, type Plan, type Scenario, simulate } from '@ruta/flow';
import { simulationHandlers, simulationOptions } from '@ruta/workers/simulation';
import { describe, expect, it } from 'vitest';
import { sentimentActivity } from '../../workers/src/activities/sentiment';
import { playOnDevServer, storedPath } from '../support/play';
import { withLocalServer } from '../support/temporal';
import { tempStore, withWorker } from '../support/worker';

const MONEY_LOST = 'me cobraron dos veces la cuota de este mes';

/** Message → sentiment (at a sensitivity, or none) → "person" when it escalates, "bot" otherwise. */
function flow(sensitivity?: string): unknown {
  const at = (x: number, y: number) => ({ x, y });
  return {
    schemaVersion: 2,
    id: 'f_sensitivity',
    name: 'Sensibilidad',
    settings: { reentry: 'every_time', transactional: false },
    nodes: [
      { id: 'n_trigger', kind: 'trigger.event', position: at(0, 0), params: { eventType: 'message.received' } },
      {
        id: 'n_sentiment',
        kind: 'ai.sentiment',
        position: at(0, 100),
        params: { text: 'event.data.text', ...(sensitivity ? { sensitivity } : {}) },
      },
      {
        id: 'n_branch',
        kind: 'logic.branch',
        position: at(0, 200),
        params: { branches: [{ port: 'person', condition: 'sentiment.escalate' }] },
      },
      { id: 'n_person', kind: 'end', position: at(-100, 300), params: { outcome: 'person' } },
      { id: 'n_bot', kind: 'end', position: at(100, 300), params: { outcome: 'bot' } },
    ],
    edges: [
      { id: 'e_1', from: 'n_trigger', port: 'out', to: 'n_sentiment' },
      { id: 'e_2', from: 'n_sentiment', port: 'out', to: 'n_branch' },
      { id: 'e_3', from: 'n_branch', port: 'person', to: 'n_person' },
      { id: 'e_4', from: 'n_branch', port: 'else', to: 'n_bot' },
    ],
  };
}

function planOf(doc: unknown): Plan {
  const result = compile(doc);
  if (!result.ok) throw new Error(JSON.stringify(result.diagnostics));
  return result.plan;
}

const scenario = (text: string): Scenario =>
  ({
    name: text,
    event: { type: 'message.received', data: { text } },
    customer: { id: 'c_sens', locale: 'es', timeZone: 'America/Santiago' },
    inputs: [],
  }) as unknown as Scenario;

describe('sentiment sensitivity in flows', () => {
  it('compiles a document without it to the same plan as before, and keeps it when chosen', () => {
    const before = planOf(flow());
    expect(before.nodes.n_sentiment?.params).toEqual({ text: 'event.data.text' });
    expect(planOf(flow('anger')).nodes.n_sentiment?.params).toEqual({ text: 'event.data.text', sensitivity: 'anger' });
    expect(planOf(flow('strong')).hash).not.toBe(before.hash);
  });

  it('refuses an unknown level with a diagnostic on the field, in Spanish and English', () => {
    const result = compile(flow('medium'));
    expect(result.ok).toBe(false);
    const d = result.diagnostics.find((x) => x.nodeId === 'n_sentiment');
    expect(d?.path).toEqual(expect.arrayContaining(['sensitivity']));
    expect(d?.message.es.length).toBeGreaterThan(0);
    expect(d?.message.en.length).toBeGreaterThan(0);
  });

  it('the worker and the API/CLI simulation run the same activity code (the designer: apps/designer/src/sim)', async () => {
    for (const sensitivity of [undefined, 'anger', 'strong', 'any'] as const) {
      for (const text of [MONEY_LOST, 'la app está un poco lenta hoy', 'son unos ladrones']) {
        const input = { text, lang: 'es' as const, ...(sensitivity ? { sensitivity } : {}) };
        const worker = await sentimentActivity.handler(input, {} as never);
        expect(simulationHandlers['sentiment.analyze'](input), text).toEqual(worker);
      }
    }
  });

  it('simulated, the level decides the branch, and a flow without it behaves as strong', async () => {
    const outcome = async (sensitivity?: string) =>
      (await simulate(planOf(flow(sensitivity)), scenario(MONEY_LOST), simulationOptions())).outcome;
    expect(await outcome()).toBe('person');
    expect(await outcome('strong')).toBe('person');
    expect(await outcome('anger')).toBe('bot');
    expect(await outcome('any')).toBe('person');
    const mild = await simulate(planOf(flow('any')), scenario('la app está un poco lenta hoy'), simulationOptions());
    expect(mild.outcome).toBe('person');
  });
});

const server = withLocalServer();
const { store } = tempStore();
const { taskQueue } = withWorker(server, { store });

describe('sentiment sensitivity on the real Temporal dev server', () => {
  for (const sensitivity of [undefined, 'anger', 'any'] as const) {
    it(`takes the simulator's branch (${sensitivity ?? 'no level'})`, async () => {
      const plan = planOf(flow(sensitivity));
      const sc = scenario(MONEY_LOST);
      const sim = await simulate(plan, { ...sc, start: new Date().toISOString() } as Scenario, simulationOptions());
      const workflowId = `sensitivity-${sensitivity ?? 'none'}-${Date.now()}`;
      const { result } = await playOnDevServer(server.client, taskQueue, plan, sc, sim, workflowId);
      const { path, steps } = await storedPath(store, workflowId);
      expect(path).toEqual(sim.path);
      expect(result.outcome).toBe(sim.outcome);
      expect(result.outcome).toBe(sensitivity === 'anger' ? 'bot' : 'person');
      const analysed = steps.find((s) => s.nodeId === 'n_sentiment' && s.type === 'leave');
      expect(analysed).toBeDefined();
    });
  }
});
