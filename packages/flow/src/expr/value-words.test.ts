import { describe, expect, it } from 'vitest';
import { valueInWords } from './value-words';

describe('valueInWords', () => {
  it('words the sentiment label and reasons in the template language', () => {
    expect(valueInWords('sentiment.label', 'negative', 'es')).toBe('negativo');
    expect(valueInWords(' sentiment.label ', 'positive', 'es')).toBe('positivo');
    expect(valueInWords('sentiment.label', 'negative', 'en')).toBe('negative');
    expect(valueInWords('sentiment.reasons', ['anger', 'urgency'], 'es')).toEqual(['enojo fuerte', 'urgencia']);
    expect(valueInWords('reply.channel', 'email', 'es')).toBe('correo');
  });

  it("words a sentiment node's output, but not a same-named field of another node", () => {
    const kinds: Record<string, string> = { n_mood: 'ai.sentiment', n_crm: 'crm.lookup' };
    expect(valueInWords('nodes.n_mood.label', 'neutral', 'es', (id) => kinds[id])).toBe('neutral');
    expect(valueInWords('nodes.n_mood.label', 'negative', 'es', (id) => kinds[id])).toBe('negativo');
    expect(valueInWords('nodes.n_crm.label', 'negative', 'es', (id) => kinds[id])).toBe('negative');
  });

  it("words the knowledge-base bot's outcome, as the kb-bot sample's hand-off subject shows it", () => {
    const kinds: Record<string, string> = { n_bot: 'kb.answer' };
    expect(valueInWords('nodes.n_bot.outcome', 'no_match', 'es', (id) => kinds[id])).toBe('sin artículo que responda');
    expect(valueInWords('nodes.n_bot.outcome', 'declined', 'en', (id) => kinds[id])).toBe('the answer did not help');
    expect(valueInWords('nodes.n_bot.question', 'no_match', 'es', (id) => kinds[id])).toBe('no_match');
    expect(valueInWords('nodes.n_bot.constructor', 'no_match', 'es', (id) => kinds[id])).toBe('no_match');
  });

  it('leaves unknown values, computed expressions and other paths as they are', () => {
    expect(valueInWords('sentiment.label', 'mixed', 'es')).toBe('mixed');
    expect(valueInWords('sentiment.label == "negative"', true, 'es')).toBe(true);
    expect(valueInWords('event.data.label', 'negative', 'es')).toBe('negative');
    expect(valueInWords('sentiment.score', -0.8, 'es')).toBe(-0.8);
    expect(valueInWords('sentiment.label', 'constructor', 'es')).toBe('constructor');
  });
});
