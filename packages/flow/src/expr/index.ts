/**
 * The expression language of Ruta: CEL conditions, filters and `{{ }}` message templates, type-checked
 * at compile time against the journey context and evaluated deterministically (no clock, no I/O,
 * no Node built-ins) inside Temporal workflows and the browser.
 */
export { EVALUATION_BUDGET, lastEvaluationCost, REGEX_UNITS_PER_CHAR, withoutMeter } from './budget';
export { checkExpression, type ExprCheck, type ExprExpect, programOf } from './check';
export {
  CONTEXT_TYPES,
  type ContextVariable,
  contextVariables,
  type ExprContext,
  type ExprScope,
  ROOTS,
  type Root,
  rootTypes,
  typeAtPath,
} from './context';
export { ASSUMED_LIST_SIZE } from './cost';
export { type ExprErrorCode, ExpressionError, evaluate, evaluateBool } from './evaluate';
export type { Text } from './messages';
export type { ExprProblem } from './problems';
export type { Program } from './program';
export {
  checkTemplate,
  type ParsedTemplate,
  parseTemplate,
  type RenderedTemplate,
  renderTemplate,
  renderTemplateChecked,
  splitFallback,
  type TemplatePart,
} from './template';
export { toJson, zeroValue } from './types';
export { type TemplateLang, VALUE_WORDS, valueInWords } from './value-words';
