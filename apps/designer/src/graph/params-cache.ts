import { nodeKind } from '@ruta/flow';

/**
 * Params parsed against their kind's schema, once per params object (documents are immutable, so a params
 * object that did not change parses the same). Summaries and ports of hundreds of nodes reuse it.
 */
const parsed = new WeakMap<object, { ok: boolean; value: unknown }>();

export function parseParams(kind: string, params: Record<string, unknown>): { ok: boolean; value: unknown } {
  const key = params as object;
  const hit = parsed.get(key);
  if (hit) return hit;
  const spec = nodeKind(kind);
  const r = spec?.params.safeParse(params);
  const out = r?.success ? { ok: true, value: r.data } : { ok: false, value: params };
  parsed.set(key, out);
  return out;
}
