import { describe, expect, it } from 'vitest';
import blind8 from '../eval/blind-8.jsonl?raw';
import messages from '../eval/messages.jsonl?raw';
import { analyze } from './analyze';
import { parseEvalJsonl } from './metrics';

const label = (t: string) => analyze(t).label;

describe('analyze: polarity', () => {
  it('gives a score that never contradicts its label (praise words in a complaint score below zero)', () => {
    const contradictions = [...parseEvalJsonl(messages), ...parseEvalJsonl(blind8)]
      .map((row) => analyze(row.text))
      .filter((r) => (r.label === 'negative' && r.score > 0) || (r.label === 'positive' && r.score < 0))
      .map((r) => `${r.label} ${r.score}`);
    expect(contradictions).toEqual([]);
    const sarcastic = analyze('Great job guys, truly world class, no light since morning');
    expect(sarcastic.label).toBe('negative');
    expect(sarcastic.score).toBeLessThan(0);
  });

  it('returns a well-formed result', () => {
    const r = analyze('pésimo servicio, nadie contesta 😡');
    expect(r.score).toBeGreaterThanOrEqual(-1);
    expect(r.score).toBeLessThanOrEqual(1);
    expect(r.confidence).toBeGreaterThan(0);
    expect(r.confidence).toBeLessThanOrEqual(1);
    for (const v of Object.values(r.emotions)) {
      expect(v).toBeGreaterThanOrEqual(0);
      expect(v).toBeLessThanOrEqual(1);
    }
    expect(r.escalate).toBe(r.reasons.length > 0);
  });

  it('handles empty and non-text input without throwing', () => {
    expect(analyze('').label).toBe('neutral');
    expect(analyze('   ').escalate).toBe(false);
    expect(analyze('12345 ###').label).toBe('neutral');
  });

  it('reads Spanish with and without accents the same way', () => {
    expect(label('pésimo servicio')).toBe('negative');
    expect(label('pesimo servicio')).toBe('negative');
    expect(analyze('pesimo servicio').score).toBe(analyze('pésimo servicio').score);
    expect(label('no funciona nada')).toBe('negative');
    expect(label('excelente atencion')).toBe('positive');
  });

  it('handles letter repetition and typos', () => {
    expect(label('malisimoooo')).toBe('negative');
    expect(label('graciasss')).toBe('positive');
    expect(label('excelenteeee')).toBe('positive');
    expect(label('goooood job')).toBe('positive');
    expect(analyze('malisimoooo').score).toBeLessThan(analyze('malo').score);
  });

  it('negates: "no estoy contento", "not happy", "nada mal", "not bad"', () => {
    expect(label('estoy contento')).toBe('positive');
    expect(label('no estoy contento')).toBe('negative');
    expect(label('no estoy nada contento con el cambio')).toBe('negative');
    expect(label('not happy with the service')).toBe('negative');
    expect(label("I don't like it")).toBe('negative');
    expect(label('nada mal la atención')).toBe('positive');
    expect(label('not bad at all')).toBe('positive');
    expect(label('no es malo')).toBe('positive');
  });

  it('intensifies: muy, súper, re, really', () => {
    expect(analyze('muy bueno').score).toBeGreaterThan(analyze('bueno').score);
    expect(analyze('súper amable').score).toBeGreaterThan(analyze('amable').score);
    expect(analyze('re mal').score).toBeLessThan(analyze('mal').score);
    expect(analyze('really good').score).toBeGreaterThan(analyze('good').score);
    expect(analyze('un poco lento').score).toBeGreaterThan(analyze('lento').score);
  });

  it('reads emojis', () => {
    for (const e of ['😡', '🤬', '😤', '😭']) expect(label(`ok ${e}`)).toBe('negative');
    for (const e of ['👍', '❤️', '😊']) expect(label(`ok ${e}`)).toBe('positive');
    expect(analyze('gracias 🙏').label).toBe('positive');
    expect(analyze('🤬🤬').emotions.anger).toBeGreaterThan(0.6);
  });

  it('turns sarcasm (positive word + bad situation) negative', () => {
    expect(label('qué maravilla, otra vez sin luz')).toBe('negative');
    expect(label('genial, otra vez me cortaron')).toBe('negative');
    expect(label('great, another hour on hold')).toBe('negative');
    expect(label('Oh perfect, the app is down again')).toBe('negative');
    expect(label('gracias por nada')).toBe('negative');
    expect(label('Thanks a lot, the router broke again')).toBe('negative');
    expect(label('excelente servicio 🙄')).toBe('negative');
    expect(analyze('genial, otra vez me cortaron').emotions.frustration).toBeGreaterThan(0.4);
  });

  it('does not call genuine praise sarcastic', () => {
    expect(label('Genial, ya me funciona todo, gracias')).toBe('positive');
    expect(label('Great, that fixed it. Thanks!')).toBe('positive');
    expect(label('Thanks again for your help!')).toBe('positive');
  });

  it('keeps polite questions and requests neutral', () => {
    expect(label('¿a qué hora abren?')).toBe('neutral');
    expect(label('Hola, buenas tardes, ¿tienen stock?')).toBe('neutral');
    expect(label('¿Podríais decirme cuándo llega mi pedido? Gracias')).toBe('neutral');
    expect(label('Thanks. What is the next step?')).toBe('neutral');
    expect(label('Good morning, I need to book an installation')).toBe('neutral');
    expect(label('What is the best plan for two people?')).toBe('neutral');
  });

  it('understands country slang', () => {
    expect(label('qué fome la respuesta')).toBe('negative'); // CL
    expect(label('la atención fue un siete, bacán')).toBe('positive'); // CL
    expect(label('todo chido, qué padre')).toBe('positive'); // MX
    expect(label('el producto salió bien chafa')).toBe('negative'); // MX
    expect(label('una bosta la app, anda re mal')).toBe('negative'); // AR
    expect(label('re copado el vendedor')).toBe('positive'); // AR
    expect(label('muy bacano y chévere todo')).toBe('positive'); // CO
    expect(label('qué mamera esa app')).toBe('negative'); // CO
    expect(label('muy guay, tío')).toBe('positive'); // ES
    expect(label('vaya chapuza de instalación')).toBe('negative'); // ES
  });

  it('handles mixed Spanish/English messages', () => {
    expect(label('el delivery never llegó')).toBe('negative');
    expect(label('the app no me deja hacer login')).toBe('negative');
    expect(label('thank you, quedó perfecto')).toBe('positive');
  });
});

