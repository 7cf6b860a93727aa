import { describe, expect, it } from 'vitest';
import { analyze } from './analyze';
import { analyzeConversation } from './conversation';
import { decide } from './decision';
import { countsAt, ESCALATION_REASONS, REASON_LABELS, REASON_LEVEL, SENSITIVITIES } from './sensitivity';

/** One message per tier, in Spanish and English, and what each sensitivity does with it. */
const byTier = {
  anger: { es: 'son unos ladrones, estoy harto', en: 'you lot are crooks, I am fed up' },
  threat: { es: 'me cambio de compañía', en: "I'm switching providers" },
  strong: { es: 'me cobraron dos veces la cuota', en: 'I was charged twice for the same order' },
  mild: { es: 'la app está un poco lenta hoy', en: 'The app is a bit slow today' },
  calm: { es: '¿a qué hora abren?', en: 'What time do you open?' },
};
const expected: Record<keyof typeof byTier, Record<(typeof SENSITIVITIES)[number], boolean>> = {
  anger: { anger: true, strong: true, any: true },
  threat: { anger: true, strong: true, any: true },
  strong: { anger: false, strong: true, any: true },
  mild: { anger: false, strong: false, any: true },
  calm: { anger: false, strong: false, any: false },
};

describe('sensitivity', () => {
  for (const [tier, texts] of Object.entries(byTier) as [keyof typeof byTier, { es: string; en: string }][]) {
    for (const sensitivity of SENSITIVITIES) {
      for (const lang of ['es', 'en'] as const) {
        it(`${tier} (${lang}) at "${sensitivity}" ${expected[tier][sensitivity] ? 'escalates' : 'does not'}`, () => {
          const r = analyze(texts[lang], { sensitivity });
          expect(r.sensitivity).toBe(sensitivity);
          expect(r.escalate, texts[lang]).toBe(expected[tier][sensitivity]);
          expect(r.reasons.length > 0).toBe(r.escalate);
          for (const reason of r.reasons) expect(countsAt(reason, sensitivity)).toBe(true);
          expect(r.explanation.es.length).toBeGreaterThan(10);
          expect(r.explanation.en.length).toBeGreaterThan(10);
        });
      }
    }
  }

  it('defaults to strong, today’s behaviour for flows that do not choose', () => {
    const text = byTier.strong.es;
    expect(analyze(text)).toEqual(analyze(text, { sensitivity: 'strong' }));
  });

  it('keeps every signal whatever the level, and says which ones it left out', () => {
    const r = analyze('me cobraron dos veces la cuota, pásame con un ejecutivo', { sensitivity: 'anger' });
    expect(r.escalate).toBe(false);
    expect(r.signals).toEqual(expect.arrayContaining(['money_lost', 'asks_for_human']));
    expect(r.explanation.es).toContain('dinero perdido');
    expect(r.explanation.es).toContain('Solo enojo y amenazas');
    expect(r.explanation.en).toContain('asks for a person');
  });

  it('explains an escalation with every counted reason, in both languages', () => {
    const r = analyze('Estoy harto, es la tercera vez que llamo y me cobraron dos veces');
    expect(r.explanation.es.startsWith('Escalar: enojo fuerte')).toBe(true);
    expect(r.explanation.en.startsWith('Escalate: strong anger')).toBe(true);
    for (const reason of r.reasons) {
      expect(r.explanation.es).toContain(REASON_LABELS[reason].es);
      expect(r.explanation.en).toContain(REASON_LABELS[reason].en);
    }
  });

  it('names the words behind a model-only escalation', () => {
    const d = decide(['strong_complaint'], 'strong', ['voucher', 'dinero']);
    expect(d.reasons).toEqual(['strong_complaint']);
    expect(d.explanation.es).toContain('«voucher», «dinero»');
  });

  it('has a level and es/en words for every reason, levels nested strict to loose', () => {
    for (const reason of ESCALATION_REASONS) {
      expect(SENSITIVITIES).toContain(REASON_LEVEL[reason]);
      expect(REASON_LABELS[reason].es && REASON_LABELS[reason].en).toBeTruthy();
      expect(countsAt(reason, 'any')).toBe(true);
      if (countsAt(reason, 'anger')) expect(countsAt(reason, 'strong')).toBe(true);
    }
  });

  it('applies the level to a whole conversation', () => {
    const messages = [{ text: 'hola, tengo un problema con la factura' }, { text: 'me cobraron dos veces la cuota' }];
    expect(analyzeConversation(messages).escalate).toBe(true);
    const strict = analyzeConversation(messages, { sensitivity: 'anger' });
    expect(strict.escalate).toBe(false);
    expect(strict.signals).toContain('money_lost');
    expect(strict.perMessage.every((m) => m.sensitivity === 'anger')).toBe(true);
  });
});
