/**
 * The escalation decision: which of the signals a message carries count at the chosen sensitivity,
 * and one sentence in Spanish and English that says why (or why not).
 */
import {
  countsAt,
  DEFAULT_SENSITIVITY,
  ESCALATION_REASONS,
  type EscalationReason,
  REASON_LABELS,
  SENSITIVITIES,
  SENSITIVITY_LABELS,
  type Sensitivity,
} from './sensitivity';

/** The decision for one message or conversation. */
export interface Decision {
  escalate: boolean;
  /** The signals that count at this sensitivity, in `ESCALATION_REASONS` order. */
  reasons: EscalationReason[];
  /** Why, in Spanish and English, for the agent and the CX manager. */
  explanation: { es: string; en: string };
}

/** Whether a value names a sensitivity (for inputs that arrive untyped). */
export function isSensitivity(value: unknown): value is Sensitivity {
  return typeof value === 'string' && (SENSITIVITIES as readonly string[]).includes(value);
}

/**
 * Decides from every signal found which ones escalate at `sensitivity` (default: strong). `evidence` are the
 * message's words behind a `strong_complaint` (the model's), quoted in the explanation; `model.heldBack` are
 * reasons a rule found that the escalation model read as routine (named when nothing escalates).
 */
export function decide(
  signals: Iterable<EscalationReason>,
  sensitivity: Sensitivity = DEFAULT_SENSITIVITY,
  evidence: readonly string[] = [],
  model: { heldBack: readonly EscalationReason[]; probability: number } = { heldBack: [], probability: 0 },
): Decision {
  const found = new Set(signals);
  const all = ESCALATION_REASONS.filter((r) => found.has(r));
  const reasons = all.filter((r) => countsAt(r, sensitivity));
  const level = SENSITIVITY_LABELS[sensitivity];
  const quoted = evidence.length > 0 ? ` (${evidence.map((w) => `«${w}»`).join(', ')})` : '';
  const label = (r: EscalationReason, lang: 'es' | 'en') =>
    REASON_LABELS[r][lang] + (r === 'strong_complaint' ? quoted : '');
  const words = (list: readonly EscalationReason[], lang: 'es' | 'en') => list.map((r) => label(r, lang)).join('; ');
  if (reasons.length > 0) {
    return {
      escalate: true,
      reasons,
      explanation: { es: `Escalar: ${words(reasons, 'es')}.`, en: `Escalate: ${words(reasons, 'en')}.` },
    };
  }
  if (model.heldBack.length > 0) {
    const p = Math.round(model.probability * 100);
    const below =
      all.length > 0
        ? {
            es: ` ${words(all, 'es')} no cuenta con la sensibilidad «${level.es}».`,
            en: ` ${words(all, 'en')} does not count at the “${level.en}” sensitivity.`,
          }
        : { es: '', en: '' };
    return {
      escalate: false,
      reasons,
      explanation: {
        es: `No escalar: las reglas vieron ${words(model.heldBack, 'es')}, pero el modelo lo lee como un caso de rutina (${p} % de que haga falta una persona).${below.es}`,
        en: `Do not escalate: the rules saw ${words(model.heldBack, 'en')}, but the model reads it as routine (${p}% that a person is needed).${below.en}`,
      },
    };
  }
  // Signals below the chosen level are named, so the trade-off the manager made stays visible.
  if (all.length > 0) {
    return {
      escalate: false,
      reasons,
      explanation: {
        es: `No escalar: ${words(all, 'es')} no cuenta con la sensibilidad «${level.es}».`,
        en: `Do not escalate: ${words(all, 'en')} does not count at the “${level.en}” sensitivity.`,
      },
    };
  }
  return {
    escalate: false,
    reasons,
    explanation: {
      es: 'No escalar: ninguna señal de que haga falta una persona.',
      en: 'Do not escalate: no sign that a person is needed.',
    },
  };
}
