/**
 * Message templates (parsing and rendering; checking is in template.ts): text with `{{ expression }}` placeholders, such as
 * `Hola {{customer.name}}, tu pedido llega el {{event.data.eta}}`. A placeholder may give a fallback after a
 * single `|`, used when the value is missing or empty: `{{ event.data.eta | "pronto" }}` (quotes optional).
 */
import type { Json } from '../journey';
import { BoundedCache } from './cache';
import { ExpressionError, type ExprProblem, problem } from './error';
import { msg } from './messages';

/**
 * A piece of a template: literal text, or a placeholder whose `start`/`end` span its `{{` and `}}`, with the
 * fallback text written after `|` when there is one.
 */
export type TemplatePart = { text: string } | { expr: string; start: number; end: number; fallback?: string };

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

/**
 * Splits `expr | fallback` at the first `|` outside quotes and brackets that is not part of `||`.
 * The fallback is trimmed and unquoted (`"pronto"`, `'pronto'` and `pronto` are the same).
 */
export function splitFallback(inner: string): { expr: string; fallback?: string } {
  let depth = 0;
  for (let i = 0; i < inner.length; i++) {
    const c = inner[i]!;
    if (QUOTES.has(c)) {
      i++;
      while (i < inner.length && inner[i] !== c) i += inner[i] === '\\' ? 2 : 1;
    } else if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ')' || c === ']' || c === '}') depth = Math.max(0, depth - 1);
    else if (c === '|' && depth === 0) {
      if (inner[i + 1] === '|') {
        i++;
        continue;
      }
      let fallback = inner.slice(i + 1).trim();
      const q = fallback[0];
      if (q && QUOTES.has(q) && fallback.length >= 2 && fallback.endsWith(q)) fallback = fallback.slice(1, -1);
      return { expr: inner.slice(0, i).trim(), fallback };
    }
  }
  return { expr: inner.trim() };
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
    const { expr, fallback } = splitFallback(text.slice(open + 2, close));
    const span = { start: open, end: close + 2 };
    if (!expr)
      return { ok: false, problem: problem('expr_syntax', msg.templateEmpty(), `empty placeholder at ${open}`, span) };
    parts.push({ expr, ...span, ...(fallback !== undefined ? { fallback } : {}) });
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

/** How a value reads inside a message: lists as "a, b", nothing as empty. */
function toText(value: Json): string {
  if (value === null) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return value.map(toText).join(', ');
  return JSON.stringify(value);
}

/** A rendered template, with the placeholders that had no value and no fallback (their source text). */
export interface RenderedTemplate {
  text: string;
  missing: string[];
}

/**
 * Renders a template and says which placeholders had no value. A placeholder has no value when it reads
 * data that is not there (`{{event.data.eta}}` on an event without `eta`) or gives empty text; then its
 * fallback is used when it has one, else it renders empty and is listed in `missing` (the caller decides
 * what a send does with that: see MissingDataRule). Other errors throw ExpressionError. `words` may turn a value into
 * the words the template's language uses for it (see valueInWords).
 */
export function renderWith(
  evaluate: (source: string) => Json,
  text: string,
  words: (expr: string, value: Json) => Json = (_, value) => value,
): RenderedTemplate {
  const result = parseTemplate(text);
  if (!result.ok) {
    const { code, message, detail } = result.problem;
    throw new ExpressionError(code, message, detail);
  }
  let out = '';
  const missing: string[] = [];
  for (const part of result.parts) {
    if (!('expr' in part)) {
      out += part.text;
      continue;
    }
    let value = '';
    try {
      value = toText(words(part.expr, evaluate(part.expr)));
    } catch (error) {
      if (!(error instanceof ExpressionError && error.code === 'expr_missing_value')) throw error;
    }
    if (value !== '') out += value;
    else if (part.fallback !== undefined) out += part.fallback;
    else if (!missing.includes(part.expr)) missing.push(part.expr);
  }
  return { text: out, missing };
}
