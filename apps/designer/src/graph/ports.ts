import { nodeKind, type PortSpec } from '@ruta/flow';
import { parseParams } from './params-cache';
import type { DocEdge, DocNode } from './types';

/**
 * The output ports of a node as the canvas draws them. Params being edited may be invalid, so the
 * kind's `ports()` runs on the params after defaults when they parse, else on the raw params, and a
 * port an edge still uses is kept (flagged unknown) so the edge does not vanish while typing.
 */
export function portsOf(node: DocNode, edges?: readonly DocEdge[]): (PortSpec & { unknown?: boolean })[] {
  const spec = nodeKind(node.kind);
  let ports: PortSpec[] = [];
  if (spec) {
    try {
      ports = spec.ports(parseParams(node.kind, node.params).value as never);
    } catch {
      ports = [];
    }
  }
  const seen = new Set<string>();
  const out: (PortSpec & { unknown?: boolean })[] = [];
  for (const p of ports) {
    if (typeof p.name !== 'string' || !p.name || seen.has(p.name)) continue;
    seen.add(p.name);
    out.push(p);
  }
  for (const e of edges ?? []) {
    if (e.from === node.id && !seen.has(e.port)) {
      seen.add(e.port);
      out.push({ name: e.port, label: { es: e.port, en: e.port }, required: false, unknown: true });
    }
  }
  return out;
}

/** Whether a node kind takes incoming edges (triggers do not). */
export const hasInput = (kind: string): boolean => !kind.startsWith('trigger.');
