/**
 * Builds the word and emoji lexicons once at module load and answers lookups, including the
 * fallbacks for elongated words ("malisimoooo", "graciasss") and Spanish superlatives ("-ísimo").
 */
import { collapse, endsDoubled, hasTriple, squeeze } from '../text';
import type { EscalationReason } from '../types';
import { COMPLAINT_RULES } from './complaints';
import { EMOJI } from './emoji';
import { EN_WORDS } from './en';
import { ES_ADJ, ES_WORDS } from './es';
import { PHRASE_RULES, type PhraseFlag, type PhraseRuleSpec } from './phrases';

export const LANG_ES = 1;
export const LANG_EN = 2;

export interface Entry {
  v: number;
  anger: number;
  frust: number;
  urg: number;
  /** Intensifier weight (negative dampens). */
  boost: number;
  /** Booster only before a sentiment word, otherwise a word with valence `v`. */
  flex: boolean;
  /** 0 none, 1 always, 2 only right before a sentiment word. */
  neg: 0 | 1 | 2;
  /** "poco": flips a following positive word, dampens a negative one. */
  little: boolean;
  sarc: boolean;
  thanks: boolean;
  laugh: boolean;
  /** Eye-roll style emoji: marks sarcasm. */
  roll: boolean;
  lang: number;
}

function parse(table: string, lang: number, into: Map<string, Entry>, inflect = false): void {
  for (const raw of table.split(/[;\n]/)) {
    const parts = raw.trim().split(/\s+/);
    if (parts.length < 2 || !parts[0]) continue;
    const e: Entry = {
      v: Number(parts[1]),
      anger: 0,
      frust: 0,
      urg: 0,
      boost: 0,
      flex: false,
      neg: 0,
      little: false,
      sarc: false,
      thanks: false,
      laugh: false,
      roll: false,
      lang,
    };
    if (Number.isNaN(e.v)) throw new Error(`lexicon: bad valence in "${raw.trim()}"`);
    for (const f of parts.slice(2)) {
      const n = Number(f.slice(1));
      if (f[0] === 'a') e.anger = n;
      else if (f[0] === 'f') e.frust = n;
      else if (f[0] === 'u') e.urg = n;
      else if (f[0] === 'b') e.boost = n;
      else if (f === 'x') e.flex = true;
      else if (f === 'n') e.neg = 1;
      else if (f === 'n2') e.neg = 2;
      else if (f === 'p') e.little = true;
      else if (f === 's') e.sarc = true;
      else if (f === 't') e.thanks = true;
      else if (f === 'l') e.laugh = true;
      else if (f === 'r') e.roll = true;
      else throw new Error(`lexicon: unknown flag ${f} in "${raw.trim()}"`);
    }
    for (const word of parts[0].split('|')) {
      for (const form of inflect ? inflections(word) : [word]) {
        const prev = into.get(form);
        into.set(form, prev ? { ...e, lang: prev.lang | lang } : e);
      }
    }
  }
}

/** Spanish adjective forms: malo → mala/malos/malas, amable → amables, ladron → ladrones. */
function inflections(w: string): string[] {
  const last = w[w.length - 1];
  if (last === 'o') return [w, w.slice(0, -1) + 'a', w + 's', w.slice(0, -1) + 'as'];
  if (last === 'a' || last === 'e') return [w, w + 's'];
  if (last === 'z') return [w, w.slice(0, -1) + 'ces'];
  return [w, w + 'es', w + 'a', w + 'as'];
}

export const WORDS = new Map<string, Entry>();
parse(ES_ADJ, LANG_ES, WORDS, true);
parse(ES_WORDS, LANG_ES, WORDS);
parse(EN_WORDS, LANG_EN, WORDS);

export const EMOJIS = new Map<string, Entry>();
parse(EMOJI, LANG_ES | LANG_EN, EMOJIS);

/** Squeezed key ("god" for "good") → the word, for elongated spellings. Ambiguous keys are dropped. */
const SQUEEZED = new Map<string, string | null>();
for (const w of WORDS.keys()) {
  const k = squeeze(w);
  const prev = SQUEEZED.get(k);
  SQUEEZED.set(k, prev === undefined || prev === w ? w : null);
}

export interface Lookup {
  entry: Entry | undefined;
  /** The form used for phrase matching ("malisimoooo" → "malisimo"). */
  canon: string;
  /** Emphasis from spelling: elongation or superlative, 1 when none. */
  emph: number;
}

