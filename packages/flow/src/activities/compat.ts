import { type JsonSchema, jsonSchemaValueType } from '../compiler/custom';
import type { Localized } from '../i18n';

/**
 * A change to an activity's contract that can break flows already using it: a field removed (an input flows set is
 * dropped; an output expressions read is gone), an input field newly required (flows do not send it), or a field whose
 * type changed. Adding an optional input field or a new output field is compatible and is not listed.
 */
export interface ContractChange {
  side: 'input' | 'output';
  kind: 'removed' | 'newly_required' | 'type_changed';
  /** The field, from the top of the input or output (`['address', 'city']`). */
  path: string[];
  /** The field's type before and after, in the expression language's words (`string`, `int`, `list<string>`). */
  before?: string;
  after?: string;
  message: Localized;
}

type Side = ContractChange['side'];
type Schemas = { input: Record<string, unknown>; output: Record<string, unknown> };

/**
 * The incompatible changes from one contract to the next (empty: compatible).
 *
 * @example
 * contractChanges(v1, { ...v1, output: withoutTheUrlField }); // [{ side: 'output', kind: 'removed', path: ['url'], … }]
 */
export function contractChanges(before: Schemas, after: Schemas): ContractChange[] {
  return [
    ...compare('input', before.input as JsonSchema, after.input as JsonSchema, []),
    ...compare('output', before.output as JsonSchema, after.output as JsonSchema, []),
  ];
}

/** An object schema's properties and required list, looking through `T | null` and single `allOf`. */
function objectOf(
  s: JsonSchema | undefined,
): { properties: Record<string, JsonSchema>; required: string[] } | undefined {
  if (!s) return undefined;
  const alts = s.anyOf ?? s.oneOf;
  if (alts) {
    const nonNull = alts.filter((a) => a.type !== 'null');
    return nonNull.length === 1 ? objectOf(nonNull[0]) : undefined;
  }
  if (s.allOf && s.allOf.length === 1) return objectOf(s.allOf[0]);
  if (!s.properties) return undefined;
  return { properties: s.properties, required: s.required ?? [] };
}

const typeName = (s: JsonSchema | undefined): string => {
  const t = jsonSchemaValueType(s);
  return typeof t === 'string' ? t : 'map';
};

function compare(side: Side, before: JsonSchema | undefined, after: JsonSchema | undefined, path: string[]) {
  const out: ContractChange[] = [];
  const a = objectOf(before);
  const b = objectOf(after);
  if (!a || !b) {
    const from = a ? 'map' : typeName(before);
    const to = b ? 'map' : typeName(after);
    if (path.length > 0 && from !== to) out.push(change(side, 'type_changed', path, from, to));
    return out;
  }
  for (const key of Object.keys(a.properties).sort()) {
    const p = [...path, key];
    if (!Object.hasOwn(b.properties, key)) {
      out.push(change(side, 'removed', p, typeName(a.properties[key])));
      continue;
    }
    out.push(...compare(side, a.properties[key], b.properties[key], p));
  }
  if (side === 'input') {
    for (const key of b.required.filter((k) => !a.required.includes(k)).sort()) {
      out.push(change(side, 'newly_required', [...path, key], undefined, typeName(b.properties[key])));
    }
  }
  return out;
}

function change(side: Side, kind: ContractChange['kind'], path: string[], before?: string, after?: string) {
  const field = path.join('.');
  const where = { es: side === 'input' ? 'de entrada' : 'de salida', en: side === 'input' ? 'input' : 'output' };
  const message: Localized =
    kind === 'removed'
      ? {
          es: `El campo ${where.es} «${field}» ya no existe.`,
          en: `The ${where.en} field "${field}" no longer exists.`,
        }
      : kind === 'newly_required'
        ? {
            es: `El campo ${where.es} «${field}» ahora es obligatorio.`,
            en: `The ${where.en} field "${field}" is now required.`,
          }
        : {
            es: `El campo ${where.es} «${field}» cambió de tipo: antes ${before}, ahora ${after}.`,
            en: `The ${where.en} field "${field}" changed type: was ${before}, now ${after}.`,
          };
  return {
    side,
    kind,
    path,
    ...(before !== undefined ? { before } : {}),
    ...(after !== undefined ? { after } : {}),
    message,
  } satisfies ContractChange;
}
