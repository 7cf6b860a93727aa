// The sample flow "Escalar mensajes con sentimiento negativo" hands an upset customer to an agent with a Spanish
// summary; the tone in it reads «negativo», not the machine label, and journeys started before keep what they sent.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compile } from '../compiler';
import { FlowDocument } from '../document';
import type { Effects } from '../effects';
import type { JourneyInput } from '../journey';
import { runJourney } from './interpreter';
import { TEMPLATE_VALUE_WORDS_PATCH } from './nodes';
import { initialState } from './state';

const T0 = Date.parse('2026-03-02T13:00:00Z');
const SAMPLE = join(import.meta.dirname, '../../../../examples/flows/negative-sentiment-escalation.json');

/** Runs the sample for an upset customer; returns every activity call by name. */
async function run(locale: 'es' | 'en', patches: readonly string[], score = -0.8) {
  const result = compile(FlowDocument.parse(JSON.parse(readFileSync(SAMPLE, 'utf8'))));
  if (!result.ok) throw new Error(JSON.stringify(result.diagnostics, null, 2));
  const input: JourneyInput = {
    plan: result.plan,
    flowVersion: 1,
    event: {
      id: 'evt-1',
      type: 'message.received',
      customerId: 'c_1',
      time: new Date(T0).toISOString(),
      data: { text: 'Me cobraron dos veces' },
    },
    customer: { id: 'c_1', name: 'Ana', locale, timeZone: 'America/Santiago' },
  };
  const calls: { name: string; input: Record<string, unknown> }[] = [];
  const fx: Effects = {
    journeyId: 'j-1',
    now: () => T0,
    waitUntil: async (ready) => ready(),
    async callActivity(name, activityInput) {
      calls.push({ name, input: activityInput as Record<string, unknown> });
      if (name.includes('sentiment')) return { label: 'negative', score, escalate: true, reasons: ['money_lost'] };
      return { ticketId: 'T-1', handoffId: 'H-1' };
    },
    record: () => {},
    continueAsNewSuggested: () => false,
    patched: (id) => patches.includes(id),
  };
  await runJourney(input, initialState(input, T0), { cancelRequested: false, skip: null }, fx);
  return calls;
}

const summaryOf = (calls: { name: string; input: Record<string, unknown> }[]) =>
  calls.find((c) => typeof c.input.summary === 'string')?.input.summary;

const ALL = [TEMPLATE_VALUE_WORDS_PATCH];

describe('enum-like values and numbers in templates', () => {
  it("reads the tone in the summary's language", async () => {
    expect(summaryOf(await run('es', ALL))).toBe(
      'Cliente molesto (tono negativo, puntaje -0,8). Último mensaje: Me cobraron dos veces',
    );
    expect(summaryOf(await run('en', ALL))).toMatch(/^Upset customer \(tone negative, score -0\.8\)/);
  });

  it('writes a whole number as it is, in either language', async () => {
    expect(summaryOf(await run('es', ALL, -1))).toMatch(/^Cliente molesto \(tono negativo, puntaje -1\)/);
  });

  it('keeps what journeys started before the patch sent', async () => {
    expect(summaryOf(await run('es', []))).toMatch(/^Cliente molesto \(tono negative, puntaje -0\.8\)/);
  });
});
