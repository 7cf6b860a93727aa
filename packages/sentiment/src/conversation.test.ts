import { describe, expect, it } from 'vitest';
import { analyzeConversation } from './conversation';

describe('analyzeConversation', () => {
  it('returns a neutral, stable result for no customer messages', () => {
    const r = analyzeConversation([{ text: 'Hola, ¿en qué te ayudo?', direction: 'out' }]);
    expect(r.label).toBe('neutral');
    expect(r.trend).toBe('stable');
    expect(r.perMessage).toEqual([]);
    expect(r.escalate).toBe(false);
  });

  it('scores only customer (in) messages', () => {
    const r = analyzeConversation([
      { text: 'Lamentamos mucho el problema, es terrible', direction: 'out' },
      { text: 'Hola, ¿a qué hora abren?', direction: 'in' },
      { text: 'Abrimos a las 9, pésimo que no lo sepas 😡', direction: 'out' },
    ]);
    expect(r.perMessage).toHaveLength(1);
    expect(r.label).toBe('neutral');
    expect(r.escalate).toBe(false);
  });

  it('sees a worsening conversation and escalates', () => {
    const r = analyzeConversation([
      { text: 'Hola, mi internet está lento' },
      { text: 'Ya reinicié el módem y sigue igual', direction: 'in' },
      { text: 'Por favor reinicie el módem', direction: 'out' },
      { text: 'Es la tercera vez que me dicen lo mismo, estoy harto 😡' },
    ]);
    expect(r.trend).toBe('worsening');
    expect(r.label).toBe('negative');
    expect(r.escalate).toBe(true);
    expect(r.reasons).toContain('repeated_contact');
    expect(r.reasons).toContain('anger');
  });

  it('sees an improving conversation and drops stale reasons once the customer is happy', () => {
    const r = analyzeConversation([
      { text: 'No me funciona nada, quiero hablar con una persona' },
      { text: 'Le paso con un ejecutivo', direction: 'out' },
      { text: 'Ya funciona todo, muchas gracias por la ayuda!' },
    ]);
    expect(r.trend).toBe('improving');
    expect(r.label).toBe('positive');
    expect(r.escalate).toBe(false);
  });

  it('weights recent messages more', () => {
    const a = analyzeConversation([{ text: 'excelente servicio' }, { text: 'pésimo servicio' }]);
    const b = analyzeConversation([{ text: 'pésimo servicio' }, { text: 'excelente servicio' }]);
    expect(a.score).toBeLessThan(0);
    expect(b.score).toBeGreaterThan(0);
  });

  it('keeps recent escalation reasons while the customer is not satisfied', () => {
    const r = analyzeConversation([
      { text: 'I want to speak to a manager' },
      { text: 'ok' },
      { text: 'still waiting' },
    ]);
    expect(r.reasons).toContain('asks_for_human');
    expect(r.trend).toBe('worsening');
  });

  it('orders by timestamp when every customer message has one', () => {
    const r = analyzeConversation([
      { text: 'thanks, all sorted now!', at: '2024-05-01T10:10:00Z' },
      { text: 'this is broken again, fed up', at: '2024-05-01T10:00:00Z' },
    ]);
    expect(r.perMessage[0]!.label).toBe('negative');
    expect(r.perMessage[1]!.label).toBe('positive');
    expect(r.trend).toBe('improving');
  });

  it('reports stable for a single message and mixed language across messages', () => {
    expect(analyzeConversation([{ text: 'hola' }]).trend).toBe('stable');
    expect(analyzeConversation([{ text: 'hola, ¿cómo están?' }, { text: 'what time do you open?' }]).lang).toBe(
      'mixed',
    );
  });
});
