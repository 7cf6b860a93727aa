import { describe, expect, it } from 'vitest';
import { samplePlan, sampleScenarios, simulateSample } from '../support/engine';
import { playTimeSkipping, storedPath } from '../support/play';
import { withTimeSkippingServer } from '../support/temporal';
import { tempStore, withWorker } from '../support/worker';

const server = withTimeSkippingServer();
const { store } = tempStore();
const { taskQueue } = withWorker(server, { store });

const DAY = 86_400_000;

describe('days-long journeys on the time-skipping server', () => {
  const cases: [string, string][] = [
    ['failed-payment', 'Nunca paga: 3 recordatorios y cobranza'],
    ['failed-payment', 'Paga después del segundo recordatorio'],
    ['sla-escalation', 'SLA vencido: supervisor y aviso al cliente'],
    ['sla-escalation', 'Resuelto dentro del SLA'],
  ];
  cases.forEach(([name, scenarioName], i) => {
    it(`${name}: ${scenarioName}`, async () => {
      const plan = samplePlan(name);
      const scenario = sampleScenarios(name).find((s) => s.name === scenarioName)!;
      const workflowId = `days-${name}-${i}`;
      const { result, startMs } = await playTimeSkipping(server.env, taskQueue, plan, scenario, workflowId);
      const sim = await simulateSample(plan, { ...scenario, start: new Date(startMs).toISOString() });
      const { path, steps } = await storedPath(store, workflowId);
      // The journey's own clock (its last step), not the server's, which may skip further after it ends.
      const endMs = steps.at(-1)!.at;
      expect(path).toEqual(sim.path);
      expect(result.outcome).toBe(sim.outcome);
      // The server's clock moved by the journey's waits (days), as the simulator's did.
      const simMs = Date.parse(sim.endedAt) - Date.parse(sim.startedAt);
      expect(Math.abs(endMs - startMs - simMs)).toBeLessThan(5 * 60_000);
      if (name === 'failed-payment' && scenarioName.startsWith('Nunca'))
        expect(endMs - startMs).toBeGreaterThan(8 * DAY);
    });
  });
});
