/**
 * The escalation model's features, shared by training and inference: each folded word, each pair of
 * neighbouring words, and the character 3- to 5-grams of each word with its edges ("<cobr", "bro>"),
 * hashed (FNV-1a) into 2^bits buckets. Character n-grams carry what a word list cannot: conjugations,
 * clitics, typos and the shared stems of Spanish and English ("reembols", "refund", "cobr").
 */

/** 32-bit FNV-1a of a string. */
export function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

const MIN_GRAM = 3;
const MAX_GRAM = 5;
const OFFSET = 0x811c9dc5;
const PRIME = 0x01000193;
const step = (h: number, c: number): number => Math.imul(h ^ c, PRIME);
/** FNV state after the kind prefix ("w", "b", "c"), so each feature hashes as `fnv1a(kind + text)`. */
const W0 = step(OFFSET, 119);
const B0 = step(OFFSET, 98);
const C0 = step(OFFSET, 99);
const LT = 60; // <
const GT = 62; // >

/** Distinct-feature bookkeeping without a Set: a bucket is seen when its stamp is the current call's. */
let marks = new Uint32Array(0);
let stamp = 0;

/**
 * Distinct hashed feature indexes of a message given as folded words. Same values as hashing the strings
 * `w<word>`, `b<word> <next>` and `c<n-gram of "<word>">` with `fnv1a`, computed incrementally.
 */
export function featureIndexes(words: readonly string[], bits: number): Int32Array {
  const mask = (1 << bits) - 1;
  if (marks.length !== 1 << bits) marks = new Uint32Array(1 << bits);
  if (++stamp === 0xffffffff) {
    marks.fill(0);
    stamp = 1;
  }
  const out: number[] = [];
  const add = (h: number) => {
    const i = (h >>> 0) & mask;
    if (marks[i] !== stamp) {
      marks[i] = stamp;
      out.push(i);
    }
  };
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    let h = W0;
    for (let k = 0; k < w.length; k++) h = step(h, w.charCodeAt(k));
    add(h);
    const next = words[i + 1];
    if (next !== undefined) {
      let b = B0;
      for (let k = 0; k < w.length; k++) b = step(b, w.charCodeAt(k));
      b = step(b, 32);
      for (let k = 0; k < next.length; k++) b = step(b, next.charCodeAt(k));
      add(b);
    }
    // Character n-grams of "<word>": position -1 is "<", position w.length is ">".
    const edged = w.length + 2;
    for (let j = 0; j + MIN_GRAM <= edged; j++) {
      let c = C0;
      for (let n = 1; n <= MAX_GRAM && j + n <= edged; n++) {
        const at = j + n - 2;
        c = step(c, at < 0 ? LT : at === w.length ? GT : w.charCodeAt(at));
        if (n >= MIN_GRAM) add(c);
      }
    }
  }
  return Int32Array.from(out);
}

/** The features one word brings on its own (its word feature and its character n-grams). */
export function wordIndexes(word: string, bits: number): Int32Array {
  return featureIndexes([word], bits);
}

/**
 * Hashed indexes of the rules' findings ("sig:money_lost", "label:negative"), as `fnv1a("r" + token)`: each
 * weighs 1 (not normalised by the message's length), so the models learn how far to trust each rule.
 */
export function ruleIndexes(tokens: readonly string[], bits: number): Int32Array {
  const mask = (1 << bits) - 1;
  const out = new Set<number>();
  for (const t of tokens) out.add(fnv1a(`r${t}`) & mask);
  return Int32Array.from(out);
}
