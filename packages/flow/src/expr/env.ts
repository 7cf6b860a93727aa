/**
 * The cel-js environments. One base environment holds what every flow shares (fixed roots, number
 * rules); each distinct scope gets a clone with its own `vars` and `nodes` records, so unknown
 * variables and node fields are compile-time errors. Both are cached: building an environment costs
 * far more than evaluating an expression.
 */
import { Environment } from '@marcbachmann/cel-js';
import { installMeter } from './budget';
import { BoundedCache } from './cache';
import type { Compiled } from './check';
import { CONTEXT_TYPES, type ExprScope, ROOTS, type Root, rootTypes } from './context';
import { type Conformer, celSchema, conformer, type TypeNode, typeNode } from './types';

/** Longest expression accepted; conditions and placeholders are one-liners, so this is generous. */
export const MAX_SOURCE_LENGTH = 2000;

/** Parse limits well below cel-js defaults: business expressions are small, and a huge one is a mistake. */
const LIMITS = { maxAstNodes: 2000, maxDepth: 32, maxListElements: 200, maxMapEntries: 200, maxCallArguments: 8 };

/** A scope's environment with everything needed to evaluate quickly. */
export interface ScopeEnv {
  env: Environment;
  scope: ExprScope;
  /** Per root, the function that fills and converts its context value to the declared type. */
  conformers: Record<Root, Conformer>;
  /** Parsed and checked expressions by source. */
  exprs: BoundedCache<string, Compiled>;
}

type Arith = (a: number, b: number) => number;
const ARITH: [string, Arith][] = [
  ['+', (a, b) => a + b],
  ['-', (a, b) => a - b],
  ['*', (a, b) => a * b],
  ['/', (a, b) => a / b],
];

/**
 * JSON numbers are CEL doubles, but people write `score == 3` and `attempts + 1` with integer
 * literals; strict CEL rejects double-with-int. These overloads let the two mix, giving a double.
 */
function registerMixedNumbers(env: Environment): void {
  for (const [op, fn] of ARITH) {
    env.registerOperator(`double ${op} int: double`, (a: number, b: bigint) => fn(a, Number(b)));
    env.registerOperator(`int ${op} double: double`, (a: bigint, b: number) => fn(Number(a), b));
  }
  // cel-js derives `int == double` and both `!=` from this one.
  env.registerOperator('double == int', (a: number, b: bigint) => a === Number(b));
  env.registerOperator('int in list<double>', (a: bigint, list: number[]) => list.includes(Number(a)));
  env.registerOperator('double in list<int>', (a: number, list: bigint[]) => list.some((b) => Number(b) === a));
}

let base: Environment | undefined;
let functionNames: Set<string> | undefined;

function baseEnv(): Environment {
  if (base) return base;
  installMeter();
  // Mixed-type list literals such as [1, 2.5] are natural for business users; let them be list<dyn>.
  const env = new Environment({ limits: LIMITS, homogeneousAggregateLiterals: false });
  registerMixedNumbers(env);
  for (const [name, type] of Object.entries(CONTEXT_TYPES)) {
    const node = typeNode(type);
    if (node.kind === 'object') env.registerVariable({ name, schema: celSchema(node) as never });
  }
  base = env;
  return env;
}

/** Names of every function and method, to tell "does not exist" from "wrong arguments". */
export function knownFunctions(): Set<string> {
  functionNames ??= new Set(
    baseEnv()
      .getDefinitions()
      .functions.map((f) => f.name),
  );
  return functionNames;
}

function createScopeEnv(scope: ExprScope): ScopeEnv {
  const env = baseEnv().clone();
  const types = rootTypes(scope);
  const rootNodes = Object.fromEntries(ROOTS.map((r) => [r, typeNode(types[r])])) as Record<Root, TypeNode>;
  for (const name of ['vars', 'nodes'] as const) {
    const node = rootNodes[name];
    // A scope's vars/nodes are records of fields; anything else is treated as having no fields.
    const schema = node.kind === 'object' ? celSchema(node) : {};
    env.registerVariable({ name, schema: schema as never });
  }
  const conformers = Object.fromEntries(ROOTS.map((r) => [r, conformer(rootNodes[r])])) as Record<Root, Conformer>;
  return { env, scope, conformers, exprs: new BoundedCache(500) };
}

/**
 * Scopes are looked up by identity first (the compiler and interpreter reuse one object per flow),
 * then by content, so two equal scopes share an environment. Scopes are treated as immutable:
 * replace `vars`/`nodes` with new objects rather than editing them in place.
 */
const byIdentity = new WeakMap<ExprScope, { vars: object; nodes: object; entry: ScopeEnv }>();
const byContent = new BoundedCache<string, ScopeEnv>(64);

/** The environment for a scope, built once. */
export function envFor(scope: ExprScope): ScopeEnv {
  const known = byIdentity.get(scope);
  if (known && known.vars === scope.vars && known.nodes === scope.nodes) return known.entry;
  const key = JSON.stringify([scope.vars, scope.nodes]);
  const entry = byContent.get(key) ?? byContent.set(key, createScopeEnv({ vars: scope.vars, nodes: scope.nodes }));
  byIdentity.set(scope, { vars: scope.vars, nodes: scope.nodes, entry });
  return entry;
}
