import { analyzeRequest } from '@ruta/sentiment';
import { describe, expect, it } from 'vitest';
import { SIM_HANDLERS } from './run';

describe('the designer simulator’s sentiment', () => {
  it('is the activity’s own code, sensitivity included', () => {
    for (const sensitivity of [undefined, 'anger', 'strong', 'any'] as const) {
      const input = { text: 'me cobraron dos veces la cuota', lang: 'es', ...(sensitivity ? { sensitivity } : {}) };
      const r = SIM_HANDLERS['sentiment.analyze'](input);
      expect(r).toEqual(analyzeRequest(input));
      expect(r.escalate).toBe(sensitivity !== 'anger');
    }
  });
});
