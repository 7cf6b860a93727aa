// The knowledge base through the API: editing articles, the editors' search, the bot's search (also over a
// simulation's own articles), agent-assist suggestions for a hand-off, and the local stack's first-start seed.
import { join } from 'node:path';
import { seedSampleKnowledge } from '@ruta/api';
import { createTicket, deleteKbArticle, listKbArticles, upsertCustomer } from '@ruta/db';
import type { BotAttempt } from '@ruta/flow';
import { describe, expect, it } from 'vitest';
import { expectProblem, ROOT, withApi } from './support';

const api = withApi({ worker: false });

interface Article {
  id: string;
  lang: string;
  title: string;
  body: string;
  tags: string[];
  status: string;
  revision: number;
  author: string | null;
  publishedAt: string | null;
}
interface Hit {
  id: string;
  title: string;
  answer: string;
  score: number;
  status?: string;
}

const HORARIO = {
  id: 'kb_api_horario',
  lang: 'es',
  title: 'Horario de atención',
  tags: ['horas'],
  body: 'Atendemos de lunes a viernes de 9:00 a 18:00.\n\nLos feriados no atendemos.',
  status: 'published',
};

describe('articles', () => {
  it('creates a draft, publishes it with its revision, refuses a stale edit, and deletes it', async () => {
    const created = await api.call<Article>('POST', '/v1/kb/articles', {
      body: { lang: 'es', title: 'Devoluciones', body: 'Tienes 30 días para devolver tu compra.' },
    });
    expect(created.status, created.text).toBe(201);
    expect(created.body).toMatchObject({ status: 'draft', revision: 1, author: 'key:test-admin', publishedAt: null });
    expect(created.headers.get('etag')).toBe('"1"');
    const id = created.body.id;
    expect(id).toMatch(/^kb_/);

    const published = await api.call<Article>('PUT', `/v1/kb/articles/${id}`, {
      body: { lang: 'es', title: 'Devoluciones', body: 'Tienes 30 días.', status: 'published', revision: 1 },
    });
    expect(published.status, published.text).toBe(200);
    expect(published.body).toMatchObject({ status: 'published', revision: 2, publishedAt: expect.any(String) });

    const stale = await api.call('PUT', `/v1/kb/articles/${id}`, {
      body: { lang: 'es', title: 'Otra', body: 'Otra' },
      headers: { 'if-match': '"1"' },
    });
    expect(expectProblem(stale, 409)).toMatchObject({ currentRevision: 2 });

    expect((await api.call<Article>('GET', `/v1/kb/articles/${id}`)).body.title).toBe('Devoluciones');
    expect((await api.call('DELETE', `/v1/kb/articles/${id}`)).status).toBe(204);
    expectProblem(await api.call('DELETE', `/v1/kb/articles/${id}`), 404);
    expectProblem(await api.call('GET', `/v1/kb/articles/${id}`), 404);
  });

  it('says which fields to fix, and refuses a taken id', async () => {
    const bad = await api.call('POST', '/v1/kb/articles', { body: { lang: 'pt', title: '', body: 'x', tags: [''] } });
    const problem = expectProblem(bad, 422) as { errors: { path: string }[] };
    expect(problem.errors.map((e) => e.path).sort()).toEqual(['lang', 'tags.0', 'title']);
    expectProblem(await api.call('GET', '/v1/kb/articles/not-an-id'), 422);
    expect((await api.call('POST', '/v1/kb/articles', { body: { ...HORARIO, id: 'kb_api_taken' } })).status).toBe(201);
    expectProblem(await api.call('POST', '/v1/kb/articles', { body: { ...HORARIO, id: 'kb_api_taken' } }), 409);
  });

  it('lists by language and status with the total', async () => {
    for (const [i, lang] of ['es', 'en', 'en'].entries()) {
      const r = await api.call('POST', '/v1/kb/articles', {
        body: { lang, title: `Listado ${i}`, body: 'Texto', status: 'published' },
      });
      expect(r.status).toBe(201);
    }
    const en = await api.call<{ articles: Article[]; total: number }>(
      'GET',
      '/v1/kb/articles?lang=en&status=published&limit=1',
    );
    expect(en.status, en.text).toBe(200);
    expect(en.body.total).toBeGreaterThanOrEqual(2);
    expect(en.body.articles).toHaveLength(1);
    expect(en.body.articles[0]!.lang).toBe('en');
    expectProblem(await api.call('GET', '/v1/kb/articles?limit=0'), 422);
  });
});

