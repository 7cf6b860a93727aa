/** The JSON Schema subset zod's `toJSONSchema` writes for node params, and how a form reads it. */
export interface JsonSchema {
  type?: string | string[];
  title?: string;
  description?: string;
  format?: string;
  enum?: unknown[];
  const?: unknown;
  default?: unknown;
  examples?: unknown[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  minItems?: number;
  maxItems?: number;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
}

export type Path = (string | number)[];

/** Which widget renders a schema. */
export type WidgetKind =
  | 'expression'
  | 'template'
  | 'duration'
  | 'businessHours'
  | 'timezone'
  | 'segment'
  | 'enum'
  | 'multiEnum'
  | 'boolean'
  | 'number'
  | 'text'
  | 'array'
  | 'object'
  | 'json';

/** Chooses the widget for a schema: `format` first (cel, template, duration, …), then the type. */
export function widgetFor(schema: JsonSchema): WidgetKind {
  switch (schema.format) {
    case 'cel':
      return 'expression';
    case 'template':
      return 'template';
    case 'duration':
      return 'duration';
    case 'business-hours':
      return 'businessHours';
    case 'timezone':
      return 'timezone';
    case 'segment':
      return 'segment';
  }
  if (enumValues(schema)) return 'enum';
  const alts = schema.anyOf ?? schema.oneOf;
  if (alts) {
    const nonNull = alts.filter((a) => a.type !== 'null');
    if (nonNull.length === 1) return widgetFor(nonNull[0]!);
    return 'json';
  }
  const type = Array.isArray(schema.type) ? schema.type.find((t) => t !== 'null') : schema.type;
  switch (type) {
    case 'boolean':
      return 'boolean';
    case 'integer':
    case 'number':
      return 'number';
    case 'string':
      return 'text';
    case 'array':
      return schema.items && enumValues(schema.items) ? 'multiEnum' : 'array';
    case 'object':
      return schema.properties ? 'object' : 'json';
    default:
      return 'json';
  }
}

/** The allowed values of an enum, a const, or a union of consts (e.g. `5 | 10`); undefined otherwise. */
export function enumValues(schema: JsonSchema): unknown[] | undefined {
  if (schema.enum) return schema.enum;
  if (schema.const !== undefined) return [schema.const];
  const alts = schema.anyOf ?? schema.oneOf;
  if (alts && alts.length > 0 && alts.every((a) => a.const !== undefined)) return alts.map((a) => a.const);
  return undefined;
}

/** A dotted key of a path, for lookups (`branches.0.condition`). */
export const pathKey = (path: Path): string => path.join('.');

/** The value at a path. */
export function getAt(value: unknown, path: Path): unknown {
  let v = value;
  for (const p of path)
    v = v === null || typeof v !== 'object' ? undefined : (v as Record<string | number, unknown>)[p];
  return v;
}

/** A copy of `root` with `value` at `path` (undefined removes an object key). */
export function setAt(root: unknown, path: Path, value: unknown): unknown {
  if (path.length === 0) return value;
  const [head, ...rest] = path as [string | number, ...Path];
  if (typeof head === 'number') {
    const list = Array.isArray(root) ? [...root] : [];
    list[head] = setAt(list[head], rest, value);
    return list;
  }
  const obj = root !== null && typeof root === 'object' && !Array.isArray(root) ? { ...(root as object) } : {};
  const next = setAt((obj as Record<string, unknown>)[head], rest, value);
  if (next === undefined) delete (obj as Record<string, unknown>)[head];
  else (obj as Record<string, unknown>)[head] = next;
  return obj;
}

/** A starting value for a new array item, from its schema (defaults, first enum value, empty text). */
export function emptyValue(schema: JsonSchema | undefined): unknown {
  if (!schema) return '';
  if (schema.default !== undefined) return structuredClone(schema.default);
  const w = widgetFor(schema);
  switch (w) {
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const k of schema.required ?? []) out[k] = emptyValue(schema.properties?.[k]);
      return out;
    }
    case 'array':
    case 'multiEnum':
      return [];
    case 'number':
      return schema.minimum ?? 0;
    case 'boolean':
      return false;
    case 'enum':
      return enumValues(schema)?.[0];
    default:
      return '';
  }
}
