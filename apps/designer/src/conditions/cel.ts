/**
 * The point-and-click condition builder's model and its CEL: a list of rules (field, operator, value) that all or
 * any must hold. `toCel` writes the expression the flow stores; `fromCel` reads one back when it is in that shape
 * (else null, and the designer shows the code). Both are pure, so a round trip is exact.
 */

/** What kind of value a field holds, which decides its operators. */
export type FieldKind = 'text' | 'number' | 'boolean' | 'list';

export type Operator =
  | 'eq'
  | 'ne'
  | 'gt'
  | 'ge'
  | 'lt'
  | 'le'
  | 'contains'
  | 'startsWith'
  | 'empty'
  | 'notEmpty'
  | 'isTrue'
  | 'isFalse'
  | 'includes';

export type Literal = string | number | boolean;

export interface Rule {
  field: string;
  op: Operator;
  value?: Literal;
}

export interface Condition {
  join: 'all' | 'any';
  rules: Rule[];
}

const OPS_BY_KIND: Record<FieldKind, Operator[]> = {
  text: ['eq', 'ne', 'contains', 'startsWith', 'empty', 'notEmpty'],
  number: ['eq', 'ne', 'gt', 'ge', 'lt', 'le'],
  boolean: ['isTrue', 'isFalse'],
  list: ['includes', 'empty', 'notEmpty'],
};

/** The operators a kind of field offers, in the order the builder lists them. */
export const operatorsFor = (kind: FieldKind): Operator[] => OPS_BY_KIND[kind];

/** Whether an operator takes a value. */
export const takesValue = (op: Operator): boolean => !['empty', 'notEmpty', 'isTrue', 'isFalse'].includes(op);

const CMP: Partial<Record<Operator, string>> = { eq: '==', ne: '!=', gt: '>', ge: '>=', lt: '<', le: '<=' };

/** A literal as CEL writes it: strings quoted and escaped, numbers and booleans as they are. */
function literal(v: Literal | undefined): string {
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : '0';
  if (typeof v === 'boolean') return String(v);
  return JSON.stringify(v ?? '');
}

/** One rule in CEL; `kind` tells an empty list from an empty text. */
export function ruleToCel(rule: Rule, kind: FieldKind): string {
  const f = rule.field;
  switch (rule.op) {
    case 'eq':
    case 'ne':
    case 'gt':
    case 'ge':
    case 'lt':
    case 'le':
      return `${f} ${CMP[rule.op]} ${literal(rule.value)}`;
    case 'contains':
      return `${f}.contains(${literal(String(rule.value ?? ''))})`;
    case 'startsWith':
      return `${f}.startsWith(${literal(String(rule.value ?? ''))})`;
    case 'empty':
      return kind === 'list' ? `size(${f}) == 0` : `${f} == ""`;
    case 'notEmpty':
      return kind === 'list' ? `size(${f}) > 0` : `${f} != ""`;
    case 'isTrue':
      return `${f} == true`;
    case 'isFalse':
      return `${f} == false`;
    case 'includes':
      return `${literal(rule.value)} in ${f}`;
  }
}

/** The CEL of a condition; `kindOf` gives each field's kind (text when unknown). */
export function toCel(c: Condition, kindOf: (field: string) => FieldKind | undefined): string {
  const parts = c.rules.map((r) => ruleToCel(r, kindOf(r.field) ?? 'text'));
  return parts.join(c.join === 'all' ? ' && ' : ' || ');
}

// ── reading CEL back ───────────────────────────────────────────────────────────────────────────────────────────

type Token =
  | { t: 'path'; v: string }
  | { t: 'str'; v: string }
  | { t: 'num'; v: number }
  | { t: 'bool'; v: boolean }
  | { t: 'op'; v: string };

