/**
 * Conversation-level view: scores the customer's ("in") messages, weights recent ones more,
 * and reports whether the mood is improving, stable or worsening.
 */
import { analyze, NEGATIVE_AT, POSITIVE_AT } from './analyze';
import { decide } from './decision';
import { DEFAULT_SENSITIVITY, ESCALATION_REASONS } from './sensitivity';
import type {
  AnalyzeOptions,
  ConversationMessage,
  ConversationResult,
  EscalationReason,
  Lang,
  Polarity,
  SentimentResult,
  Trend,
} from './types';

/** Each older customer message weighs this much of the next one. */
const DECAY = 0.6;
/** Reasons raised in the last N customer messages still count (unless the customer is now happy). */
const REASON_WINDOW = 3;
/** Score change (on the -1..1 scale) that counts as a trend. */
const TREND_DELTA = 0.2;

const round = (x: number): number => Math.round(x * 1000) / 1000;

/** Inverse of analyze's score squashing, so averaged scores map back onto the label thresholds. */
const unsquash = (score: number): number => {
  const c = Math.max(-0.999, Math.min(0.999, score));
  return (c * Math.sqrt(6)) / Math.sqrt(1 - c * c);
};

function ordered(messages: ConversationMessage[]): ConversationMessage[] {
  const inbound = messages.filter((m) => (m.direction ?? 'in') === 'in');
  const times = inbound.map((m) => (m.at ? Date.parse(m.at) : Number.NaN));
  if (inbound.length > 1 && times.every((t) => !Number.isNaN(t))) {
    return inbound
      .map((m, i) => ({ m, t: times[i]!, i }))
      .sort((a, b) => a.t - b.t || a.i - b.i)
      .map((x) => x.m);
  }
  return inbound;
}

function trendOf(per: SentimentResult[]): Trend {
  if (per.length < 2) return 'stable';
  const half = Math.max(1, Math.floor(per.length / 2));
  const early = per.slice(0, per.length - half);
  const late = per.slice(per.length - half);
  const mean = (xs: SentimentResult[]): number => xs.reduce((s, r) => s + r.score, 0) / xs.length;
  const delta = mean(late) - mean(early);
  if (delta >= TREND_DELTA) return 'improving';
  if (delta <= -TREND_DELTA) return 'worsening';
  return 'stable';
}

function langOf(per: SentimentResult[]): Lang {
  const counts = new Map<Lang, number>();
  for (const r of per) counts.set(r.lang, (counts.get(r.lang) ?? 0) + 1);
  const known = [...counts.entries()].filter(([l]) => l !== 'unknown').sort((a, b) => b[1] - a[1]);
  if (known.length === 0) return 'unknown';
  if (counts.has('mixed') || (counts.has('es') && counts.has('en'))) return 'mixed';
  return known[0]![0];
}

/** Scores a conversation's customer messages together; `sensitivity` applies to every message and the whole. */
export function analyzeConversation(
  messages: ConversationMessage[],
  options: Pick<AnalyzeOptions, 'sensitivity'> = {},
): ConversationResult {
  const sensitivity = options.sensitivity ?? DEFAULT_SENSITIVITY;
  const inbound = ordered(messages);
  const perMessage = inbound.map((m) => analyze(m.text, { sensitivity }));
  const n = perMessage.length;
  if (n === 0) {
    return {
      score: 0,
      label: 'neutral',
      confidence: 0,
      lang: 'unknown',
      emotions: { anger: 0, frustration: 0, urgency: 0, joy: 0 },
      ...decide([], sensitivity),
      signals: [],
      sensitivity,
      trend: 'stable',
      perMessage,
    };
  }
  let wsum = 0;
  let raw = 0;
  let confidence = 0;
  const emo = { anger: 0, frustration: 0, urgency: 0, joy: 0 };
  perMessage.forEach((r, i) => {
    const w = DECAY ** (n - 1 - i);
    wsum += w;
    raw += w * unsquash(r.score);
    confidence += w * r.confidence;
    emo.anger += w * r.emotions.anger;
    emo.frustration += w * r.emotions.frustration;
    emo.urgency += w * r.emotions.urgency;
    emo.joy += w * r.emotions.joy;
  });
  raw /= wsum;
  const last = perMessage[n - 1]!;
  const trend = trendOf(perMessage);

  // Persistent negativity: consecutive negative messages at the end add frustration.
  let streak = 0;
  for (let i = n - 1; i >= 0 && perMessage[i]!.label === 'negative'; i--) streak++;
  const emotions = {
    anger: Math.max(emo.anger / wsum, last.emotions.anger),
    frustration: Math.min(
      1,
      Math.max(emo.frustration / wsum, last.emotions.frustration) + 0.1 * Math.max(0, streak - 1),
    ),
    urgency: Math.max(emo.urgency / wsum, last.emotions.urgency),
    joy: emo.joy / wsum,
  };

  const signals = new Set<EscalationReason>();
  const window = last.label === 'positive' ? [last] : perMessage.slice(-REASON_WINDOW);
  for (const r of window) for (const signal of r.signals) if (signal !== 'negative') signals.add(signal);
  if (last.label !== 'positive' && (emotions.anger >= 0.6 || (streak >= 3 && trend === 'worsening'))) {
    signals.add('anger');
  }
  const label: Polarity = raw >= POSITIVE_AT ? 'positive' : raw <= NEGATIVE_AT ? 'negative' : 'neutral';
  if (label === 'negative') signals.add('negative');
  const decision = decide(signals, sensitivity);
  return {
    score: round(raw / Math.sqrt(raw * raw + 6)),
    label,
    confidence: round(confidence / wsum),
    lang: langOf(perMessage),
    emotions: {
      anger: round(emotions.anger),
      frustration: round(emotions.frustration),
      urgency: round(emotions.urgency),
      joy: round(emotions.joy),
    },
    ...decision,
    signals: ESCALATION_REASONS.filter((r) => signals.has(r)),
    sensitivity,
    trend,
    perMessage,
  };
}
