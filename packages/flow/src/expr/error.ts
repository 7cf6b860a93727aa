/** The error an expression raises while running, shared by the cel-js path and the plan's compiled programs. */
import type { SourceRange } from '@marcbachmann/cel-js';
import type { Json } from '../journey';
import { msg, type Text } from './messages';

/** A problem found when checking an expression, in words for people and for engineers. */
export interface ExprProblem {
  code: 'expr_syntax' | 'expr_type' | 'expr_unknown_variable' | 'expr_regex' | 'expr_too_costly';
  message: Text;
  /** Technical detail for engineers (the checker's own words and position). */
  detail: string;
  /** Where in the source (or template text) the problem is, for highlighting. */
  range?: SourceRange;
}

/** Builds a problem. */
export function problem(code: ExprProblem['code'], message: Text, detail: string, range?: SourceRange): ExprProblem {
  return range ? { code, message, detail, range } : { code, message, detail };
}

/**
 * Why an expression could not be evaluated. `expr_missing_value` means it read a key that the event
 * or CRM data does not have (or a list position past the end); `expr_budget` means it did more work than
 * its budget allows (see budget.ts); the others are the compile-time codes (the expression was never
 * checked) or `expr_runtime` (division by zero, bad conversion…).
 */
export type ExprErrorCode = ExprProblem['code'] | 'expr_missing_value' | 'expr_runtime' | 'expr_budget';

/** An expression failed while running; `es`/`en` are for the people who designed the flow. */
export class ExpressionError extends Error {
  override readonly name = 'ExpressionError';
  readonly code: ExprErrorCode;
  readonly es: string;
  readonly en: string;
  readonly detail: string;

  constructor(code: ExprErrorCode, text: Text, detail: string) {
    super(text.en);
    this.code = code;
    this.es = text.es;
    this.en = text.en;
    this.detail = detail;
  }
}

/**
 * A condition's value: reading data that is not there (`event.data.plan` on an event without a plan) makes it
 * false rather than failing the journey; a value that is not true/false is an `expr_type` error.
 */
export function conditionValue(run: () => unknown, json: (value: unknown) => Json): boolean {
  let value: unknown;
  try {
    value = run();
  } catch (error) {
    if (error instanceof ExpressionError && error.code === 'expr_missing_value') return false;
    throw error;
  }
  if (typeof value !== 'boolean') {
    throw new ExpressionError('expr_type', msg.notBool(json(value)), `condition gave ${typeof value}`);
  }
  return value;
}
