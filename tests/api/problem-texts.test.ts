// Every problem the API can answer reads in Spanish and English in the designer: the API's codes (its catalogue) each
// have words in the designer's table, and real problems from the real app read as the designer shows them.

import { join } from 'node:path';
import { PERMISSIONS, PROBLEM_CODES, PROBLEM_REASONS, PROBLEMS } from '@ruta/api';
import { createQueue, createTicket, upsertCustomer } from '@ruta/db';
import { beforeAll, describe, expect, it } from 'vitest';
import { expectProblem, type PersonSession, ROOT, withApi } from './support';

/** The designer's table and wording (apps/designer/src/i18n/problems.ts; the tests project does not compile the app). */
const designer = (await import(/* @vite-ignore */ join(ROOT, 'apps/designer/src/i18n/problems.ts'))) as {
  PROBLEM_TEXTS: Record<string, { es: string; en: string }>;
  PERMISSION_TEXTS: Record<string, { es: string; en: string }>;
  problemText(problem: Record<string, unknown>, lang: 'es' | 'en'): string;
};
const { PROBLEM_TEXTS } = designer;

const DESIGNER_ONLY = ['network', 'offline'];

describe('the designer words every problem code of the API', () => {
  it('has Spanish and English for each code, and no words for codes the API does not answer', () => {
    expect(PROBLEM_CODES.length).toBe(Object.keys(PROBLEMS).length + Object.keys(PROBLEM_REASONS).length);
    const missing = PROBLEM_CODES.filter((code) => !(code in PROBLEM_TEXTS));
    expect(missing, `codes without es/en words in apps/designer/src/i18n/problems.ts`).toEqual([]);
    for (const code of PROBLEM_CODES) {
      const { es, en } = PROBLEM_TEXTS[code]!;
      expect(es.trim(), code).not.toBe('');
      expect(en.trim(), code).not.toBe('');
      expect(es, `${code}: the Spanish is a copy of the English`).not.toBe(en);
    }
    const stale = Object.keys(PROBLEM_TEXTS).filter(
      (code) => !(PROBLEM_CODES as string[]).includes(code) && !DESIGNER_ONLY.includes(code),
    );
    expect(stale).toEqual([]);
  });

  it('names every permission a 403 may ask for in words', () => {
    expect(PERMISSIONS.filter((p) => !designer.PERMISSION_TEXTS[p]?.es || !designer.PERMISSION_TEXTS[p]?.en)).toEqual(
      [],
    );
  });
});

describe('real problems of the API, as the designer says them', () => {
  const api = withApi({ worker: false });
  let agent: PersonSession;
  let other: PersonSession;

  beforeAll(async () => {
    await createQueue(api.db.db, { id: 'support' });
    agent = await api.person({ roles: ['agent'], queues: ['support'], displayName: 'Ana' });
    other = await api.person({ roles: ['agent'], queues: ['support'], displayName: 'Beto' });
    await upsertCustomer(api.db.db, { id: 'c_texts', name: 'Camila' });
  });

  const say = (body: Record<string, unknown>) => ({
    es: designer.problemText(body, 'es'),
    en: designer.problemText(body, 'en'),
  });

  it('a case someone else took (409 case-held)', async () => {
    const { ticket } = await createTicket(api.db.db, { customerId: 'c_texts', queue: 'support' });
    expect((await api.call('POST', `/v1/handoffs/${ticket.id}/claim`, { as: agent })).status).toBe(200);
    const body = expectProblem(await api.call('POST', `/v1/handoffs/${ticket.id}/claim`, { as: other }), 409);
    expect(body.code).toBe('case-held');
    expect(body.type).toBe('/docs#problem-conflict');
    expect(body.detail).toMatch(/held by someone else/);
    expect(say(body)).toEqual({ es: 'Otra persona ya tomó este caso.', en: 'Someone else already took this case.' });
  });

  it('a closed case names its status in words (409 case-closed)', async () => {
    const { ticket } = await createTicket(api.db.db, { customerId: 'c_texts', queue: 'support' });
    await api.call('POST', `/v1/handoffs/${ticket.id}/claim`, { as: agent });
    const done = await api.call('POST', `/v1/handoffs/${ticket.id}/resolve`, { as: agent, body: { resolution: 'ok' } });
    expect(done.status, done.text).toBe(200);
    const body = expectProblem(await api.call('POST', `/v1/handoffs/${ticket.id}/claim`, { as: agent }), 409);
    expect(body).toMatchObject({ code: 'case-closed', caseStatus: 'resolved' });
    expect(say(body).es).toBe('Este caso ya está resuelto.');
  });

  it('a bad field names the field and what is wrong (422 validation)', async () => {
    const { ticket } = await createTicket(api.db.db, { customerId: 'c_texts', queue: 'support' });
    const note = (body: unknown) => api.call('POST', `/v1/handoffs/${ticket.id}/notes`, { as: agent, body });
    const missing = expectProblem(await note({}), 422);
    expect(missing.code).toBe('validation');
    expect(missing.errors).toEqual([expect.objectContaining({ path: 'body', code: 'required' })]);
    expect(say(missing)).toEqual({ es: 'Revisa los datos: falta «Texto».', en: 'Check the data: “Text” is missing.' });
    const long = expectProblem(await note({ body: 'x'.repeat(20_001) }), 422);
    expect(long.errors).toEqual([expect.objectContaining({ path: 'body', code: 'too_big', limit: 20_000 })]);
    expect(say(long).es).toBe('Revisa los datos: «Texto» admite como máximo 20.000.');
  });

  it('a permission the person lacks (403 forbidden) and something that does not exist (404)', async () => {
    const forbidden = expectProblem(await api.call('GET', '/v1/users', { as: agent }), 403);
    expect(forbidden.code).toBe('forbidden');
    expect(forbidden.requiredPermission).toBe('users:read');
    expect(say(forbidden).es).toBe(
      'No tienes permiso para hacer esto (se necesita «ver personas»). Pídeselo a un administrador.',
    );
    const missing = expectProblem(await api.call('GET', '/v1/flows/f_nope'), 404);
    expect(say(missing).es).toBe('No existe (o se eliminó).');
  });

  it('falls back to the API text for a code the designer does not know', () => {
    const future = { type: '/docs#problem-future', code: 'future', title: 'Future', status: 409, detail: 'Later' };
    expect(say(future)).toEqual({ es: 'Future: Later', en: 'Future: Later' });
  });
});
