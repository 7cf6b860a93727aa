/**
 * Message templates: text with `{{ expression }}` placeholders, such as
 * `Hola {{customer.name}}, tu pedido llega el {{event.data.eta}}`.
 */
import type { Json } from '../journey';
import { BoundedCache } from './cache';
import { checkExpression } from './check';
import type { ExprContext, ExprScope } from './context';
import { ExpressionError, evaluate } from './evaluate';
import { msg } from './messages';
import { type ExprProblem, problem } from './problems';

/** A piece of a template: literal text, or a placeholder whose `start`/`end` span its `{{` and `}}`. */
export type TemplatePart = { text: string } | { expr: string; start: number; end: number };

/** The outcome of splitting a template into parts. */
export type ParsedTemplate = { ok: true; parts: TemplatePart[] } | { ok: false; problem: ExprProblem };

const QUOTES = new Set(['"', "'"]);

/**
 * Finds the `}}` that closes a placeholder whose expression starts at `from`. Braces of map literals
 * and anything inside string literals (`{{ "}}" + x }}`) do not count.
 * Returns the index of the closing `}}`, or a reason it is missing.
 */
function findClose(text: string, from: number): number | 'unclosed' | 'quote' {
  let depth = 0;
  for (let i = from; i < text.length; i++) {
    const c = text[i]!;
    if (QUOTES.has(c)) {
      const raw = /[rR]/.test(text[i - 1] ?? '');
      const quote = text.startsWith(c.repeat(3), i) ? c.repeat(3) : c;
      i += quote.length;
      while (i < text.length && !text.startsWith(quote, i)) i += text[i] === '\\' && !raw ? 2 : 1;
      if (i >= text.length) return 'quote';
      i += quote.length - 1;
    } else if (c === '{') depth++;
    else if (c === '}') {
      if (depth > 0) depth--;
      else if (text[i + 1] === '}') return i;
    }
  }
  return 'unclosed';
}

function parseUncached(text: string): ParsedTemplate {
  const parts: TemplatePart[] = [];
  let pos = 0;
  for (let open = text.indexOf('{{'); open >= 0; open = text.indexOf('{{', pos)) {
    const close = findClose(text, open + 2);
    if (typeof close !== 'number') {
      const message = close === 'quote' ? msg.unclosedQuote() : msg.templateUnclosed();
      const range = { start: open, end: text.length };
      return { ok: false, problem: problem('expr_syntax', message, `placeholder at ${open} is not closed`, range) };
    }
    if (open > pos) parts.push({ text: text.slice(pos, open) });
    const expr = text.slice(open + 2, close).trim();
    const span = { start: open, end: close + 2 };
    if (!expr)
      return { ok: false, problem: problem('expr_syntax', msg.templateEmpty(), `empty placeholder at ${open}`, span) };
    parts.push({ expr, ...span });
    pos = close + 2;
  }
  if (pos < text.length) parts.push({ text: text.slice(pos) });
  return { ok: true, parts };
}

const parsed = new BoundedCache<string, ParsedTemplate>(500);

/** Splits a template into text and placeholders; an unclosed `{{` is a problem. */
export function parseTemplate(text: string): ParsedTemplate {
  return parsed.get(text) ?? parsed.set(text, parseUncached(text));
}

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
    const offset = part.start + 2 + (inner.length - inner.trimStart().length);
    const r = check.problem.range;
    const range = r ? { start: offset + r.start, end: offset + r.end } : { start: part.start, end: part.end };
    problems.push({ ...check.problem, range });
  }
  return problems;
}

/** How a value reads inside a message: lists as "a, b", nothing as empty. */
function toText(value: Json): string {
  if (value === null) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return value.map(toText).join(', ');
  return JSON.stringify(value);
}

/**
 * Renders a template. A placeholder reading data that is not there (`{{event.data.eta}}` on an event
 * without `eta`) renders empty, so a message still goes out; other errors throw ExpressionError.
 */
export function renderTemplate(text: string, ctx: ExprContext, scope: ExprScope): string {
  const result = parseTemplate(text);
  if (!result.ok) {
    const { code, message, detail } = result.problem;
    throw new ExpressionError(code, message, detail);
  }
  let out = '';
  for (const part of result.parts) {
    if (!('expr' in part)) {
      out += part.text;
      continue;
    }
    try {
      out += toText(evaluate(part.expr, ctx, scope));
    } catch (error) {
      if (!(error instanceof ExpressionError && error.code === 'expr_missing_value')) throw error;
    }
  }
  return out;
}
