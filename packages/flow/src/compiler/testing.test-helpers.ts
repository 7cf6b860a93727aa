/** Small builders for compiler tests (not a test file itself). */
import { expect } from 'vitest';
import type { CompileResult, Diagnostic, DiagnosticCode } from './types';

export type TestNode = {
  id: string;
  kind: string;
  params?: Record<string, unknown>;
  label?: string;
  position?: { x: number; y: number };
  retry?: Record<string, unknown>;
};
export type TestEdge = { id: string; from: string; port: string; to: string };

export const trigger = (params: Record<string, unknown> = { eventType: 'order.created' }): TestNode => ({
  id: 'n_trigger',
  kind: 'trigger.event',
  label: 'Pedido creado',
  params,
});

export const send = (id: string, label?: string, params: Record<string, unknown> = {}): TestNode => ({
  id,
  kind: 'message.send',
  ...(label ? { label } : {}),
  params: { channel: 'whatsapp', template: 'Hola {{ customer.name }}', ...params },
});

export const end = (id: string, outcome = 'done'): TestNode => ({ id, kind: 'end', params: { outcome } });

export const edge = (from: string, port: string, to: string, id = `e_${from.slice(2)}_${port}`): TestEdge => ({
  id,
  from,
  port,
  to,
});

export const doc = (nodes: TestNode[], edges: TestEdge[], extra: Record<string, unknown> = {}) => ({
  schemaVersion: 3,
  id: 'f_test',
  name: 'Flujo de prueba',
  nodes,
  edges,
  ...extra,
});

/** The only diagnostic with this code (fails when there is none or several). */
export function only(result: CompileResult, code: DiagnosticCode): Diagnostic {
  const found = result.diagnostics.filter((d) => d.code === code);
  expect(found, `${code} in ${JSON.stringify(result.diagnostics.map((d) => d.code))}`).toHaveLength(1);
  return found[0] as Diagnostic;
}

/**
 * Asserts one diagnostic: its code, where it points, that it comes in both languages, and that both
 * messages name the node by its label (when given).
 */
export function expectDiagnostic(
  result: CompileResult,
  code: DiagnosticCode,
  where: { nodeId?: string; edgeId?: string; path: (string | number)[]; label?: string | { es: string; en: string } },
): Diagnostic {
  const d = only(result, code);
  expect(d.nodeId).toBe(where.nodeId);
  if (where.edgeId !== undefined) expect(d.edgeId).toBe(where.edgeId);
  expect(d.path).toEqual(where.path);
  expect(d.message.es.length).toBeGreaterThan(10);
  expect(d.message.en.length).toBeGreaterThan(10);
  expect(d.message.es).not.toBe(d.message.en);
  if (where.label !== undefined) {
    const label = typeof where.label === 'string' ? { es: where.label, en: where.label } : where.label;
    expect(d.message.es).toContain(`«${label.es}»`);
    expect(d.message.en).toContain(`"${label.en}"`);
  }
  return d;
}
