/**
 * Between JSON and CEL: the declared types and conversions of values.ts, and the conversion of cel-js results
 * (including its optional and unsigned values) back to plain JSON.
 */
import { Optional } from '@marcbachmann/cel-js';
import { UnsignedInt } from '@marcbachmann/cel-js/evaluator';
import type { Json } from '../journey';
import { plainJson } from './values';

export {
  type Conformer,
  celSchema,
  celTypeName,
  conformer,
  parseTypeName,
  type TypeNode,
  typeName,
  typeNode,
  zeroValue,
} from './values';

function celObject(value: object): Json | undefined {
  if (value instanceof Optional) return value.hasValue() ? toJson(value.value()) : null;
  if (value instanceof UnsignedInt) return Number(value.valueOf());
  return undefined;
}

/** Turns a cel-js result into plain JSON (see plainJson). */
export function toJson(value: unknown): Json {
  return plainJson(value, celObject);
}
