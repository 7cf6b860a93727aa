import { describe, expect, it } from 'vitest';
import { analyze } from './analyze';
import type { EscalationReason } from './types';

const cases: Record<EscalationReason, { es: string[]; en: string[] }> = {
  repeated_contact: {
    es: [
      'es la tercera vez que llamo',
      'ya les escribí dos veces',
      'llevo una hora en espera',
      'he llamado en reiteradas ocasiones',
    ],
    en: [
      "third time I'm calling",
      "I've emailed you 4 times",
      'been on hold for 40 minutes',
      'chased this twice already',
    ],
  },
  asks_for_human: {
    es: [
      'quiero hablar con una persona',
      'pásame con un ejecutivo',
      'me comunicás con un operador?',
      'asesor por favor',
    ],
    en: ['let me talk to a real person', 'agent please', 'transfer me to a manager', 'representative'],
  },
  churn_threat: {
    es: ['me cambio de banco', 'voy a cancelar', 'me voy a la competencia', 'me doy de baja'],
    en: ["I'm switching providers", 'cancel my subscription', 'closing my account', "I'll take my business elsewhere"],
  },
  regulator_complaint: {
    es: [
      'voy a reclamar al SERNAC',
      'los denuncio en PROFECO',
      'voy a Defensa del Consumidor',
      'queja ante la SIC',
      'voy a la OCU',
      'pido la hoja de reclamaciones',
      'hablaré con mi abogado',
      'les voy a poner una demanda',
    ],
    en: ['reporting you to the BBB', "I'll file a complaint", 'my lawyer will contact you', 'I will sue'],
  },
  vulnerable_customer: {
    es: ['soy adulto mayor', 'estoy enfermo', 'no tengo para comer', 'mi mamá tiene 85 años'],
    en: ["I'm disabled", 'my mother is in hospital', "I'm 82 and confused", 'I lost my job'],
  },
  urgency: {
    es: ['es urgente', 'lo necesito ya mismo', 'hoy sin falta', 'cuanto antes por favor'],
    en: ['urgent', 'asap please', 'I need it right now', 'this is an emergency'],
  },
  anger: {
    es: ['estoy harto', 'estoy chato de ustedes', 'ya me tienen hasta la madre', 'me tienen podrido', 'estoy cabreado'],
    en: ['fed up with you', 'this is ridiculous', 'wtf is this', 'you are incompetent thieves'],
  },
};

describe('escalation reasons', () => {
  for (const [reason, byLang] of Object.entries(cases) as [EscalationReason, { es: string[]; en: string[] }][]) {
    for (const lang of ['es', 'en'] as const) {
      it(`${reason} (${lang})`, () => {
        for (const text of byLang[lang]) {
          const r = analyze(text);
          expect(r.reasons, text).toContain(reason);
          expect(r.escalate, text).toBe(true);
        }
      });
    }
  }

  it('does not escalate plain questions, thanks or mild complaints', () => {
    for (const text of [
      '¿a qué hora abren?',
      'Muchas gracias por la ayuda',
      'quiero cancelar mi pedido, me equivoqué de talla',
      'Please cancel my order #55, wrong color',
      'el pedido llegó un poco tarde',
      'The website is slow today',
      'me pasás el número de seguimiento?',
      'el ejecutivo me dijo que llamara hoy',
    ]) {
      expect(analyze(text).escalate, text).toBe(false);
    }
  });

  it('respects negated threats and urgency', () => {
    expect(analyze('no voy a cancelar, solo quiero saber el saldo').reasons).not.toContain('churn_threat');
    expect(analyze('no es urgente').reasons).not.toContain('urgency');
    expect(analyze("it's not urgent, whenever you can").reasons).not.toContain('urgency');
    expect(analyze("I don't want to cancel my account").reasons).not.toContain('churn_threat');
  });

  it('treats capitalised NOW / YA as urgency and shouting as anger', () => {
    expect(analyze('fix my account NOW').reasons).toContain('urgency');
    expect(analyze('QUE ALGUIEN ME RESPONDA, ESTO ES UN ABUSO').reasons).toContain('anger');
  });

  it('orders reasons deterministically', () => {
    const r = analyze(
      'Estoy harto, es la tercera vez que llamo, quiero hablar con un supervisor o me cambio de compañía',
    );
    expect(r.reasons).toEqual(['anger', 'churn_threat', 'repeated_contact', 'asks_for_human']);
  });
});
