import { describe, expect, it } from 'vitest';
import { compile } from '../compiler';
import { ActivityError, type Effects } from '../effects';
import type { BotAttempt, JourneyInput, StepRecord } from '../journey';
import type { Plan } from '../plan';
import { type ScenarioInputDoc, simulate } from '../simulator';
import { runJourney } from './interpreter';
import { deliver, initialState } from './state';
import { classifyYesNo } from './yes-no';

const HORARIO = {
  id: 'kb_horario',
  lang: 'es',
  title: 'Horario de atención',
  answer: 'Atendemos de lunes a viernes de 9:00 a 18:00.',
  tags: [],
  score: 1,
};
const SABADOS = { ...HORARIO, id: 'kb_sabados', title: 'Atención los sábados', answer: 'Los sábados…', score: 0.7 };
const LEJANO = { ...HORARIO, id: 'kb_despacho', title: 'Despacho', answer: 'Despachamos…', score: 0.25 };

function botPlan(params: Record<string, unknown> = {}): Plan {
  const result = compile({
    schemaVersion: 2,
    id: 'f_bot',
    name: 'Bot',
    nodes: [
      { id: 'n_trigger', kind: 'trigger.event', params: { eventType: 'message.received' } },
      { id: 'n_bot', kind: 'kb.answer', params },
      { id: 'n_thanks', kind: 'end', params: { outcome: 'solved' } },
      { id: 'n_handoff', kind: 'handoff', params: { sla: '2h' } },
      { id: 'n_agent', kind: 'end', params: { outcome: 'agent' } },
      { id: 'n_breached', kind: 'end', params: { outcome: 'breached' } },
    ],
    edges: [
      { id: 'e_1', from: 'n_trigger', port: 'out', to: 'n_bot' },
      { id: 'e_2', from: 'n_bot', port: 'answered', to: 'n_thanks' },
      { id: 'e_3', from: 'n_bot', port: 'handoff', to: 'n_handoff' },
      { id: 'e_4', from: 'n_handoff', port: 'resolved', to: 'n_agent' },
      { id: 'e_5', from: 'n_handoff', port: 'sla_breached', to: 'n_breached' },
    ],
  });
  if (!result.ok) throw new Error(JSON.stringify(result.diagnostics, null, 2));
  return result.plan;
}

const scenario = (extra: Partial<ScenarioInputDoc>): ScenarioInputDoc => ({
  name: 'bot',
  event: { type: 'message.received', data: { text: '¿Cuál es el horario de atención?', channel: 'sms' } },
  customer: { id: 'c_ana', name: 'Ana', locale: 'es', timeZone: 'America/Santiago' },
  ...extra,
});

/** Runs a scenario, recording every activity call the journey made. */
async function play(plan: Plan, doc: ScenarioInputDoc, search: unknown) {
  const calls: { name: string; input: Record<string, unknown>; key: string }[] = [];
  const recorded =
    (name: string, answer: (input: unknown) => unknown) => (input: unknown, meta: { idempotencyKey: string }) => {
      calls.push({ name, input: input as Record<string, unknown>, key: meta.idempotencyKey });
      return answer(input);
    };
  const result = await simulate(plan, doc, {
    handlers: {
      'kb.search': recorded('kb.search', () => {
        if (search instanceof Error) throw search;
        return search;
      }),
      'handoff.open': recorded('handoff.open', () => ({ handoffId: 'H-1' })),
    },
  });
  return { result, calls, bot: result.state.bot as BotAttempt };
}

