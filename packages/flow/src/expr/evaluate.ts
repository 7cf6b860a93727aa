/**
 * Running expressions against a journey. Values are filled and converted to their declared types
 * first, so a condition about something that has not happened yet (no reply, a node not run) reads
 * zero values and is simply false, instead of failing the journey.
 */
import { EvaluationError } from '@marcbachmann/cel-js';
import type { Json } from '../journey';
import { fieldAccess } from './ast';
import { BudgetExceeded, EVALUATION_BUDGET, metered } from './budget';
import { compile } from './check';
import type { ExprContext, ExprScope } from './context';
import { envFor } from './env';
import { conditionValue, type ExprErrorCode, ExpressionError } from './error';
import { msg, type Text } from './messages';
import { overloadTypes } from './problems';
import { toJson } from './types';

function runtimeText(error: EvaluationError): { code: ExprErrorCode; text: Text } {
  const runtime = (text: Text) => ({ code: 'expr_runtime' as const, text });
  switch (error.code) {
    case 'no_such_key': {
      const access = fieldAccess(error.node);
      return {
        code: 'expr_missing_value',
        text: access ? msg.missingKey(access.prefix, access.key) : msg.runtimeGeneric(),
      };
    }
    case 'index_out_of_bounds':
    case 'index_out_of_range': {
      const access = fieldAccess(error.node);
      return { code: 'expr_missing_value', text: msg.missingIndex(access?.prefix ?? '') };
    }
    case 'division_by_zero':
    case 'modulo_by_zero':
      return runtime(msg.divideByZero());
    case 'numeric_overflow':
      return runtime(msg.overflow());
    case 'no_such_overload': {
      const op = error.node?.op ?? '';
      const types = overloadTypes(error.summary, op);
      return runtime(types ? msg.runtimeTypes(op, types[0], types[1]) : msg.runtimeGeneric());
    }
    case 'int_conversion_error':
    case 'uint_conversion_error':
    case 'invalid_duration':
      return runtime(msg.conversion());
    case 'invalid_timestamp':
      return runtime(msg.badDate());
    case 'invalid_regular_expression':
      return runtime(msg.regex('unsupported'));
    default:
      return runtime(msg.runtimeGeneric());
  }
}

function toExpressionError(error: unknown): ExpressionError {
  if (error instanceof ExpressionError) return error;
  if (error instanceof BudgetExceeded) return new ExpressionError('expr_budget', msg.budget(), error.message);
  if (error instanceof EvaluationError) {
    const { code, text } = runtimeText(error);
    return new ExpressionError(code, text, error.message);
  }
  return new ExpressionError('expr_runtime', msg.runtimeGeneric(), String(error));
}

/** Runs a checked expression; the raw cel-js value (BigInt, Map…) is converted by the callers. */
function run(source: string, ctx: ExprContext, scope: ExprScope): unknown {
  const se = envFor(scope);
  const compiled = compile(se, source);
  if (!compiled.ok) {
    const { code, message, detail } = compiled.problem;
    throw new ExpressionError(code, message, detail);
  }
  // Only the roots the expression reads are converted: evaluation stays in the microseconds.
  const activation: Record<string, unknown> = {};
  for (const root of compiled.roots) activation[root] = se.conformers[root](ctx[root]);
  try {
    return metered(EVALUATION_BUDGET, () => compiled.run(activation));
  } catch (error) {
    throw toExpressionError(error);
  }
}

export { type ExprErrorCode, ExpressionError } from './error';

/** Evaluates an expression to plain JSON (numbers, never BigInt); throws ExpressionError. */
export function evaluate(source: string, ctx: ExprContext, scope: ExprScope): Json {
  return toJson(run(source, ctx, scope));
}

/**
 * Evaluates a condition. Reading data that is not there (`event.data.plan` on an event without a
 * plan) makes the condition false rather than failing the journey; other errors throw.
 */
export function evaluateBool(source: string, ctx: ExprContext, scope: ExprScope): boolean {
  return conditionValue(() => run(source, ctx, scope), toJson);
}
