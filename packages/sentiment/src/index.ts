/**
 * @ruta/sentiment: offline sentiment and escalation analysis for Spanish (CL, MX, AR, CO, ES) and
 * English customer messages. Pure TypeScript with no Node built-ins, so it also runs in the browser simulator.
 */
export { analyze } from './analyze';
export { analyzeConversation } from './conversation';
export { runSentimentJsonl } from './jsonl';
export { offlineProvider, withFallback } from './provider';
export type {
  AnalyzeOptions,
  ConversationMessage,
  ConversationResult,
  Emotions,
  EscalationReason,
  Lang,
  Polarity,
  SentimentProvider,
  SentimentResult,
  Trend,
} from './types';
