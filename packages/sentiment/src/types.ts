import type { EscalationReason, Sensitivity } from './sensitivity';

export type { EscalationReason, Sensitivity } from './sensitivity';

export type Polarity = 'negative' | 'neutral' | 'positive';
export type Lang = 'es' | 'en' | 'mixed' | 'unknown';

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
  /** True when a person should take over: a signal counts at the chosen sensitivity. */
  escalate: boolean;
  /** The signals that escalate at `sensitivity` (empty when `escalate` is false). */
  reasons: EscalationReason[];
  /** Every escalation signal found, whatever the sensitivity ("negative" when the label is negative). */
  signals: EscalationReason[];
  /** The level the decision was taken at. */
  sensitivity: Sensitivity;
  /** Why the message does or does not escalate, in Spanish and English. */
  explanation: { es: string; en: string };
  /** Which provider produced the result (set by providers; absent for plain `analyze`). */
  provider?: string;
  /** Set by `withFallback` when the fallback answered instead of the primary. */
  fallback?: { from: string; cause: 'error' | 'timeout'; message?: string };
}

export interface AnalyzeOptions {
  /** Force the language instead of detecting it. */
  lang?: 'es' | 'en';
  /** How readily to escalate; default `strong`. */
  sensitivity?: Sensitivity;
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
