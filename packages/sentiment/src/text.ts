/**
 * Text folding and tokenization. Pure string code (no Node built-ins): lowercase, accents stripped
 * ("pésimo" → "pesimo", "ñ" → "n"), curly quotes unified, punctuation kept as its own tokens so that
 * negation scopes and questions can be seen, emojis kept as tokens.
 */

export type TokenKind = 'word' | 'punct' | 'emoji';

export interface Token {
  /** Folded text: lowercase, no accents. For punctuation the run itself ("!!!", ","). */
  w: string;
  kind: TokenKind;
  /** The word was written in capitals (at least two letters), e.g. "NOW", "YA". */
  caps: boolean;
}

const MARKS = /[\u0300-\u036f]/g;
const QUOTES = /[\u2018\u2019\u0060\u00b4]/g;
const NON_ASCII = /[^\t\n\r -~]/;
/**
 * Numbers with separators as one token ("19.990", "29,99", "8:30", so a price does not end a sentence),
 * words (Latin letters once accents are stripped), runs of ! or ?, other punctuation, and emojis:
 * astral pictographs as surrogate pairs plus the BMP symbol blocks (❤ ☹ ⚠ ⭐ ‼ ⏳ …). No `u` flag: faster.
 */
const TOKEN =
  /\d+(?:[.,:]\d+)+|[A-Za-z0-9'*\u00C0-\u024F]+|[!?]+|[.,;:()]+|[\uD800-\uDBFF][\uDC00-\uDFFF]|[\u203C\u2049\u2300-\u23FF\u2600-\u27BF\u2B00-\u2BFF]/g;
const LETTER_OR_DIGIT = /[A-Za-z0-9\u00C0-\u024F]/;
const EDGE_QUOTES = /^'+|'+$/g;

export function stripAccents(text: string): string {
  return text.normalize('NFD').replace(MARKS, '');
}

export function tokenize(text: string): Token[] {
  const plain = NON_ASCII.test(text) ? stripAccents(text).replace(QUOTES, "'") : text;
  const out: Token[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(plain); m !== null; m = TOKEN.exec(plain)) {
    const raw = m[0];
    const c = raw.charCodeAt(0);
    if (c === 33 || c === 63 || c === 46 || c === 44 || c === 59 || c === 58 || c === 40 || c === 41) {
      out.push({ w: c === 40 || c === 41 ? ',' : raw, kind: 'punct', caps: false });
      continue;
    }
    if (c >= 0x2000) {
      out.push({ w: raw, kind: 'emoji', caps: false });
      continue;
    }
    if (!LETTER_OR_DIGIT.test(raw)) continue;
    const trimmed = raw.includes("'") ? raw.replace(EDGE_QUOTES, '') : raw;
    const lower = trimmed.toLowerCase();
    const caps = trimmed.length >= 2 && lower !== trimmed && trimmed === trimmed.toUpperCase();
    out.push({ w: lower, kind: 'word', caps });
  }
  return out;
}

/** "malisimoooo" → "malisimo", "goood" → "god" (used only as a fallback lookup key). */
export function squeeze(w: string): string {
  return w.replace(/(.)\1+/g, '$1');
}

/** Runs of three or more of a letter → two: "goooood" → "good", "graciasss" → "graciass". */
export function collapse(w: string): string {
  return w.replace(/(.)\1{2,}/g, '$1$1');
}

export function hasTriple(w: string): boolean {
  for (let i = 2; i < w.length; i++) if (w[i] === w[i - 1] && w[i] === w[i - 2]) return true;
  return false;
}

export function endsDoubled(w: string): boolean {
  const n = w.length;
  return n > 3 && w[n - 1] === w[n - 2] && !/\d/.test(w[n - 1]!);
}
