/** Pattern pieces the phrase lexicons share, on the folded text (one space between tokens). */

/** One token that is not a sentence end ("." "!" "?"); a price such as "19.990" is one token. */
const TOKEN = '(?![.!?]+(?: |$))[^ ]+';
/** Up to `n` more tokens (words or commas) inside the same sentence. */
export const gap = (n: number): string => `(?: ${TOKEN}){0,${n}}`;