const SUPERLATIVE = /isim(?:o|a|os|as)$/;

/** Masked profanity ("f***ing", "m*erda"). */
const MASKED = /^[a-z]+\*+[a-z]*$/;
const PROFANITY: Entry = { ...WORDS.get('fuck')!, lang: LANG_ES | LANG_EN };

/**
 * Chat spellings and common misspellings → the standard form, so that lexicon and phrase rules see
 * one spelling ("q" → "que", "nesesito" → "necesito", "xq" → "porque", "plz" → "please").
 */
export const SPELLING = new Map<string, string>(
  (
    'q:que k:que ke:que xq:porque pq:porque porq:porque porke:porque xk:porque nesesito:necesito ' +
    'nesecito:necesito nececito:necesito necesto:necesito nesito:necesito nescesito:necesito ablar:hablar ' +
    'ablo:hablo aser:hacer ase:hace urjente:urgente ejecutibo:ejecutivo ejecutiba:ejecutiva ' +
    'supervizor:supervisor superbisor:supervisor kiero:quiero qiero:quiero tmb:tambien tb:tambien xfa:porfa ' +
    'xfavor:porfa porfis:porfa plis:porfa pls:please plz:please plox:please recieve:receive ' +
    'recieved:received recived:received wat:what ppl:people thnx:thanks thanx:thanks tnx:thanks ' +
    'bc:because cuz:because coz:because acct:account msg:message grax:gracias grcs:gracias'
  )
    .split(' ')
    .map((pair) => pair.split(':') as [string, string]),
);

export function lookup(w: string): Lookup {
  const hit = WORDS.get(w);
  if (hit) return { entry: hit, canon: w, emph: 1 };
  const fixed = SPELLING.get(w);
  if (fixed !== undefined) return lookup(fixed);
  if (w.includes('*') && MASKED.test(w)) return { entry: PROFANITY, canon: w, emph: 1 };
  // Numbers ("1000", "2,000") and short words ("bbb", "zzz") are not elongated words.
  const triple = w.length > 3 && !/\d/.test(w) && hasTriple(w);
  let canon = w;
  // Spanish words never end in a doubled letter, so "graciass" / "holaa" are elongations; English
  // "mall", "bill", "less" end in consonant pairs other than "ss" and are left alone.
  if (triple || (endsDoubled(w) && /[aeiousy]$/.test(w))) {
    const c2 = collapse(w);
    const s = squeeze(w);
    const key = WORDS.has(c2) ? c2 : WORDS.has(s) ? s : SQUEEZED.get(s);
    if (key) return { entry: WORDS.get(key), canon: key, emph: triple ? 1.2 : 1 };
    canon = triple ? s : w;
  }
  const m = canon.length > 6 && canon.includes('isim') ? SUPERLATIVE.exec(canon) : null;
  if (m) {
    const base = canon.slice(0, m.index);
    for (const cand of [base + 'o', base + 'e', base, base.replace(/qu$/, 'co'), base.replace(/gu$/, 'go')]) {
      const e = WORDS.get(cand);
      if (e && e.v !== 0) return { entry: e, canon: cand, emph: 1.4 };
    }
  }
  return { entry: undefined, canon, emph: 1 };
}

/** A compiled rule; every field present so the hot loop sees one object shape. */
export interface PhraseRule {
  id: string;
  v: number;
  anger: number;
  frust: number;
  urg: number;
  reason: EscalationReason | null;
  negatable: boolean;
  notInQuestion: boolean;
  notInInfoQuestion: boolean;
  context: RegExp | null;
  reasonIf: 'notPositive' | 'negative' | null;
  flag: PhraseFlag | null;
  max: number;
  patterns: string[];
  /** One compiled RegExp per pattern (global). */
  res: RegExp[];
  /** Pattern ids in the gate (see `gatePatterns`), index-aligned with `res`. */
  ids: number[];
}

