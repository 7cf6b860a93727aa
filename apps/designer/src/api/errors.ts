import { problemText } from '../i18n/problems';
import { useUi } from '../store/ui';
import type { Problem } from './types';

/**
 * An error answer of the API (problem+json), or a network failure (status 0). Its message is the problem in the
 * person's language at the time it came (see i18n/problems.ts), so every screen that shows `err.message` shows it in
 * Spanish or English; the API's own English stays in `problem.title` and `problem.detail`.
 */
export class ApiError extends Error {
  constructor(readonly problem: Problem) {
    super(problemText(problem, useUi.getState().lang));
  }
  get status(): number {
    return this.problem.status;
  }
}
