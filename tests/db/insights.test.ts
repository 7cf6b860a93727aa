// The insights queries on both drivers, against the seeded data set (the API tests check every figure on PGlite;
// this checks that PostgreSQL computes the same ones).
import { SEED_FLOWS, SEED_RANGE, seedInsights } from '@ruta/api';
import { csatAnswers, dropOff, escalations, insightNames, outcomeCounts, splitVariants, waitTimes } from '@ruta/db';
import { expect, it } from 'vitest';
import { describeDrivers } from './drivers';

describeDrivers('insights queries', (ctx) => {
  it('computes the seeded figures', async () => {
    expect(await seedInsights(ctx.db)).toEqual({ journeys: 230 });
    const ab = { ...SEED_RANGE, flowId: SEED_FLOWS.ab };
    expect(await outcomeCounts(ctx.db, ab)).toEqual([
      {
        flowId: SEED_FLOWS.ab,
        version: 1,
        entered: 200,
        running: 10,
        completed: 185,
        goalReached: 75,
        escalated: 0,
        failed: 5,
        cancelled: 0,
      },
    ]);
    expect((await outcomeCounts(ctx.db, { ...ab, tz: 'UTC' }))[0]!.entered).toBe(201);
    expect(await waitTimes(ctx.db, ab)).toEqual([
      {
        nodeId: 'n_wait_order',
        kind: 'wait.event',
        waits: 185,
        avgSeconds: 429664.9,
        medianSeconds: 604800,
        p90Seconds: 604800,
      },
    ]);
    expect((await dropOff(ctx.db, ab)).find((d) => d.nodeId === 'n_welcome_b')).toMatchObject({
      entered: 100,
      droppedHere: 5,
    });
    expect(await splitVariants(ctx.db, ab)).toEqual([
      { nodeId: 'n_split', variant: 'variant_a', journeys: 100, converted: 30 },
      { nodeId: 'n_split', variant: 'variant_b', journeys: 100, converted: 45 },
    ]);
    const answers = await csatAnswers(ctx.db, { ...SEED_RANGE, flowId: SEED_FLOWS.csat });
    expect(answers.map((a) => [a.score, a.channel, a.queue, a.agent])).toEqual([
      [5, 'whatsapp', 'support', 'seed-u-ana'],
      [5, 'sms', 'billing', 'seed-u-ana'],
      [5, 'whatsapp', 'support', 'seed-u-ana'],
      [4, 'whatsapp', 'support', 'seed-u-luis'],
      [2, 'whatsapp', 'support', 'seed-u-luis'],
      [1, 'sms', 'billing', 'seed-u-luis'],
      [4, 'sms', 'billing', 'seed-u-ana'],
      [3, 'whatsapp', 'support', 'seed-u-ana'],
    ]);
    expect(answers[0]!.comment).toBe('5 excelente atención, muy rápida');
    // What a manager reads instead of ids; an id that names nothing is left out, not guessed.
    expect(
      await insightNames(ctx.db, {
        flows: [SEED_FLOWS.csat, 'f_gone'],
        queues: answers.map((a) => a.queue!),
        agents: answers.map((a) => a.agent!),
      }),
    ).toEqual({
      flows: { [SEED_FLOWS.csat]: 'Encuesta de satisfacción (CSAT) (datos de ejemplo)' },
      queues: { support: 'support', billing: 'billing' },
      agents: { 'seed-u-ana': 'Ana Rojas', 'seed-u-luis': 'Luis Pérez' },
    });
    const escalated = await escalations(ctx.db, { ...SEED_RANGE, flowId: SEED_FLOWS.bot });
    expect(escalated).toHaveLength(12);
    expect(escalated.filter((e) => e.lang === 'en')).toHaveLength(3);
  });
});
