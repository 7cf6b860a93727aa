/**
 * The `sentiment.analyze` activity's work, shared by the worker, the API and CLI simulations and the
 * designer's simulator, so a simulated journey and a real one decide the same way.
 */
import { analyze } from './analyze';
import { isSensitivity } from './decision';
import type { AnalyzeOptions, SentimentResult } from './types';

/** What a flow's sentiment node sends: the text, the customer's language if known, the chosen sensitivity. */
export interface AnalyzeRequest {
  text: string;
  lang?: string | undefined;
  sensitivity?: string | undefined;
}

/**
 * Analyses a request as the activity does. An unknown language is detected instead; an absent sensitivity
 * (flows drawn before it existed) is the default, `strong`.
 */
export function analyzeRequest(request: AnalyzeRequest): SentimentResult {
  const options: AnalyzeOptions = {};
  if (request.lang === 'es' || request.lang === 'en') options.lang = request.lang;
  if (isSensitivity(request.sensitivity)) options.sensitivity = request.sensitivity;
  return analyze(typeof request.text === 'string' ? request.text : '', options);
}
