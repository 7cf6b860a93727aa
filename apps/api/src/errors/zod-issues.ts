import type { z } from 'zod';
import type { FieldError } from './api-error';

/** zod's words, except a missing field, which says so plainly. */
function messageOf(issue: Issue): string {
  if (issue.code === 'invalid_type' && /received undefined$/.test(issue.message)) {
    return `Required (${issue.expected})`;
  }
  return issue.message;
}

/**
 * What a client needs to phrase an issue in its own language: `required` for a missing field, else zod's issue code,
 * with the bound of a size or range check.
 */
function codeOf(issue: Issue): Pick<FieldError, 'code' | 'limit'> {
  if (issue.code === 'invalid_type' && /received undefined$/.test(issue.message)) return { code: 'required' };
  if (issue.code === 'too_small' || issue.code === 'too_big') {
    const bound = issue.code === 'too_small' ? issue.minimum : issue.maximum;
    return { code: issue.code, ...(typeof bound === 'number' ? { limit: bound } : {}) };
  }
  return { code: issue.code };
}

/** `['events', 3, 'customerId']` → `events.3.customerId`; the root is ''. */
export function dottedPath(path: readonly PropertyKey[]): string {
  return path.map((p) => String(p)).join('.');
}

type Issue = z.core.$ZodIssue;

/** Whether an issue says the value has the wrong shape altogether (wrong type at the root, in every union branch). */
function rootMismatch(issue: Issue): boolean {
  if (issue.path.length > 0) return false;
  if (issue.code === 'invalid_type') return true;
  return issue.code === 'invalid_union' && issue.errors.every((branch) => branch.some(rootMismatch));
}

/** How far a union branch was from matching: a wrong type at the branch's root is the worst; then fewer issues win. */
function distance(branch: readonly Issue[]): number {
  return (branch.some(rootMismatch) ? 1_000_000 : 0) + branch.length;
}

/**
 * zod issues as field errors. A failed union reports the errors of the branch that came closest (the right shape,
 * fewest issues), so `{ type: 'x' }` sent as an event says `customerId: required`, not "no union member matched".
 */
export function fieldErrors(issues: readonly Issue[], prefix: readonly PropertyKey[] = []): FieldError[] {
  const out: FieldError[] = [];
  for (const issue of issues) {
    const path = [...prefix, ...issue.path];
    if (issue.code === 'invalid_union' && issue.errors.length > 0) {
      const best = [...issue.errors].sort((a, b) => distance(a) - distance(b))[0]!;
      if (best.length > 0) {
        out.push(...fieldErrors(best, path));
        continue;
      }
    }
    out.push({ path: dottedPath(path), message: messageOf(issue), ...codeOf(issue) });
  }
  return out;
}
