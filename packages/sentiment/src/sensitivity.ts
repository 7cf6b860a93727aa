/**
 * How readily a message is handed to a person: the escalation reasons, the level each belongs to, and
 * their Spanish and English words. Plain data with no imports, so the flow catalog and the activity
 * contracts can share it (`@ruta/sentiment/sensitivity`) without loading the lexicons.
 */

/** The levels a CX manager chooses from, strictest first. */
export const SENSITIVITIES = ['anger', 'strong', 'any'] as const;
/** How readily a message escalates: `anger` (and threats) only, `strong` complaints (default), `any` negative message. */
export type Sensitivity = (typeof SENSITIVITIES)[number];
/** The level of a flow that does not choose one: today's behaviour. */
export const DEFAULT_SENSITIVITY: Sensitivity = 'strong';

/**
 * Why a person should take over. Each reason belongs to the lowest level that counts it:
 * - `anger` level: anger (insults, strong swearing, "harto", "fed up"), churn_threat (leaving or cancelling
 *   the service, not an order), regulator_complaint (SERNAC, PROFECO, lawyer, press, BBB…);
 * - `strong` level adds: repeated_contact, asks_for_human, vulnerable_customer, urgency, money_lost
 *   (charged twice or for nothing, refund not received), no_show (a technician, courier or callback that
 *   never came), order_failure (wrong, incomplete, cold, damaged or undelivered order), bot_mismatch (an
 *   automated answer that does not fit), sarcasm, despair, strong_complaint (no rule names it, but the
 *   statistical model reads it like the complaints that were handed to a person; the explanation names
 *   the words that weighed most);
 * - `any` level adds: negative (any negative message).
 */
export const ESCALATION_REASONS = [
  'anger',
  'churn_threat',
  'regulator_complaint',
  'repeated_contact',
  'asks_for_human',
  'vulnerable_customer',
  'urgency',
  'money_lost',
  'no_show',
  'order_failure',
  'bot_mismatch',
  'sarcasm',
  'despair',
  'strong_complaint',
  'negative',
] as const;
/** One reason to hand a message to a person (see `ESCALATION_REASONS`). */
export type EscalationReason = (typeof ESCALATION_REASONS)[number];

/** The lowest sensitivity at which each reason escalates. */
export const REASON_LEVEL: Record<EscalationReason, Sensitivity> = {
  anger: 'anger',
  churn_threat: 'anger',
  regulator_complaint: 'anger',
  repeated_contact: 'strong',
  asks_for_human: 'strong',
  vulnerable_customer: 'strong',
  urgency: 'strong',
  money_lost: 'strong',
  no_show: 'strong',
  order_failure: 'strong',
  bot_mismatch: 'strong',
  sarcasm: 'strong',
  despair: 'strong',
  strong_complaint: 'strong',
  negative: 'any',
};

/** Whether a reason escalates at a sensitivity. */
export function countsAt(reason: EscalationReason, sensitivity: Sensitivity): boolean {
  return SENSITIVITIES.indexOf(REASON_LEVEL[reason]) <= SENSITIVITIES.indexOf(sensitivity);
}

type Text = { es: string; en: string };

/** The sensitivities in the words of a CX manager (the node's inspector and the CLI help). */
export const SENSITIVITY_LABELS: Record<Sensitivity, Text> = {
  anger: { es: 'Solo enojo y amenazas', en: 'Anger and threats only' },
  strong: { es: 'Quejas fuertes (recomendado)', en: 'Strong complaints (default)' },
  any: { es: 'Cualquier mensaje negativo', en: 'Any negative message' },
};

/** What each level hands over, one line each, for hints and documentation. */
export const SENSITIVITY_HINTS: Record<Sensitivity, Text> = {
  anger: {
    es: 'Escala insultos, enojo fuerte y amenazas de irse o de reclamar ante un organismo.',
    en: 'Escalates insults, strong anger and threats to leave or to complain to a regulator.',
  },
  strong: {
    es: 'Además: pide una persona, urgencia, cliente vulnerable, contacto repetido, dinero perdido, visita que no llegó, pedido mal entregado, respuesta automática que no sirve, sarcasmo y desesperación.',
    en: 'Also: asks for a person, urgency, vulnerable customer, repeated contact, money lost, a visit that never came, a wrong or incomplete order, an automated answer that does not fit, sarcasm and despair.',
  },
  any: {
    es: 'Además: cualquier mensaje negativo, aunque sea una queja leve.',
    en: 'Also: any negative message, even a mild complaint.',
  },
};

/** The polarity labels (`sentiment.label`) in words, as a message or an agent reads them. */
export const POLARITY_LABELS: Record<'negative' | 'neutral' | 'positive', Text> = {
  negative: { es: 'negativo', en: 'negative' },
  neutral: { es: 'neutral', en: 'neutral' },
  positive: { es: 'positivo', en: 'positive' },
};

/** Each reason in a few words, as an agent or a CX manager reads it. */
export const REASON_LABELS: Record<EscalationReason, Text> = {
  anger: { es: 'enojo fuerte', en: 'strong anger' },
  churn_threat: { es: 'amenaza con irse', en: 'threatens to leave' },
  regulator_complaint: { es: 'reclamo ante un organismo o en público', en: 'regulator, legal or public complaint' },
  repeated_contact: { es: 'contacto repetido o espera larga', en: 'repeated contact or a long wait' },
  asks_for_human: { es: 'pide hablar con una persona', en: 'asks for a person' },
  vulnerable_customer: { es: 'cliente vulnerable', en: 'vulnerable customer' },
  urgency: { es: 'urgencia', en: 'urgency' },
  money_lost: { es: 'dinero perdido o cobro indebido', en: 'money lost or a wrong charge' },
  no_show: { es: 'visita o llamada prometida que no llegó', en: 'a promised visit or call that never came' },
  order_failure: { es: 'pedido equivocado, incompleto o en mal estado', en: 'wrong, incomplete or damaged order' },
  bot_mismatch: { es: 'respuesta automática que no sirve', en: 'an automated answer that does not fit' },
  sarcasm: { es: 'sarcasmo', en: 'sarcasm' },
  despair: { es: 'desesperación', en: 'despair' },
  strong_complaint: {
    es: 'se parece a las quejas que se derivan a una persona',
    en: 'reads like the complaints that are handed to a person',
  },
  negative: { es: 'mensaje negativo', en: 'negative message' },
};
