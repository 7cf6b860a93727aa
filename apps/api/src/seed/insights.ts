/**
 * A seeded set of journeys with known outcomes, for the insights page and its tests: written straight into the store
 * (flows published, journeys with their steps, messages and hand-off tickets), as the worker would have written them,
 * in the first week of March 2026. `npm run seed:insights` runs it on the configured database; running it again
 * replaces the seeded rows (ids start with `seed-`) and nothing else.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  createFlow,
  type Db,
  getFlow,
  type journeySteps,
  type journeys,
  type messages,
  publishVersion,
  replaceSeedRows,
  type tickets,
} from '@ruta/db';
import { compile } from '@ruta/flow';
import { REPO_ROOT } from '../config';

/** The agents who worked the seeded cases: accounts that cannot sign in (inactive, no password), for their names. */
export const SEED_AGENTS = {
  ana: { id: 'seed-u-ana', displayName: 'Ana Rojas', email: 'ana.rojas@seed.ruta.invalid' },
  luis: { id: 'seed-u-luis', displayName: 'Luis Pérez', email: 'luis.perez@seed.ruta.invalid' },
} as const;
type SeedAgent = keyof typeof SEED_AGENTS;

/** The seeded flows: the A/B welcome, the knowledge-base bot, and the CSAT survey. */
export const SEED_FLOWS = { ab: 'f_seed_ab', bot: 'f_seed_bot', csat: 'f_seed_csat' } as const;
/** The seeded week, in America/Santiago (UTC−3 in March 2026): journeys start 2 to 8 March. */
export const SEED_RANGE = { from: '2026-03-02', to: '2026-03-09', tz: 'America/Santiago' } as const;

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** 2 March 2026 09:00 in Santiago. */
const WEEK_START = Date.parse('2026-03-02T12:00:00Z');

type Step = {
  type: 'enter' | 'wait' | 'leave' | 'end';
  node: string | null;
  kind: string | null;
  port?: string | null;
  at: number;
  status?: string;
  detail?: Record<string, unknown>;
};

interface Built {
  journey: typeof journeys.$inferInsert;
  steps: (typeof journeySteps.$inferInsert)[];
}

/** A journey from its steps: the row follows the last step (status, node, outcome), as refreshProgress would. */
function journey(id: string, flowId: string, customerId: string, steps: Step[]): Built {
  const last = steps.at(-1)!;
  const status = (last.status ?? 'running') as 'running' | 'completed' | 'failed' | 'cancelled';
  const withNode = [...steps].reverse().find((s) => s.node);
  return {
    journey: {
      id,
      flowId,
      flowVersion: 1,
      customerId,
      status,
      currentNode: withNode?.node ?? null,
      outcome: (last.detail?.outcome as string | undefined) ?? null,
      lastSeq: steps.length - 1,
      currentNodeSeq: steps.lastIndexOf(withNode!),
      startedAt: new Date(steps[0]!.at),
      endedAt: status === 'running' ? null : new Date(last.at),
      updatedAt: new Date(last.at),
    },
    steps: steps.map((s, seq) => ({
      journeyId: id,
      seq,
      type: s.type,
      nodeId: s.node,
      kind: s.kind,
      visit: 1,
      port: s.port ?? null,
      at: new Date(s.at),
      status: (s.status ?? 'running') as 'running',
      detail: (s.detail ?? null) as never,
    })),
  };
}

/** enter + leave of a node that does not wait. */
const pass = (node: string, kind: string, port: string, at: number): Step[] => [
  { type: 'enter', node, kind, at },
  { type: 'leave', node, kind, port, at },
];
/** enter + wait + leave of a node that waits `ms`. */
const waitAt = (
  node: string,
  kind: string,
  port: string,
  at: number,
  ms: number,
  detail?: Record<string, unknown>,
): Step[] => [
  { type: 'enter', node, kind, at },
  { type: 'wait', node, kind, at },
  { type: 'leave', node, kind, port, at: at + ms, ...(detail ? { detail } : {}) },
];
const endAt = (node: string, outcome: string, at: number, status = 'completed'): Step[] => [
  { type: 'enter', node, kind: 'end', at },
  { type: 'leave', node, kind: 'end', port: null, at, status },
  { type: 'end', node: null, kind: null, at, status, detail: { outcome, goals: [] } },
];

/**
 * A/B welcome, 200 journeys + 1 started on 1 March at 23:30 in Santiago (outside the week there, inside it in UTC):
 * variant_a 100 (30 buy after 2 days, 60 do not within 7 days, 10 still wait), variant_b 100 (45 buy, 50 do not,
 * 5 fail at the e-mail).
 */
