/**
 * Between JSON and expression values (no dependency on cel-js, so workflow code can load it alone): declared types (`ValueType`), their zero values, and the conversions that make
 * plain journey JSON look like what the type checker promised (ints as BigInt, missing fields filled)
 * and turn CEL results back into plain JSON.
 */
import type { ValueType } from '../catalog/types';
import type { Json } from '../journey';
import { BoundedCache } from './cache';

/** A declared type, parsed once so conversions do not re-read type strings on every evaluation. */
export type TypeNode =
  | { kind: 'string' | 'double' | 'int' | 'bool' | 'timestamp' | 'dyn' }
  | { kind: 'list'; of: TypeNode }
  | { kind: 'map'; value: TypeNode }
  | { kind: 'object'; fields: [string, TypeNode][] };

const DYN: TypeNode = { kind: 'dyn' };

/**
 * Names catalog authors might use for the CEL ones. `uint` becomes `int` (no JSON distinction), and
 * `duration`/`bytes` become strings because JSON carries them as text; anything unknown is `dyn`
 * so a typo in a catalog never breaks every expression of a flow.
 */
const ALIASES: Record<string, TypeNode> = {
  string: { kind: 'string' },
  text: { kind: 'string' },
  duration: { kind: 'string' },
  bytes: { kind: 'string' },
  double: { kind: 'double' },
  number: { kind: 'double' },
  float: { kind: 'double' },
  int: { kind: 'int' },
  integer: { kind: 'int' },
  uint: { kind: 'int' },
  bool: { kind: 'bool' },
  boolean: { kind: 'bool' },
  timestamp: { kind: 'timestamp' },
  'google.protobuf.Timestamp': { kind: 'timestamp' },
  list: { kind: 'list', of: DYN },
  map: { kind: 'map', value: DYN },
  object: { kind: 'map', value: DYN },
};

const parsedNames = new BoundedCache<string, TypeNode>(512);

/** Parses a CEL type name such as `list<string>` or `map<string, dyn>`. */
export function parseTypeName(name: string): TypeNode {
  const cached = parsedNames.get(name);
  if (cached) return cached;
  return parsedNames.set(name, parseName(name.trim()));
}

function parseName(name: string): TypeNode {
  const alias = ALIASES[name];
  if (alias && Object.hasOwn(ALIASES, name)) return alias;
  const generic = /^(list|map)\s*<(.*)>$/.exec(name);
  if (!generic) return DYN;
  const args = splitTopLevel(generic[2] ?? '');
  if (generic[1] === 'list' && args.length === 1) return { kind: 'list', of: parseName(args[0]!) };
  // JSON object keys are always strings, so every map is keyed by string whatever was declared.
  if (generic[1] === 'map' && args.length === 2) return { kind: 'map', value: parseName(args[1]!) };
  return DYN;
}

function splitTopLevel(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '<') depth++;
    else if (c === '>') depth--;
    else if (c === ',' && depth === 0) {
      out.push(text.slice(start, i).trim());
      start = i + 1;
    }
  }
  out.push(text.slice(start).trim());
  return out;
}

const objectNodes = new WeakMap<object, TypeNode>();

/** Parses a `ValueType` (type name or object of fields). */
export function typeNode(type: ValueType): TypeNode {
  if (typeof type === 'string') return parseTypeName(type);
  const cached = objectNodes.get(type);
  if (cached) return cached;
  // A "__proto__" field could not be assigned as data on a plain object, so it is not a field.
  const fields = Object.entries(type).filter(([k]) => k !== '__proto__');
  const node: TypeNode = { kind: 'object', fields: fields.map(([k, v]) => [k, typeNode(v)]) };
  objectNodes.set(type, node);
  return node;
}

/** The canonical name of a type as shown to people (`object` for a record of fields). */
export function typeName(node: TypeNode): string {
  switch (node.kind) {
    case 'list':
      return `list<${typeName(node.of)}>`;
    case 'map':
      return `map<string, ${typeName(node.value)}>`;
    case 'object':
      return 'object';
    default:
      return node.kind;
  }
}

/** The name cel-js knows the type by (its timestamp is the protobuf one). */
export function celTypeName(node: TypeNode): string {
  switch (node.kind) {
    case 'timestamp':
      return 'google.protobuf.Timestamp';
    case 'list':
      return `list<${celTypeName(node.of)}>`;
    case 'map':
      return `map<string, ${celTypeName(node.value)}>`;
    case 'object':
      return 'map<string, dyn>';
    default:
      return node.kind;
  }
}

