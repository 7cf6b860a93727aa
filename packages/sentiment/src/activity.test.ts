import { describe, expect, it } from 'vitest';
import { analyzeRequest } from './activity';
import { analyze } from './analyze';

describe('analyzeRequest', () => {
  it('is the analyzer with the request’s language and sensitivity', () => {
    const text = 'me cobraron dos veces la cuota, pásame con un ejecutivo';
    expect(analyzeRequest({ text, lang: 'es', sensitivity: 'anger' })).toEqual(
      analyze(text, { lang: 'es', sensitivity: 'anger' }),
    );
  });

  it('treats a request without a sensitivity (flows drawn before it existed) as strong', () => {
    const r = analyzeRequest({ text: 'me cobraron dos veces la cuota' });
    expect(r.sensitivity).toBe('strong');
    expect(r.escalate).toBe(true);
  });

  it('detects the language when the customer’s locale is not es or en', () => {
    expect(analyzeRequest({ text: 'the order never arrived', lang: 'pt' }).lang).toBe('en');
  });
});
