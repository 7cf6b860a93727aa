// The insights API against the seeded journeys (npm run seed:insights): every figure is known from the seed, so the
// expected numbers are exact.
import { SEED_FLOWS, SEED_RANGE, seedInsights } from '@ruta/api';
import { beforeAll, describe, expect, it } from 'vitest';
import { expectProblem, withApi } from './support';

const api = withApi();

// biome-ignore lint/suspicious/noExplicitAny: the test reads a large JSON answer field by field
type Any = any;
const get = async (query: Record<string, string>) => {
  const r = await api.call<Any>('GET', `/v1/insights?${new URLSearchParams({ ...SEED_RANGE, ...query })}`);
  expect(r.status, r.text).toBe(200);
  return r.body;
};

beforeAll(async () => {
  expect(await seedInsights(api.db.db)).toEqual({ journeys: 230 });
  // Seeding again replaces the set: nothing doubles.
  expect(await seedInsights(api.db.db)).toEqual({ journeys: 230 });
});

describe('insights from the seeded journeys', () => {
  it('counts outcomes per version, in the viewer’s days', async () => {
    const ab = await get({ flowId: SEED_FLOWS.ab });
    expect(ab.range).toMatchObject({
      from: '2026-03-02',
      lastDay: '2026-03-08',
      tz: 'America/Santiago',
      es: 'Del 2026-03-02 al 2026-03-08 (hora de America/Santiago)',
    });
    expect(ab.versions).toEqual([
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
    // The journey started on 1 March at 23:30 in Santiago is 2 March in UTC.
    expect((await get({ flowId: SEED_FLOWS.ab, tz: 'UTC' })).total).toMatchObject({ entered: 201, goalReached: 76 });
    expect((await get({ flowId: SEED_FLOWS.bot })).total).toEqual({
      entered: 20,
      running: 0,
      completed: 20,
      goalReached: 0,
      escalated: 12,
      failed: 0,
      cancelled: 0,
    });
    // Every flow at once.
    expect((await get({})).total.entered).toBe(229);
  });

  it('measures waits and drop-off per node', async () => {
    const ab = await get({ flowId: SEED_FLOWS.ab });
    // 75 waits of 2 days, 110 of 7 days: mean 79,488,000 s / 185.
    expect(ab.waits).toEqual([
      {
        nodeId: 'n_wait_order',
        kind: 'wait.event',
        waits: 185,
        avgSeconds: 429664.9,
        medianSeconds: 604800,
        p90Seconds: 604800,
      },
    ]);
    const node = (id: string) => ab.dropOff.find((d: Any) => d.nodeId === id);
    expect(node('n_welcome_b')).toEqual({
      nodeId: 'n_welcome_b',
      kind: 'message.send',
      entered: 100,
      continued: 95,
      completedHere: 0,
      droppedHere: 5,
      waitingHere: 0,
      dropRate: 0.05,
    });
    expect(node('n_wait_order')).toMatchObject({ entered: 195, continued: 185, waitingHere: 10, droppedHere: 0 });
    expect(node('n_end_no_purchase')).toMatchObject({ entered: 110, completedHere: 110 });
    expect(node('n_goal')).toMatchObject({ entered: 75, continued: 0, completedHere: 75 });
  });

  it('compares the A/B variants with a two-proportion test and says which is better', async () => {
    const ab = await get({ flowId: SEED_FLOWS.ab });
    expect(ab.splits).toHaveLength(1);
    const [split] = ab.splits;
    expect(split.variants.map((v: Any) => [v.variant, v.journeys, v.converted, v.rate])).toEqual([
      ['variant_a', 100, 30, 0.3],
      ['variant_b', 100, 45, 0.45],
    ]);
    expect(split.variants[0].low).toBeCloseTo(0.2189, 3);
    expect(split.variants[0].high).toBeCloseTo(0.3958, 3);
    const [c] = split.comparisons;
    expect(c).toMatchObject({ a: 'variant_a', b: 'variant_b', enoughData: true });
    expect(c.pValue).toBeCloseTo(0.02846, 4);
    expect(c.verdict).toEqual({
      kind: 'better',
      winner: 'variant_b',
      es: 'variant_b es mejor con 95% de confianza.',
      en: 'variant_b is better with 95% confidence.',
    });
  });

  it('shows CSAT over time and by flow, queue, channel and agent, with the comments and their sentiment', async () => {
    const { csat } = await get({ flowId: SEED_FLOWS.csat });
    expect(csat.answers).toBe(8);
    expect(csat.average).toBe(3.63);
    expect(csat.byDay).toEqual([
      { key: '2026-03-02', answers: 2, average: 5 },
      { key: '2026-03-03', answers: 1, average: 5 },
      { key: '2026-03-04', answers: 1, average: 4 },
      { key: '2026-03-05', answers: 1, average: 2 },
      { key: '2026-03-06', answers: 1, average: 1 },
      { key: '2026-03-07', answers: 1, average: 4 },
      { key: '2026-03-08', answers: 1, average: 3 },
    ]);
    expect(csat.byFlow).toEqual([{ key: SEED_FLOWS.csat, answers: 8, average: 3.63 }]);
    expect(csat.byChannel).toEqual([
      { key: 'whatsapp', answers: 5, average: 3.8 },
      { key: 'sms', answers: 3, average: 3.33 },
    ]);
    expect(csat.byQueue).toEqual([
      { key: 'support', answers: 5, average: 3.8 },
      { key: 'billing', answers: 3, average: 3.33 },
    ]);
    expect(csat.byAgent).toEqual([
      { key: 'seed-u-ana', answers: 5, average: 4.4 },
      { key: 'seed-u-luis', answers: 3, average: 2.33 },
    ]);
    // Tables show names, not ids: the seeded agents are accounts that cannot sign in.
    const { names } = await get({ flowId: SEED_FLOWS.csat });
    expect(names.agents).toEqual({ 'seed-u-ana': 'Ana Rojas', 'seed-u-luis': 'Luis Pérez' });
    expect(names.flows[SEED_FLOWS.csat]).toMatch(/datos de ejemplo/);
    expect(Object.keys(names.queues).sort()).toEqual(['billing', 'support']);
    expect(csat.comments.map((c: Any) => c.comment)).toEqual([
      'excelente atención, muy rápida',
      'gracias, resolvieron todo',
      'bien, pero tardaron un poco',
      'pésimo, nadie me respondió en dos días',
      'horrible, me cortaron la llamada',
      'normal',
    ]);
    const sentiment = (text: string) => csat.comments.find((c: Any) => c.comment === text).sentiment.label;
    expect(sentiment('excelente atención, muy rápida')).toBe('positive');
    expect(sentiment('pésimo, nadie me respondió en dos días')).toBe('negative');
    expect(sentiment('horrible, me cortaron la llamada')).toBe('negative');
  });

  it('explains escalations: reasons over time and the topics that escalate most, per language, with examples', async () => {
    const { escalations } = await get({ flowId: SEED_FLOWS.bot });
    expect(escalations.total).toBe(12);
    expect(escalations.byReason).toEqual([
      {
        reason: 'bot_no_match',
        label: { es: 'El bot no encontró respuesta', en: 'The bot found no answer' },
        count: 6,
      },
      {
        reason: 'bot_declined',
        label: { es: 'La respuesta del bot no resolvió', en: "The bot's answer did not solve it" },
        count: 4,
      },
      { reason: 'bot_timeout', label: { es: 'Sin respuesta al bot', en: 'No answer to the bot' }, count: 2 },
    ]);
    expect(escalations.byDay.reduce((n: number, d: Any) => n + d.count, 0)).toBe(12);
    expect(escalations.topics.es.map((t: Any) => [t.phrase, t.count])).toEqual([
      ['contraseña', 4],
      ['cambiar', 3],
      ['cambiar la contraseña', 2],
      ['dirección de envío', 2],
      ['llega', 2],
      ['pedido', 2],
      ['reembolso', 2],
    ]);
    expect(escalations.topics.es[0].examples).toEqual([
      'No puedo cambiar la contraseña de mi cuenta',
      'Quiero cambiar la contraseña y no me llega el correo',
      'Olvidé la contraseña, ¿cómo entro?',
    ]);
    expect(escalations.topics.en).toEqual([
      {
        phrase: 'refund for my order',
        count: 2,
        examples: ['The refund for my order has not arrived', 'Still waiting for my refund, order 5521'],
      },
    ]);
  });

  it('refuses a bad range or time zone with what to fix', async () => {
    const bad = async (query: Record<string, string>, field: string) => {
      const p = expectProblem(
        await api.call('GET', `/v1/insights?${new URLSearchParams({ ...SEED_RANGE, ...query })}`),
        422,
      );
      expect(JSON.stringify(p)).toContain(field);
    };
    await bad({ tz: 'Mars/Olympus' }, 'tz');
    await bad({ from: '2026-03-09', to: '2026-03-02' }, 'to');
    await bad({ from: '2026-02-30' }, 'from');
    await bad({ version: '1' }, 'version');
  });

  it('loads the example data through the API for admins, replacing only the seeded rows', async () => {
    const r = await api.call<Any>('POST', '/v1/insights/example');
    expect(r.status, r.text).toBe(200);
    expect(r.body).toEqual({ journeys: 230, flows: Object.values(SEED_FLOWS), range: SEED_RANGE });
    expect((await get({ flowId: SEED_FLOWS.ab })).total.entered).toBe(200);
    const manager = await api.person({ roles: ['cx_manager'] });
    expectProblem(await api.call('POST', '/v1/insights/example', { as: manager }), 403);
  });
});
