/**
 * Compiled expressions: the small, JSON-serializable tree the compiler stores in the plan for every expression it
 * checked (see lower.ts), and the evaluator that runs it. Workflow code evaluates these instead of loading cel-js,
 * whose standard library would otherwise be registered again for every workflow (modules are isolated per
 * workflow), and instead of parsing and type-checking expressions the compiler already checked.
 *
 * The evaluator gives what cel-js gives on the same values: the same results (ints as BigInt, doubles as
 * numbers), the same error codes and texts, and the same cost on the meter (one unit per node below the root,
 * plus the size of long texts and lists, plus RE2 scans; see budget.ts). expr/program.test.ts checks this over
 * every expression of the samples and of the expression tests. Whatever the lowering does not cover is left
 * out of the plan, and evaluates through cel-js.
 */
import type { ExprErrorCode } from './error';
import { ExpressionError } from './error';
import { msg, type Text } from './messages';
import { REGEX_UNITS_PER_CHAR, spend, tick } from './meter';
import type { compilePattern } from './re2';

/**
 * One node. Tuples keep plans small: `v` a literal (double, text, bool, null), `i` an int literal (decimal
 * text, JSON has no BigInt), `id` a root or an iteration variable, `.` a field (object, key, the object's source
 * for messages), `[]` an index (object, index, the object's source, the index's), `!`/`neg` the unary operators, `&&`/`||`/`?:`,
 * `op` a binary operator, `list`/`map` literals, `call`/`rcall` functions and methods, `has` the macro (root,
 * keys, the source before each key); the source texts are '' where chainText/literalText give them back, `re` `matches()` with its pattern.
 */
export type Program =
  | ['v', string | number | boolean | null]
  | ['i', string]
  | ['id', string]
  | ['.', Program, string, string]
  | ['[]', Program, Program, string, string]
  | ['!', Program]
  | ['neg', Program]
  | ['&&', Program, Program]
  | ['||', Program, Program]
  | ['?:', Program, Program, Program]
  | ['op', BinaryOp, Program, Program]
  | ['list', Program[]]
  | ['map', [Program, Program][]]
  | ['call', CallName, Program[]]
  | ['rcall', MethodName, Program, Program[]]
  | ['has', Program, string[], string[]]
  | ['re', Program, string];

/** Binary operators the evaluator runs. */
export const BINARY_OPS = ['==', '!=', '<', '<=', '>', '>=', '+', '-', '*', '/', '%', 'in'] as const;
/** A binary operator. */
export type BinaryOp = (typeof BINARY_OPS)[number];
/** Global functions the evaluator runs. */
export const CALLS = ['size', 'string', 'int', 'double'] as const;
/** A global function. */
export type CallName = (typeof CALLS)[number];
/** Methods the evaluator runs (`matches` is its own node). */
export const METHODS = ['size', 'contains', 'startsWith', 'endsWith', 'lowerAscii', 'upperAscii', 'join'] as const;
/** A method. */
export type MethodName = (typeof METHODS)[number];

const MAX_INT = 9223372036854775807n;
const MIN_INT = -9223372036854775808n;

/** A run-time failure, turned into the ExpressionError cel-js's error would have become (see evaluate.ts). */
class Failure extends ExpressionError {}
const fail = (code: ExprErrorCode, text: Text, detail: string) => new Failure(code, text, detail);
const generic = (detail: string) => fail('expr_runtime', msg.runtimeGeneric(), detail);

/** cel-js's name for a value's type, as far as the error texts need it (typeWords reads only the kind). */
function kind(v: unknown): string {
  switch (typeof v) {
    case 'string':
      return 'string';
    case 'bigint':
      return 'int';
    case 'number':
      return 'double';
    case 'boolean':
      return 'bool';
    default:
      if (v === null || v === undefined) return 'null';
      if (Array.isArray(v)) return 'list';
      if (v instanceof Date) return 'google.protobuf.Timestamp';
      return 'map';
  }
}

const noOverload = (op: string, a: unknown, b: unknown) =>
  fail('expr_runtime', msg.runtimeTypes(op, kind(a), kind(b)), `no such overload: ${kind(a)} ${op} ${kind(b)}`);

const int = (v: bigint) => {
  if (v > MAX_INT || v < MIN_INT) throw fail('expr_runtime', msg.overflow(), `integer overflow: ${v}`);
  return v;
};

const isMap = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Date);

const numeric = (v: unknown): v is number | bigint => typeof v === 'number' || typeof v === 'bigint';

/** Numeric equality across int (BigInt) and double, exact for large ints. */
function sameNumber(a: number | bigint, b: number | bigint): boolean {
  if (typeof a === typeof b) return a === b;
  const [i, d] = typeof a === 'bigint' ? [a, b as number] : [b as bigint, a];
  return Number.isInteger(d) && BigInt(d) === i;
}

