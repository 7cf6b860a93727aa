import {
  type CsatAnswer,
  csatAnswers,
  dropOff,
  type Escalation,
  escalations,
  type InsightScope,
  insightNames,
  outcomeCounts,
  type SplitVariant,
  splitVariants,
  waitTimes,
} from '@ruta/db';
import { analyze } from '@ruta/sentiment';
import { keyPhrases } from '../lib/key-phrases';
import { compareProportions, verdict, wilson } from '../lib/stats';
import type { Runtime } from './runtime';

type Words = { es: string; en: string };

/** The range as the viewer reads it: their days, their zone (the `to` day is the one after the last). */
function rangeLabel(s: InsightScope): Words & { from: string; to: string; tz: string; lastDay: string } {
  const last = new Date(`${s.to}T00:00:00Z`);
  last.setUTCDate(last.getUTCDate() - 1);
  const lastDay = last.toISOString().slice(0, 10);
  return {
    from: s.from,
    to: s.to,
    lastDay,
    tz: s.tz,
    es: `Del ${s.from} al ${lastDay} (hora de ${s.tz})`,
    en: `${s.from} to ${lastDay} (${s.tz} time)`,
  };
}

/** Variants of each split with conversion and 95% intervals; each later variant compared with the first. */
function splits(rows: SplitVariant[]) {
  const byNode = new Map<string, SplitVariant[]>();
  for (const r of rows) byNode.set(r.nodeId, [...(byNode.get(r.nodeId) ?? []), r]);
  return [...byNode.entries()].map(([nodeId, variants]) => {
    const [control, ...others] = variants;
    return {
      nodeId,
      variants: variants.map((v) => {
        const p = wilson(v.converted, v.journeys);
        return {
          variant: v.variant,
          journeys: v.journeys,
          converted: v.converted,
          rate: p.rate,
          low: p.low,
          high: p.high,
        };
      }),
      comparisons: others.map((b) => {
        const c = compareProportions(
          { successes: control!.converted, trials: control!.journeys },
          { successes: b.converted, trials: b.journeys },
        );
        return { a: control!.variant, b: b.variant, ...c, verdict: verdict(control!.variant, b.variant, c) };
      }),
    };
  });
}

const mean = (xs: number[]) => (xs.length ? Math.round((xs.reduce((a, b) => a + b, 0) / xs.length) * 100) / 100 : null);

/** Average score and answers, grouped by a key (answers without one are grouped under null). */
function groupScores(answers: CsatAnswer[], key: (a: CsatAnswer) => string | null) {
  const groups = new Map<string | null, number[]>();
  for (const a of answers) groups.set(key(a), [...(groups.get(key(a)) ?? []), a.score]);
  return [...groups.entries()]
    .map(([k, scores]) => ({ key: k, answers: scores.length, average: mean(scores) }))
    .sort((x, y) => y.answers - x.answers || String(x.key).localeCompare(String(y.key)));
}

/** The customer's words around a score, without the score itself ("4 la app es lenta" → "la app es lenta"). */
function commentWords(comment: string | null): string {
  return (comment ?? '').replace(/^\s*\d+(?:[.,]\d+)?\s*(?:\/\s*\d+)?\s*[-–:,.]?\s*/u, '').trim();
}

function csat(answers: CsatAnswer[]) {
  return {
    answers: answers.length,
    average: mean(answers.map((a) => a.score)),
    byDay: groupScores(answers, (a) => a.day).sort((x, y) => String(x.key).localeCompare(String(y.key))),
    byFlow: groupScores(answers, (a) => a.flowId),
    byQueue: groupScores(answers, (a) => a.queue),
    byChannel: groupScores(answers, (a) => a.channel),
    byAgent: groupScores(answers, (a) => a.agent),
    comments: answers.flatMap((a) => {
      const text = commentWords(a.comment);
      if (!text) return [];
      const s = analyze(text);
      return [
        {
          journeyId: a.journeyId,
          day: a.day,
          score: a.score,
          flowId: a.flowId,
          queue: a.queue,
          channel: a.channel,
          agent: a.agent,
          comment: text,
          sentiment: { label: s.label, score: Math.round(s.score * 100) / 100, lang: s.lang },
        },
      ];
    }),
  };
}

