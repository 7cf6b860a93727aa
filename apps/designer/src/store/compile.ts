import {
  type CompileResult,
  type CustomActivitySpec,
  compile,
  type Diagnostic,
  type ExprScope,
  nodeKind,
  type Plan,
  type ValueType,
} from '@ruta/flow';
import type { Doc } from '../graph/types';

/** The compiler's verdict on the current document, as the designer keeps it. */
export interface Validation {
  ok: boolean;
  diagnostics: Diagnostic[];
  plan: Plan | null;
  /** Per node: how many errors and warnings (for the canvas badges). */
  counts: Record<string, { errors: number; warnings: number }>;
  /** Per edge: the worst severity of its problems. */
  edges: Record<string, 'error' | 'warning'>;
  /** What expressions can read; from the plan, or approximated while the flow does not compile. */
  scope: ExprScope;
  ms: number;
  /** The document this verdict is about. */
  doc: Doc | null;
}

export const EMPTY_VALIDATION: Validation = {
  ok: false,
  diagnostics: [],
  plan: null,
  counts: {},
  edges: {},
  scope: { vars: {}, nodes: {} },
  ms: 0,
  doc: null,
};

/** A scope good enough for completion while the flow does not compile: every variable and node output. */
export function approximateScope(doc: Doc): ExprScope {
  const vars: Record<string, ValueType> = {};
  const nodes: Record<string, ValueType> = {};
  for (const n of doc.nodes) {
    if (n.kind === 'logic.set' && typeof n.params.name === 'string' && n.params.name) vars[n.params.name] = 'dyn';
    const outputs = nodeKind(n.kind)?.outputs;
    if (outputs) nodes[n.id] = outputs;
  }
  return { vars, nodes };
}

/** Compiles a document in the browser (the same compiler the API runs) and indexes the diagnostics. */
export function validate(
  doc: Doc,
  activities: Record<string, CustomActivitySpec>,
  queues?: Record<string, { people: number }>,
): Validation {
  const started = performance.now();
  let result: CompileResult;
  try {
    result = compile(doc, queues ? { activities, queues } : { activities });
  } catch (err) {
    result = {
      ok: false,
      diagnostics: [
        {
          code: 'internal_error',
          severity: 'error',
          path: [],
          message: { es: `Error interno: ${(err as Error).message}`, en: `Internal error: ${(err as Error).message}` },
        },
      ],
    };
  }
  const counts: Validation['counts'] = {};
  for (const d of result.diagnostics) {
    const ids = d.nodeId ? [d.nodeId] : [];
    for (const id of ids) {
      const c = counts[id] ?? { errors: 0, warnings: 0 };
      if (d.severity === 'error') c.errors++;
      else c.warnings++;
      counts[id] = c;
    }
  }
  const edges: Validation['edges'] = {};
  for (const d of result.diagnostics) {
    if (d.edgeId && edges[d.edgeId] !== 'error') edges[d.edgeId] = d.severity;
  }
  const plan = result.ok ? result.plan : null;
  return {
    ok: result.ok,
    diagnostics: result.diagnostics,
    plan,
    counts,
    edges,
    scope: plan ? plan.scope : approximateScope(doc),
    ms: performance.now() - started,
    doc,
  };
}
