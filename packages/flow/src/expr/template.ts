/**
 * Message templates: text with `{{ expression }}` placeholders, such as
 * `Hola {{customer.name}}, tu pedido llega el {{event.data.eta}}`. A placeholder may give a fallback after a
 * single `|`, used when the value is missing or empty: `{{ event.data.eta | "pronto" }}` (quotes optional).
 */
import type { Json } from '../journey';
import { checkExpression } from './check';
import type { ExprContext, ExprScope } from './context';
import { evaluate } from './evaluate';
import type { ExprProblem } from './problems';
import { parseTemplate, type RenderedTemplate, renderWith } from './template-render';

export {
  type ParsedTemplate,
  parseTemplate,
  type RenderedTemplate,
  splitFallback,
  type TemplatePart,
} from './template-render';

/** Checks every placeholder of a template; problem ranges point into the template text. */
export function checkTemplate(text: string, scope: ExprScope): ExprProblem[] {
  const result = parseTemplate(text);
  if (!result.ok) return [result.problem];
  const problems: ExprProblem[] = [];
  for (const part of result.parts) {
    if (!('expr' in part)) continue;
    const check = checkExpression(part.expr, scope, 'any');
    if (check.ok) continue;
    const inner = text.slice(part.start + 2, part.end - 2);
    // The expression is the trimmed text before any `|`, so its offset is that of the first non-space.
    const offset = part.start + 2 + (inner.length - inner.trimStart().length);
    const r = check.problem.range;
    const range = r ? { start: offset + r.start, end: offset + r.end } : { start: part.start, end: part.end };
    problems.push({ ...check.problem, range });
  }
  return problems;
}

/**
 * Renders a template with cel-js, listing the placeholders that had no value and no fallback (see renderWith).
 */
export function renderTemplateChecked(text: string, ctx: ExprContext, scope: ExprScope): RenderedTemplate {
  return renderWith((source): Json => evaluate(source, ctx, scope), text);
}

/**
 * Renders a template. A placeholder without a value renders its fallback, or empty (see
 * renderTemplateChecked to learn which placeholders were empty); other errors throw ExpressionError.
 */
export function renderTemplate(text: string, ctx: ExprContext, scope: ExprScope): string {
  return renderTemplateChecked(text, ctx, scope).text;
}
