/**
 * Custom activities: the template rule of their input, and the CEL type of their output.
 *
 * ## The input rule
 * A `custom` node's `input` is plain JSON whose **string values are templates**:
 * - every string (at any depth) is checked as a template: its `{{ expression }}` placeholders must be
 *   well written and use known values;
 * - a string that is **entirely one placeholder** (`"{{ nodes.n_lookup.openTickets }}"`, nothing else
 *   around it but spaces) stands for the expression's value itself, not its text. It is accepted
 *   wherever the activity's input schema wants another type (number, yes/no, list, object…); when the
 *   schema wants a number, yes/no or text, the expression's type is checked against it. The interpreter
 *   renders it to the raw value (see {@link wholePlaceholder});
 * - a string with placeholders mixed into text is text; it passes the schema's string checks
 *   (length, format, pattern) because its final value is only known when the journey runs;
 * - everything else (numbers, yes/no, strings without placeholders, missing fields) must satisfy the schema.
 */
import { z } from 'zod';
import type { ValueType } from '../catalog/types';

/**
 * The expression of a string that is exactly one `{{ … }}` placeholder, or undefined.
 * Shared rule: the interpreter renders such a string to the expression's raw value.
 */
export function wholePlaceholder(text: string): string | undefined {
  const t = text.trim();
  if (t.length < 5 || !t.startsWith('{{') || !t.endsWith('}}')) return undefined;
  const inner = t.slice(2, -2);
  if (inner.includes('{{') || inner.includes('}}')) return undefined;
  const expr = inner.trim();
  return expr.length > 0 ? expr : undefined;
}

/** True when the string has at least one placeholder. */
export const hasPlaceholder = (text: string): boolean => text.includes('{{');

/** Every string inside a JSON value, with its path. */
export function stringLeaves(
  value: unknown,
  path: (string | number)[] = [],
): { path: (string | number)[]; text: string }[] {
  const out: { path: (string | number)[]; text: string }[] = [];
  const walk = (v: unknown, p: (string | number)[]) => {
    if (typeof v === 'string') out.push({ path: p, text: v });
    else if (Array.isArray(v)) {
      for (const [i, x] of v.entries()) walk(x, [...p, i]);
    } else if (v !== null && typeof v === 'object') {
      for (const k of Object.keys(v).sort()) walk((v as Record<string, unknown>)[k], [...p, k]);
    }
  };
  walk(value, path);
  return out;
}

/** The part of JSON Schema that types are read from. */
export type JsonSchema = {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  additionalProperties?: boolean | JsonSchema;
  items?: JsonSchema | JsonSchema[];
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  enum?: unknown[];
  const?: unknown;
  format?: string;
  required?: string[];
};

function scalarOf(v: unknown): string {
  if (typeof v === 'string') return 'string';
  if (typeof v === 'boolean') return 'bool';
  if (typeof v === 'number') return Number.isInteger(v) ? 'int' : 'double';
  return 'dyn';
}

function fromJsonSchema(s: JsonSchema | undefined, depth: number): ValueType {
  if (!s || depth > 8) return 'dyn';
  if (s.const !== undefined) return scalarOf(s.const);
  if (s.enum && s.enum.length > 0) {
    const kinds = new Set(s.enum.map(scalarOf));
    return kinds.size === 1 ? ([...kinds][0] as string) : 'dyn';
  }
  const alts = s.anyOf ?? s.oneOf;
  if (alts) {
    const nonNull = alts.filter((a) => a.type !== 'null');
    if (nonNull.length === 1) return fromJsonSchema(nonNull[0], depth + 1);
    const types = nonNull.map((a) => fromJsonSchema(a, depth + 1));
    const first = JSON.stringify(types[0]);
    return types.every((t) => JSON.stringify(t) === first) && types[0] !== undefined ? types[0] : 'dyn';
  }
  if (s.allOf && s.allOf.length === 1) return fromJsonSchema(s.allOf[0], depth + 1);
  const type = Array.isArray(s.type) ? s.type.filter((t) => t !== 'null') : s.type ? [s.type] : [];
  if (type.length !== 1) return 'dyn';
  switch (type[0]) {
    case 'string':
      return 'string';
    case 'integer':
      return 'int';
    case 'number':
      return 'double';
    case 'boolean':
      return 'bool';
    case 'array': {
      const item = Array.isArray(s.items) ? undefined : fromJsonSchema(s.items, depth + 1);
      if (item === undefined) return 'list<dyn>';
      return typeof item === 'string' ? `list<${item}>` : 'list<map<string, dyn>>';
    }
    case 'object': {
      if (s.properties && Object.keys(s.properties).length > 0) {
        const out: { [field: string]: ValueType } = {};
        for (const k of Object.keys(s.properties).sort()) out[k] = fromJsonSchema(s.properties[k], depth + 1);
        return out;
      }
      if (s.additionalProperties && typeof s.additionalProperties === 'object') {
        const v = fromJsonSchema(s.additionalProperties, depth + 1);
        return `map<string, ${typeof v === 'string' ? v : 'dyn'}>`;
      }
      return 'map<string, dyn>';
    }
    default:
      return 'dyn';
  }
}

/** The CEL type a JSON Schema describes (see {@link outputValueType}). */
export function jsonSchemaValueType(schema: JsonSchema | undefined): ValueType {
  return fromJsonSchema(schema, 0);
}

/**
 * The CEL type of a custom activity's output (`nodes.<id>.…` in expressions): objects become field types,
 * `z.number().int()` → int, `z.number()` → double, booleans → bool, arrays → list<…>, records → map<string, …>;
 * anything else (unions of different types, dates, transforms) → dyn. No output schema → `map<string, dyn>`.
 */
export function outputValueType(schema: z.ZodType | undefined): ValueType {
  if (!schema) return 'map<string, dyn>';
  try {
    const json = z.toJSONSchema(schema, { io: 'output', unrepresentable: 'any' }) as JsonSchema;
    return fromJsonSchema(json, 0);
  } catch {
    return 'map<string, dyn>';
  }
}
