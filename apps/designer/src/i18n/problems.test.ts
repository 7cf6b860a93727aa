import { afterEach, describe, expect, it } from 'vitest';
import { ApiError } from '../api/errors';
import type { Problem } from '../api/types';
import { useUi } from '../store/ui';
import { PROBLEM_TEXTS, problemCode, problemText } from './problems';

const problem = (p: Partial<Problem> & Record<string, unknown>): Problem => ({ title: 'x', status: 409, ...p });

describe('problemText', () => {
  it('phrases a code with the members the API sends, in each language', () => {
    const limited = problem({ code: 'rate-limited', status: 429, retryAfter: 12 });
    expect(problemText(limited, 'es')).toBe('Demasiadas solicitudes: espera 12 s e inténtalo de nuevo.');
    expect(problemText(limited, 'en')).toBe('Too many requests: wait 12 s and try again.');
    const large = problem({ code: 'payload-too-large', status: 413, limit: 2 * 1_048_576 });
    expect(problemText(large, 'es')).toBe('Es demasiado grande: el máximo es 2 MB.');
    const queue = problem({ code: 'assignee-not-in-queue', queue: 'billing' });
    expect(problemText(queue, 'es')).toBe('Esa persona no atiende la cola «billing».');
    const ended = problem({ code: 'journey-ended', journeyStatus: 'cancelled' });
    expect(problemText(ended, 'es')).toBe('El recorrido ya terminó (cancelado).');
    expect(problemText(ended, 'en')).toBe('The journey already ended (cancelled).');
    const errors = problem({ code: 'flow-has-errors', errors: [{ path: 'a', message: 'm' }] });
    expect(problemText(errors, 'es')).toBe('El flujo tiene 1 error: corrígelos antes de publicar o simular.');
  });

  it('names the first invalid field by its words and counts the rest', () => {
    const invalid = problem({
      code: 'validation',
      status: 422,
      errors: [
        { path: 'events.0.queue', message: 'Required', code: 'required' },
        { path: 'x', message: 'm', code: 'custom' },
        { path: 'y', message: 'm', code: 'custom' },
      ],
    });
    expect(problemText(invalid, 'es')).toBe('Revisa los datos: falta «Cola». (y 2 más)');
    expect(problemText(invalid, 'en')).toBe('Check the data: “Queue” is missing. (and 2 more)');
    const odd = problem({ code: 'validation', status: 422, errors: [{ path: 'weird', message: 'm', code: 'custom' }] });
    expect(problemText(odd, 'es')).toBe('Revisa los datos: «weird» no es válido.');
  });

  it('reads the code from the type of a problem that has none, and the API text for a code it does not know', () => {
    const old = problem({ type: '/docs#problem-journey-stuck', title: 'Journey stuck' });
    expect(problemCode(old)).toBe('journey-stuck');
    expect(problemText(old, 'es')).toBe(PROBLEM_TEXTS['journey-stuck'].es);
    const unknown = problem({ type: 'https://other/x', title: 'Teapot', detail: 'short and stout' });
    expect(problemCode(unknown)).toBeNull();
    expect(problemText(unknown, 'es')).toBe('Teapot: short and stout');
  });

  it('fills every placeholder of every text from a problem that has its members', () => {
    const full = problem({
      requiredPermission: 'cases.reply',
      retryAfter: 3,
      limit: 1024,
      queue: 'support',
      requestId: 'r1',
      caseStatus: 'closed',
      journeyStatus: 'failed',
      errors: [{ path: 'name', message: 'm', code: 'too_small', limit: 2 }],
    });
    for (const code of Object.keys(PROBLEM_TEXTS)) {
      for (const lang of ['es', 'en'] as const) {
        expect(problemText({ ...full, code }, lang), `${code} ${lang}`).not.toMatch(/\{\w+\}/);
      }
    }
  });
});

describe('ApiError', () => {
  afterEach(() => useUi.setState({ lang: 'es' }));

  it('says the problem in the language the person reads when it comes, keeping the API text in the problem', () => {
    useUi.setState({ lang: 'es' });
    const es = new ApiError(
      problem({ code: 'case-held', title: 'Conflict', detail: 'Handoff t1 is held by someone else' }),
    );
    expect(es.message).toBe('Otra persona ya tomó este caso.');
    expect(es.problem.detail).toBe('Handoff t1 is held by someone else');
    useUi.setState({ lang: 'en' });
    expect(new ApiError(problem({ code: 'case-held' })).message).toBe('Someone else already took this case.');
  });
});
