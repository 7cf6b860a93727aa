/**
 * The cost budget of an evaluation. Every expression a business user writes runs on a budget, in the API's
 * request thread and in workflow tasks alike, so no condition, filter or template can freeze either.
 *
 * Cost is counted, never timed (a clock would make workflow code non-deterministic and replays differ):
 * - one unit per syntax-tree node evaluated (a comprehension step evaluates several),
 * - plus the size of what a node produces: one unit per 256 characters of a text, one per 16 items of a list,
 *   so concatenation and `join` cannot allocate without bound,
 * - plus four units per character a regular expression scans (RE2 is linear, but a pass costs ~1 µs/char).
 *
 * With the default of {@link EVALUATION_BUDGET} units an evaluation stops within roughly 10–30 ms on a
 * modest machine. The sample flows' expressions cost under 100 units.
 */
import { Environment } from '@marcbachmann/cel-js';
import { spend, tick } from './meter';

export {
  BudgetExceeded,
  EVALUATION_BUDGET,
  lastEvaluationCost,
  metered,
  REGEX_UNITS_PER_CHAR,
  spend,
} from './meter';

interface EvalNode {
  op: string;
  evaluate(ev: unknown, ast: EvalNode, ctx: unknown): unknown;
}

type Run = (this: unknown, ast: EvalNode, ctx: unknown) => unknown;

/** Ops whose list results are the comprehension's own accumulator, charged once per step already. */
const ACCUMULATORS: ReadonlySet<string> = new Set(['accuPush', 'accuValue', 'accuInc', 'comprehension']);

/**
 * The metered replacement of cel-js's `Evaluator.prototype.run`, through which cel-js evaluates every node
 * below the root (operators, calls, macro steps). The root's own cost is one node: nothing to count.
 */
const meteredRun: Run = function (this: unknown, ast, ctx) {
  tick();
  const value = ast.evaluate(this, ast, ctx);
  if (typeof value === 'string') {
    if (value.length >= 256) spend(value.length >> 8);
  } else if (Array.isArray(value) && value.length >= 16 && !ACCUMULATORS.has(ast.op)) {
    spend(value.length >> 4);
  }
  return value;
};

let installed = false;
let evaluatorProto: { run?: Run } | undefined;
let unmeteredRun: Run | undefined;

/**
 * Puts the meter into cel-js, once per module instance (each workflow context gets its own). cel-js 8 keeps its
 * evaluator class private but calls registered functions with the evaluator as `this`, which is how its prototype
 * is reached. `expr/budget.test.ts` fails loudly if a cel-js upgrade moves this.
 */
export function installMeter(): void {
  if (installed) return;
  let proto: { run?: Run } | undefined;
  const probe = new Environment();
  probe.registerFunction('rutaProbe(): bool', function (this: object) {
    proto = Object.getPrototypeOf(this) as { run?: Run };
    return true;
  });
  probe.evaluate('rutaProbe()');
  if (!proto || typeof proto.run !== 'function') {
    throw new Error('cel-js internals changed: the evaluator has no run() to meter; expressions cannot be budgeted');
  }
  evaluatorProto = proto;
  unmeteredRun = proto.run;
  proto.run = meteredRun;
  installed = true;
}

/** Runs `fn` with cel-js's own, unmetered evaluator: only for measuring what the meter costs (bench/expressions). */
export function withoutMeter<T>(fn: () => T): T {
  if (!evaluatorProto || !unmeteredRun) return fn();
  evaluatorProto.run = unmeteredRun;
  try {
    return fn();
  } finally {
    evaluatorProto.run = meteredRun;
  }
}