/** A cel-js schema (object of field types) for a record type. */
export function celSchema(node: TypeNode & { kind: 'object' }): Record<string, unknown> {
  const schema: [string, unknown][] = node.fields.map(([k, f]) => [
    k,
    f.kind === 'object' ? celSchema(f) : celTypeName(f),
  ]);
  return Object.fromEntries(schema);
}

const EPOCH = '1970-01-01T00:00:00.000Z';

/** The value a declared field has when nothing was stored: '' / 0 / false / [] / {} / nested zeros. */
export function zeroValue(type: ValueType): Json {
  return zeroOf(typeNode(type));
}

function zeroOf(node: TypeNode): Json {
  switch (node.kind) {
    case 'string':
      return '';
    case 'double':
    case 'int':
      return 0;
    case 'bool':
      return false;
    case 'timestamp':
      return EPOCH;
    case 'list':
      return [];
    case 'map':
      return {};
    case 'object':
      return Object.fromEntries(node.fields.map(([k, f]) => [k, zeroOf(f)]));
    default:
      return null;
  }
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

const EMPTY: Record<string, unknown> = Object.freeze({});

/** A function that makes a JSON value fit one declared type; built once per type, run per evaluation. */
export type Conformer = (value: unknown) => unknown;

const conformers = new WeakMap<TypeNode, Conformer>();

/**
 * Makes a JSON value fit its declared type for cel-js: missing or mismatched values become the zero
 * value (so `reply.text == "si"` is false before any reply instead of an error), JSON numbers become
 * BigInt where `int` was declared, ISO strings become dates where `timestamp` was declared.
 * Only own keys are read, so inherited properties such as `constructor` are never reachable.
 */
export function conformer(node: TypeNode): Conformer {
  let fn = conformers.get(node);
  if (!fn) {
    fn = buildConformer(node);
    conformers.set(node, fn);
  }
  return fn;
}

function buildConformer(node: TypeNode): Conformer {
  switch (node.kind) {
    case 'string':
      return (v) => (typeof v === 'string' ? v : typeof v === 'number' || typeof v === 'boolean' ? String(v) : '');
    case 'double':
      return (v) => (typeof v === 'number' && Number.isFinite(v) ? v : 0);
    case 'int':
      return (v) => (typeof v === 'number' && Number.isFinite(v) ? BigInt(Math.trunc(v)) : 0n);
    case 'bool':
      return (v) => v === true;
    case 'timestamp':
      return (v) => {
        const date = typeof v === 'string' || typeof v === 'number' ? new Date(v) : new Date(0);
        return Number.isNaN(date.getTime()) ? new Date(0) : date;
      };
    case 'list': {
      if (node.of.kind === 'dyn') return (v) => (Array.isArray(v) ? v : []);
      const item = conformer(node.of);
      return (v) => (Array.isArray(v) ? v.map(item) : []);
    }
    case 'map': {
      if (node.value.kind === 'dyn') return (v) => (isRecord(v) ? v : {});
      const value = conformer(node.value);
      // fromEntries defines own properties, so a "__proto__" key stays data.
      return (v) => (isRecord(v) ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, value(x)])) : {});
    }
    case 'object': {
      const fields = node.fields.map(([k, f]): [string, Conformer] => [k, conformer(f)]);
      return (v) => {
        const src = isRecord(v) ? v : EMPTY;
        const out: Record<string, unknown> = {};
        for (const [k, field] of fields) out[k] = field(Object.hasOwn(src, k) ? src[k] : undefined);
        return out;
      };
    }
    default:
      return (v) => (v === undefined ? null : v);
  }
}

/**
 * Turns an evaluation result into plain JSON: BigInt → number, Map and typed records → objects,
 * timestamps → ISO strings, non-finite doubles → null (JSON has no Infinity). `other` converts the objects of
 * an evaluator's own classes (cel-js's optional and unsigned values, see types.ts).
 */
export function plainJson(value: unknown, other?: (value: object) => Json | undefined): Json {
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return value;
    case 'number':
      return Number.isFinite(value) ? value : null;
    case 'bigint':
      return Number(value);
    case 'object':
      return objectToJson(value, other);
    default:
      return null;
  }
}

function objectToJson(value: object | null, other?: (value: object) => Json | undefined): Json {
  if (value === null) return null;
  const json = (v: unknown) => plainJson(v, other);
  if (Array.isArray(value)) return value.map(json);
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString();
  if (value instanceof Map) {
    const entries: [string, Json][] = [];
    for (const [k, v] of value) entries.push([String(k), json(v)]);
    return Object.fromEntries(entries);
  }
  if (value instanceof Set) return [...value].map(json);
  if (value instanceof Uint8Array) return [...value];
  const proto = Object.getPrototypeOf(value);
  if (proto === Object.prototype || proto === null) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, json(v)]));
  }
  return other?.(value) ?? String(value);
}
