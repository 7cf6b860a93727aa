/** Compile-time checking: parse, type-check against the scope, and cache the result per source. */
import type { ParseResult } from '@marcbachmann/cel-js';
import type { ValueType } from '../catalog/types';
import { rootsOf } from './ast';
import { EVALUATION_BUDGET } from './budget';
import { type ExprScope, type Root, typeAtPath } from './context';
import { estimateCost } from './cost';
import { envFor, MAX_SOURCE_LENGTH, type ScopeEnv } from './env';
import { lower } from './lower';
import { msg } from './messages';
import { type ExprProblem, problem, problemFromError } from './problems';
import type { Program } from './program';
import { patternProblem, useRe2 } from './regex';

/** An expression parsed and checked once, ready to run. */
export type Compiled =
  | { ok: true; run: ParseResult; type: string; valueType: ValueType; roots: Root[] }
  | { ok: false; problem: ExprProblem };

/** The outcome of checking an expression: its type, or the first problem. */
export type ExprCheck = { ok: true; type: string; valueType: ValueType } | { ok: false; problem: ExprProblem };

/** What a place in a node needs an expression to produce. */
export type ExprExpect = 'bool' | 'string' | 'number' | 'any';

const ACCEPTS: Record<Exclude<ExprExpect, 'any'>, ReadonlySet<string>> = {
  // `dyn` (event data, customer attributes) cannot be known before running, so it is accepted and
  // checked when the expression runs.
  bool: new Set(['bool', 'dyn']),
  string: new Set(['string', 'dyn']),
  number: new Set(['int', 'double', 'uint', 'dyn']),
};

/**
 * cel-js names records it built from a schema `$root.field`; people and the compiler get a plain CEL
 * type name (`map<string, dyn>`) plus, in `valueType`, the record's declared fields.
 */
function publicType(celType: string, scope: ExprScope): { type: string; valueType: ValueType } {
  if (celType.startsWith('$')) {
    const valueType = typeAtPath(scope, celType.slice(1).split('.')) ?? 'map<string, dyn>';
    return { type: 'map<string, dyn>', valueType };
  }
  const type = celType
    .replaceAll('google.protobuf.Timestamp', 'timestamp')
    .replaceAll('google.protobuf.Duration', 'duration')
    .replace(/\$[\w.]+/g, 'map<string, dyn>');
  return { type, valueType: type };
}

function compileUncached(se: ScopeEnv, source: string): Compiled {
  if (!source.trim()) return { ok: false, problem: problem('expr_syntax', msg.empty(), 'empty expression') };
  if (source.length > MAX_SOURCE_LENGTH) {
    return { ok: false, problem: problem('expr_syntax', msg.tooLong(), `longer than ${MAX_SOURCE_LENGTH} characters`) };
  }
  let run: ParseResult;
  try {
    run = se.env.parse(source);
  } catch (error) {
    return { ok: false, problem: problemFromError(error, source, se.scope) };
  }
  const checked = run.check();
  if (!checked.valid || !checked.type) {
    return { ok: false, problem: problemFromError(checked.error, source, se.scope) };
  }
  const regex = patternProblem(run.ast);
  if (regex) {
    return { ok: false, problem: problem('expr_regex', msg.regex(regex.reason), regex.detail, regex.node.range) };
  }
  const cost = estimateCost(run.ast);
  if (cost > EVALUATION_BUDGET) {
    const detail = `estimated cost ${cost} units, budget ${EVALUATION_BUDGET}`;
    return {
      ok: false,
      problem: problem('expr_too_costly', msg.tooCostly(), detail, { start: 0, end: source.length }),
    };
  }
  useRe2(run.ast);
  return { ok: true, run, ...publicType(checked.type, se.scope), roots: rootsOf(run.ast) };
}

/** Parses and checks an expression in a scope's environment, once per source. */
export function compile(se: ScopeEnv, source: string): Compiled {
  return se.exprs.get(source) ?? se.exprs.set(source, compileUncached(se, source));
}

/** Checks an expression against the journey context and the type its place expects. */
export function checkExpression(source: string, scope: ExprScope, expect: ExprExpect): ExprCheck {
  const compiled = compile(envFor(scope), source);
  if (!compiled.ok) return compiled;
  if (expect !== 'any' && !ACCEPTS[expect].has(compiled.type)) {
    const detail = `expected ${expect}, got ${compiled.type}`;
    const range = { start: 0, end: source.length };
    return { ok: false, problem: problem('expr_type', msg.expect(expect, compiled.type), detail, range) };
  }
  return { ok: true, type: compiled.type, valueType: compiled.valueType };
}

/** The compiled form of an expression for workflow code (program.ts), or null when only cel-js evaluates it. */
export function programOf(source: string, scope: ExprScope): Program | null {
  const compiled = compile(envFor(scope), source);
  return compiled.ok ? lower(compiled.run.ast) : null;
}
