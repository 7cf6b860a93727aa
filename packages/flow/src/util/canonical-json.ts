/**
 * Canonical JSON: the same value always gives the same text, whatever the key order it was built with. Used
 * for hashing and comparing documents.
 *
 * - Object keys sorted by UTF-16 code units (as RFC 8785 / JCS); properties whose value is `undefined`, a
 *   function or a symbol are left out; symbol keys are ignored.
 * - In arrays, `undefined`, functions and symbols become `null` (as JSON.stringify).
 * - Numbers in JavaScript's shortest round-trip form (as JSON.stringify and JCS), `-0` as `0`; NaN and
 *   ±Infinity throw instead of silently becoming `null`.
 * - `toJSON()` is honoured (Dates become ISO strings). BigInt, Map, Set and cycles throw a TypeError.
 * - No whitespace.
 */
export function canonicalJson(value: unknown): string {
  const out = write(value, '', new Set(), '$');
  if (out === undefined) throw new TypeError('canonicalJson: the value is undefined, a function or a symbol');
  return out;
}

function write(value: unknown, key: string, seen: Set<object>, path: string): string | undefined {
  if (value !== null && typeof value === 'object' && typeof (value as { toJSON?: unknown }).toJSON === 'function') {
    value = (value as { toJSON: (key: string) => unknown }).toJSON(key);
  }
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value);
    case 'boolean':
      return value ? 'true' : 'false';
    case 'number':
      if (!Number.isFinite(value)) throw new TypeError(`canonicalJson: ${value} at ${path} is not a JSON number`);
      return Object.is(value, -0) ? '0' : String(value);
    case 'bigint':
      throw new TypeError(`canonicalJson: BigInt at ${path} is not JSON; convert it to a string or number`);
    case 'undefined':
    case 'function':
    case 'symbol':
      return undefined;
  }
  if (value === null) return 'null';
  const obj = value as object;
  if (obj instanceof Map || obj instanceof Set) {
    throw new TypeError(`canonicalJson: ${obj instanceof Map ? 'Map' : 'Set'} at ${path} is not JSON`);
  }
  if (seen.has(obj)) throw new TypeError(`canonicalJson: circular reference at ${path}`);
  seen.add(obj);
  let text: string;
  if (Array.isArray(obj)) {
    const items: string[] = [];
    for (let i = 0; i < obj.length; i++) items.push(write(obj[i], String(i), seen, `${path}[${i}]`) ?? 'null');
    text = `[${items.join(',')}]`;
  } else {
    const record = obj as Record<string, unknown>;
    const members: string[] = [];
    for (const k of Object.keys(record).sort()) {
      const v = write(record[k], k, seen, `${path}.${k}`);
      if (v !== undefined) members.push(`${JSON.stringify(k)}:${v}`);
    }
    text = `{${members.join(',')}}`;
  }
  seen.delete(obj);
  return text;
}
