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

  it('does not read a negated insult or anger word as anger', () => {
    for (const text of [
      'no estoy enojado, solo quiero saber el saldo',
      "I'm not angry, just want to know the date",
      'you are not useless, just slow today',
    ]) {
      expect(analyze(text).reasons, text).not.toContain('anger');
    }
  });

  it('treats capitalised NOW / YA as urgency and shouting as anger', () => {
    expect(analyze('fix my account NOW').reasons).toContain('urgency');
    expect(analyze('QUE ALGUIEN ME RESPONDA, ESTO ES UN ABUSO').reasons).toContain('anger');
  });

  it('recognises escalation families beyond fixed phrases', () => {
    const cases: [string, EscalationReason][] = [
      // insults aimed at the company, any strongly negative word after an address
      ['ustedes son unos ineptos', 'anger'],
      ['sois unos impresentables', 'anger'],
      ['qué panda de inútiles', 'anger'],
      ['what a bunch of amateurs', 'anger'],
      ['you lot are absolute crooks', 'anger'],
      ['You guys are hopeless', 'anger'],
      ['stop lying to your customers', 'anger'],
      ['Unbelievable!!! Cut off again', 'anger'],
      // social media, press, legal, regulator
      ['voy a subir esto a TikTok para que todos vean cómo atienden', 'regulator_complaint'],
      ['les voy a hacer mala fama en Facebook', 'regulator_complaint'],
      ['I will post this on Reddit', 'regulator_complaint'],
      ['Going to the local news with this story', 'regulator_complaint'],
      ['pienso denunciarlos ante la superintendencia', 'regulator_complaint'],
      ["I've contacted my solicitor", 'regulator_complaint'],
      // repeated contact: counts, ordinals, every day, being passed around
      ['les he escrito como diez veces', 'repeated_contact'],
      ['he ido tres veces a la sucursal y nada', 'repeated_contact'],
      ['llevo tres semanas llamando todos los días', 'repeated_contact'],
      ['four emails and not a single reply', 'repeated_contact'],
      ['this is the 4th rescheduled appointment', 'repeated_contact'],
      ['me tienen de un área a otra hace una semana', 'repeated_contact'],
      ['each agent tells me something different', 'repeated_contact'],
      ['llevo 50 minutos con la musiquita', 'repeated_contact'],
      // a person, in varied words
      ['quiero hablar con tu jefe', 'asks_for_human'],
      ['pásame con alguien que sepa', 'asks_for_human'],
      ['¿hay alguna persona con quien pueda hablar?', 'asks_for_human'],
      ['can I have a supervisor call me?', 'asks_for_human'],
      ['please escalate this to your manager', 'asks_for_human'],
      ['is there a human I can talk to?', 'asks_for_human'],
      ['nesesito ablar con un supervisor', 'asks_for_human'],
      // vulnerability: age, health, bereavement, money
      ['mi papá tiene 92 años y no entiende la factura', 'vulnerable_customer'],
      ["I'm recovering from surgery and can't come to the shop", 'vulnerable_customer'],
      ['my wife passed away in May and the account is in her name', 'vulnerable_customer'],
      ['me quedé sin trabajo y no puedo pagar este mes', 'vulnerable_customer'],
      ["I'm on benefits and this charge left me with nothing", 'vulnerable_customer'],
      ['soy viuda y vivo con mi pensión, no me alcanza para pagar esto', 'vulnerable_customer'],
      // urgency
      ['lo necesito en una hora, tengo que viajar', 'urgency'],
      ['please prioritize this, my business is losing money', 'urgency'],
      ['es urjente, me cortaron la luz', 'urgency'],
      // churn
      ['nunca más les compro nada', 'churn_threat'],
      ['me largo con la competencia', 'churn_threat'],
    ];
    for (const [text, reason] of cases) expect(analyze(text).reasons, text).toContain(reason);
  });

  it('does not escalate look-alikes: past contacts that went well, praise for speed, questions', () => {
    for (const text of [
      'No necesito hablar con un asesor, solo quiero el número de cliente',
      'I do not need a manager, just tell me the balance',
      'le pregunté dos veces al vendedor y fue muy claro, gracias',
      'the technician fixed it right away, brilliant',
      'lo solucionaron de inmediato, excelente',
      '¿el pago se refleja de inmediato?',
      'second time ordering, love it',
      'es la segunda vez que compro y todo perfecto',
      'I want to move my number to you guys from Verizon',
      'The urgent care center recommended your pharmacy',
      'my baby shower is next week, can the delivery arrive before?',
      'voy a publicar una reseña muy positiva en Google',
      'hice la denuncia del robo en carabineros, ¿cómo bloqueo el chip?',
      'Your website logged me out three times while I was paying',
      'uso la app todos los días, muy buena',
      'I called my bank and they said the payment went through',
      '¿cuántas veces puedo cambiar el plan en el año?',
    ]) {
      expect(analyze(text).escalate, text).toBe(false);
    }
  });

  it('orders reasons deterministically', () => {
    const r = analyze(
      'Estoy harto, es la tercera vez que llamo, quiero hablar con un supervisor o me cambio de compañía',
    );
    expect(r.reasons).toEqual(['anger', 'churn_threat', 'repeated_contact', 'asks_for_human']);
  });
});