const PATH = /^[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*/;
const NUM = /^-?\d+(?:\.\d+)?/;
const OPS = ['&&', '||', '==', '!=', '>=', '<=', '>', '<', '!', '(', ')', '.'];

function tokenize(text: string): Token[] | null {
  const out: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const rest = text.slice(i);
    const space = /^\s+/.exec(rest);
    if (space) {
      i += space[0].length;
      continue;
    }
    const q = rest[0];
    if (q === '"' || q === "'") {
      let j = 1;
      let raw = '';
      while (j < rest.length && rest[j] !== q) {
        if (rest[j] === '\\') {
          raw += rest.slice(j, j + 2);
          j += 2;
        } else raw += rest[j++];
      }
      if (j >= rest.length) return null;
      try {
        out.push({ t: 'str', v: JSON.parse(`"${q === "'" ? raw.replace(/\\'/g, "'").replace(/"/g, '\\"') : raw}"`) });
      } catch {
        return null;
      }
      i += j + 1;
      continue;
    }
    const num = NUM.exec(rest);
    if (num && !(out.at(-1)?.t === 'path' || out.at(-1)?.t === 'num')) {
      out.push({ t: 'num', v: Number(num[0]) });
      i += num[0].length;
      continue;
    }
    const path = PATH.exec(rest);
    if (path) {
      const word = path[0];
      if (word === 'true' || word === 'false') out.push({ t: 'bool', v: word === 'true' });
      else if (word === 'in' || word === 'size') out.push({ t: 'op', v: word });
      else {
        // `reply.text.contains(` : the last segment before `(` is a method, not part of the path.
        const m = /^(.*)\.(contains|startsWith)$/.exec(word);
        if (m && rest[word.length] === '(') {
          out.push({ t: 'path', v: m[1]! }, { t: 'op', v: '.' }, { t: 'op', v: m[2]! });
        } else out.push({ t: 'path', v: word });
      }
      i += word.length;
      continue;
    }
    const op = OPS.find((o) => rest.startsWith(o));
    if (!op) return null;
    out.push({ t: 'op', v: op });
    i += op.length;
  }
  return out;
}

const lit = (t: Token | undefined): Literal | undefined =>
  t && (t.t === 'str' || t.t === 'num' || t.t === 'bool') ? t.v : undefined;

const OP_OF: Record<string, Operator> = { '==': 'eq', '!=': 'ne', '>': 'gt', '>=': 'ge', '<': 'lt', '<=': 'le' };

/** Reads one rule from the tokens of one `&&`/`||` operand, or null. */
function readRule(ts: Token[]): Rule | null {
  const [a, b, c, d, e, f] = ts;
  // A yes/no field on its own (`sentiment.escalate`), or negated (`!sentiment.escalate`).
  if (ts.length === 1 && a?.t === 'path') return { field: a.v, op: 'isTrue' };
  if (ts.length === 2 && a?.t === 'op' && a.v === '!' && b?.t === 'path') return { field: b.v, op: 'isFalse' };
  // size(path) == 0 / size(path) > 0
  if (ts.length === 6 && a?.t === 'op' && a.v === 'size' && b?.v === '(' && c?.t === 'path' && d?.v === ')') {
    if (e?.v === '==' && f?.t === 'num' && f.v === 0) return { field: c.v, op: 'empty' };
    if (e?.v === '>' && f?.t === 'num' && f.v === 0) return { field: c.v, op: 'notEmpty' };
    return null;
  }
  // path.contains("x") / path.startsWith("x")
  if (
    ts.length === 6 &&
    a?.t === 'path' &&
    b?.v === '.' &&
    c?.t === 'op' &&
    d?.v === '(' &&
    e?.t === 'str' &&
    f?.v === ')'
  ) {
    if (c.v === 'contains') return { field: a.v, op: 'contains', value: e.v };
    if (c.v === 'startsWith') return { field: a.v, op: 'startsWith', value: e.v };
    return null;
  }
  // "x" in path
  if (ts.length === 3 && lit(a) !== undefined && b?.v === 'in' && c?.t === 'path') {
    return { field: c.v, op: 'includes', value: lit(a)! };
  }
  // path <op> literal
  if (ts.length === 3 && a?.t === 'path' && b?.t === 'op' && OP_OF[b.v] && lit(c) !== undefined) {
    const value = lit(c)!;
    if (typeof value === 'boolean' && (b.v === '==' || b.v === '!=')) {
      return { field: a.v, op: value === (b.v === '==') ? 'isTrue' : 'isFalse' };
    }
    if (value === '' && b.v === '==') return { field: a.v, op: 'empty' };
    if (value === '' && b.v === '!=') return { field: a.v, op: 'notEmpty' };
    return { field: a.v, op: OP_OF[b.v]!, value };
  }
  return null;
}

/**
 * Reads a condition the builder can show: rules joined all by `&&` or all by `||`, each in one of the shapes
 * `toCel` writes, or a yes/no field alone (`x`, `!x`, written back as `x == true`). Null otherwise.
 */
export function fromCel(text: string): Condition | null {
  if (!text.trim()) return { join: 'all', rules: [] };
  const tokens = tokenize(text);
  if (!tokens) return null;
  const groups: Token[][] = [[]];
  let join: '&&' | '||' | null = null;
  for (const t of tokens) {
    if (t.t === 'op' && (t.v === '&&' || t.v === '||')) {
      if (join && join !== t.v) return null;
      join = t.v;
      groups.push([]);
    } else groups.at(-1)!.push(t);
  }
  const rules: Rule[] = [];
  for (const g of groups) {
    const r = readRule(g);
    if (!r) return null;
    rules.push(r);
  }
  return { join: join === '||' ? 'any' : 'all', rules };
}