/** Why a journey was handed to a person, from the hand-off's context. */
export const ESCALATION_REASONS = {
  bot_no_match: { es: 'El bot no encontró respuesta', en: 'The bot found no answer' },
  bot_declined: { es: 'La respuesta del bot no resolvió', en: "The bot's answer did not solve it" },
  bot_unclear: { es: 'Respuesta poco clara al bot', en: 'Unclear answer to the bot' },
  bot_timeout: { es: 'Sin respuesta al bot', en: 'No answer to the bot' },
  bot_failed: { es: 'El bot falló', en: 'The bot failed' },
  bot_not_sent: { es: 'El bot no pudo enviar', en: 'The bot could not send' },
  negative_sentiment: { es: 'Cliente molesto', en: 'Upset customer' },
  flow_rule: { es: 'Regla del flujo', en: 'Flow rule' },
} as const satisfies Record<string, Words>;
export type EscalationReason = keyof typeof ESCALATION_REASONS;

export function escalationReason(e: Escalation): EscalationReason {
  const bot = `bot_${e.botOutcome}`;
  if (e.botOutcome && bot in ESCALATION_REASONS) return bot as EscalationReason;
  if (e.sentiment === 'negative' || e.sentimentEscalate) return 'negative_sentiment';
  return 'flow_rule';
}

function escalationInsights(rows: Escalation[]) {
  const reasons = rows.map((e) => ({ ...e, reason: escalationReason(e) }));
  const count = (key: (r: (typeof reasons)[number]) => string) => {
    const m = new Map<string, number>();
    for (const r of reasons) m.set(key(r), (m.get(key(r)) ?? 0) + 1);
    return m;
  };
  const byReason = [...count((r) => r.reason).entries()]
    .map(([reason, n]) => ({ reason, label: ESCALATION_REASONS[reason as EscalationReason], count: n }))
    .sort((a, b) => b.count - a.count || a.reason.localeCompare(b.reason));
  const byDay = [...count((r) => `${r.day}\u0000${r.reason}`).entries()]
    .map(([k, n]) => {
      const [day, reason] = k.split('\u0000') as [string, EscalationReason];
      return { day, reason, count: n };
    })
    .sort((a, b) => a.day.localeCompare(b.day) || a.reason.localeCompare(b.reason));
  const texts = { es: [] as string[], en: [] as string[] };
  for (const r of reasons) {
    if (!r.text?.trim()) continue;
    const lang = r.lang === 'es' || r.lang === 'en' ? r.lang : analyze(r.text).lang === 'en' ? 'en' : 'es';
    texts[lang].push(r.text.trim());
  }
  return {
    total: rows.length,
    byReason,
    byDay,
    topics: { es: keyPhrases(texts.es, 'es'), en: keyPhrases(texts.en, 'en') },
  };
}

/**
 * Everything the insights page shows for a scope, from the store (never a Temporal visibility scan). Node-level
 * figures (waits, drop-off, splits) need one flow; with every flow they are empty.
 */
export async function insights(rt: Runtime, scope: InsightScope) {
  const oneFlow = scope.flowId !== undefined;
  const [outcomes, waits, drops, split, answers, escalated] = await Promise.all([
    outcomeCounts(rt.db, scope),
    oneFlow ? waitTimes(rt.db, scope) : [],
    oneFlow ? dropOff(rt.db, scope) : [],
    oneFlow ? splitVariants(rt.db, scope) : [],
    csatAnswers(rt.db, scope),
    escalations(rt.db, scope),
  ]);
  const names = await insightNames(rt.db, {
    flows: [...outcomes.map((o) => o.flowId), ...answers.map((a) => a.flowId)],
    queues: [...answers, ...escalated].flatMap((a) => (a.queue ? [a.queue] : [])),
    agents: answers.flatMap((a) => (a.agent ? [a.agent] : [])),
  });
  const total = outcomes.reduce(
    (t, o) => ({
      entered: t.entered + o.entered,
      running: t.running + o.running,
      completed: t.completed + o.completed,
      goalReached: t.goalReached + o.goalReached,
      escalated: t.escalated + o.escalated,
      failed: t.failed + o.failed,
      cancelled: t.cancelled + o.cancelled,
    }),
    { entered: 0, running: 0, completed: 0, goalReached: 0, escalated: 0, failed: 0, cancelled: 0 },
  );
  return {
    range: rangeLabel(scope),
    flowId: scope.flowId ?? null,
    version: scope.version ?? null,
    total,
    versions: outcomes,
    waits,
    dropOff: drops.map((d) => ({
      ...d,
      dropRate: d.entered ? Math.round((d.droppedHere / d.entered) * 1000) / 1000 : 0,
    })),
    splits: splits(split),
    csat: csat(answers),
    escalations: escalationInsights(escalated),
    names,
  };
}
