/**
 * @ruta/sentiment: offline sentiment and escalation analysis for Spanish (CL, MX, AR, CO, ES) and
 * English customer messages. Pure TypeScript with no Node built-ins, so it also runs in the browser simulator.
 */
export { type AnalyzeRequest, analyzeRequest } from './activity';
export { analyze } from './analyze';
export { COMBINATION, type Combination, combine } from './combine';
export { analyzeConversation } from './conversation';
export { type Decision, decide, isSensitivity } from './decision';
export { runSentimentJsonl } from './jsonl';
export { escalationModel, type ModelVerdict } from './model/model';
export { offlineProvider, withFallback } from './provider';
export {
  DEFAULT_SENSITIVITY,
  ESCALATION_REASONS,
  POLARITY_LABELS,
  REASON_LABELS,
  SENSITIVITIES,
  SENSITIVITY_HINTS,
  SENSITIVITY_LABELS,
} from './sensitivity';
export type {
  AnalyzeOptions,
  ConversationMessage,
  ConversationResult,
  Emotions,
  EscalationReason,
  Lang,
  Polarity,
  Sensitivity,
  SentimentProvider,
  SentimentResult,
  Trend,
} from './types';
export { foldedWords } from './words';
