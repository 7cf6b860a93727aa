/** The cel-js evaluators, loaded by plan-eval.ts only for plans whose expressions are not all compiled. */
export { evaluate, evaluateBool } from './evaluate';
