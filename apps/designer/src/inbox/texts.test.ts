import { describe, expect, it } from 'vitest';
import { INBOX_DICTS, inboxText } from './texts';

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
});
