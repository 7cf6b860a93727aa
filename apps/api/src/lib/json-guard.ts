/**
 * What text and JSON Ruta stores, decided once: everything is kept as sent, except what PostgreSQL (text, jsonb) or
 * a faithful round trip cannot hold, which is refused with the field's path:
 * - NUL (U+0000): PostgreSQL text and jsonb cannot store it;
 * - unpaired UTF-16 surrogates: they are not Unicode text and cannot be encoded as UTF-8;
 * - JSON nested deeper than {@link MAX_JSON_DEPTH}: no real payload needs it, and deep values exhaust recursive code;
 * - numbers JSON.parse turned into ±Infinity (`1e400`): they would be stored as `null`.
 */

/** Deepest nesting of objects and arrays accepted in free-form JSON (event data, attributes, documents). */
export const MAX_JSON_DEPTH = 32;

/** NUL, or a surrogate that is not part of a pair (a pair reads as one astral code point under the `u` flag). */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding NUL is the point
const UNSTORABLE = /[\u0000\p{Cs}]/u;

/** Why a string cannot be stored, or null when it can. */
export function textProblem(value: string): string | null {
  const found = UNSTORABLE.exec(value);
  if (!found) return null;
  return found[0] === '\u0000'
    ? 'NUL characters (\\u0000) are not allowed'
    : 'Unpaired UTF-16 surrogates (e.g. \\ud800) are not allowed: send valid Unicode text';
}

/** One value Ruta cannot store, with its path from the value given. */
export interface JsonProblem {
  path: (string | number)[];
  message: string;
}

/**
 * The problems of a parsed JSON value, at most `max` of them. Walks with its own stack, so a value nested thousands
 * deep is reported, not a stack overflow.
 */
export function jsonProblems(value: unknown, maxDepth = MAX_JSON_DEPTH, max = 20): JsonProblem[] {
  const problems: JsonProblem[] = [];
  const stack: { value: unknown; path: (string | number)[] }[] = [{ value, path: [] }];
  while (stack.length > 0 && problems.length < max) {
    const { value: v, path } = stack.pop()!;
    if (typeof v === 'string') {
      const problem = textProblem(v);
      if (problem) problems.push({ path, message: problem });
    } else if (typeof v === 'number') {
      if (!Number.isFinite(v)) problems.push({ path, message: 'Numbers must be finite (this one overflows)' });
    } else if (v !== null && typeof v === 'object') {
      if (path.length >= maxDepth) {
        problems.push({ path, message: `JSON may nest at most ${maxDepth} objects or arrays deep` });
        continue;
      }
      if (Array.isArray(v)) {
        for (let i = v.length - 1; i >= 0; i--) stack.push({ value: v[i], path: [...path, i] });
        continue;
      }
      const keys = Object.keys(v);
      for (let i = keys.length - 1; i >= 0; i--) {
        const key = keys[i]!;
        const problem = textProblem(key);
        if (problem) problems.push({ path, message: `A key: ${problem}` });
        else stack.push({ value: (v as Record<string, unknown>)[key], path: [...path, key] });
      }
    }
  }
  return problems;
}
