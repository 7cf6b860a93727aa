import { describe, expect, it } from 'vitest';
import { runSentimentJsonl } from './jsonl';

describe('runSentimentJsonl', () => {
  it('adds label, score, escalate, reasons and lang, keeping the other fields', () => {
    const out = runSentimentJsonl(
      '{"id":1,"text":"pésimo servicio, me cambio de compañía"}\n{"id":2,"text":"thanks!","channel":"whatsapp"}\n',
    );
    const lines = out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatchObject({ id: 1, label: 'negative', escalate: true, reasons: ['churn_threat'], lang: 'es' });
    expect(typeof lines[0].score).toBe('number');
    expect(lines[1]).toMatchObject({ id: 2, channel: 'whatsapp', label: 'positive', escalate: false, lang: 'en' });
  });

  it('reports invalid lines by number without throwing and skips blank lines', () => {
    const out = runSentimentJsonl(
      '{"text":"hola"}\n\nnot json\n{"message":"no text"}\n[1,2]\n{"text":42}\r\n{"text":"ok"}',
    );
    const lines = out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines).toHaveLength(6);
    expect(lines[0].label).toBe('neutral');
    expect(lines[1]).toMatchObject({ line: 3 });
    expect(lines[1].error).toMatch(/line 3/);
    expect(lines[2].error).toMatch(/line 4/);
    expect(lines[3].error).toMatch(/line 5/);
    expect(lines[4].error).toMatch(/line 6/);
    expect(lines[5].label).toBeDefined();
  });

  it('decides at the sensitivity asked for, with the explanation on every line', () => {
    const input = '{"text":"me cobraron dos veces la cuota"}\n{"text":"la app está un poco lenta hoy"}\n';
    const at = (sensitivity?: 'anger' | 'strong' | 'any') =>
      runSentimentJsonl(input, sensitivity ? { sensitivity } : {})
        .trim()
        .split('\n')
        .map(
          (l) => JSON.parse(l) as { escalate: boolean; sensitivity: string; explanation: { es: string; en: string } },
        );
    expect(at().map((l) => l.escalate)).toEqual([true, false]);
    expect(at('anger').map((l) => l.escalate)).toEqual([false, false]);
    expect(at('any').map((l) => l.escalate)).toEqual([true, true]);
    for (const line of at('anger')) {
      expect(line.sensitivity).toBe('anger');
      expect(line.explanation.es).toMatch(/^No escalar/);
      expect(line.explanation.en).toMatch(/^Do not escalate/);
    }
  });

  it('returns an empty string for empty input', () => {
    expect(runSentimentJsonl('')).toBe('');
    expect(runSentimentJsonl('\n\n')).toBe('');
  });
});
