import { describe, expect, it } from 'vitest';
import { sampleNames, samplePlan, sampleScenarios, simulateSample } from '../support/engine';

describe('sample flows on the simulator', () => {
  const names = sampleNames();

  it('has the seven sample flows, each with at least two scenarios', () => {
    expect(names).toEqual([
      'ab-welcome',
      'csat',
      'delivery-delay',
      'failed-payment',
      'kb-bot',
      'negative-sentiment-escalation',
      'sla-escalation',
    ]);
    for (const name of names) expect(sampleScenarios(name).length).toBeGreaterThanOrEqual(2);
  });

  for (const name of names) {
    describe(name, () => {
      for (const scenario of sampleScenarios(name)) {
        it(scenario.name, async () => {
          const result = await simulateSample(samplePlan(name), scenario);
          expect(result.errors).toEqual([]);
          expect(result.expectation?.problems ?? []).toEqual([]);
          expect(result.status).not.toBe('running');
          expect(result.path[0]).toBe('n_trigger');
        });
      }
    });
  }

  it('sends the A/B variants deterministically per customer, about half each', async () => {
    const plan = samplePlan('ab-welcome');
    const [scenario] = sampleScenarios('ab-welcome');
    const variants = { n_welcome_a: 0, n_welcome_b: 0 };
    for (let i = 0; i < 200; i++) {
      const s = { ...scenario!, customer: { ...scenario!.customer, id: `c_${i}` } };
      const first = await simulateSample(plan, s);
      const again = await simulateSample(plan, s);
      expect(again.path).toEqual(first.path);
      const variant = first.path.find((n) => n.startsWith('n_welcome_')) as keyof typeof variants;
      variants[variant]++;
    }
    expect(variants.n_welcome_a).toBeGreaterThan(70);
    expect(variants.n_welcome_b).toBeGreaterThan(70);
  });

  it('waits for business hours over a weekend and counts the SLA in business time', async () => {
    const sla = sampleScenarios('sla-escalation').find((s) => s.name.startsWith('Viernes'))!;
    const result = await simulateSample(samplePlan('sla-escalation'), sla);
    const handoff = result.timers.find((t) => t.nodeId === 'n_handoff')!;
    // Friday 17:00 + 2 business hours (17–18 on Friday, 09–10 on Monday) = Monday 10:00 in Santiago.
    expect(handoff.deadline).toBe('2026-03-09T13:00:00.000Z');

    const payment = sampleScenarios('failed-payment').find((s) => s.name.startsWith('Sábado'))!;
    const paid = await simulateSample(samplePlan('failed-payment'), payment);
    const window = paid.timers.find((t) => t.nodeId === 'n_business_hours')!;
    expect(window.deadline).toBe('2026-03-09T12:00:00.000Z'); // Monday 09:00 in Santiago
    expect(paid.messages.find((m) => m.direction === 'out')!.at).toBe('2026-03-09T12:00:00.000Z');
  });
});
