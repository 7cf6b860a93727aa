/** RE2 patterns, compiled once: shared by cel-js's `matches()` (regex.ts) and the compiled plan programs. */
import { RE2JS } from 're2js';
import { BoundedCache } from './cache';

/** Longest pattern accepted. */
export const MAX_PATTERN_LENGTH = 200;

const compiled = new BoundedCache<string, RE2JS | Error>(500);

/** The compiled pattern, or the reason RE2 refused it. */
export function compilePattern(pattern: string): RE2JS | Error {
  const known = compiled.get(pattern);
  if (known) return known;
  let result: RE2JS | Error;
  try {
    result = RE2JS.compile(pattern);
  } catch (error) {
    result = error instanceof Error ? error : new Error(String(error));
  }
  return compiled.set(pattern, result);
}
