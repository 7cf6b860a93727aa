/**
 * Turns cel-js parse and type errors into problems a CX manager can act on. cel-js messages
 * ("no such overload: string > int") stay in `detail` for engineers.
 */
import { TypeError as CelTypeError, ParseError } from '@marcbachmann/cel-js';
import { checkedTypeName, fieldAccess } from './ast';
import { type ExprScope, ROOTS, typeAtPath } from './context';
import { knownFunctions } from './env';
import { type ExprProblem, problem } from './error';
import { msg, type Text } from './messages';

export { type ExprProblem, problem } from './error';

/** A compile-time problem with an expression, in Spanish and English. */
/** Words people try for the roots, in Spanish or from other tools. */
const ROOT_ALIASES: Record<string, string> = {
  cliente: 'customer',
  contacto: 'customer',
  contact: 'customer',
  user: 'customer',
  usuario: 'customer',
  evento: 'event',
  datos: 'event.data',
  data: 'event.data',
  variables: 'vars',
  variable: 'vars',
  var: 'vars',
  bloques: 'nodes',
  nodos: 'nodes',
  respuesta: 'reply',
  sentimiento: 'sentiment',
  recorrido: 'journey',
  viaje: 'journey',
};

/** The candidate closest to a misspelled name (at most two edits away), if any. */
export function closest(name: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = 3;
  for (const c of candidates) {
    const d = distance(name.toLowerCase(), c.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [c, d];
  }
  return best;
}

function distance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 2) return 3;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = row;
  }
  return prev[b.length]!;
}

const CLOSERS: Record<string, string> = { RPAREN: ')', RBRACKET: ']', RBRACE: '}' };

function syntaxMessage(error: ParseError, source: string): Text {
  const range = error.range;
  const snippet = range ? source.slice(range.start, range.end).trim().slice(0, 30) : '';
  switch (error.code) {
    case 'unterminated_string':
    case 'unterminated_triple_quoted_string':
    case 'newline_in_string':
      return msg.unclosedQuote();
    case 'expected_token': {
      const closer = /^Expected (\w+), got EOF/.exec(error.summary)?.[1];
      if (closer && CLOSERS[closer]) return msg.unclosed(CLOSERS[closer]);
      return error.summary.endsWith('EOF') ? msg.incomplete() : msg.syntaxNear(snippet);
    }
    case 'unexpected_token':
      return error.summary.endsWith('EOF') ? msg.incomplete() : msg.syntaxNear(snippet);
    case 'unexpected_character':
      if (snippet === '=') return msg.singleEquals();
      if (['&', '|'].includes(snippet) || /^(and|or|not|y|o|no)$/i.test(snippet)) return msg.andOr();
      return msg.syntaxNear(snippet);
    case 'reserved_identifier':
      return msg.reserved(snippet);
    case 'limit_exceeded':
      return msg.tooLong();
    case 'invalid_number':
    case 'invalid_exponent':
      return msg.badNumber();
    case 'invalid_macro_argument':
      return msg.macro();
    default:
      return msg.syntaxNear(snippet);
  }
}

/** Splits "no such overload: <left> <op> <right>" into its types. */
export function overloadTypes(summary: string, op: string): [string, string] | undefined {
  const rest = summary.replace(/^no such overload: /, '');
  const at = rest.indexOf(` ${op} `);
  if (at < 0) return undefined;
  return [rest.slice(0, at), rest.slice(at + op.length + 2)];
}

function unknownKey(error: CelTypeError, scope: ExprScope): Text {
  const access = fieldAccess(error.node);
  if (!access) return msg.typeGeneric();
  const typeName = checkedTypeName(access.object);
  const path = typeName?.startsWith('$') ? typeName.slice(1).split('.') : access.prefix.split('.');
  if (path.length === 1 && path[0] === 'vars') return msg.unknownVar(`vars.${access.key}`);
  if (path.length === 1 && path[0] === 'nodes') return msg.unknownNode(access.key);
  const type = typeAtPath(scope, path);
  const fields = typeof type === 'object' ? Object.keys(type) : [];
  return msg.unknownField(access.prefix, access.key, closest(access.key, fields), fields);
}

function unknownVariable(error: CelTypeError): Text {
  const name = error.summary.replace(/^Unknown variable: /, '');
  const lower = name.toLowerCase();
  const alias = Object.hasOwn(ROOT_ALIASES, lower) ? ROOT_ALIASES[lower] : undefined;
  return msg.unknownRoot(name, alias ?? closest(name, ROOTS));
}

function functionName(summary: string): string {
  const call = /'(.*)'$/.exec(summary)?.[1] ?? '';
  return call.slice(0, call.indexOf('(')).split('.').pop() ?? call;
}

function typeMessage(error: CelTypeError, scope: ExprScope): Text {
  const node = error.node;
  switch (error.code) {
    case 'unknown_variable':
      return unknownVariable(error);
    case 'no_such_key':
      return unknownKey(error, scope);
    case 'no_such_overload': {
      const op = node?.op ?? '';
      if (op === '!_' || op === '-_') return msg.unary(op[0]!, error.summary.replace(/^no such overload: ./, ''));
      const types = overloadTypes(error.summary, op);
      if (!types) return msg.typeGeneric();
      if (types.some((x) => x === 'null' || x === 'null_type')) return msg.nullCompare();
      return msg.operator(op, types[0], types[1]);
    }
    case 'no_matching_overload': {
      const name = functionName(error.summary);
      return knownFunctions().has(name) ? msg.functionArgs(name) : msg.unknownFunction(name);
    }
    case 'cannot_index_type': {
      const access = fieldAccess(node);
      const type = /'(.*)'/.exec(error.summary)?.[1] ?? '';
      return access ? msg.noFields(access.prefix, type) : msg.typeGeneric();
    }
    case 'invalid_logical_operand':
      return msg.logical(/got '(.*)'/.exec(error.summary)?.[1] ?? '');
    case 'invalid_condition_type':
      return msg.ternaryCondition(/got '(.*)'/.exec(error.summary)?.[1] ?? '');
    case 'incompatible_ternary_branches': {
      const [, a = '', b = ''] = /got '(.*)' and '(.*)'/.exec(error.summary) ?? [];
      return msg.ternaryBranches(a, b);
    }
    case 'heterogeneous_list_element':
    case 'heterogeneous_map_value':
    case 'heterogeneous_map_key':
      return msg.mixed();
    case 'invalid_index_type':
      return msg.listIndex();
    case 'invalid_comprehension_range':
      return msg.comprehension();
    case 'invalid_macro_argument':
      return msg.macro();
    default:
      return msg.typeGeneric();
  }
}

/** Maps any error cel-js raised while parsing or checking to a problem. */
export function problemFromError(error: unknown, source: string, scope: ExprScope): ExprProblem {
  if (error instanceof ParseError) {
    return problem('expr_syntax', syntaxMessage(error, source), error.message, error.range);
  }
  if (error instanceof CelTypeError) {
    const code =
      error.code === 'unknown_variable' || error.code === 'no_such_key' ? 'expr_unknown_variable' : 'expr_type';
    return problem(code, typeMessage(error, scope), error.message, error.range);
  }
  return problem('expr_syntax', msg.syntaxNear(''), String(error));
}
