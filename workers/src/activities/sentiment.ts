import { implement, sentimentAnalyze } from '@ruta/sdk';
import { analyzeRequest } from '@ruta/sentiment';

/** Sentiment with the offline Spanish + English analyzer, at the sensitivity the flow's node chose. */
export const sentimentActivity = implement(sentimentAnalyze, async (input) => {
  const result = analyzeRequest(input);
  return { ...result, reasons: [...result.reasons], signals: [...result.signals] };
});
