import { afterEach, describe, expect, it } from 'vitest';
import evalRaw from '../eval/messages.jsonl?raw';
import { analyze, phraseGate } from './analyze';
import { ALWAYS_ON, alternatives, branchCovered, PHRASES } from './lexicon';

/**
 * The prefix gate only skips phrase patterns that cannot match. Check that on real text the gated
 * and ungated analyzer agree exactly, and that every pattern alternative has a content literal.
 */
const extra = [
  "Can someone please help me, I'm 82 and my phone stopped working",
  'he llamado en reiteradas ocasiones sin obtener solución',
  'Is anyone there?? been waiting forever',
  'me voy a pasar a la competencia, cancelen todo',
  'los voy a escrachar en redes, ladrones',
  'ya quedó, gracias! todo en orden',
  'the bill is so high this month, why does it take 10 days to refund?',
  'Perfect, just perfect. My order got cancelled for no reason.',
  'the internet keeps dropping and the heater keeps tripping the breaker',
  'ustedes son unos ineptos, les he escrito como diez veces, voy a subir esto a TikTok',
  'you lot are absolute crooks, bouncing me between departments for 2 hours',
  'mi papá tiene 92 años, me quedé sin trabajo y nesesito ablar con un supervisor urjente',
  'la factura vino con un monto que no corresponde, me cobraron dos veces y vino sin el cable',
  'is there a human I can talk to? my wife passed away and I am on a fixed income',
  'no da para más, todo bien no, nada que reclamar? works now? 80 year old dad',
  '¿Hay algún corte programado? lo solucionaron de inmediato, recargo de 45 minutos en espera',
];

describe('phrase gate', () => {
  afterEach(() => {
    phraseGate.enabled = true;
  });

  it('never changes a result', () => {
    const texts = [
      ...evalRaw
        .split('\n')
        .filter(Boolean)
        .map((l) => (JSON.parse(l) as { text: string }).text),
      ...extra,
    ];
    for (const text of texts) {
      phraseGate.enabled = false;
      const full = analyze(text);
      phraseGate.enabled = true;
      expect(analyze(text), text).toEqual(full);
    }
  });

  it('gates almost every pattern; the few it cannot prove safe always run', () => {
    const total = PHRASES.reduce((n, r) => n + r.patterns.length, 0);
    expect(ALWAYS_ON.length).toBeLessThanOrEqual(8);
    expect(total - ALWAYS_ON.length).toBeGreaterThan(total * 0.9);
  });

  it('knows when a branch has a mandatory content literal', () => {
    expect(branchCovered('\\bme cambio de banco\\b')).toBe(true);
    expect(branchCovered('\\b(?:i am|im) \\d+\\b')).toBe(false);
    expect(branchCovered('\\b(?:banco|compania) (?:x|y)?')).toBe(true);
    expect(branchCovered('\\b(?:banco|de) nuevo')).toBe(true);
    expect(branchCovered('\\b(?:banco|de) (?:nuevo)?')).toBe(false);
  });

  it('splits alternatives at the top level only', () => {
    expect(alternatives('\\ba (?:b|c)\\b|[|]d|e')).toEqual(['\\ba (?:b|c)\\b', '[|]d', 'e']);
  });
});
