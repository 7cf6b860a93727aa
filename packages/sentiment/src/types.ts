export type Polarity = 'negative' | 'neutral' | 'positive';
export type Lang = 'es' | 'en' | 'mixed' | 'unknown';

/**
 * Why a person should take over:
 * - anger: anger ≥ 0.6 (insults, strong swearing, "harto", "fed up", 😡, shouting) or frustration ≥ 0.9
 * - churn_threat: leaving or cancelling the service ("me cambio de banco", "cancel my account"; not an order)
 * - regulator_complaint: regulator, legal or public complaint (SERNAC, PROFECO, SIC, OCU, BBB, lawyer, press)
 * - repeated_contact: contacted before about the same thing, several agents, a recurring visit, or on hold ≥ ~30 min
 * - asks_for_human: wants a person ("pásame con un ejecutivo", "agent please", "not a bot")
 * - vulnerable_customer: elderly, ill, disabled, pregnant, newborn, bereaved, no money for food or medicine
 * - urgency: explicit urgency ("urgente", "ya mismo", "hoy sin falta", "asap", "right now", a capital NOW)
 */
export type EscalationReason =
  | 'anger'
  | 'churn_threat'
  | 'regulator_complaint'
  | 'repeated_contact'
  | 'asks_for_human'
  | 'vulnerable_customer'
  | 'urgency';

export interface Emotions {
  anger: number;
  frustration: number;
  urgency: number;
  joy: number;
}

export interface SentimentResult {
  /** Polarity score, -1 (very negative) .. 1 (very positive). */
  score: number;
  label: Polarity;
  /** 0..1: how sure the analyzer is about `label`. */
  confidence: number;
  lang: Lang;
  /** Each 0..1. */
  emotions: Emotions;
  /** True when a person should take over: any escalation reason is present. */
  escalate: boolean;
  reasons: EscalationReason[];
  /** Which provider produced the result (set by providers; absent for plain `analyze`). */
  provider?: string;
  /** Set by `withFallback` when the fallback answered instead of the primary. */
  fallback?: { from: string; cause: 'error' | 'timeout'; message?: string };
}

export interface AnalyzeOptions {
  /** Force the language instead of detecting it. */
  lang?: 'es' | 'en';
}

export interface ConversationMessage {
  text: string;
  /** ISO timestamp; when every customer message has one they are ordered by it. */
  at?: string;
  /** 'in' = from the customer (default), 'out' = from the business. Only 'in' messages are scored. */
  direction?: 'in' | 'out';
}

export type Trend = 'improving' | 'stable' | 'worsening';

export interface ConversationResult extends SentimentResult {
  trend: Trend;
  perMessage: SentimentResult[];
}

export interface SentimentProvider {
  name: string;
  analyze(text: string, opts?: AnalyzeOptions): Promise<SentimentResult>;
}
