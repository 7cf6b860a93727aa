/**
 * The static half of the budget: an upper estimate of what an expression costs, from its checked tree, so a
 * list bomb (`[1,…,200].map(a, [1,…,200].map(b, …))` nested four deep) is a compile-time problem instead of a
 * journey that fails later. Lists whose size is known only at run time (event data, CRM fields) count as
 * {@link ASSUMED_LIST_SIZE} items; the run-time meter still holds whatever they turn out to be.
 */
import type { ASTNode as CelNode } from '@marcbachmann/cel-js';

/** cel-js's node union does not name the comprehension its macros expand to; cost reads nodes loosely. */
type ASTNode = { op: string; args: unknown };

/** Items assumed for a list whose size is not written in the expression. */
export const ASSUMED_LIST_SIZE = 100;

interface Comprehension {
  iterable: ASTNode;
  init: ASTNode;
  step: ASTNode;
}

const isNode = (x: unknown): x is ASTNode => typeof x === 'object' && x !== null && 'op' in x && 'args' in x;

/** The node cel-js evaluates in place of this one (a macro such as `map` expands to a comprehension). */
function expanded(node: ASTNode): ASTNode {
  const alternate = (node as { meta?: { alternate?: unknown } }).meta?.alternate;
  return isNode(alternate) ? alternate : node;
}

/** How many items a list expression can hold, if the expression says. */
function sizeOf(node: ASTNode): number {
  const n = expanded(node);
  if (n.op === 'list' && Array.isArray(n.args)) return n.args.length;
  if (n.op === 'comprehension') {
    // map and filter keep at most the items they walk.
    const c = n.args as unknown as Comprehension;
    return c.init.op === 'list' ? sizeOf(c.iterable) : 1;
  }
  if (n.op === '+' && Array.isArray(n.args))
    return n.args.reduce((sum: number, a: unknown) => sum + (isNode(a) ? sizeOf(a) : 0), 0);
  if (n.op === 'map' && Array.isArray(n.args)) return n.args.length;
  return ASSUMED_LIST_SIZE;
}

/** An upper estimate of the units evaluating a checked expression costs (see budget.ts for the unit). */
export function estimateCost(ast: CelNode): number {
  return costOf(ast as ASTNode);
}

function costOf(node: ASTNode): number {
  const n = expanded(node);
  if (n.op === 'comprehension') {
    const c = n.args as unknown as Comprehension;
    return 1 + costOf(c.iterable) + costOf(c.init) + sizeOf(c.iterable) * (1 + costOf(c.step));
  }
  if (n.op === 'value' || n.op === 'id') return 1;
  let cost = 1;
  const visit = (x: unknown): void => {
    if (isNode(x)) cost += costOf(x);
    else if (Array.isArray(x)) for (const y of x) visit(y);
  };
  visit(n.args);
  return cost;
}
