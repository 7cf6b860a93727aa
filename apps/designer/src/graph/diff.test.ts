import { describe, expect, it } from 'vitest';
import { describeChanges, hasChanges } from './diff';
import type { Doc } from './types';

const base = (): Doc => ({
  schemaVersion: 3,
  id: 'f_x',
  name: 'Aviso',
  settings: { reentry: 'every_time', transactional: false, missingData: 'hold' },
  nodes: [
    { id: 'n_trigger', kind: 'trigger.event', params: { eventType: 'a.b' }, position: { x: 0, y: 0 } },
    { id: 'n_wait', kind: 'wait.reply', label: 'Esperar', params: { timeout: '24h' }, position: { x: 0, y: 200 } },
  ],
  edges: [{ id: 'e_1', from: 'n_trigger', port: 'out', to: 'n_wait' }],
  notes: [],
  events: {},
  scenarios: [],
});

const words = {
  name: (n: Doc['nodes'][number]) => n.label ?? n.kind,
  field: (_kind: string, key: string) => ({ timeout: 'Plazo máximo', missingData: 'Si falta un dato' })[key] ?? key,
  value: (_kind: string, _key: string, v: unknown) => (v === '24h' ? '24 horas' : v === '3h' ? '3 horas' : String(v)),
  port: (_n: unknown, p: string) => ({ out: 'siguiente', timeout: 'sin respuesta' })[p] ?? p,
};

describe('describeChanges', () => {
  it('says what changed with the text before and after', () => {
    const b = base();
    b.nodes[1]!.params = { timeout: '3h' };
    b.nodes.push({ id: 'n_end', kind: 'end', label: 'Fin', params: {}, position: { x: 0, y: 400 } });
    b.edges.push({ id: 'e_2', from: 'n_wait', port: 'timeout', to: 'n_end' });
    b.settings = { ...b.settings, missingData: 'skip' };
    expect(describeChanges(base(), b, words)).toEqual([
      { kind: 'changed', where: 'Esperar', field: 'Plazo máximo', before: '24 horas', after: '3 horas' },
      { kind: 'added', where: 'Fin' },
      { kind: 'connected', where: 'Esperar (sin respuesta) → Fin' },
      { kind: 'settings', where: 'Aviso', field: 'Si falta un dato', before: 'hold', after: 'skip' },
    ]);
    expect(describeChanges(b, base(), words).map((l) => l.kind)).toEqual([
      'changed',
      'removed',
      'disconnected',
      'settings',
    ]);
  });

  it('tells unpublished changes from a moved block', () => {
    const moved = base();
    moved.nodes[1]!.position = { x: 300, y: 300 };
    expect(hasChanges(base(), moved)).toBe(false);
    const renamed = { ...base(), name: 'Otro' };
    expect(hasChanges(base(), renamed)).toBe(true);
    const events = { ...base(), events: { 'a.b': { fields: { eta: { type: 'text' as const, required: true } } } } };
    expect(hasChanges(base(), events)).toBe(true);
  });
});
