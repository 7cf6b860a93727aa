// The hybrid bot end to end on the real Temporal dev server: the sample kb-bot flow published through the API, the
// sample articles in the database (PGlite, through the worker's DbStore), questions posted as events, the customer's
// answers through the signed sandbox webhook, and the hand-off with the bot's attempt for the agent.
import { join } from 'node:path';
import { seedSampleKnowledge } from '@ruta/api';
import type { BotAttempt } from '@ruta/flow';
import { beforeAll, describe, expect, it } from 'vitest';
import { type JourneyDetail, journeyHelpers } from './journey-helpers';
import { publishSample, ROOT, withApi } from './support';

const api = withApi();
const { until, start, reply } = journeyHelpers(api);
let flowId = '';

beforeAll(async () => {
  expect(await seedSampleKnowledge(api.db.db, join(ROOT, 'examples/kb/articles.json'))).toBeGreaterThan(0);
  flowId = (await publishSample(api, 'kb-bot')).id;
});

// The detail reads the stored messages before it asks the journey what it waits for: wait for both.
const botWaits = (d: JourneyDetail) => d.wait?.nodeId === 'n_bot' && d.messages.length > 0;

async function customer(name: string, locale: 'es' | 'en'): Promise<string> {
  const id = `c_kb_${name.toLowerCase()}_${Date.now()}`;
  const put = await api.call('PUT', `/v1/customers/${id}`, {
    body: { name, phone: '+56 9 2222 3333', locale, timeZone: 'America/Santiago' },
  });
  expect(put.status, put.text).toBe(200);
  return id;
}

interface Handoff {
  id: string;
  journeyId: string | null;
  subject: string | null;
  detail: { context?: { bot?: BotAttempt } };
}

async function handoffOf(journeyId: string): Promise<Handoff> {
  const r = await api.call<{ handoffs: Handoff[] }>('GET', '/v1/handoffs?queue=support');
  const found = r.body.handoffs.find((h) => h.journeyId === journeyId);
  expect(found, `a hand-off for ${journeyId}`).toBeDefined();
  return found!;
}