describe('search', () => {
  it('finds an article without accents or language given, and drafts only when asked', async () => {
    await api.call('POST', '/v1/kb/articles', { body: { ...HORARIO, id: 'kb_api_search' } });
    await api.call('POST', '/v1/kb/articles', {
      body: { id: 'kb_api_borrador', lang: 'es', title: 'Horario de verano', body: 'En enero cerramos a las 17.' },
    });
    const r = await api.call<{ lang: string; hits: Hit[] }>('GET', '/v1/kb/search?q=horarios%20de%20atencion');
    expect(r.status, r.text).toBe(200);
    expect(r.body.lang).toBe('es');
    expect(r.body.hits[0]).toMatchObject({ title: 'Horario de atención', score: 1, status: 'published' });
    expect(r.body.hits.map((h) => h.id)).not.toContain('kb_api_borrador');
    const drafts = await api.call<{ hits: Hit[] }>('GET', '/v1/kb/search?q=verano&lang=es&drafts=true');
    expect(drafts.body.hits.map((h) => [h.id, h.status])).toEqual([['kb_api_borrador', 'draft']]);
    expectProblem(await api.call('GET', '/v1/kb/search?q='), 422);
  });

  it("runs the bot's search on the knowledge base, or on a simulation's own articles without storing them", async () => {
    await api.call('POST', '/v1/kb/articles', { body: { ...HORARIO, id: 'kb_api_bot' } });
    const live = await api.call<{ lang: string; hits: Hit[] }>('POST', '/v1/kb/search', {
      body: { text: '¿Cuál es el horario de atención?', lang: 'en' },
    });
    expect(live.status, live.text).toBe(200);
    // Written in Spanish: searched in Spanish, whatever the customer's language says.
    expect(live.body.lang).toBe('es');
    expect(live.body.hits[0]).toMatchObject({ title: 'Horario de atención', score: 1 });

    const before = (await listKbArticles(api.db.db)).total;
    const scratch = await api.call<{ hits: Hit[] }>('POST', '/v1/kb/search', {
      body: {
        text: 'What are your opening hours?',
        articles: [{ id: 'sim_hours', lang: 'en', title: 'Opening hours', body: 'We open at 9 am.' }],
      },
    });
    expect(scratch.body.hits).toEqual([expect.objectContaining({ id: 'sim_hours', answer: 'We open at 9 am.' })]);
    expect((await listKbArticles(api.db.db)).total).toBe(before);
    expectProblem(await api.call('POST', '/v1/kb/search', { body: { text: 'x', limit: 99 } }), 422);
  });

  it('needs kb:read to search and kb:write to edit', async () => {
    const reader = await api.key('kb:read');
    expect((await api.call('GET', '/v1/kb/search?q=horario', { key: reader })).status).toBe(200);
    expectProblem(await api.call('POST', '/v1/kb/articles', { key: reader, body: HORARIO }), 403);
    const agent = await api.key('journeys:read');
    expectProblem(await api.call('GET', '/v1/kb/articles', { key: agent }), 403);
  });
});

