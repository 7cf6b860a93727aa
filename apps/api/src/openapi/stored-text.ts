import { MAX_JSON_DEPTH } from '../lib/json-guard';

/**
 * Writes into the OpenAPI document the rule every JSON body is held to (lib/json-guard.ts), wherever a schema leaves
 * text or JSON free: strings without a pattern, enum or format get the no-NUL pattern, objects that take more
 * properties than they name (free-form JSON, or fields a route ignores) take only JSON without NUL, and untyped
 * values are JSON without NUL. So the document states what the server enforces, and a client or a fuzzer reading it
 * sends nothing the server would refuse for a reason the document does not give.
 */

type Schema = Record<string, unknown>;

/** Name of the component holding any JSON value Ruta stores. */
export const JSON_VALUE = 'JsonValue';
const JSON_VALUE_REF = { $ref: `#/components/schemas/${JSON_VALUE}` };
const NO_NUL = '^[^\\u0000]*$';

/** Any JSON value without NUL in its strings or keys (nesting is bounded by the server, not by this schema). */
const JsonValue: Schema = {
  description: `Any JSON value: strings and keys without NUL (\\u0000) or unpaired surrogates, nested at most ${MAX_JSON_DEPTH} deep`,
  anyOf: [
    { type: 'string', pattern: NO_NUL },
    { type: 'number' },
    { type: 'boolean' },
    { type: 'null' },
    { type: 'array', items: JSON_VALUE_REF },
    { type: 'object', propertyNames: { pattern: NO_NUL }, additionalProperties: JSON_VALUE_REF },
  ],
};

const isSchema = (v: unknown): v is Schema => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Keys that hold one subschema, or a list or map of them. */
const ONE = ['items', 'additionalProperties', 'not', 'propertyNames', 'contains', 'if', 'then', 'else'];
const MANY = ['allOf', 'anyOf', 'oneOf', 'prefixItems'];
const MAP = ['properties', 'patternProperties', '$defs'];

/** Whether a schema says nothing about its value (`{}`, or only words). */
function unconstrained(s: Schema): boolean {
  return Object.keys(s).every((k) =>
    ['description', 'title', 'example', 'examples', 'default', 'deprecated'].includes(k),
  );
}

function constrain(s: Schema): Schema {
  if (typeof s.$ref === 'string') return s;
  if (unconstrained(s)) return { ...s, ...JSON_VALUE_REF };
  const out: Schema = { ...s };
  for (const k of ONE) if (isSchema(out[k])) out[k] = constrain(out[k] as Schema);
  for (const k of MANY)
    if (Array.isArray(out[k])) out[k] = (out[k] as unknown[]).map((v) => (isSchema(v) ? constrain(v) : v));
  for (const k of MAP) {
    if (isSchema(out[k])) {
      out[k] = Object.fromEntries(
        Object.entries(out[k] as Schema).map(([n, v]) => [n, isSchema(v) ? constrain(v) : v]),
      );
    }
  }
  const types = [out.type].flat();
  if (
    types.includes('string') &&
    out.pattern === undefined &&
    out.enum === undefined &&
    out.const === undefined &&
    out.format === undefined
  ) {
    out.pattern = NO_NUL;
  }
  if (types.includes('object') || out.properties !== undefined) {
    if (out.additionalProperties === undefined || out.additionalProperties === true)
      out.additionalProperties = JSON_VALUE_REF;
    if (out.additionalProperties !== false && out.propertyNames === undefined) out.propertyNames = { pattern: NO_NUL };
  }
  return out;
}

/** Walks a whole OpenAPI 3.1 document (component schemas, parameters, bodies, responses) and adds the rule. */
export function withStoredTextRule<D extends object>(document: D): D {
  const doc = structuredClone(document) as Schema;
  const visit = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(visit);
    if (!isSchema(node)) return node;
    return Object.fromEntries(
      Object.entries(node).map(([k, v]) => [k, k === 'schema' && isSchema(v) ? constrain(v) : visit(v)]),
    );
  };
  const components = (doc.components ?? {}) as Schema;
  const schemas = Object.fromEntries(
    Object.entries((components.schemas ?? {}) as Schema).map(([n, v]) => [n, isSchema(v) ? constrain(v) : v]),
  );
  return {
    ...doc,
    paths: visit(doc.paths),
    components: { ...components, schemas: { ...schemas, [JSON_VALUE]: JsonValue } },
  } as D;
}