describe('kb.answer', () => {
  it('answers a question it finds, asks whether that solved it, and leaves by answered on a yes', async () => {
    const { result, calls, bot } = await play(
      botPlan(),
      scenario({ inputs: [{ after: '5m', reply: 'Sí, gracias!', channel: 'sms' }] }),
      { lang: 'es', query: 'horario atencion', terms: 2, hits: [HORARIO, LEJANO] },
    );
    expect(result.path).toEqual(['n_trigger', 'n_bot', 'n_thanks']);
    expect(result.outcome).toBe('solved');
    expect(calls[0]).toMatchObject({
      name: 'kb.search',
      input: { text: '¿Cuál es el horario de atención?', lang: 'es', minScore: 0 },
      key: 'sim-f_bot-c_ana:n_bot:1',
    });
    // One message on the question's channel: the article's first paragraph, then the follow-up question.
    expect(result.messages.filter((m) => m.direction === 'out')).toEqual([
      expect.objectContaining({
        channel: 'sms',
        nodeId: 'n_bot',
        text: 'Atendemos de lunes a viernes de 9:00 a 18:00.\n\n¿Esto resolvió tu consulta? Responde SÍ o NO.',
      }),
    ]);
    expect(result.state.outputs.n_bot).toEqual({
      matched: true,
      outcome: 'solved',
      question: '¿Cuál es el horario de atención?',
      lang: 'es',
      articleId: 'kb_horario',
      title: 'Horario de atención',
      score: 1,
      reply: 'Sí, gracias!',
    });
    expect(bot).toMatchObject({ outcome: 'solved', stage: 'done', reply: 'Sí, gracias!' });
    expect(bot).not.toHaveProperty('text');
    expect(result.moves[1]).toMatchObject({ nodeId: 'n_bot', port: 'answered' });
  });

  it('hands off on a no, and the hand-off receives the whole attempt', async () => {
    const { result, calls } = await play(
      botPlan({ maxArticles: 2 }),
      scenario({ inputs: [{ after: '2m', reply: 'No, no me sirvió' }] }),
      { lang: 'es', query: 'horario atencion', terms: 2, hits: [HORARIO, SABADOS, LEJANO] },
    );
    expect(result.path).toEqual(['n_trigger', 'n_bot', 'n_handoff', 'n_breached']);
    expect(result.messages.find((m) => m.direction === 'out')?.text).toContain(
      'También puede servirte: «Atención los sábados»',
    );
    const open = calls.find((c) => c.name === 'handoff.open');
    expect((open!.input.context as { bot: BotAttempt }).bot).toEqual({
      nodeId: 'n_bot',
      visit: 1,
      question: '¿Cuál es el horario de atención?',
      lang: 'es',
      threshold: 0.6,
      articles: [
        { id: 'kb_horario', title: 'Horario de atención', score: 1, offered: true },
        { id: 'kb_sabados', title: 'Atención los sábados', score: 0.7, offered: true },
        { id: 'kb_despacho', title: 'Despacho', score: 0.25, offered: false },
      ],
      stage: 'done',
      channel: 'sms',
      reply: 'No, no me sirvió',
      outcome: 'declined',
    });
    expect(result.moves[1]).toMatchObject({ nodeId: 'n_bot', port: 'handoff' });
  });

  it('hands off without sending anything when no article reaches the threshold', async () => {
    const { result, bot } = await play(botPlan({ threshold: 0.5 }), scenario({}), {
      lang: 'es',
      query: 'auto',
      terms: 1,
      hits: [LEJANO],
    });
    expect(result.path).toEqual(['n_trigger', 'n_bot', 'n_handoff', 'n_breached']);
    expect(result.messages).toEqual([]);
    expect(bot).toMatchObject({ outcome: 'no_match', articles: [{ id: 'kb_despacho', offered: false }] });
    expect(result.state.outputs.n_bot).toMatchObject({ matched: false, outcome: 'no_match', score: 0.25 });
  });

  it('answers in the language of the question, and hands off when nobody answers in time', async () => {
    const { result, bot } = await play(
      botPlan({ timeout: '10m' }),
      scenario({ event: { type: 'message.received', data: { text: 'What are your opening hours?' } } }),
      { lang: 'en', query: 'opening hours', terms: 2, hits: [{ ...HORARIO, lang: 'en', answer: 'We open at 9.' }] },
    );
    expect(result.messages[0]).toMatchObject({
      channel: 'whatsapp',
      text: 'We open at 9.\n\nDid this solve your question? Reply YES or NO.',
    });
    expect(bot).toMatchObject({ lang: 'en', outcome: 'timeout' });
    expect(result.timers[0]).toMatchObject({ nodeId: 'n_bot', ended: 'timeout' });
    expect(result.path).toEqual(['n_trigger', 'n_bot', 'n_handoff', 'n_breached']);
  });

  it('hands off an unclear answer and a search that failed for good, instead of failing the journey', async () => {
    const unclear = await play(botPlan(), scenario({ inputs: [{ after: '1m', reply: '¿y los domingos?' }] }), {
      lang: 'es',
      query: 'x',
      terms: 1,
      hits: [HORARIO],
    });
    expect(unclear.bot.outcome).toBe('unclear');
    expect(unclear.result.path).toContain('n_handoff');
    const failed = await play(botPlan(), scenario({}), new ActivityError('kb.search', 'database down'));
    expect(failed.bot.outcome).toBe('failed');
    expect(failed.result.status).not.toBe('failed');
    expect(failed.result.moves[1]).toMatchObject({ nodeId: 'n_bot', port: 'handoff' });
  });

  it('counts only replies written after the answer went out (not one sent while quiet hours held it)', async () => {
    const plan = botPlan({ timeout: '2h' });
    const start = Date.parse('2026-03-02T10:00:00-03:00');
    const result = await simulate(
      plan,
      scenario({
        inputs: [
          { after: '10m', reply: 'hola??' },
          { after: '70m', reply: 'sí' },
        ],
      }),
      {
        handlers: { 'kb.search': () => ({ lang: 'es', query: 'horario', terms: 1, hits: [HORARIO] }) },
        // The answer may only go out an hour after the question.
        sendPolicy: () => (_request, now) =>
          now < start + 3_600_000
            ? { action: 'defer', until: start + 3_600_000, reason: 'quiet_hours' }
            : { action: 'send', channel: 'sms' },
      },
    );
    expect(result.timers.map((t) => [t.nodeId, t.reason ?? null])).toEqual([
      ['n_bot', 'quiet_hours'],
      ['n_bot', null],
    ]);
    expect(result.state.bot).toMatchObject({ outcome: 'solved', reply: 'sí' });
    expect(result.state.inbox.map((i) => (i.kind === 'reply' ? i.text : i.kind))).toEqual(['hola??']);
    expect(result.path).toEqual(['n_trigger', 'n_bot', 'n_thanks']);
  });

  it('resumes after continue-as-new in the wait without searching or sending again', async () => {
    const plan = botPlan();
    const journey: JourneyInput = {
      plan,
      flowVersion: 1,
      event: {
        id: 'evt-1',
        type: 'message.received',
        customerId: 'c_1',
        time: new Date(0).toISOString(),
        data: { text: 'horario' },
      },
      customer: { id: 'c_1', locale: 'es' },
    };
    const state = initialState({ plan }, 0);
    const steps: StepRecord[] = [];
    const calls: string[] = [];
    let now = 0;
    let suggestContinue = false;
    const fx: Effects = {
      journeyId: 'j-1',
      now: () => now,
      async waitUntil(ready) {
        if (ready()) return true;
        // The first run is told to continue as new while it waits for the customer's answer.
        suggestContinue = calls.length === 2 && !suggestContinue ? true : suggestContinue;
        return ready() || suggestContinue;
      },
      async callActivity(name) {
        calls.push(name);
        if (name === 'kb.search') return { lang: 'es', query: 'horario', terms: 1, hits: [HORARIO] };
        return { messageId: 'm-1', channel: 'whatsapp', status: 'sent' };
      },
      record: (step) => steps.push(step),
      continueAsNewSuggested: () => suggestContinue,
      patched: () => true,
    };
    const first = await runJourney(journey, state, { cancelRequested: false, skip: null }, fx);
    expect(first.kind).toBe('continue');
    expect(calls).toEqual(['kb.search', 'channel.send']);
    expect(state.bot).toMatchObject({ stage: 'waiting' });
    // The next run: the customer's answer arrives; nothing is searched or sent again.
    suggestContinue = false;
    now = 60_000;
    deliver(state, { kind: 'reply', id: 'r1', text: 'si', channel: 'whatsapp', at: 'x' });
    const second = await runJourney({ ...journey, state }, state, { cancelRequested: false, skip: null }, fx);
    expect(second.kind).toBe('finished');
    expect(calls).toEqual(['kb.search', 'channel.send']);
    expect(state.outcome).toBe('solved');
  });
});

describe('classifyYesNo', () => {
  it.each([
    ['sí', 'yes'],
    ['Si, gracias!', 'yes'],
    ['listo 👍', 'yes'],
    ['perfecto, me sirvió', 'yes'],
    ['Yes, that worked', 'yes'],
    ['thanks!', 'yes'],
    ['no', 'no'],
    ['No, no me sirvió', 'no'],
    ['sí, pero sigue sin funcionar', 'no'],
    ['quiero hablar con una persona', 'no'],
    ['not really', 'no'],
    ["it didn't help", 'no'],
    ['👎', 'no'],
    ['no sé', 'unclear'],
    ['más o menos', 'unclear'],
    ['¿y los domingos?', 'unclear'],
    ['', 'unclear'],
  ])('%s → %s', (text, expected) => {
    expect(classifyYesNo(text)).toBe(expected);
  });
});