let nextId = 0;
export const PHRASES: PhraseRule[] = [...PHRASE_RULES, ...COMPLAINT_RULES].map((r: PhraseRuleSpec) => ({
  id: r.id,
  v: r.v,
  anger: r.anger ?? 0,
  frust: r.frust ?? 0,
  urg: r.urg ?? 0,
  reason: r.reason ?? null,
  negatable: r.negatable ?? false,
  notInQuestion: r.notInQuestion ?? false,
  notInInfoQuestion: r.notInInfoQuestion ?? false,
  context: r.context ? new RegExp(r.context) : null,
  reasonIf: r.reasonIf ?? null,
  flag: r.flag ?? null,
  max: r.max ?? 1,
  patterns: r.patterns,
  res: r.patterns.map((p) => {
    // An empty alternative ("a|b|") would match every message: refuse it at load, not in production.
    if (new RegExp(p).test('')) throw new Error(`phrase rule ${r.id}: a pattern matches the empty text`);
    return new RegExp(p, 'g');
  }),
  ids: r.patterns.map(() => nextId++),
}));
export const PATTERN_COUNT = nextId;

/**
 * Literal words of a pattern (escapes, character classes and optional letters removed). Every
 * alternative of a pattern contains a content literal of 3+ letters at a word start, so "some word
 * of the message starts like one of the pattern's literals" is a necessary condition for a match:
 * patterns that cannot match are skipped without running their regex.
 */
export function literals(pattern: string): string[] {
  const plain = pattern
    .replace(/\\[a-zA-Z]/g, ' ')
    .replace(/\[[^\]]*\]/g, '')
    .replace(/[a-z'](?=[?*+{])/g, '');
  return plain.match(/[a-z][a-z']{2,}/g) ?? [];
}

/** Top-level alternatives of a pattern ("a|(?:b|c)|d" → ["a", "(?:b|c)", "d"]). */
export function alternatives(pattern: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let inClass = false;
  let start = 0;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
    } else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      out.push(pattern.slice(start, i));
      start = i + 1;
    }
  }
  out.push(pattern.slice(start));
  return out;
}

/**
 * Literals that must start a word of the folded text: `\\b`, a space or the start before them.
 * Character classes, `\\w`, groups and quantified letters break a literal, and a literal right after
 * such a break is not at a word start ("\\w+ing", "[a-z]+ing"), so it is not used.
 */