function abJourneys(): Built[] {
  const out: Built[] = [];
  const one = (i: number, variant: 'variant_a' | 'variant_b', fate: 'buy' | 'no' | 'wait' | 'fail', start: number) => {
    const welcome = variant === 'variant_a' ? 'n_welcome_a' : 'n_welcome_b';
    const steps: Step[] = [
      ...pass('n_trigger', 'trigger.event', 'out', start),
      ...pass('n_split', 'logic.split', variant, start),
    ];
    if (fate === 'fail') {
      steps.push(
        { type: 'enter', node: welcome, kind: 'message.send', at: start },
        { type: 'leave', node: welcome, kind: 'message.send', port: null, at: start + 1000, status: 'failed' },
        {
          type: 'end',
          node: null,
          kind: null,
          at: start + 1000,
          status: 'failed',
          detail: { outcome: 'failed', goals: [] },
        },
      );
    } else {
      steps.push(...pass(welcome, 'message.send', 'sent', start));
      if (fate === 'wait')
        steps.push(
          { type: 'enter', node: 'n_wait_order', kind: 'wait.event', at: start },
          { type: 'wait', node: 'n_wait_order', kind: 'wait.event', at: start },
        );
      else if (fate === 'buy') {
        steps.push(...waitAt('n_wait_order', 'wait.event', 'received', start, 2 * DAY));
        // The goal node's `out` is left unconnected: the journey ends there, completed, with the goal reached.
        steps.push(...pass('n_goal', 'goal', 'out', start + 2 * DAY), {
          type: 'end',
          node: null,
          kind: null,
          at: start + 2 * DAY,
          status: 'completed',
          detail: { outcome: 'completed', goals: ['first_purchase'] },
        });
      } else {
        steps.push(...waitAt('n_wait_order', 'wait.event', 'timeout', start, 7 * DAY));
        steps.push(...endAt('n_end_no_purchase', 'no_purchase', start + 7 * DAY));
      }
    }
    out.push(journey(`seed-ab-${i}`, SEED_FLOWS.ab, `seed-c-ab-${i}`, steps));
  };
  let i = 0;
  const fates = (variant: 'variant_a' | 'variant_b', counts: [string, number][]) => {
    for (const [fate, n] of counts) {
      for (let k = 0; k < n; k++, i++) one(i, variant, fate as 'buy', WEEK_START + (i % 7) * DAY + (i % 5) * HOUR);
    }
  };
  fates('variant_a', [
    ['buy', 30],
    ['no', 60],
    ['wait', 10],
  ]);
  fates('variant_b', [
    ['buy', 45],
    ['no', 50],
    ['fail', 5],
  ]);
  // Outside the week in Santiago (1 March 23:30 there), inside it in UTC (2 March 02:30).
  one(i, 'variant_a', 'buy', Date.parse('2026-03-02T02:30:00Z'));
  return out;
}

interface BotCase {
  outcome: 'solved' | 'no_match' | 'declined' | 'timeout';
  lang: 'es' | 'en';
  question: string;
  agent?: SeedAgent;
}

/** The bot's 20 conversations: 8 solved by the bot, 12 handed to the support queue (6 no match, 4 declined, 2 no answer). */
const BOT_CASES: BotCase[] = [
  ...Array.from(
    { length: 8 },
    (_, k): BotCase => ({ outcome: 'solved', lang: 'es', question: `¿Cuál es el horario de atención? (${k})` }),
  ),
  { outcome: 'no_match', lang: 'es', question: 'No puedo cambiar la contraseña de mi cuenta', agent: 'ana' },
  { outcome: 'no_match', lang: 'es', question: 'Quiero cambiar la contraseña y no me llega el correo', agent: 'ana' },
  { outcome: 'no_match', lang: 'es', question: 'Olvidé la contraseña, ¿cómo entro?', agent: 'luis' },
  { outcome: 'no_match', lang: 'es', question: 'El reembolso de mi pedido no llega', agent: 'ana' },
  { outcome: 'no_match', lang: 'en', question: 'The refund for my order has not arrived', agent: 'luis' },
  { outcome: 'no_match', lang: 'en', question: 'Still waiting for my refund, order 5521', agent: 'luis' },
  { outcome: 'declined', lang: 'es', question: 'Necesito el reembolso de una compra duplicada', agent: 'ana' },
  { outcome: 'declined', lang: 'es', question: 'Cambiar la dirección de envío del pedido', agent: 'luis' },
  { outcome: 'declined', lang: 'es', question: 'La dirección de envío está mal escrita', agent: 'ana' },
  { outcome: 'declined', lang: 'en', question: 'I cannot reset my password', agent: 'ana' },
  { outcome: 'timeout', lang: 'es', question: 'Contraseña bloqueada después de tres intentos', agent: 'luis' },
  { outcome: 'timeout', lang: 'es', question: 'Hola', agent: 'ana' },
];

