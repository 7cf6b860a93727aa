/**
 * Expressions as workflow code runs them: from the compiled programs the plan carries (program.ts), with no
 * cel-js loaded. A plan compiled before programs existed, or holding an expression the lowering does not cover,
 * evaluates through cel-js: `prepareExpressions` loads it once, before the journey runs, for those plans only.
 */
import type { Json } from '../journey';
import { type ExprContext, type ExprScope, ROOTS, type Root, rootTypes } from './context';
import { conditionValue, ExpressionError } from './error';
import { msg } from './messages';
import { BudgetExceeded, EVALUATION_BUDGET, metered } from './meter';
import { type Activation, type Program, runProgram, usePatterns, usesPatterns } from './program';
import { type RenderedTemplate, renderWith } from './template-render';
import { conformer, plainJson, typeNode } from './values';

/** What of a plan expressions need: the scope they were checked in, and their compiled forms by source. */
export interface PlanExprs {
  scope: ExprScope;
  /** Source → program; null for an expression only cel-js evaluates. Absent on plans compiled before. */
  exprs?: Record<string, Program | null>;
}

type CelEvaluators = typeof import('./cel-fallback');
/**
 * Plans prepared (see prepareExpressions), with the cel-js each loaded (null: none needed). Kept per plan, not per
 * module: the worker shares this module between workflows (the workflow bundle preloads the flow runtime), and a
 * journey must load and await exactly what its own plan needs, whatever journeys ran before it in the same worker,
 * so that a replay takes the same steps as the first run.
 */
const prepared = new WeakMap<PlanExprs, CelEvaluators | null>();

/** Whether some expression of the plan needs cel-js. */
export function needsCel(plan: PlanExprs): boolean {
  return !plan.exprs || Object.values(plan.exprs).some((p) => p === null);
}

/**
 * Whether the plan's expressions run without loading anything (no cel-js, no RE2): then skip prepareExpressions.
 * It depends on the plan only, never on what an earlier journey loaded.
 */
export function expressionsReady(plan: PlanExprs): boolean {
  return prepared.has(plan) || (!needsCel(plan) && !usesPatterns(Object.values(plan.exprs ?? {})));
}

/**
 * Loads what the plan's expressions need: cel-js for expressions without a compiled form, RE2 for `matches()`.
 * The modules are in the bundle but start only here, in the journey that needs them; awaiting them creates no
 * workflow command, so it changes nothing in a history. RE2's pattern compiler is a pure function (its cache
 * changes no result and no cost), so the evaluator keeps the last one handed over.
 */
export async function prepareExpressions(plan: PlanExprs): Promise<void> {
  if (prepared.has(plan)) return;
  const cel = needsCel(plan) ? await import(/* webpackMode: "eager" */ './cel-fallback') : null;
  if (usesPatterns(Object.values(plan.exprs ?? {}))) {
    usePatterns((await import(/* webpackMode: "eager" */ './re2')).compilePattern);
  }
  prepared.set(plan, cel);
}

const ROOT_SET: ReadonlySet<string> = new Set(ROOTS);
const rootsCache = new WeakMap<Program, Root[]>();

/** The roots a program reads, so only those are converted. */
function rootsOf(p: Program): Root[] {
  let roots = rootsCache.get(p);
  if (roots) return roots;
  const found = new Set<Root>();
  const visit = (x: unknown): void => {
    if (!Array.isArray(x)) return;
    if (x[0] === 'id' && typeof x[1] === 'string' && ROOT_SET.has(x[1])) found.add(x[1] as Root);
    else for (const y of x) visit(y);
  };
  visit(p);
  roots = [...found];
  rootsCache.set(p, roots);
  return roots;
}

function programFor(plan: PlanExprs, source: string): Program | undefined {
  const exprs = plan.exprs;
  if (!exprs) return undefined;
  const p = Object.hasOwn(exprs, source) ? exprs[source] : exprs[source.trim()];
  return p ?? undefined;
}

function celOrFail(source: string, plan: PlanExprs): CelEvaluators {
  const cel = prepared.get(plan);
  if (cel) return cel;
  // prepareExpressions was not awaited, or the compiler left this expression out of the plan: a defect.
  throw new Error(`The expression "${source}" has no compiled form in the plan and cel-js is not loaded`);
}

function runCompiled(p: Program, ctx: ExprContext, scope: ExprScope): unknown {
  const types = rootTypes(scope);
  const vars: Activation = {};
  for (const root of rootsOf(p)) vars[root] = conformer(typeNode(types[root]))(ctx[root]);
  try {
    return metered(EVALUATION_BUDGET, () => runProgram(p, vars));
  } catch (error) {
    if (error instanceof BudgetExceeded) throw new ExpressionError('expr_budget', msg.budget(), error.message);
    if (error instanceof ExpressionError) throw error;
    throw new ExpressionError('expr_runtime', msg.runtimeGeneric(), String(error));
  }
}

/** Evaluates an expression of the plan to plain JSON; throws ExpressionError. */
export function evaluate(source: string, ctx: ExprContext, plan: PlanExprs): Json {
  const p = programFor(plan, source);
  if (!p) return celOrFail(source, plan).evaluate(source, ctx, plan.scope);
  return plainJson(runCompiled(p, ctx, plan.scope));
}

/** Evaluates a condition of the plan (missing data is false; see conditionValue). */
export function evaluateBool(source: string, ctx: ExprContext, plan: PlanExprs): boolean {
  const p = programFor(plan, source);
  if (!p) return celOrFail(source, plan).evaluateBool(source, ctx, plan.scope);
  return conditionValue(
    () => runCompiled(p, ctx, plan.scope),
    (v) => plainJson(v),
  );
}

/**
 * Renders a template of the plan, listing the placeholders without a value (see renderWith); `words` may word a
 * placeholder's value in the template's language (see valueInWords).
 */
export function renderTemplateChecked(
  text: string,
  ctx: ExprContext,
  plan: PlanExprs,
  words?: (expr: string, value: Json) => Json,
): RenderedTemplate {
  return renderWith((source) => evaluate(source, ctx, plan), text, words);
}

/** Renders a template of the plan (see renderTemplateChecked). */
export function renderTemplate(
  text: string,
  ctx: ExprContext,
  plan: PlanExprs,
  words?: (expr: string, value: Json) => Json,
): string {
  return renderTemplateChecked(text, ctx, plan, words).text;
}
