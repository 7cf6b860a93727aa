/**
 * From a checked cel-js tree to the plan's compiled form (program.ts). Only what the small evaluator runs exactly
 * as cel-js does is lowered; anything else (comprehension macros, optionals, timestamps and durations, unsigned
 * ints, bytes, `in` on values only known when running) gives null, and that expression keeps evaluating
 * through cel-js.
 */
import { type ASTNode, serialize } from '@marcbachmann/cel-js';
import { checkedTypeName } from './ast';
import { ROOTS } from './context';
import {
  BINARY_OPS,
  type BinaryOp,
  CALLS,
  type CallName,
  chainText,
  literalText,
  METHODS,
  type MethodName,
  type Program,
} from './program';

const ROOT_SET: ReadonlySet<string> = new Set(ROOTS);
const BINARY: ReadonlySet<string> = new Set(BINARY_OPS);
const CALL_SET: ReadonlySet<string> = new Set(CALLS);
const METHOD_SET: ReadonlySet<string> = new Set(METHODS);

/** Thrown inside the lowering when a node has no compiled form. */
class Unsupported extends Error {}

type Node = ASTNode & { meta?: { alternate?: unknown } };

const isDyn = (n: ASTNode) => {
  const t = checkedTypeName(n);
  return t === undefined || t === 'dyn' || t.startsWith('dyn<');
};

function lowerNode(n: Node): Program {
  if (n.meta?.alternate) throw new Unsupported(n.op);
  const args = n.args as unknown;
  switch (n.op) {
    case 'value':
      if (typeof args === 'bigint') return ['i', args.toString()];
      if (typeof args === 'number' && Number.isFinite(args)) return ['v', args];
      if (typeof args === 'string' || typeof args === 'boolean' || args === null) return ['v', args];
      throw new Unsupported('literal');
    case 'id':
      if (typeof args === 'string' && ROOT_SET.has(args)) return ['id', args];
      throw new Unsupported('id');
    case '.': {
      const [object, key] = args as [Node, string];
      const lowered = lowerNode(object);
      return ['.', lowered, key, textUnlessDerived(serialize(object), chainText(lowered))];
    }
    case '[]': {
      const [object, at] = args as [Node, Node];
      const [lowered, index] = [lowerNode(object), lowerNode(at)];
      const keyText = at.op === 'value' ? String(at.args) : serialize(at);
      return [
        '[]',
        lowered,
        index,
        textUnlessDerived(serialize(object), chainText(lowered)),
        textUnlessDerived(keyText, literalText(index)),
      ];
    }
    case '!_':
      return ['!', lowerNode(args as Node)];
    case '-_':
      return ['neg', lowerNode(args as Node)];
    case '&&':
    case '||': {
      const [l, r] = args as [Node, Node];
      return n.op === '&&' ? ['&&', lowerNode(l), lowerNode(r)] : ['||', lowerNode(l), lowerNode(r)];
    }
    case '?:': {
      const [c, a, b] = args as [Node, Node, Node];
      return ['?:', lowerNode(c), lowerNode(a), lowerNode(b)];
    }
    case 'list':
      return ['list', (args as Node[]).map(lowerNode)];
    case 'map':
      // Text keys written in the expression only: other keys are converted by cel-js's rules.
      if ((args as [Node, Node][]).some(([k]) => k.op !== 'value' || typeof k.args !== 'string'))
        throw new Unsupported('map key');
      return ['map', (args as [Node, Node][]).map(([k, v]): [Program, Program] => [lowerNode(k), lowerNode(v)])];
    case 'call':
      return lowerCall(args as [string, Node[]]);
    case 'rcall': {
      const [name, receiver, list] = args as [string, Node, Node[]];
      if (name === 'matches') {
        const pattern = list[0];
        if (pattern?.op !== 'value' || typeof pattern.args !== 'string') throw new Unsupported('matches');
        return ['re', lowerNode(receiver), pattern.args];
      }
      if (!METHOD_SET.has(name)) throw new Unsupported(name);
      return ['rcall', name as MethodName, lowerNode(receiver), list.map(lowerNode)];
    }
    default: {
      if (!BINARY.has(n.op)) throw new Unsupported(n.op);
      const [l, r] = args as [Node, Node];
      // cel-js resolves `in` on values only known when running in ways that depend on its overload table.
      if (n.op === 'in' && (isDyn(l) || isDyn(r))) throw new Unsupported('in');
      return ['op', n.op as BinaryOp, lowerNode(l), lowerNode(r)];
    }
  }
}

function lowerCall([name, list]: [string, Node[]]): Program {
  if (name === 'has') {
    const keys: string[] = [];
    const prefixes: string[] = [];
    const objects: Node[] = [];
    let node = list[0];
    while (node?.op === '.') {
      const [object, key] = node.args as [Node, string];
      keys.unshift(key);
      objects.unshift(object);
      node = object;
    }
    if (node?.op !== 'id' || keys.length === 0) throw new Unsupported('has');
    const root = lowerNode(node);
    let chain = chainText(root);
    for (const [i, object] of objects.entries()) {
      prefixes.push(textUnlessDerived(serialize(object), chain));
      chain = chain === null ? null : `${chain}.${keys[i]}`;
    }
    return ['has', root, keys, prefixes];
  }
  if (!CALL_SET.has(name) || list.length !== 1) throw new Unsupported(name);
  return ['call', name as CallName, list.map(lowerNode)];
}

/** The text for an error message, or '' when the evaluator derives the same text from the program. */
const textUnlessDerived = (text: string, derived: string | null) => (text === derived ? '' : text);

/** The compiled form of a checked tree, or null when some part of it has none. */
export function lower(ast: ASTNode): Program | null {
  try {
    return lowerNode(ast as Node);
  } catch (error) {
    if (error instanceof Unsupported) return null;
    throw error;
  }
}
