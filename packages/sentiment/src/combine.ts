/**
 * How the rules' reading and the models combine into the result: the polarity model gives the label (the
 * rules' valence and findings are among its features), the escalation model decides whether a strong
 * complaint goes to a person (it also sees every rule's finding, so it learns how far to trust each one),
 * and the sensitivity the CX manager chose picks which reasons count. Every decision names its reasons: the
 * rules' reasons when the model agrees, or the model's evidence words ("strong_complaint").
 */
import { type ModelGate, modelGateFor, type RuleReading } from './analyze';
import { decide } from './decision';
import { detectLang } from './lang';
import { type Features, type LinearModel, linearProbabilities } from './model/linear';
import { messageFeatures, modelEvidence, shippedModels } from './model/model';
import { DEFAULT_SENSITIVITY, ESCALATION_REASONS, type EscalationReason, REASON_LEVEL } from './sensitivity';
import type { AnalyzeOptions, Polarity, SentimentResult } from './types';

/** The two models the analyzer consults. */
export interface Models {
  /** Three classes: negative, neutral, positive. */
  polarity: LinearModel;
  /** One class: the probability that a person should take over. */
  escalation: LinearModel;
}

/** How the rules and the models combine; chosen by leave-one-round-out cross-validation (eval/README.md). */
export interface Combination {
  /** Where the label comes from: the polarity model (weighed with the rules' label), or the rules alone. */
  polarity: 'model' | 'rules';
  /**
   * How much the rules' label adds to its class's log-probability: 0 is the model alone; large, the rules
   * unless the model is very sure. Negation and irony ("nada mal", "not bad") are where the rules know better.
   */
  ruleWeight: number;
  /** Up to this many words the rules' label stands: a two-word idiom ("nada mal") gives the model too little. */
  rulesUpTo: number;
  /** Probability from which the escalation model alone hands a message to a person (`strong_complaint`). */
  escalates: number;
  /** Probability below which a reason the rules found at the `strong` level is held back as routine. */
  trustRules: number;
  /** The bar where the rules say the model needs to be sure (`RuleReading.modelGate`); 1 never escalates. */
  sure: number;
  /** Whether the rules' gate applies at all (`false`: the model escalates wherever it passes `escalates`). */
  gated: boolean;
  /**
   * Whether the gate also reads the label the analyzer gives (the models'): where that label opens a gate the
   * rules' label keeps shut, the model may escalate at the `sure` bar.
   */
  gateOnLabel: boolean;
}

/** The shipped combination (see eval/README.md for how it was chosen). */
export const COMBINATION: Combination = {
  polarity: 'model',
  ruleWeight: 0,
  rulesUpTo: 4,
  escalates: 0.25,
  trustRules: 0.05,
  sure: 0.45,
  gated: true,
  gateOnLabel: true,
};

const GATE_RANK: Record<ModelGate, number> = { never: 0, sure: 1, usual: 2 };

/** The rules' gate, opened to `sure` at most where the gate for the models' label is wider. */
function widerGate(rules: ModelGate, byLabel: ModelGate): ModelGate {
  return GATE_RANK[byLabel] > GATE_RANK[rules] ? (GATE_RANK[rules] < GATE_RANK.sure ? 'sure' : rules) : rules;
}

const CLASSES: readonly Polarity[] = ['negative', 'neutral', 'positive'];

/**
 * The score, -1..1: the rules' valence, unless its sign contradicts the label the models gave ("Absolutely love paying
 * $95 a month for the privilege…" has praise words and is a complaint); then the margin between the models'
 * P(positive) and P(negative), with the label's sign. A score never says the opposite of the label it comes with.
 */
function scoreFor(s: number, label: Polarity, p: readonly number[]): number {
  const rules = s / Math.sqrt(s * s + 6);
  const contradicts = (label === 'negative' && rules > 0) || (label === 'positive' && rules < 0);
  if (!contradicts) return rules;
  // The models' margin, with the label's sign (a sarcastic "qué buena atención" the models read as praise is negative).
  const margin = Math.abs(p[2]! - p[0]!);
  return label === 'negative' ? -margin : margin;
}
const round = (x: number): number => Math.round(x * 1000) / 1000;

/** The models' probabilities for a reading: polarity per class, and escalation. */
export interface ModelReading {
  /** The escalation model that read it (its weights name the evidence). */
  escalationModel: LinearModel;
  features: Features;
  polarity: number[];
  escalation: number;
}