export function wordStartLiterals(text: string): string[] {
  const plain = text
    .replace(/\\[bs]/g, ' ')
    .replace(/\\./g, '\x01')
    .replace(/\[[^\]]*\]/g, '\x01')
    .replace(/[a-z'](?=[?*+{])/g, '\x01');
  const out: string[] = [];
  for (const m of plain.matchAll(/(?:^| )([a-z][a-z']{2,})/g)) if (!GATE_STOP.has(m[1]!)) out.push(m[1]!);
  return out;
}

/** The literals of a pattern that the gate uses (function words left out). */
export function gateLiterals(pattern: string): string[] {
  return literals(pattern).filter((l) => !GATE_STOP.has(l));
}

/**
 * Function words are left out of the gate (they would open it for almost every message); every
 * alternative still has a content literal. `gate.test.ts` checks that gated and ungated runs agree.
 */
const GATE_STOP = new Set(
  (
    'que con una uno unos unas los las del por para pero como muy esta este esto estoy estan todo toda ' +
    "tengo tiene hay hace sea son sus the you your and this that for with can are was its it's have has " +
    "been not all one from what how why just will did does don't our their them they who"
  ).split(' '),
);

/**
 * Frequent words in customer messages. The gate only affects speed, never results: it keys each
 * pattern on its rarest mandatory literals, so frequent words ("llamar", "you", "son") should not be
 * the key when a rarer mandatory part (an insult, a regulator's name) exists.
 */
const COMMON_KEYS = new Set<string>();
for (const w of [
  ...GATE_STOP,
  ...(
    'servicio service cuenta account pedido order internet plan llamar llamo llame llamado call called calling ' +
    'dias days semana week mes month vez veces time times hoy today ahora now still again otra otro nuevo more ' +
    'mas bien good gracias thanks please favor hola hello necesito need quiero want puedo pueden hablar talk ' +
    'speak they tengo llevo sin nada nadie nunca never ustedes usted me mi los les tiene dos tres aqui here ' +
    'get got know some any there when where would could should ser estar fue was were por dar hacer make'
  ).split(' '),
]) {
  if (w.length >= 3) COMMON_KEYS.add(w.slice(0, Math.min(4, w.length)));
  if (w.length >= 3) COMMON_KEYS.add(w.slice(0, 3));
}

function literalCost(l: string): number {
  const key = l.slice(0, Math.min(4, l.length));
  return COMMON_KEYS.has(key) ? 40 : l.length === 3 ? 6 : 1;
}

/**
 * The gate literals of one branch: the cheapest of its mandatory parts that always contains a
 * content literal at a word start — one literal outside any group, or a mandatory (not optional,
 * not a lookaround) group whose every alternative has gate literals of its own. Null when none.
 */
export function branchGate(branch: string): string[] | null {
  let outside = '';
  // Mandatory groups, and whether each starts a word (otherwise "llam(?:ando|aron)": "ando" is no start).
  const groups: { body: string; atStart: boolean }[] = [];
  for (let i = 0; i < branch.length; i++) {
    const c = branch[i]!;
    if (c === '\\') {
      outside += branch.slice(i, i + 2);
      i++;
    } else if (c === '[') {
      const end = branch.indexOf(']', i + 2);
      outside += branch.slice(i, end + 1);
      i = end;
    } else if (c === '(') {
      let depth = 0;
      let j = i;
      for (; j < branch.length; j++) {
        if (branch[j] === '\\') j++;
        else if (branch[j] === '(') depth++;
        else if (branch[j] === ')' && --depth === 0) break;
      }
      const inner = branch.slice(i + 1, j);
      const optional = /^[?*]|^\{0,/.test(branch.slice(j + 1));
      const look = /^\?<?[=!]/.test(inner);
      const body = inner.replace(/^\?:/, '');
      const atStart = outside === '' || outside.endsWith(' ') || outside.endsWith('\\b');
      if (!optional && !look) groups.push({ body, atStart });
      // Lookarounds take no text. A group whose every alternative ends in a space ("(?:the )?") is
      // followed by a word start; any other group may end inside a word ("(?:re)?cargo").
      if (!look) outside += alternatives(body).every((x) => x.endsWith(' ')) ? ' ' : '\x01';
      const quantifier = /^(?:[?*+]|\{\d*,?\d*\})\??/.exec(branch.slice(j + 1));
      i = j + (quantifier ? quantifier[0].length : 0);
    } else outside += c;
  }
  let best: string[] | null = null;
  let bestCost = Number.POSITIVE_INFINITY;
  for (const l of wordStartLiterals(outside)) {
    const c = literalCost(l);
    if (c < bestCost) {
      best = [l];
      bestCost = c;
    }
  }
  for (const g of groups) {
    const parts = alternatives(g.body).map((a) => branchGate(g.atStart ? a : '\x01' + a));
    if (parts.some((x) => x === null)) continue;
    const lits = (parts as string[][]).flat();
    const c = lits.reduce((sum, l) => sum + literalCost(l), 0);
    if (c < bestCost) {
      best = lits;
      bestCost = c;
    }
  }
  return best;
}

/** A branch is covered when `branchGate` finds gate literals for it. */
export function branchCovered(branch: string): boolean {
  return branchGate(branch) !== null;
}

/** Patterns the gate cannot prove safe to skip: they run on every message. */
export const ALWAYS_ON: number[] = [];

/** Literal prefix (4 letters, or a whole 3-letter literal) → ids of the patterns that may match. */
const GATE4 = new Map<string, number[]>();
const GATE3 = new Map<string, number[]>();
for (const r of PHRASES) {
  r.patterns.forEach((p, i) => {
    const perBranch = alternatives(p).map(branchGate);
    if (perBranch.some((x) => x === null)) {
      ALWAYS_ON.push(r.ids[i]!);
      return;
    }
    for (const lit of new Set((perBranch as string[][]).flat())) {
      const map = lit.length >= 4 ? GATE4 : GATE3;
      const k = lit.slice(0, 4);
      const ids = map.get(k) ?? [];
      if (!ids.includes(r.ids[i]!)) ids.push(r.ids[i]!);
      map.set(k, ids);
    }
  });
}

/** Marks in `on` the patterns that a message containing this folded word may match. */
export function gatePatterns(w: string, on: Uint8Array): void {
  if (w.length < 3) return;
  const a = GATE3.get(w.slice(0, 3));
  if (a) for (const id of a) on[id] = 1;
  if (w.length < 4) return;
  const b = GATE4.get(w.slice(0, 4));
  if (b) for (const id of b) on[id] = 1;
}