/** CEL equality as cel-js computes it: numbers across int and double, lists and maps deeply, else same kind. */
function equal(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  // Int against double compares the numbers, as CEL (and cel-js) does.
  if (typeof a === 'bigint' || typeof a === 'number') return numeric(b) && sameNumber(a, b);
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) return Array.isArray(b) && a.length === b.length && a.every((x, i) => equal(x, b[i]));
  if (a instanceof Date) return b instanceof Date && a.getTime() === b.getTime();
  if (Array.isArray(b) || b instanceof Date) return false;
  const ka = Object.keys(a);
  const rb = b as Record<string, unknown>;
  return (
    ka.length === Object.keys(rb).length &&
    ka.every((k) => Object.hasOwn(rb, k) && equal((a as Record<string, unknown>)[k], rb[k]))
  );
}

function compare(op: '<' | '<=' | '>' | '>=', a: unknown, b: unknown): boolean {
  const ok =
    (numeric(a) && numeric(b)) ||
    (typeof a === typeof b && (typeof a === 'string' || typeof a === 'boolean')) ||
    (a instanceof Date && b instanceof Date);
  if (!ok) throw noOverload(op, a, b);
  const [x, y] = a instanceof Date ? [a.getTime(), (b as Date).getTime()] : [a as number, b as number];
  switch (op) {
    case '<':
      return x < y;
    case '<=':
      return x <= y;
    case '>':
      return x > y;
    case '>=':
      return x >= y;
  }
}

function arithmetic(op: '+' | '-' | '*' | '/' | '%', a: unknown, b: unknown): unknown {
  if (typeof a === 'bigint' && typeof b === 'bigint') {
    switch (op) {
      case '+':
        return int(a + b);
      case '-':
        return int(a - b);
      case '*':
        return int(a * b);
      case '/':
        if (b === 0n) throw fail('expr_runtime', msg.divideByZero(), 'division by zero');
        return a / b;
      case '%':
        if (b === 0n) throw fail('expr_runtime', msg.divideByZero(), 'modulo by zero');
        return a % b;
    }
  }
  if (op !== '%' && numeric(a) && numeric(b)) {
    const [x, y] = [Number(a), Number(b)];
    return op === '+' ? x + y : op === '-' ? x - y : op === '*' ? x * y : x / y;
  }
  if (op === '+' && typeof a === 'string' && typeof b === 'string') return a + b;
  if (op === '+' && Array.isArray(a) && Array.isArray(b)) return [...a, ...b];
  throw noOverload(op, a, b);
}

function binary(op: BinaryOp, a: unknown, b: unknown): unknown {
  switch (op) {
    case '==':
      return equal(a, b);
    case '!=':
      return !equal(a, b);
    case '<':
    case '<=':
    case '>':
    case '>=':
      return compare(op, a, b);
    case 'in':
      if (Array.isArray(b)) return b.some((x) => equal(a, x));
      if (isMap(b)) return typeof a === 'string' && Object.hasOwn(b, a) && b[a] !== undefined;
      throw noOverload(op, a, b);
    default:
      return arithmetic(op, a, b);
  }
}

/** A field of a value, or undefined (has() asks without failing). */
function fieldOf(obj: unknown, key: string): unknown {
  return isMap(obj) && !(obj instanceof Map) && Object.hasOwn(obj, key) ? obj[key] : undefined;
}

const missingKey = (prefix: string, key: string) =>
  fail('expr_missing_value', msg.missingKey(prefix, key), `No such key: ${key}`);

function index(obj: unknown, at: unknown, prefix: string, keyText: string): unknown {
  if (Array.isArray(obj)) {
    if (typeof at !== 'bigint' && !(typeof at === 'number' && Number.isInteger(at))) throw noOverload('[]', obj, at);
    const i = Number(at);
    if (i < 0 || i >= obj.length)
      throw fail('expr_missing_value', msg.missingIndex(prefix), `index out of bounds, index ${i}`);
    return obj[i];
  }
  if (isMap(obj) && typeof at === 'string') {
    const v = fieldOf(obj, at);
    if (v === undefined) throw missingKey(prefix, keyText);
    return v;
  }
  if (isMap(obj) || obj === null) throw missingKey(prefix, keyText);
  throw noOverload('[]', obj, at);
}

/** Counts what a node produces, as the meter counts cel-js's nodes. */
function charged<T>(value: T): T {
  if (typeof value === 'string') {
    if (value.length >= 256) spend(value.length >> 8);
  } else if (Array.isArray(value) && value.length >= 16) spend(value.length >> 4);
  return value;
}

const strings = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');