describe('analyze: problem reports without emotional words', () => {
  it('reads wrong, missing, damaged and double-billed as negative', () => {
    for (const text of [
      'me mandaron una talla distinta a la que pedí',
      'they sent a different colour from the one I ordered',
      'I ordered 3 and only got 2',
      'vino sin el control remoto',
      'my order is missing the charger',
      'el repartidor me entregó una caja abollada',
      'la comida llegó fría',
      'the food arrived cold',
      'my parcel came open and half the items are gone',
      'me cobraron la cuota tres veces este mes',
      'I was billed twice for March',
      'la factura vino con un monto que no corresponde',
      'the bill says I owe 300 but I paid',
      "received someone else's order",
      'no me deja iniciar sesión',
      "I can't log into my account since the update",
      'the heater keeps tripping the breaker',
      'la app se queda cargando y no pasa nada',
      'el técnico no trajo las piezas',
      'no entiendo por qué me cobran esto',
      'why was I charged a reconnection fee?',
    ]) {
      expect(label(text), text).toBe('negative');
    }
  });
});

describe('analyze: wanted, asked and idiomatic positives', () => {
  it('does not count a wanted state as praise: "I need this fixed"', () => {
    expect(label('I need this fixed asap, my business depends on this line')).toBe('negative');
    expect(label('necesito el equipo funcionando ya mismo')).toBe('negative');
  });

  // A v9 to v12 misreading (the polarity model read the courteous opening as negative after training on blind-4, whose
  // complaints often open the same way); read right since v13.
  it('reads a courteous request as neutral: "espero que estén bien, les escribo para pedir…"', () => {
    expect(label('espero que estén bien, les escribo para pedir una copia de la factura')).toBe('neutral');
  });

  it('keeps questions about a known issue neutral', () => {
    expect(label('Is the outage in my area resolved yet?')).toBe('neutral');
    expect(label('¿Hay algún corte programado en mi zona?')).toBe('neutral');
    expect(label('why is my bill so high this month?')).toBe('negative');
  });

  // A known misreading of v8 to v13 and again of v18: the polarity model, trained on calm outage reports (negative by
  // the guide), reads a question about a fault's repair as negative; v14 to v17 read it right. It fails on purpose, so
  // the day it is read right again this turns into a failure and moves back.
  it.fails('keeps a question about a fault’s repair neutral: "¿ya se solucionó la falla en Ñuñoa?"', () => {
    expect(label('¿ya se solucionó la falla en Ñuñoa?')).toBe('neutral');
  });

  it('reads litotes and negated praise', () => {
    expect(label("couldn't be happier with the install")).toBe('positive');
    expect(label('no podría estar más contenta con la atención')).toBe('positive');
    expect(label('nada que reclamar, excelente')).toBe('positive');
    expect(label("Meh, the upgrade wasn't worth it")).toBe('negative');
    expect(label('I just love being on hold for ages')).toBe('negative');
  });

  it('normalises chat spellings', () => {
    expect(analyze('kiero hablar con una persona q me ayude').reasons).toContain('asks_for_human');
    expect(label('i never recieved my package')).toBe('negative');
  });
});

describe('analyze: language', () => {
  it('detects es, en, mixed and unknown', () => {
    expect(analyze('¿A qué hora abren la sucursal?').lang).toBe('es');
    expect(analyze('What time does the store open?').lang).toBe('en');
    expect(analyze('el delivery never llegó y the tracking is not updated, no me responden').lang).toBe('mixed');
    expect(analyze('👍').lang).toBe('unknown');
  });

  it('honours a forced language', () => {
    expect(analyze('ok', { lang: 'es' }).lang).toBe('es');
  });
});
