/**
 * The run-time meter of the cost budget (see budget.ts for the units). It has no dependency on cel-js, so the
 * evaluator of compiled plan expressions (program.ts) and cel-js (through budget.ts) share one meter.
 */

/** Units one evaluation may spend. */
export const EVALUATION_BUDGET = 100_000;

/** Units a regular expression costs per character of the text it scans. */
export const REGEX_UNITS_PER_CHAR = 4;

/** Thrown when an evaluation runs out of budget; evaluate.ts turns it into an `expr_budget` ExpressionError. */
export class BudgetExceeded extends Error {
  override readonly name = 'BudgetExceeded';
  constructor(readonly budget: number) {
    super(`the expression used more than its budget of ${budget} units`);
  }
}

/** Units left in the evaluation running now; Infinity when nothing is metered (checking, tooling). */
let left = Number.POSITIVE_INFINITY;
let armed = 0;
let lastUnits = 0;

/** Units the last metered evaluation spent (for tests and benchmarks). */
export function lastEvaluationCost(): number {
  return lastUnits;
}

/** Spends units of the running evaluation; throws BudgetExceeded when they run out. */
export function spend(units: number): void {
  left -= units;
  if (left < 0) throw new BudgetExceeded(armed);
}

/**
 * Runs `fn` with a fresh budget. Evaluations are synchronous, so one budget is live at a time; a nested call
 * (a template placeholder inside a metered run) keeps the outer, smaller remainder.
 */
export function metered<T>(budget: number, fn: () => T): T {
  const outerLeft = left;
  const outerArmed = armed;
  left = Math.min(budget, outerLeft);
  armed = outerArmed || budget;
  const start = left;
  try {
    const value = fn();
    // `||`, `&&` and `exists` absorb errors; a budget that ran out inside them still counts.
    if (left < 0) throw new BudgetExceeded(armed);
    return value;
  } finally {
    lastUnits = start - left;
    left = outerLeft;
    armed = outerArmed;
  }
}

/** Spends the unit of one evaluated syntax-tree node. */
export function tick(): void {
  if (--left < 0) throw new BudgetExceeded(armed);
}