function call(name: CallName, args: unknown[]): unknown {
  const [v] = args;
  switch (name) {
    case 'size':
      if (typeof v === 'string') return BigInt([...v].length);
      if (Array.isArray(v)) return BigInt(v.length);
      if (isMap(v)) return BigInt(Object.keys(v).length);
      break;
    case 'string':
      if (typeof v === 'string') return v;
      if (typeof v === 'boolean' || typeof v === 'bigint') return `${v}`;
      if (typeof v === 'number') return v === Infinity ? '+Inf' : v === -Infinity ? '-Inf' : `${v}`;
      break;
    case 'int':
      if (typeof v === 'bigint') return v;
      if (typeof v === 'number') {
        if (Number.isFinite(v)) return BigInt(Math.trunc(v));
        throw fail('expr_runtime', msg.overflow(), 'int() type error: integer overflow');
      }
      if (typeof v === 'string') {
        const bad = () => fail('expr_runtime', msg.conversion(), 'int() type error: cannot convert to int');
        if (v !== v.trim() || v.length > 20 || v.includes('0x')) throw bad();
        let n: bigint;
        try {
          n = BigInt(v);
        } catch {
          throw bad();
        }
        if (n <= MAX_INT && n >= MIN_INT) return n;
        throw bad();
      }
      break;
    case 'double':
      if (typeof v === 'number') return v;
      if (typeof v === 'bigint') return Number(v);
      if (typeof v === 'string') return doubleOf(v);
      break;
  }
  throw generic(`found no matching overload for '${name}(${args.map(kind).join(', ')})'`);
}

function doubleOf(v: string): number {
  const bad = () => generic('double() type error: cannot convert to double');
  if (!v || v !== v.trim()) throw bad();
  switch (v.toLowerCase()) {
    case 'inf':
    case '+inf':
    case 'infinity':
    case '+infinity':
      return Number.POSITIVE_INFINITY;
    case '-inf':
    case '-infinity':
      return Number.NEGATIVE_INFINITY;
    case 'nan':
      return Number.NaN;
  }
  const parsed = Number(v);
  if (Number.isNaN(parsed)) throw bad();
  return parsed;
}

function method(name: MethodName, recv: unknown, args: unknown[]): unknown {
  const [a] = args;
  if (typeof recv === 'string') {
    switch (name) {
      case 'size':
        if (args.length === 0) return BigInt([...recv].length);
        break;
      case 'contains':
        if (typeof a === 'string') return recv.includes(a);
        break;
      case 'startsWith':
        if (typeof a === 'string') return recv.startsWith(a);
        break;
      case 'endsWith':
        if (typeof a === 'string') return recv.endsWith(a);
        break;
      case 'lowerAscii':
        if (args.length === 0) return recv.toLowerCase();
        break;
      case 'upperAscii':
        if (args.length === 0) return recv.toUpperCase();
        break;
    }
  } else if (Array.isArray(recv)) {
    if (name === 'size' && args.length === 0) return BigInt(recv.length);
    if (name === 'join' && (args.length === 0 || typeof a === 'string')) {
      if (!strings(recv)) throw generic('string.join(): list must contain only strings');
      return recv.join(args.length === 0 ? '' : (a as string));
    }
  } else if (isMap(recv) && name === 'size' && args.length === 0) return BigInt(Object.keys(recv).length);
  throw generic(`found no matching overload for '${kind(recv)}.${name}(${args.map(kind).join(', ')})'`);
}

/**
 * The source text of a chain of fields (`customer.attributes`), which is what error texts name; lower.ts leaves
 * the text out of the program when this gives it back, to keep plans small.
 */
export function chainText(p: Program): string | null {
  if (p[0] === 'id') return p[1];
  if (p[0] !== '.') return null;
  const object = chainText(p[1]);
  return object === null ? null : `${object}.${p[2]}`;
}

/** The source text of a literal index (`[0]`, `["plan"]`) as error texts name it. */
export function literalText(p: Program): string | null {
  if (p[0] === 'i') return p[1];
  if (p[0] === 'v' && p[1] !== null && typeof p[1] !== 'boolean') return String(p[1]);
  return null;
}

const prefixOf = (text: string, object: Program) => text || (chainText(object) ?? '');

/**
 * RE2 (re2js) is loaded only for plans with `matches()`: its module costs more to start than the rest of the
 * evaluator, and workflow modules start again for every workflow. plan-eval.ts hands it over.
 */
let patterns: typeof compilePattern | undefined;

/** Gives the evaluator RE2's pattern compiler (see plan-eval.ts prepareExpressions). */
export function usePatterns(compile: typeof compilePattern): void {
  patterns = compile;
}

/** Whether a program calls `matches()`. */
export function usesPatterns(p: unknown): boolean {
  return Array.isArray(p) && (p[0] === 're' || p.some(usesPatterns));
}

