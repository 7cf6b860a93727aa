import { compile, type Plan, simulate } from '@ruta/flow';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { simulationOptions } from './simulation';

function botPlan(): Plan {
  const result = compile({
    schemaVersion: 2,
    id: 'f_bot_night',
    name: 'Bot',
    nodes: [
      { id: 'n_trigger', kind: 'trigger.event', params: { eventType: 'message.received' } },
      { id: 'n_bot', kind: 'kb.answer', params: {} },
      {
        id: 'n_glad',
        kind: 'message.send',
        params: {
          channel: 'whatsapp',
          template: { es: '¡Qué bueno! Escríbenos cuando quieras.', en: 'Glad it helped!' },
        },
      },
      { id: 'n_thanks', kind: 'end', params: { outcome: 'solved' } },
      { id: 'n_handoff', kind: 'handoff', params: { sla: '2h' } },
      { id: 'n_agent', kind: 'end', params: { outcome: 'agent' } },
      { id: 'n_breached', kind: 'end', params: { outcome: 'breached' } },
    ],
    edges: [
      { id: 'e_1', from: 'n_trigger', port: 'out', to: 'n_bot' },
      { id: 'e_2', from: 'n_bot', port: 'answered', to: 'n_glad' },
      { id: 'e_6', from: 'n_glad', port: 'sent', to: 'n_thanks' },
      { id: 'e_3', from: 'n_bot', port: 'handoff', to: 'n_handoff' },
      { id: 'e_4', from: 'n_handoff', port: 'resolved', to: 'n_agent' },
      { id: 'e_5', from: 'n_handoff', port: 'sla_breached', to: 'n_breached' },
    ],
  });
  if (!result.ok) throw new Error(JSON.stringify(result.diagnostics, null, 2));
  return result.plan;
}

const HORARIO: { lang: 'es' | 'en'; title: string; body: string } = {
  lang: 'es',
  title: 'Horario de atención',
  body: 'Atendemos de lunes a viernes de 9:00 a 18:00 y los sábados de 10:00 a 14:00.',
};

/** The bot asked at 23:30 in Santiago (inside the default quiet hours, 21:00–09:00), on the channel given. */
const night = (channel: 'whatsapp' | 'sms') =>
  simulate(
    botPlan(),
    {
      name: `pregunta de noche por ${channel}`,
      start: '2026-03-02T23:30:00-03:00',
      event: { type: 'message.received', data: { text: '¿cuál es el horario de atención?', channel } },
      customer: { id: 'c_noche', name: 'José', locale: 'es', timeZone: 'America/Santiago' },
      knowledge: [HORARIO],
      inputs: [{ after: '2m', reply: 'sí, gracias', channel }],
    },
    simulationOptions({ scenario: { knowledge: [HORARIO] } }),
  );

describe('the knowledge-base bot under the deployment contact rules', () => {
  // The test run turns contact rules off (vitest.config.ts); these tests need the defaults: quiet hours 21:00–09:00.
  const before = process.env.RUTA_CONTACT_RULES;
  beforeAll(() => {
    process.env.RUTA_CONTACT_RULES = '{}';
  });
  afterAll(() => {
    if (before === undefined) delete process.env.RUTA_CONTACT_RULES;
    else process.env.RUTA_CONTACT_RULES = before;
  });

  it('answers a WhatsApp question asked at night at once, and its goodbye too: they reply inside the 24-hour window', async () => {
    const result = await night('whatsapp');
    expect(result.timers.filter((t) => t.reason === 'quiet_hours')).toEqual([]);
    const answer = result.messages.find((m) => m.direction === 'out');
    expect(answer?.at).toBe('2026-03-03T02:30:00.000Z');
    expect(answer?.text).toContain('sábados de 10:00 a 14:00');
    // The goodbye after the customer's "sí" answers that message, also at once.
    const goodbye = result.messages.filter((m) => m.direction === 'out')[1];
    expect(goodbye).toMatchObject({ nodeId: 'n_glad', at: '2026-03-03T02:32:00.000Z' });
    expect(result.path).toEqual(['n_trigger', 'n_bot', 'n_glad', 'n_thanks']);
  });

  it('holds the same answer by SMS until quiet hours end (the window is WhatsApp’s)', async () => {
    const result = await night('sms');
    expect(result.timers.map((t) => [t.nodeId, t.reason ?? null])[0]).toEqual(['n_bot', 'quiet_hours']);
    const answer = result.messages.find((m) => m.direction === 'out');
    expect(answer?.at).toBe('2026-03-03T12:00:00.000Z');
  });
});
