/** Small readers over cel-js syntax trees: which roots an expression reads, and risky constructs. */
import { type ASTNode, serialize } from '@marcbachmann/cel-js';
import { ROOTS, type Root } from './context';

const ROOT_SET: ReadonlySet<string> = new Set(ROOTS);

const isNode = (x: unknown): x is ASTNode => typeof x === 'object' && x !== null && 'op' in x && 'args' in x;

/** Visits every node of a tree, parents first. */
export function walk(node: unknown, visit: (node: ASTNode) => void): void {
  if (Array.isArray(node)) {
    for (const child of node) walk(child, visit);
    return;
  }
  if (!isNode(node)) return;
  visit(node);
  // Literal payloads are values, not subtrees.
  if (node.op !== 'value' && node.op !== 'id') walk(node.args, visit);
}

/** The context roots an expression reads, so evaluation prepares only those. */
export function rootsOf(ast: ASTNode): Root[] {
  const found = new Set<Root>();
  walk(ast, (n) => {
    if (n.op === 'id' && ROOT_SET.has(n.args)) found.add(n.args as Root);
  });
  return [...found];
}

/** For a field access node (`a.b` or `a["b"]`): the object's source text and the key. */
export function fieldAccess(node: unknown): { prefix: string; key: string; object: ASTNode } | undefined {
  if (!isNode(node)) return undefined;
  if (node.op === '.' || node.op === '.?') {
    const [object, key] = node.args;
    return { prefix: serialize(object), key, object };
  }
  if (node.op === '[]' || node.op === '[?]') {
    const [object, index] = node.args;
    const key = index.op === 'value' ? String(index.args) : serialize(index);
    return { prefix: serialize(object), key, object };
  }
  return undefined;
}

/** The type cel-js inferred for a checked node (not part of its typings). */
export function checkedTypeName(node: ASTNode): string | undefined {
  const checked = (node as { checkedType?: { name?: unknown } }).checkedType;
  return typeof checked?.name === 'string' ? checked.name : undefined;
}
