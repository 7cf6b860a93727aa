import type { OpenAPIHono } from '@hono/zod-openapi';
import { z } from '@hono/zod-openapi';
import {
  createKbArticle,
  deleteKbArticle,
  getKbArticle,
  KB_ARTICLE_ID,
  type KbArticleRow,
  listKbArticles,
  updateKbArticle,
} from '@ruta/db';
import { searchKnowledgeIn } from '@ruta/policy';
import type { Context } from 'hono';
import type { AppEnv } from '../context';
import { ApiError } from '../errors/api-error';
import { actorOf } from '../middleware/auth';
import { json, jsonBody } from '../schemas/common';
import {
  KbActivityResult,
  KbArticle,
  KbArticleBody,
  KbArticleList,
  KbArticleUpdateBody,
  KbListQuery,
  KbSearchBody,
  KbSearchQuery,
  KbSearchResponse,
} from '../schemas/kb';
import { kbHitDto, searchArticles } from '../services/kb';
import type { Runtime } from '../services/runtime';
import { type Guard, secure } from './define';

const IdParams = z.object({
  // Built here from the repository's rule: schemas made before @hono/zod-openapi loads lack `.openapi()`.
  id: z
    .string()
    .regex(KB_ARTICLE_ID.pattern, KB_ARTICLE_ID.message)
    .openapi({ param: { name: 'id', in: 'path' }, example: 'kb_horario_atencion' }),
});

const TAG = 'Knowledge base';
const author = (c: Context<AppEnv>) => actorOf(c.get('principal')).name;
const iso = (d: Date | null) => (d ? d.toISOString() : null);

function articleDto(row: KbArticleRow) {
  return {
    id: row.id,
    lang: row.lang,
    title: row.title,
    body: row.body,
    tags: row.tags,
    status: row.status,
    revision: row.revision,
    author: row.author,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    publishedAt: iso(row.publishedAt),
  };
}

/** Knowledge-base articles (es/en): editing, the editors' search, and the search the bot runs. */
export function kbRoutes(app: OpenAPIHono<AppEnv>, rt: Runtime, guard: Guard): void {
  app.openapi(
    secure(guard, 'kb:read', {
      method: 'get',
      path: '/v1/kb/articles',
      tags: [TAG],
      summary: 'Articles, most recently changed first',
      request: { query: KbListQuery },
      responses: { 200: json(KbArticleList, 'A page of articles and how many match') },
    }),
    async (c) => {
      const { articles, total } = await listKbArticles(rt.db, c.req.valid('query'));
      return c.json({ articles: articles.map(articleDto), total }, 200);
    },
  );

  app.openapi(
    secure(
      guard,
      'kb:write',
      {
        method: 'post',
        path: '/v1/kb/articles',
        tags: [TAG],
        summary: 'Create an article (a draft unless `status` is published)',
        description: 'The first paragraph of the body is what the bot sends: write the answer first.',
        request: { body: jsonBody(KbArticleBody) },
        responses: { 201: json(KbArticle, 'Created (ETag: its revision)') },
      },
      { problems: [409] },
    ),
    async (c) => {
      const row = await createKbArticle(rt.db, { ...c.req.valid('json'), author: author(c) });
      c.header('ETag', `"${row.revision}"`);
      return c.json(articleDto(row), 201);
    },
  );

  app.openapi(
    secure(
      guard,
      'kb:read',
      {
        method: 'get',
        path: '/v1/kb/articles/{id}',
        tags: [TAG],
        summary: 'One article',
        request: { params: IdParams },
        responses: { 200: json(KbArticle, 'The article (ETag: its revision)') },
      },
      { problems: [404] },
    ),
    async (c) => {
      const { id } = c.req.valid('param');
      const row = await getKbArticle(rt.db, id);
      if (!row) throw new ApiError('not-found', `Article ${id} does not exist`);
      c.header('ETag', `"${row.revision}"`);
      return c.json(articleDto(row), 200);
    },
  );

  app.openapi(
    secure(
      guard,
      'kb:write',
      {
        method: 'put',
        path: '/v1/kb/articles/{id}',
        tags: [TAG],
        summary: 'Replace an article (publish it with `status: published`)',
        description:
          'Send the revision you edited as `revision` (or `If-Match: "<revision>"`) to be told (409) when someone saved in between.',
        request: { params: IdParams, body: jsonBody(KbArticleUpdateBody) },
        responses: { 200: json(KbArticle, 'Saved') },
      },
      { problems: [404, 409] },
    ),
    async (c) => {
      const { id } = c.req.valid('param');
      const { revision, ...body } = c.req.valid('json');
      const ifMatch = c.req.header('if-match')?.replace(/^W\//, '').replace(/"/g, '');
      const expected = revision ?? (ifMatch && /^\d+$/.test(ifMatch) ? Number(ifMatch) : undefined);
      const result = await updateKbArticle(rt.db, id, {
        ...body,
        author: author(c),
        ...(expected ? { expectedRevision: expected } : {}),
      });
      if (!result.ok && result.reason === 'not_found') throw new ApiError('not-found', `Article ${id} does not exist`);
      if (!result.ok) {
        throw new ApiError(
          'conflict',
          `The article changed meanwhile (revision ${result.current.revision}, you edited ${expected}); reload and edit again`,
          { extensions: { currentRevision: result.current.revision } },
        );
      }
      c.header('ETag', `"${result.article.revision}"`);
      return c.json(articleDto(result.article), 200);
    },
  );

  app.openapi(
    secure(
      guard,
      'kb:write',
      {
        method: 'delete',
        path: '/v1/kb/articles/{id}',
        tags: [TAG],
        summary: 'Delete an article',
        description: 'Hand-offs keep the titles and scores of what the bot offered.',
        request: { params: IdParams },
        responses: { 204: { description: 'Deleted' } },
      },
      { problems: [404] },
    ),
    async (c) => {
      const { id } = c.req.valid('param');
      if (!(await deleteKbArticle(rt.db, id))) throw new ApiError('not-found', `Article ${id} does not exist`);
      return c.body(null, 204);
    },
  );

  app.openapi(
    secure(guard, 'kb:read', {
      method: 'get',
      path: '/v1/kb/search',
      tags: [TAG],
      summary: 'Search articles as the bot does, scored 0..1',
      description:
        'Accent-insensitive full-text search with Spanish or English stemming. Without `lang`, both languages are searched and merged by score.',
      request: { query: KbSearchQuery },
      responses: { 200: json(KbSearchResponse, 'Hits, best first') },
    }),
    async (c) => {
      const found = await searchArticles(rt.db, c.req.valid('query'));
      return c.json({ lang: found.lang, query: found.query, terms: found.terms, hits: found.hits.map(kbHitDto) }, 200);
    },
  );

  app.openapi(
    secure(
      guard,
      'kb:read',
      {
        method: 'post',
        path: '/v1/kb/search',
        tags: [TAG],
        summary: "Run the bot's knowledge-base search (the `kb.search` activity)",
        description:
          "What a journey's bot node gets: the question's language is detected (the given `lang` is the fallback) and only published articles are searched, or only `articles` when given (the designer's simulator sends a scenario's own). Nothing is stored.",
        request: { body: jsonBody(KbSearchBody) },
        responses: { 200: json(KbActivityResult, 'What the activity returns') },
      },
      {},
    ),
    async (c) => {
      const { articles, ...input } = c.req.valid('json');
      return c.json(await searchKnowledgeIn(rt.db, input, articles), 200);
    },
  );
}