describe('suggestions for a hand-off', () => {
  // Only these articles, so other tests' articles cannot crowd the top three.
  const seedArticles = async () => {
    const { articles } = await listKbArticles(api.db.db, { limit: 500 });
    for (const a of articles) await deleteKbArticle(api.db.db, a.id);
    for (const a of [
      { ...HORARIO, id: 'kb_sug_horario' },
      {
        id: 'kb_sug_sabados',
        lang: 'es',
        status: 'published',
        title: 'Atención los sábados y domingos',
        tags: ['sábado', 'domingo', 'horario'],
        body: 'Los sábados atendemos de 10:00 a 14:00; los domingos no hay atención.',
      },
      {
        id: 'kb_sug_hours',
        lang: 'en',
        status: 'published',
        title: 'Opening hours',
        body: 'We answer Monday to Friday, 9 am to 6 pm.',
      },
    ]) {
      await api.call('POST', '/v1/kb/articles', { body: a });
    }
  };

  it('suggests another article and a reply when the customer declined what the bot sent', async () => {
    await seedArticles();
    await upsertCustomer(api.db.db, { id: 'c_sug_camila', name: 'Camila Rojas', locale: 'es' });
    const bot: BotAttempt = {
      nodeId: 'n_bot',
      visit: 1,
      question: '¿Cuál es el horario de atención?',
      lang: 'es',
      threshold: 0.6,
      articles: [{ id: 'kb_sug_horario', title: 'Horario de atención', score: 1, offered: true }],
      stage: 'done',
      channel: 'whatsapp',
      reply: '¿y los domingos?',
      outcome: 'unclear',
    };
    const { ticket } = await createTicket(api.db.db, {
      customerId: 'c_sug_camila',
      queue: 'support',
      subject: 'El bot no resolvió la consulta',
      detail: { context: { bot: bot as never, reply: { text: '¿y los domingos?' } } },
    });
    const r = await api.call<{
      question: string;
      lang: string;
      articles: (Hit & { offeredByBot: boolean })[];
      reply: { articleId: string; text: string } | null;
      bot: unknown;
    }>('GET', `/v1/handoffs/${ticket.id}/suggestions`);
    expect(r.status, r.text).toBe(200);
    expect(r.body.question).toBe('¿y los domingos? ¿Cuál es el horario de atención?');
    expect(r.body.lang).toBe('es');
    const ids = r.body.articles.map((a) => a.id);
    expect(ids).toEqual(expect.arrayContaining(['kb_sug_horario', 'kb_sug_sabados']));
    expect(r.body.articles.find((a) => a.id === 'kb_sug_horario')!.offeredByBot).toBe(true);
    expect(r.body.reply).toEqual({
      articleId: 'kb_sug_sabados',
      text: 'Hola, Camila. Los sábados atendemos de 10:00 a 14:00; los domingos no hay atención.\n\n¿Te puedo ayudar en algo más?',
    });
    expect(r.body.bot).toMatchObject({ outcome: 'unclear' });
  });

  it("answers in the language of the customer's message when no bot ran, and 404 for an unknown hand-off", async () => {
    await seedArticles();
    await upsertCustomer(api.db.db, { id: 'c_sug_john', name: 'John Miller', locale: 'en' });
    const { ticket } = await createTicket(api.db.db, {
      customerId: 'c_sug_john',
      queue: 'support',
      detail: { context: { event: { type: 'message.received', data: { text: 'What are your opening hours?' } } } },
    });
    const r = await api.call<{ lang: string; reply: { text: string } | null; bot: unknown }>(
      'GET',
      `/v1/handoffs/${ticket.id}/suggestions`,
    );
    expect(r.status, r.text).toBe(200);
    expect(r.body).toMatchObject({
      lang: 'en',
      bot: null,
      reply: {
        text: 'Hi John. We answer Monday to Friday, 9 am to 6 pm.\n\nIs there anything else I can help you with?',
      },
    });
    const nothing = await createTicket(api.db.db, { customerId: 'c_sug_john', queue: 'support', subject: 'Llamar' });
    const none = await api.call<{ articles: unknown[]; reply: unknown }>(
      'GET',
      `/v1/handoffs/${nothing.ticket.id}/suggestions`,
    );
    expect(none.body).toMatchObject({ articles: [], reply: null });
    expectProblem(await api.call('GET', '/v1/handoffs/t_missing/suggestions'), 404);
  });
});

describe('first-start seed', () => {
  it('fills an empty knowledge base once, and never again once it has articles', async () => {
    const db = api.db.db;
    const { articles } = await listKbArticles(db, { limit: 500 });
    for (const a of articles) await deleteKbArticle(db, a.id);
    const file = join(ROOT, 'examples/kb/articles.json');
    const added = await seedSampleKnowledge(db, file);
    expect(added).toBeGreaterThanOrEqual(8);
    expect(await seedSampleKnowledge(db, file)).toBe(0);
    await deleteKbArticle(db, 'kb_horario_atencion');
    expect(await seedSampleKnowledge(db, file)).toBe(0);
    expect((await listKbArticles(db)).total).toBe(added - 1);
  });
});
