import { implement, sentimentAnalyze } from '@ruta/sdk';
import { analyze } from '@ruta/sentiment';

/** Sentiment with the offline Spanish + English analyzer. */
export const sentimentActivity = implement(sentimentAnalyze, async (input) => {
  const result = analyze(input.text, input.lang ? { lang: input.lang } : undefined);
  return { ...result, reasons: [...result.reasons] };
});
