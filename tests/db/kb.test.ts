import {
  ConflictError,
  createKbArticle,
  deleteKbArticle,
  getKbArticle,
  type KbArticleInput,
  listKbArticles,
  queryRows,
  questionTerms,
  searchKb,
  searchKbAmong,
  seedKbArticles,
  sql,
  updateKbArticle,
} from '@ruta/db';
import { describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import { describeDrivers } from './drivers';

const ARTICLES: (KbArticleInput & { id: string })[] = [
  {
    id: 'kb_horario',
    lang: 'es',
    status: 'published',
    title: 'Horario de atención',
    tags: ['horas', 'abierto'],
    body: 'Atendemos de lunes a viernes de 9:00 a 18:00 y los sábados de 10:00 a 14:00.\n\nEn feriados no atendemos.',
  },
  {
    id: 'kb_clave',
    lang: 'es',
    status: 'published',
    title: 'Cambiar tu contraseña',
    tags: ['clave', 'acceso'],
    body: 'Entra a Mi cuenta, luego Seguridad, y elige Cambiar contraseña. Te enviaremos un código por SMS.',
  },
  {
    id: 'kb_despacho',
    lang: 'es',
    status: 'published',
    title: 'Seguimiento de tu pedido',
    tags: ['envío', 'despacho'],
    body: 'Con el número de seguimiento ves dónde está tu pedido. Si el despacho se atrasa más de dos días, te avisamos. Nuestro horario de despacho es de lunes a sábado.',
  },
  {
    id: 'kb_borrador',
    lang: 'es',
    status: 'draft',
    title: 'Horario de verano',
    body: 'En enero y febrero cerramos a las 17:00.',
  },
  {
    id: 'kb_hours',
    lang: 'en',
    status: 'published',
    title: 'Opening hours',
    tags: ['schedule'],
    body: 'We answer Monday to Friday, 9 am to 6 pm (Santiago time).',
  },
  {
    id: 'kb_refunds',
    lang: 'en',
    status: 'published',
    title: 'Refund policy',
    body: 'Refunds reach your card within 5 business days after we receive the product.',
  },
];

const ids = (hits: { id: string }[]) => hits.map((h) => h.id);

describeDrivers('knowledge base', (ctx) => {
  it('creates, reads, updates with a revision check, publishes, lists and deletes articles', async () => {
    const created = await createKbArticle(ctx.db, { lang: 'es', title: '  Devoluciones ', body: 'Tienes 30 días.' });
    expect(created).toMatchObject({ title: 'Devoluciones', status: 'draft', revision: 1, tags: [], publishedAt: null });
    expect(created.id).toMatch(/^kb_/);
    expect(created).not.toHaveProperty('search');
    await expect(createKbArticle(ctx.db, { id: created.id, lang: 'es', title: 'x', body: 'y' })).rejects.toBeInstanceOf(
      ConflictError,
    );
    await expect(createKbArticle(ctx.db, { lang: 'es', title: ' ', body: 'y' })).rejects.toBeInstanceOf(ZodError);
    await expect(createKbArticle(ctx.db, { id: 'bad id', lang: 'es', title: 'x', body: 'y' })).rejects.toBeInstanceOf(
      ZodError,
    );
    await expect(createKbArticle(ctx.db, { lang: 'pt' as 'es', title: 'x', body: 'y' })).rejects.toBeInstanceOf(
      ZodError,
    );

    const published = await updateKbArticle(ctx.db, created.id, {
      lang: 'es',
      title: 'Devoluciones',
      body: 'Tienes 30 días para devolver un producto.',
      tags: ['cambios'],
      status: 'published',
      expectedRevision: 1,
    });
    expect(published.ok && published.article).toMatchObject({ revision: 2, status: 'published', tags: ['cambios'] });
    const publishedAt = published.ok ? published.article.publishedAt : null;
    expect(publishedAt).toBeInstanceOf(Date);

    const stale = await updateKbArticle(ctx.db, created.id, {
      lang: 'es',
      title: 'Otro',
      body: 'Otro',
      expectedRevision: 1,
    });
    expect(stale).toMatchObject({ ok: false, reason: 'conflict', current: { revision: 2, title: 'Devoluciones' } });
    expect(await updateKbArticle(ctx.db, 'kb_missing', { lang: 'es', title: 'x', body: 'y' })).toEqual({
      ok: false,
      reason: 'not_found',
    });

    // Editing a published article keeps its first publication time; back to draft clears it.
    const edited = await updateKbArticle(ctx.db, created.id, {
      lang: 'es',
      title: 'Devoluciones y cambios',
      body: 'Tienes 30 días.',
      status: 'published',
    });
    expect(edited.ok && edited.article.publishedAt?.getTime()).toBe(publishedAt?.getTime());
    const drafted = await updateKbArticle(ctx.db, created.id, { lang: 'es', title: 'x', body: 'y', status: 'draft' });
    expect(drafted.ok && drafted.article).toMatchObject({ publishedAt: null, revision: 4 });

    await seedKbArticles(ctx.db, ARTICLES);
    const es = await listKbArticles(ctx.db, { lang: 'es', status: 'published', limit: 2 });
    expect(es.total).toBe(3);
    expect(es.articles).toHaveLength(2);
    expect((await listKbArticles(ctx.db)).total).toBe(ARTICLES.length + 1);

    expect(await deleteKbArticle(ctx.db, created.id)).toBe(true);
    expect(await deleteKbArticle(ctx.db, created.id)).toBe(false);
    expect(await getKbArticle(ctx.db, created.id)).toBeNull();
  });

  it('seeds idempotently and never overwrites an article people edited', async () => {
    expect(await seedKbArticles(ctx.db, ARTICLES)).toHaveLength(ARTICLES.length);
    await updateKbArticle(ctx.db, 'kb_horario', {
      lang: 'es',
      title: 'Horario (editado)',
      body: 'Nuevo',
      status: 'published',
    });
    expect(await seedKbArticles(ctx.db, ARTICLES)).toEqual([]);
    expect((await getKbArticle(ctx.db, 'kb_horario'))?.title).toBe('Horario (editado)');
  });

  describe('search', () => {
    it('ignores accents both ways: "atencion" finds "atención", "contraseña" finds "contrasena"', async () => {
      await seedKbArticles(ctx.db, [
        ...ARTICLES,
        {
          id: 'kb_sin_tildes',
          lang: 'es',
          status: 'published',
          title: 'Recuperar la contrasena',
          body: 'Usa el enlace.',
        },
      ]);
      const plain = await searchKb(ctx.db, { text: 'horario de atencion', lang: 'es' });
      expect(ids(plain.hits)[0]).toBe('kb_horario');
      expect(plain.hits[0]!.score).toBe(1);
      const accented = await searchKb(ctx.db, { text: 'CONTRASEÑA', lang: 'es' });
      expect(ids(accented.hits).sort()).toEqual(['kb_clave', 'kb_sin_tildes']);
    });

    it('stems Spanish: "horarios" finds "horario", "cambio mi clave" finds "Cambiar tu contraseña"', async () => {
      await seedKbArticles(ctx.db, ARTICLES);
      expect(ids((await searchKb(ctx.db, { text: 'horarios', lang: 'es' })).hits)[0]).toBe('kb_horario');
      const clave = await searchKb(ctx.db, { text: '¿Cómo cambio mi clave?', lang: 'es' });
      expect(clave.hits[0]).toMatchObject({ id: 'kb_clave', score: 1 });
      expect(clave.query).toBe('¿como cambio mi clave?');
    });

    it('answers a natural question with the article and its first paragraph', async () => {
      await seedKbArticles(ctx.db, ARTICLES);
      const found = await searchKb(ctx.db, { text: '¿Cuál es el horario de atención?', lang: 'es' });
      expect(found.terms).toBe(2);
      expect(found.hits[0]).toMatchObject({
        id: 'kb_horario',
        score: 1,
        lang: 'es',
        status: 'published',
        answer: 'Atendemos de lunes a viernes de 9:00 a 18:00 y los sábados de 10:00 a 14:00.',
      });
    });

    it('searches English with English stemming, and only the asked language', async () => {
      await seedKbArticles(ctx.db, ARTICLES);
      const refunds = await searchKb(ctx.db, { text: 'When do I get my refund?', lang: 'en' });
      expect(refunds.hits[0]).toMatchObject({ id: 'kb_refunds', score: 1 });
      const hours = await searchKb(ctx.db, { text: 'What are your opening hours?', lang: 'en' });
      expect(ids(hours.hits)).toEqual(['kb_hours']);
      // The Spanish "horario" article is not offered to an English question, nor the English one to Spanish.
      expect(ids((await searchKb(ctx.db, { text: 'horario', lang: 'en' })).hits)).toEqual([]);
      expect(ids((await searchKb(ctx.db, { text: 'refund', lang: 'es' })).hits)).toEqual([]);
    });

    it('ranks what the question is about first: title over body, more of the question over less', async () => {
      await seedKbArticles(ctx.db, ARTICLES);
      const r = await searchKb(ctx.db, { text: 'horario', lang: 'es' });
      // "horario" is the title of kb_horario (1.0) and appears in passing in kb_despacho's body (0.75).
      expect(r.hits.map((h) => [h.id, h.score])).toEqual([
        ['kb_horario', 1],
        ['kb_despacho', 0.75],
      ]);
      const both = await searchKb(ctx.db, { text: 'horario de despacho del pedido', lang: 'es' });
      expect(ids(both.hits)).toEqual(['kb_despacho', 'kb_horario']);
      expect(both.hits[0]!.score).toBeGreaterThan(both.hits[1]!.score);
    });

    it('applies a threshold, leaves drafts out unless asked, and follows edits', async () => {
      await seedKbArticles(ctx.db, ARTICLES);
      const all = await searchKb(ctx.db, { text: 'horario de despacho del pedido', lang: 'es' });
      const cut = all.hits[1]!.score;
      const strict = await searchKb(ctx.db, {
        text: 'horario de despacho del pedido',
        lang: 'es',
        minScore: cut + 0.01,
      });
      expect(ids(strict.hits)).toEqual(['kb_despacho']);
      expect(ids((await searchKb(ctx.db, { text: 'verano', lang: 'es' })).hits)).toEqual([]);
      expect(ids((await searchKb(ctx.db, { text: 'verano', lang: 'es', includeDrafts: true })).hits)).toEqual([
        'kb_borrador',
      ]);
      await updateKbArticle(ctx.db, 'kb_borrador', {
        lang: 'es',
        title: 'Vacaciones de invierno',
        body: 'En julio cerramos temprano.',
        status: 'published',
      });
      expect(ids((await searchKb(ctx.db, { text: 'verano', lang: 'es' })).hits)).toEqual([]);
      expect(ids((await searchKb(ctx.db, { text: 'invierno', lang: 'es' })).hits)).toEqual(['kb_borrador']);
    });

    it('finds nothing for greetings or unrelated questions, and survives query syntax in the text', async () => {
      await seedKbArticles(ctx.db, ARTICLES);
      const hello = await searchKb(ctx.db, { text: 'Hola, buenas tardes, ¿me pueden ayudar?', lang: 'es' });
      expect(hello).toMatchObject({ terms: 0, hits: [] });
      const other = await searchKb(ctx.db, { text: 'Quiero comprar un auto', lang: 'es' });
      expect(other.hits).toEqual([]);
      expect(other.terms).toBe(2);
      for (const text of ['C++ & | ! \' " ( ) :* <-> \\', 'a@b.cl https://x.cl/y?z=1 e-mail 9:00 -5']) {
        // Operators are words to the parser, not syntax: no error, and no article matches most of the text.
        const r = await searchKb(ctx.db, { text, lang: 'es' });
        expect(r.hits.every((h) => h.score < 0.5)).toBe(true);
      }
    });
  });

  it('answers a short question from the articles holding all its terms exactly as from every candidate', async () => {
    // Many articles sharing common words: with limit 3 the search may stop at the articles holding every term;
    // with limit 50 it must score every candidate. The top three must be the same.
    const words = (
      'pago tarjeta cuota despacho pedido cambio clave cuenta boleta tienda retiro garantía ' +
      'factura envío reclamo horario sucursal seguro plan promoción'
    ).split(' ');
    let seed = 7;
    const next = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    const pick = () => words[Math.floor(next() * words.length)]!;
    await seedKbArticles(
      ctx.db,
      Array.from({ length: 150 }, (_, i) => ({
        id: `kb_eq_${i}`,
        lang: 'es' as const,
        status: 'published' as const,
        title: `${pick()} y ${pick()}`,
        body: Array.from({ length: 4 }, () => `${pick()} ${pick()}`).join('. '),
      })),
    );
    for (let q = 0; q < 30; q++) {
      const text = Array.from({ length: 1 + (q % 3) }, pick).join(' ');
      const top = await searchKb(ctx.db, { text, lang: 'es', limit: 3 });
      const all = await searchKb(ctx.db, { text, lang: 'es', limit: 50 });
      expect(
        top.hits.map((h) => [h.id, h.score]),
        text,
      ).toEqual(all.hits.slice(0, 3).map((h) => [h.id, h.score]));
      // Fifty hits are more than hold every term of a two- or three-word question here: those were all scored.
      if (q % 3 > 0) expect(all.hits.filter((h) => h.score < 0.75).length, text).toBeGreaterThan(0);
    }
  });

  it("searches a simulation's own articles with the same SQL, storing nothing", async () => {
    await seedKbArticles(ctx.db, ARTICLES);
    const scratch = [
      { id: 'kb_horario', lang: 'es' as const, title: 'Horario de invierno', body: 'En julio abrimos a las 10:00.' },
      { lang: 'es' as const, title: 'Despacho gratis', body: 'Sobre $30.000 el despacho es gratis.', tags: ['envío'] },
    ];
    const found = await searchKbAmong(ctx.db, scratch, { text: '¿Cuál es el horario de invierno?', lang: 'es' });
    expect(found.hits.map((h) => [h.id, h.title, h.score])).toEqual([['kb_horario', 'Horario de invierno', 1]]);
    const second = await searchKbAmong(ctx.db, scratch, { text: 'envio gratis', lang: 'es' });
    expect(second.hits.map((h) => h.id)).toEqual(['article-2']);
    // Only the given articles were searched, and none of them stayed behind.
    expect((await searchKbAmong(ctx.db, scratch, { text: 'contraseña', lang: 'es' })).hits).toEqual([]);
    expect((await searchKbAmong(ctx.db, [], { text: 'horario', lang: 'es' })).hits).toEqual([]);
    expect((await listKbArticles(ctx.db)).total).toBe(ARTICLES.length);
    expect((await getKbArticle(ctx.db, 'kb_horario'))?.title).toBe('Horario de atención');
  });

  it('folds accents in SQL exactly as the question is folded before it', async () => {
    const letters = 'ÁÉÍÓÚÜÑáéíóúüñÀÈÌÒÙàèìòùÂÊÎÔÛâêîôûÄËÏÖäëïöÃÕãõÇçĆćŠšŽžŁłØø';
    const [row] = await queryRows<{ folded: string }>(ctx.db, sql`select lower(ruta_fold(${letters})) as folded`);
    const expected = `${'aeiouun'.repeat(2)}${'aeiou'.repeat(4)}${'aeio'.repeat(2)}${'ao'.repeat(2)}ccccsszzlloo`;
    expect(row!.folded).toBe(expected);
  });
});

describe('questionTerms', () => {
  it('keeps what the question is about and drops the asking', () => {
    expect(questionTerms('Hola! Quisiera saber el horario de atención, por favor', 'es')).toBe(
      '! el horario de atencion, por',
    );
    expect(questionTerms('Hi, could you please tell me your opening hours?', 'en')).toBe(
      ', you me your opening hours?',
    );
    expect(questionTerms('gracias', 'es')).toBe('');
  });
});