describe('the kb-bot sample on Temporal', () => {
  it('answers a question in Spanish from the knowledge base and ends when the customer says it helped', async () => {
    const id = await customer('Camila', 'es');
    const journey = await start('message.received', id, flowId, {
      text: '¿Cuál es el horario de atención?',
      channel: 'whatsapp',
    });
    const waiting = await until(journey, 'the bot to answer and wait', botWaits);
    expect(waiting.messages).toEqual([
      expect.objectContaining({
        direction: 'out',
        channel: 'whatsapp',
        nodeId: 'n_bot',
        text: expect.stringMatching(
          /^Te atendemos de lunes a viernes de 9:00 a 18:00[\s\S]*¿Esto resolvió tu consulta, Camila\?/,
        ),
      }),
    ]);

    const answered = await reply(id, 'Sí, muchas gracias', `wamid-kb-yes-${Date.now()}`);
    expect(answered.body.journeys).toEqual([expect.objectContaining({ workflowId: journey, action: 'advanced' })]);
    const done = await until(journey, 'the journey to end', (d) => d.status === 'completed');
    expect(done.outcome).toBe('solved_by_bot');
    expect(done.path).toEqual(['n_trigger', 'n_bot', 'n_glad', 'n_end_bot']);
    const leave = done.steps.find((s) => s.type === 'leave' && s.nodeId === 'n_bot');
    expect(leave).toMatchObject({ port: 'answered', detail: { outcome: 'solved', articleId: 'kb_horario_atencion' } });
  });

  it('starts when a customer writes first: a message no journey waits for becomes message.received, once', async () => {
    const id = await customer('Sofia', 'es');
    const wamid = `wamid-kb-first-${Date.now()}`;
    const first = await reply(id, 'Hola, ¿cuál es el horario de atención?', wamid);
    expect(first.status, first.text).toBe(200);
    expect(first.body.journeys).toEqual([expect.objectContaining({ flowId, action: 'started' })]);
    const journey = first.body.journeys[0]!.workflowId;
    const waiting = await until(journey, 'the bot to answer and wait', botWaits);
    expect(waiting.messages[0]!.text).toMatch(/^Te atendemos de lunes a viernes/);

    // The provider redelivers the same message: stored once, and no second bot.
    const again = await reply(id, 'Hola, ¿cuál es el horario de atención?', wamid);
    expect(again.body.duplicate).toBe(true);
    expect(again.body.journeys).toEqual(first.body.journeys);
    const running = await api.call<{ journeys: { id: string }[] }>('GET', `/v1/journeys?customer=${id}&status=running`);
    expect(running.body.journeys.map((j) => j.id)).toEqual([journey]);

    // The answer to the bot goes to the waiting bot, not to a new one.
    const answered = await reply(id, 'Sí, gracias', `wamid-kb-first-yes-${Date.now()}`);
    expect(answered.body.journeys).toEqual([expect.objectContaining({ workflowId: journey, action: 'advanced' })]);
    expect((await until(journey, 'the journey to end', (d) => d.status === 'completed')).outcome).toBe('solved_by_bot');
  });

  it('hands off a question it cannot answer, with its attempt in the hand-off, and the agent resolves it', async () => {
    const id = await customer('Lupita', 'es');
    const journey = await start('message.received', id, flowId, {
      text: 'Me cobraron dos veces la cuota de este mes',
      channel: 'whatsapp',
    });
    const waiting = await until(journey, 'the hand-off', (d) => d.wait?.nodeId === 'n_handoff');
    // Nothing was sent: the bot had no article good enough.
    expect(waiting.messages).toEqual([]);
    const handoff = await handoffOf(journey);
    expect(handoff.subject).toBe(
      'El bot no resolvió la consulta (sin artículo que responda): Me cobraron dos veces la cuota de este mes',
    );
    expect(handoff.detail.context?.bot).toMatchObject({
      question: 'Me cobraron dos veces la cuota de este mes',
      lang: 'es',
      threshold: 0.6,
      outcome: 'no_match',
      stage: 'done',
      reply: null,
    });
    for (const a of handoff.detail.context!.bot!.articles) expect(a).toMatchObject({ offered: false });

    const suggestions = await api.call<{ question: string; reply: unknown }>(
      'GET',
      `/v1/handoffs/${handoff.id}/suggestions`,
    );
    expect(suggestions.status, suggestions.text).toBe(200);
    expect(suggestions.body.question).toBe('Me cobraron dos veces la cuota de este mes');

    const resolved = await api.call('POST', `/v1/handoffs/${handoff.id}/resolve`, {
      body: { resolution: 'refunded', agent: 'Marcela' },
    });
    expect(resolved.status, resolved.text).toBe(200);
    const done = await until(journey, 'the journey to end', (d) => d.status === 'completed');
    expect(done.outcome).toBe('solved_by_agent');
    expect(done.path).toEqual(['n_trigger', 'n_bot', 'n_handoff', 'n_end_agent']);
  });

  it('hands off when the customer says the answer did not help, with their answer for the agent', async () => {
    const id = await customer('Pedro', 'es');
    const journey = await start('message.received', id, flowId, {
      text: 'Olvidé mi contraseña, ¿cómo la cambio?',
      channel: 'whatsapp',
    });
    await until(journey, 'the bot to answer and wait', botWaits);
    await reply(id, 'No, no me sirvió', `wamid-kb-no-${Date.now()}`);
    await until(journey, 'the hand-off', (d) => d.wait?.nodeId === 'n_handoff');
    const handoff = await handoffOf(journey);
    expect(handoff.detail.context?.bot).toMatchObject({
      outcome: 'declined',
      reply: 'No, no me sirvió',
      articles: expect.arrayContaining([
        expect.objectContaining({ id: 'kb_cambiar_contrasena', offered: true, score: expect.any(Number) }),
      ]),
    });
    // The agent is not offered the article the customer already said did not help.
    const suggestions = await api.call<{
      reply: { articleId: string } | null;
      articles: { id: string; offeredByBot: boolean }[];
    }>('GET', `/v1/handoffs/${handoff.id}/suggestions`);
    expect(suggestions.body.articles.find((a) => a.id === 'kb_cambiar_contrasena')?.offeredByBot).toBe(true);
    expect(suggestions.body.reply?.articleId).not.toBe('kb_cambiar_contrasena');
  });
});