function botJourneys(): { built: Built[]; tickets: (typeof tickets.$inferInsert)[] } {
  const built: Built[] = [];
  const opened: (typeof tickets.$inferInsert)[] = [];
  BOT_CASES.forEach((c, i) => {
    const start = WEEK_START + (i % 7) * DAY + 2 * HOUR;
    const id = `seed-bot-${i}`;
    const steps: Step[] = [...pass('n_trigger', 'trigger.event', 'out', start)];
    if (c.outcome === 'solved') {
      steps.push(...waitAt('n_bot', 'kb.answer', 'answered', start, 5 * 60_000, { outcome: 'solved' }));
      steps.push(...pass('n_glad', 'message.send', 'sent', start + 5 * 60_000));
      steps.push(...endAt('n_end_bot', 'solved_by_bot', start + 5 * 60_000));
    } else {
      const botTime = c.outcome === 'timeout' ? 30 * 60_000 : c.outcome === 'declined' ? 4 * 60_000 : 0;
      if (botTime) steps.push(...waitAt('n_bot', 'kb.answer', 'handoff', start, botTime, { outcome: c.outcome }));
      else steps.push(...pass('n_bot', 'kb.answer', 'handoff', start));
      const at = start + botTime;
      steps.push(...waitAt('n_handoff', 'handoff', 'resolved', at, HOUR));
      steps.push(...endAt('n_end_agent', 'solved_by_agent', at + HOUR));
      opened.push({
        id: `seed-t-bot-${i}`,
        idempotencyKey: `${id}:n_handoff:1`,
        kind: 'handoff',
        customerId: `seed-c-bot-${i}`,
        journeyId: id,
        nodeId: 'n_handoff',
        queue: 'support',
        priority: 'normal',
        status: 'resolved',
        subject: 'El bot no resolvió la consulta',
        assignedTo: c.agent ? SEED_AGENTS[c.agent].id : null,
        resolution: 'resolved',
        detail: { context: { bot: { outcome: c.outcome, question: c.question, lang: c.lang } } },
        createdAt: new Date(at),
        updatedAt: new Date(at + HOUR),
        resolvedAt: new Date(at + HOUR),
      });
    }
    built.push(journey(id, SEED_FLOWS.bot, `seed-c-bot-${i}`, steps));
  });
  return { built, tickets: opened };
}

/** The CSAT answers: score, channel, the agent of the case it follows, and what the customer wrote. */
const CSAT_CASES: { score: number | null; channel: 'whatsapp' | 'sms'; agent: SeedAgent; text: string }[] = [
  { score: 5, channel: 'whatsapp', agent: 'ana', text: '5 excelente atención, muy rápida' },
  { score: 5, channel: 'whatsapp', agent: 'ana', text: '5' },
  { score: 4, channel: 'whatsapp', agent: 'luis', text: '4 bien, pero tardaron un poco' },
  { score: 2, channel: 'whatsapp', agent: 'luis', text: '2 pésimo, nadie me respondió en dos días' },
  { score: 1, channel: 'sms', agent: 'luis', text: '1 horrible, me cortaron la llamada' },
  { score: 4, channel: 'sms', agent: 'ana', text: '4' },
  { score: 3, channel: 'whatsapp', agent: 'ana', text: '3 normal' },
  { score: 5, channel: 'sms', agent: 'ana', text: '5 gracias, resolvieron todo' },
  { score: null, channel: 'whatsapp', agent: 'luis', text: '' },
];

