/**
 * `matches()` on RE2: a linear-time engine (the pure-JS port, so it also runs in the workflow sandbox). No
 * pattern can backtrack, so `(a|a)+$` on a long text costs what `a+$` costs. Patterns must be text literals,
 * checked when the flow compiles; RE2 refuses back-references and look-arounds, which is said in plain words.
 */
import type { ASTNode } from '@marcbachmann/cel-js';
import type { RE2JS } from 're2js';
import { walk } from './ast';
import { REGEX_UNITS_PER_CHAR, spend } from './budget';
import { compilePattern, MAX_PATTERN_LENGTH } from './re2';

export { compilePattern, MAX_PATTERN_LENGTH } from './re2';

/** Why a `matches()` call cannot be accepted: not a literal, too long, or not RE2 syntax. */
export type PatternProblem = { node: ASTNode; reason: 'not_literal' | 'too_long' | 'unsupported'; detail: string };

/** The first `matches()` whose pattern cannot run on RE2, or undefined. */
export function patternProblem(ast: ASTNode): PatternProblem | undefined {
  let found: PatternProblem | undefined;
  walk(ast, (n) => {
    if (found || n.op !== 'rcall' || n.args[0] !== 'matches') return;
    const pattern = n.args[2][0];
    if (pattern?.op !== 'value' || typeof pattern.args !== 'string') {
      found = { node: n, reason: 'not_literal', detail: 'the pattern of matches() must be a text literal' };
    } else if (pattern.args.length > MAX_PATTERN_LENGTH) {
      found = { node: n, reason: 'too_long', detail: `pattern longer than ${MAX_PATTERN_LENGTH} characters` };
    } else {
      const re = compilePattern(pattern.args);
      if (re instanceof Error) found = { node: n, reason: 'unsupported', detail: re.message };
    }
  });
  return found;
}

interface Evaluating {
  run(node: unknown, ctx: unknown): unknown;
}

/**
 * Points every `matches()` node of a checked tree at RE2. The node keeps its place in the tree, so the rest of
 * cel-js (types, errors, the receiver's evaluation) is untouched. Call only on trees `patternProblem` accepted.
 */
export function useRe2(ast: ASTNode): void {
  walk(ast, (n) => {
    if (n.op !== 'rcall' || n.args[0] !== 'matches') return;
    const re = compilePattern(n.args[2][0]?.args as string) as RE2JS;
    const receiver = n.args[1];
    Object.defineProperty(n, 'evaluate', {
      value: (ev: Evaluating, _ast: unknown, ctx: unknown) => {
        const text = ev.run(receiver, ctx);
        // A `dyn` receiver (event data) is only known now.
        if (typeof text !== 'string') throw new TypeError(`matches() needs a text, got ${typeof text}`);
        spend(text.length * REGEX_UNITS_PER_CHAR);
        return re.matcher(text).find();
      },
      writable: true,
      configurable: true,
    });
  });
}