/** Values of the roots and iteration variables an expression reads. */
export type Activation = Record<string, unknown>;

function logical(all: boolean, left: Program, right: Program, vars: Activation): boolean {
  // `||` and `&&` absorb an error on the left when the right decides, as CEL says (and cel-js does).
  let l: unknown;
  try {
    l = node(left, vars);
  } catch (error) {
    l = error;
  }
  const decides = !all;
  if (l === decides) return decides;
  const r = node(right, vars);
  if (r === decides) return decides;
  if (typeof r !== 'boolean') throw generic(`Logical operator requires bool operands, got '${kind(r)}'`);
  if (l === r) return r;
  if (l instanceof Error) throw l;
  throw generic(`Logical operator requires bool operands, got '${kind(l)}'`);
}

function has(root: Program, keys: string[], prefixes: string[], vars: Activation): boolean {
  let obj = node(root, vars);
  let chain = chainText(root);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]!;
    const prefix = prefixes[i] || (chain ?? '');
    chain = chain === null ? null : `${chain}.${key}`;
    obj = fieldOf(obj, key);
    if (obj !== undefined) continue;
    if (i === keys.length - 1) break;
    throw missingKey(prefix, key);
  }
  return obj !== undefined;
}

/** Evaluates one node below the root: one unit on the meter, plus the size of what it produces. */
function node(p: Program, vars: Activation): unknown {
  tick();
  return charged(value(p, vars));
}

function value(p: Program, vars: Activation): unknown {
  switch (p[0]) {
    case 'v':
      return p[1];
    case 'i':
      return BigInt(p[1]);
    case 'id':
      return vars[p[1]];
    case '.': {
      const obj = node(p[1], vars);
      const v = fieldOf(obj, p[2]);
      if (v === undefined) {
        if (isMap(obj) || obj === null || obj === undefined) throw missingKey(prefixOf(p[3], p[1]), p[2]);
        throw generic(`cannot read ${p[2]} of ${kind(obj)}`);
      }
      return v;
    }
    case '[]':
      return index(node(p[1], vars), node(p[2], vars), prefixOf(p[3], p[1]), p[4] || (literalText(p[2]) ?? ''));
    case '!': {
      const v = node(p[1], vars);
      if (typeof v !== 'boolean') throw generic(`no such overload: !_${kind(v)}`);
      return !v;
    }
    case 'neg': {
      const v = node(p[1], vars);
      if (typeof v === 'bigint') return int(-v);
      if (typeof v === 'number') return -v;
      throw generic(`no such overload: -_${kind(v)}`);
    }
    case '&&':
      return logical(true, p[1], p[2], vars);
    case '||':
      return logical(false, p[1], p[2], vars);
    case '?:': {
      const c = node(p[1], vars);
      if (c === true) return node(p[2], vars);
      if (c === false) return node(p[3], vars);
      throw generic(`Ternary condition must be bool, got '${kind(c)}'`);
    }
    case 'op':
      return binary(p[1], node(p[2], vars), node(p[3], vars));
    case 'list':
      return p[1].map((x) => node(x, vars));
    case 'map': {
      const out: Record<string, unknown> = {};
      for (const [k, v] of p[1]) {
        const key = node(k, vars);
        const val = node(v, vars);
        // As cel-js: keys that would reach the prototype are dropped.
        if (key === '__proto__' || key === 'constructor' || key === 'prototype') continue;
        out[key as string] = val;
      }
      return out;
    }
    case 'call':
      return call(
        p[1],
        p[2].map((x) => node(x, vars)),
      );
    case 'rcall': {
      const recv = node(p[2], vars);
      return method(
        p[1],
        recv,
        p[3].map((x) => node(x, vars)),
      );
    }
    case 'has':
      return has(p[1], p[2], p[3], vars);
    case 're': {
      const text = node(p[1], vars);
      if (typeof text !== 'string') throw generic(`matches() needs a text, got ${typeof text}`);
      spend(text.length * REGEX_UNITS_PER_CHAR);
      if (!patterns) throw new Error('RE2 is not loaded: prepareExpressions must run before a plan with matches()');
      const re = patterns(p[2]);
      if (re instanceof Error) throw fail('expr_runtime', msg.regex('unsupported'), re.message);
      return re.matcher(text).find();
    }
  }
}

/**
 * Runs a program on the values of the roots it reads (already conformed to their declared types). The root
 * node costs nothing, as in cel-js; call inside `metered`.
 */
export function runProgram(p: Program, vars: Activation): unknown {
  return value(p, vars);
}

/** Whether an error came from a program (as opposed to the meter). */
export const isProgramFailure = (error: unknown): error is ExpressionError => error instanceof Failure;
