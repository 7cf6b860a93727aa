import { describe, expect, it } from 'vitest';
import { sampleNames, samplePlan, sampleScenarios, simulateSample } from '../support/engine';
import { scenarioKnowledge } from '../support/knowledge';
import { playOnDevServer, storedPath } from '../support/play';
import { withLocalServer } from '../support/temporal';
import { tempStore, withWorker } from '../support/worker';

const server = withLocalServer();
const knowledge = scenarioKnowledge();
const { store } = tempStore({ knowledge: knowledge.search });
const { taskQueue } = withWorker(server, { store });

describe('sample flows on the real Temporal dev server take the simulator’s path', () => {
  for (const name of sampleNames()) {
    sampleScenarios(name).forEach((scenario, i) => {
      it(`${name}: ${scenario.name}`, async () => {
        const plan = samplePlan(name);
        knowledge.use(scenario);
        // The simulator runs on the same clock as the server, so business-hours waits agree.
        const sim = await simulateSample(plan, { ...scenario, start: new Date().toISOString() });
        const workflowId = `samples-${name}-${i}-${Date.now()}`;
        const { result } = await playOnDevServer(server.client, taskQueue, plan, scenario, sim, workflowId);
        const { path } = await storedPath(store, workflowId);
        expect(path).toEqual(sim.path);
        expect(result.status).toBe(sim.status);
        expect(result.outcome).toBe(sim.outcome);
        const sent = (await store.listOutbound({ journeyId: workflowId })).length;
        expect(sent).toBe(sim.messages.filter((m) => m.direction === 'out').length);
      });
    });
  }
});