function csatJourneys(): {
  built: Built[];
  messages: (typeof messages.$inferInsert)[];
  tickets: (typeof tickets.$inferInsert)[];
} {
  const built: Built[] = [];
  const sent: (typeof messages.$inferInsert)[] = [];
  const cases: (typeof tickets.$inferInsert)[] = [];
  CSAT_CASES.forEach((c, i) => {
    // One answer a day from 2 March (the ninth never answers).
    const start = WEEK_START + (i % 7) * DAY + 4 * HOUR;
    const id = `seed-csat-${i}`;
    const customerId = `seed-c-csat-${i}`;
    const asked = start + HOUR;
    const steps: Step[] = [
      ...pass('n_trigger', 'trigger.event', 'out', start),
      ...waitAt('n_wait_1h', 'wait.duration', 'out', start, HOUR),
    ];
    cases.push({
      id: `seed-t-case-${i}`,
      idempotencyKey: `seed-case-${i}`,
      kind: 'handoff',
      customerId,
      journeyId: `seed-case-${i}`,
      queue: c.channel === 'sms' ? 'billing' : 'support',
      priority: 'normal',
      status: 'resolved',
      assignedTo: SEED_AGENTS[c.agent].id,
      resolution: 'resolved',
      detail: {},
      createdAt: new Date(start - HOUR),
      updatedAt: new Date(start),
      resolvedAt: new Date(start),
    });
    sent.push({
      id: `seed-m-csat-out-${i}`,
      direction: 'out',
      channel: c.channel,
      customerId,
      journeyId: id,
      flowId: SEED_FLOWS.csat,
      nodeId: 'n_survey',
      idempotencyKey: `${id}:n_survey:1`,
      body: '¿Cómo evalúas la atención? Responde del 1 al 5',
      status: 'delivered',
      createdAt: new Date(asked),
      updatedAt: new Date(asked),
    });
    if (c.score === null) {
      steps.push(
        ...waitAt('n_survey', 'survey.csat', 'timeout', asked, 2 * DAY),
        ...endAt('n_end_no_answer', 'no_answer', asked + 2 * DAY),
      );
    } else {
      const answered = asked + 20 * 60_000;
      sent.push({
        id: `seed-m-csat-in-${i}`,
        direction: 'in',
        channel: c.channel,
        provider: 'sandbox',
        providerMessageId: `seed-csat-${i}`,
        customerId,
        journeyId: id,
        body: c.text,
        status: 'received',
        createdAt: new Date(answered),
        updatedAt: new Date(answered),
      });
      steps.push(...waitAt('n_survey', 'survey.csat', 'answered', asked, 20 * 60_000, { score: c.score }));
      const low = c.score <= 3;
      steps.push(...pass('n_branch', 'logic.branch', low ? 'low_score' : 'else', answered));
      if (low)
        steps.push(
          ...pass('n_callback', 'crm.ticket', 'out', answered),
          ...endAt('n_end_callback', 'callback_requested', answered),
        );
      else steps.push(...endAt('n_end_happy', 'satisfied', answered));
    }
    built.push({
      ...journey(id, SEED_FLOWS.csat, customerId, steps),
    });
    built.at(-1)!.journey.eventId = `seed-e-csat-${i}`;
  });
  return { built, messages: sent, tickets: cases };
}

/** Creates the seeded flow from a sample, published once, unless it exists. */
async function ensureFlow(db: Db, id: string, sample: string): Promise<void> {
  if (await getFlow(db, id)) return;
  const document = { ...JSON.parse(readFileSync(join(REPO_ROOT, 'examples/flows', `${sample}.json`), 'utf8')), id };
  const compiled = compile(document);
  if (!compiled.ok) throw new Error(`Sample ${sample} does not compile`);
  await createFlow(db, { id, name: `${document.name} (datos de ejemplo)`, document });
  await publishVersion(db, id, {
    document,
    plan: compiled.plan as never,
    hash: compiled.plan.hash,
    note: 'Datos de ejemplo para Insights',
  });
}

/** Writes the seeded set (replacing an earlier seed); returns how many journeys it wrote. */
export async function seedInsights(db: Db): Promise<{ journeys: number }> {
  await ensureFlow(db, SEED_FLOWS.ab, 'ab-welcome');
  await ensureFlow(db, SEED_FLOWS.bot, 'kb-bot');
  await ensureFlow(db, SEED_FLOWS.csat, 'csat');
  const bot = botJourneys();
  const csat = csatJourneys();
  const built = [...abJourneys(), ...bot.built, ...csat.built];
  const customerIds = [...new Set(built.map((b) => b.journey.customerId))];
  await replaceSeedRows(db, 'seed-', {
    agents: Object.values(SEED_AGENTS),
    customers: customerIds.map((id) => ({ id, name: `Cliente ${id.replace('seed-c-', '')}`, locale: 'es' as const })),
    journeys: built.map((b) => b.journey),
    steps: built.flatMap((b) => b.steps),
    messages: csat.messages,
    tickets: [...bot.tickets, ...csat.tickets],
    events: CSAT_CASES.map((_, i) => ({
      id: `seed-e-csat-${i}`,
      type: 'ticket.resolved',
      customerId: `seed-c-csat-${i}`,
      payload: { data: { ticketId: `seed-t-case-${i}` } },
    })),
  });
  return { journeys: built.length };
}
