import { describe, expect, it } from 'vitest';
import { INBOX_DICTS, inboxText, inboxWord } from './texts';

/** Every dotted key of a dictionary, with its value. */
function leaves(dict: unknown, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(dict as Record<string, unknown>)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'string') out.set(key, v);
    else for (const [kk, vv] of leaves(v, key)) out.set(kk, vv);
  }
  return out;
}

describe('the agent workspace texts', () => {
  it('has every text in Spanish and in English, with the same placeholders', () => {
    const es = leaves(INBOX_DICTS.es);
    const en = leaves(INBOX_DICTS.en);
    expect([...en.keys()].sort()).toEqual([...es.keys()].sort());
    const holes = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const [key, text] of es) {
      expect(text.trim(), key).not.toBe('');
      expect(holes(en.get(key)!), key).toEqual(holes(text));
    }
  });

  it('fills placeholders and falls back to the key for an unknown text', () => {
    expect(inboxText('es', 'sla.breached', { left: '5 min' })).toBe('Vencido hace 5 min');
    expect(inboxText('en', 'actions.transferred', { queue: 'billing' })).toBe('Case transferred to billing.');
    expect(inboxText('en', 'no.such.key')).toBe('no.such.key');
  });

  it('words channels, statuses and send reasons, and shows an unknown value as it is', () => {
    expect(inboxWord('es', 'channels', 'email')).toBe('correo');
    expect(inboxWord('en', 'channels', 'email')).toBe('email');
    expect(inboxWord('es', 'messageStatus', 'delivered')).toBe('entregado');
    expect(inboxWord('es', 'caseStatus', 'resolved')).toBe('resuelto');
    expect(inboxWord('es', 'languages', 'en')).toBe('inglés');
    expect(inboxWord('es', 'sendReasons', 'quiet_hours')).toBe('es horario de descanso del cliente');
    expect(inboxText('es', 'actions.suppressed', { reason: inboxWord('es', 'sendReasons', 'opted_out') })).toBe(
      'El mensaje no se envió: el cliente pidió no recibir mensajes por este canal.',
    );
    expect(inboxWord('es', 'sendReasons', 'SomethingNew')).toBe('SomethingNew');
    expect(inboxWord('es', 'channels', 'toString')).toBe('toString');
    expect(inboxWord('es', 'sendReasons', null)).toBe('—');
  });
});