/** Scores a reading with the models. */
export function readByModels(reading: RuleReading, models: Models): ModelReading {
  const features = messageFeatures(reading.words, reading.tokens, models.escalation.bits);
  const polFeatures =
    models.polarity.bits === models.escalation.bits
      ? features
      : messageFeatures(reading.words, reading.tokens, models.polarity.bits);
  return {
    escalationModel: models.escalation,
    features,
    polarity: linearProbabilities(models.polarity, polFeatures),
    escalation: linearProbabilities(models.escalation, features)[0]!,
  };
}

/** The result for a message: the rules' reading weighed by the models, decided at the chosen sensitivity. */
export function combine(
  reading: RuleReading,
  options: AnalyzeOptions = {},
  how: Combination = COMBINATION,
  scored: ModelReading = readByModels(reading, shippedModels()),
): SentimentResult {
  const p = scored.polarity;
  let label = reading.label;
  let confidence = reading.confidence;
  if (how.polarity === 'model' && reading.words.length > how.rulesUpTo) {
    const z = p.map((v, c) => Math.log(v + 1e-12) + (CLASSES[c] === reading.label ? how.ruleWeight : 0));
    const best = z.indexOf(Math.max(...z));
    label = CLASSES[best]!;
    confidence = p[best]!;
  }
  const found = new Set<EscalationReason>(reading.signals);
  // Sarcasm is praise words the rules read as a complaint: the models' "positive" does not overrule it when they are
  // unsure (under 0.6) and the rules did not read praise either.
  const unsurePraise = p[CLASSES.indexOf('positive')]! < 0.6 && reading.label !== 'positive';
  for (const r of reading.ifNotPositive) {
    if (label !== 'positive' || (r === 'sarcasm' && unsurePraise)) found.add(r);
  }
  // Sarcasm about the service is a complaint: "qué buena atención, tres días y ni una respuesta" is not praise.
  if (found.has('sarcasm') && label === 'positive') {
    label = 'negative';
    confidence = p[CLASSES.indexOf('negative')]!;
  }
  // "Your nurse line was fantastic when my son was in hospital": praise that mentions a hard time needs no person.
  if (label === 'positive') found.delete('vulnerable_customer');
  if (label === 'negative') for (const r of reading.ifNegative) found.add(r);
  // Reasons at the `strong` level count only when the model does not read the message as routine; the
  // `anger` level (anger, threats to leave, regulators) always counts.
  const heldBack: EscalationReason[] = [];
  if (scored.escalation < how.trustRules) {
    for (const r of found) {
      if (REASON_LEVEL[r] === 'strong') {
        found.delete(r);
        heldBack.push(r);
      }
    }
  }
  let evidence: string[] = [];
  const named = [...found].some((r) => REASON_LEVEL[r] !== 'any');
  // The rules' gate reads the rules' own label; where the models read a complaint the rules did not ("I have been
  // patient and polite every single time…" reads as praise to the rules), the model may still name it, at the
  // higher bar.
  const gate = how.gateOnLabel ? widerGate(reading.modelGate, modelGateFor(reading.gate, label)) : reading.modelGate;
  const bar = !how.gated
    ? how.escalates
    : gate === 'never'
      ? Number.POSITIVE_INFINITY
      : gate === 'sure'
        ? Math.max(how.sure, how.escalates)
        : how.escalates;
  if (!named && scored.escalation >= bar) {
    found.add('strong_complaint');
    evidence = modelEvidence(reading.words, scored.escalationModel);
  }
  if (label === 'negative') found.add('negative');
  const decision = decide(found, options.sensitivity, evidence, {
    heldBack: ESCALATION_REASONS.filter((r) => heldBack.includes(r)),
    probability: scored.escalation,
  });
  const lang = options.lang ?? detectLang(reading.words, reading.text, reading.lexLangs);
  if (lang === 'unknown') confidence *= 0.9;
  return {
    score: round(scoreFor(reading.s, label, p)),
    label,
    confidence: round(Math.min(1, Math.max(0, confidence))),
    lang,
    emotions: reading.emotions,
    escalate: decision.escalate,
    reasons: decision.reasons,
    signals: ESCALATION_REASONS.filter((r) => found.has(r)),
    sensitivity: options.sensitivity ?? DEFAULT_SENSITIVITY,
    explanation: decision.explanation,
  };
}
